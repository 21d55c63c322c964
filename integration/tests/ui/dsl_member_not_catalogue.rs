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

// One mistake, four errors: the generated code asks the member for `Catalogue`,
// `PlatformError` and `Error` separately, and for `Catalogue` again at the invocation. The
// count is what the generator gives today, not the goal of one.
