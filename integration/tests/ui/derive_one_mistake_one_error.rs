// errors: 3
use platform_errors::PlatformError;

/// `unknown` marks a variant: on a struct it is one error, not also "no code", "no message".
#[derive(Debug, PlatformError)]
#[platform(unknown)]
struct Anything {
    code: i64,
    message: String,
}

/// `debug` is for a derived enum: one error, not also "`Closed` doesn't implement `Debug`".
#[derive(PlatformError)]
#[platform(debug)]
#[code(1)]
#[message("closed")]
struct Closed;

/// A catch-all keeps the code and the message: the extra field is one error, not also one
/// about the fields' count.
#[derive(Debug, PlatformError)]
enum SdkError {
    #[code(1)]
    #[message("closed")]
    Closed,
    #[platform(unknown)]
    Other {
        code: i64,
        message: String,
        #[source]
        cause: std::io::Error,
    },
}

fn main() {
    let _ = format!("{:?}", Closed);
    let _ = (Anything { code: 1, message: String::new() }, SdkError::Closed);
}
