// errors: 3
// A member's advice, reason and docs come from its type; the catch-all has none.
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40001 => "invalid token",
    }

    #[platform(docs = "https://example.com/{code}")]
    pub enum ApiError {
        #[advice(refresh_token)]
        Token(TokenError),
        #[platform(unknown, reason = "UNKNOWN")]
        Other,
    }
}

fn main() {}
