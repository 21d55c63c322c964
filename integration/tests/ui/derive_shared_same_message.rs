// errors: 1
// The variants of a shared code are told apart by their messages, compared as lookup does:
// without case, surrounding whitespace or a final period.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(shared(40100))]
enum ParamError {
    #[code(40100)]
    #[message("invalid param")]
    InvalidParam,
    #[code(40100)]
    #[message(" Invalid Param. ")]
    InvalidParamAgain,
    // More whitespace inside is another message: lookup prefers it where it is sent.
    #[code(40100)]
    #[message("invalid  param")]
    Spaced,
}

fn main() {}
