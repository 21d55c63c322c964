// errors: 1
// Two kinds at once: one error, and nothing about what either kind would then reject.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[platform(local, transparent)]
    #[message("io")]
    #[advice(retry)]
    Io(std::io::Error),
}

fn main() {}
