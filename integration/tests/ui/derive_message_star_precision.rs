// errors: 1
use platform_errors::PlatformError;

// `.*` takes the precision from the arguments: one error at the message, not also "never
// shown" for each argument after it, which a message that did not parse cannot tell.
#[derive(Debug, PlatformError)]
enum Measure {
    #[code(1)]
    #[message("{:.*}", 2, .0)]
    Value(f64),
}

fn main() {}
