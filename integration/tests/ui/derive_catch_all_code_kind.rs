// errors: 2
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum PayError {
    #[code("PARAM_ERROR")]
    #[message("参数错误")]
    Param,
    #[platform(unknown)]
    Other { code: i64, message: String },
}

#[derive(Debug, PlatformError)]
enum TokenError {
    #[code(40001)]
    #[message("invalid token")]
    Invalid,
    #[platform(unknown)]
    Other { code: String, message: String },
}

fn main() {}
