// errors: 3
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => invalid_token,
        ExpiredToken = 42403 => ("expired token", zh = 42),
        Unauthenticated = 40401 =>,
    }
}

fn main() {}
