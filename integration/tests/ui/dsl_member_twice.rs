// errors: 2
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }
    pub enum AnyError {
        Token(TokenError),
        Again(TokenError),
        Third(self::TokenError),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {
    let _ = AnyError::Again(TokenError::InvalidToken);
    let _ = AnyError::Third(TokenError::InvalidToken);
}
