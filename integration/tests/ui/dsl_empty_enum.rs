// errors: 1
platform_errors::define_codes! {
    pub enum Nothing {}
}

fn main() {}
