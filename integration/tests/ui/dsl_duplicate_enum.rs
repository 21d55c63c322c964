// errors: 1
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }

    pub enum TokenError {
        ExpiredToken = 42403 => "expired token",
    }
}

fn main() {}
