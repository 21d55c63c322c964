// errors: 1
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }

    pub enum PayError {
        ParamError = "PARAM_ERROR" => "参数错误",
    }

    /// Lookup takes one type of code: integer and string members are two umbrellas.
    pub enum AnyError {
        Token(TokenError),
        Pay(PayError),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {}
