// errors: 3
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(category = "", docs = " ")]
enum TokenError {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
}

platform_errors::define_codes! {
    #[platform(category = "")]
    pub enum Declared {
        Expired = 42403 => "expired token",
    }
}

fn main() {
    let _ = TokenError::InvalidToken;
    let _ = Declared::Expired;
}
