// errors: 2
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 "invalid token",
        ExpiredToken 42403 => "expired token",
        Unauthenticated = 40401 => "app_id or app_secret is unauthenticated",
    }
}

fn main() {
    // The enum still exists, with its good variant, so this line adds no error.
    let _ = TokenError::Unauthenticated;
}
