// errors: 3
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(1)]
    #[message("quoted")]
    #[platform(http_status = "400")]
    Quoted,
    #[code(2)]
    #[message("suffixed")]
    #[platform(http_status = 400u16)]
    Suffixed,
    #[code(3)]
    #[message("no number")]
    #[platform(http_status = "bad request")]
    Words,
}

fn main() {}
