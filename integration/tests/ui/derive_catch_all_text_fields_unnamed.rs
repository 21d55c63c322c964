// errors: 3
// A catch-all of string codes has two text fields: their names say which holds the code
// (`code`, `errcode`, ...; `message`, `msg`, `errmsg`, ...); named otherwise, nothing can
// tell, and lookup would fill them either way round: one error, at the variant.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code("A")]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { what: String, said: String },
}

// Both named as messages, or both as codes: the names say nothing either.
#[derive(Debug, PlatformError)]
pub enum TwoMessages {
    #[code("A")]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { msg: String, message: String },
}

#[derive(Debug, PlatformError)]
pub enum TwoCodes {
    #[code("A")]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { code: String, errcode: String },
}

// Named as the platforms name them: no error.
#[derive(Debug, PlatformError)]
pub enum Named {
    #[code("A")]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { msg: String, errcode: String },
}

fn main() {}
