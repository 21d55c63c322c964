// errors: 1
platform_errors::define_codes! {
    pub enum E {
        A = 1 => ("a", zh--TW = "x"),
    }
}

fn main() {}
