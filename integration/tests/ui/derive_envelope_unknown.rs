// errors: 1
// A name that is no envelope marker may be a type of the user's: if there is none, the
// compiler says so, at the name.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(envelope = NoSuch)]
enum Missing {
    #[code(1)]
    #[message("one")]
    One,
}

fn main() {}
