// errors: 1
use platform_errors::PlatformError;

// `Error` needs `Debug`: a type without it is one error (from the `Error` impl, as
// thiserror's), not also one from `PlatformError`, whose supertrait `Error` is.
#[derive(PlatformError)]
enum NoDebug {
    #[code(1)]
    #[message("one")]
    One,
}

fn main() {}
