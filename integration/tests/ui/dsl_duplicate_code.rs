// errors: 1
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
        ExpiredToken = 42403 => "expired token",
        AlsoInvalid = 40402 => "invalid token, again",
    }
}

fn main() {}
