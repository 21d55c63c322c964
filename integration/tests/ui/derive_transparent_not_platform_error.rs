// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum SdkError {
    #[platform(transparent)]
    Io(std::io::Error),
}

fn main() {}
