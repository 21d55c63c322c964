// errors: 2
// The catch-all of `define_codes!` gets its fields from the macro.
platform_errors::define_codes! {
    pub enum Braces {
        InvalidToken = 40001 => "invalid token",
        #[platform(unknown)]
        Other { code: i64, message: String },
    }

    pub enum Parens {
        InvalidToken = 40001 => "invalid token",
        #[platform(unknown)]
        Other(i64, String),
    }
}

fn main() {}
