// errors: 5
// A blank message shows nothing and tells a shared code's variants apart from none; a macro
// call is expanded after the derive reads the message. One error each.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(shared(1))]
enum Error {
    #[code(1)]
    #[message("x")]
    A,
    #[code(1)]
    #[message("   ")]
    B,
    #[code(2)]
    #[message("")]
    C,
    #[code(3)]
    #[message(concat!("a", "b"))]
    D,
    #[code(4)]
    #[message(::core::concat!("a", "b"))]
    E,
    // A blank translation shows nothing either.
    #[code(5)]
    #[message("five", zh = "  ")]
    F,
}

fn main() {}
