// errors: 1
// An umbrella of members only has no category of its own: each member's is its type's.
platform_errors::define_codes! {
    #[platform(category = "token")]
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }

    #[platform(category = "api")]
    pub enum ApiError {
        Token(TokenError),
    }

    // With a catch-all, the category is the catch-all's: accepted.
    #[platform(category = "api")]
    pub enum WithUnknown {
        Token(TokenError),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {}
