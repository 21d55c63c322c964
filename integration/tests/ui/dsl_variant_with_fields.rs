// errors: 1
platform_errors::define_codes! {
    pub enum TokenError {
        Invalid { token: String },
    }
}

fn main() {}
