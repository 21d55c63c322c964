use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(serde)]
enum TokenError {
    #[code(40402)]
    #[message("invalid token")]
    InvalidToken,
}

platform_errors::define_codes! {
    #[platform(serde)]
    pub enum Declared {
        Expired = 42403 => "expired token",
    }
}

fn main() {}
