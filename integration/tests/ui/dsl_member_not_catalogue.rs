// errors: 4
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }

    pub enum AnyError {
        Token(TokenError),
        Io(std::io::ErrorKind),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {}
