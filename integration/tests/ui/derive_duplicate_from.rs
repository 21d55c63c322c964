// errors: 1
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum SdkError {
    #[platform(local)]
    #[message("read: {0}")]
    Read(#[from] std::io::Error),
    #[platform(local)]
    #[message("write: {0}")]
    Write(#[from] std::io::Error),
}

fn main() {}
