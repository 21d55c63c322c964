// errors: 1
// `.0.01` names no field, as rustc reads `t.0.01`: a field's index has no leading zeros.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(1)]
    #[message("second {}", .0.01)]
    Pair((u8, u8)),
}

fn main() {}
