// errors: 1
use platform_errors::PlatformError;

// `debug` writes a variant's name: not for variants with fields.
#[derive(PlatformError)]
#[platform(debug)]
enum Fields {
    #[code(1)]
    #[message("one {0}")]
    One(u8),
}

fn main() {}
