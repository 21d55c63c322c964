// errors: 2
use platform_errors::PlatformError;

// A numeric catalogue with one code quoted: lookup takes one kind of code.
#[derive(Debug, PlatformError)]
enum Error {
    #[code(40001)]
    #[message("invalid token")]
    InvalidToken,
    #[code("40402")]
    #[message("quoted")]
    Quoted,
}

// A string catalogue with an integer code, and the catch-all after it.
#[derive(Debug, PlatformError)]
enum PayError {
    #[code("PARAM_ERROR")]
    #[message("参数错误")]
    Param,
    #[code(400)]
    #[message("bad request")]
    BadRequest,
    #[platform(unknown)]
    Other { code: String, message: String },
}

fn main() {}
