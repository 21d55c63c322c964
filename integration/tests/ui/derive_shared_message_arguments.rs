// errors: 1
use platform_errors::PlatformError;

// The variants of a shared code are found by their messages as declared: a message whose
// arguments are filled in when displayed would match nothing the platform sends.
#[derive(Debug, PlatformError)]
#[platform(shared(45001))]
enum Limits {
    #[code(45001)]
    #[message("at most {n} items", n = 20)]
    TooMany,
    #[code(45001)]
    #[message("too few items")]
    TooFew,
    // Not shared: filled in, and found by its code.
    #[code(45002)]
    #[message("wait {secs} s", secs = 60)]
    Wait,
}

fn main() {}
