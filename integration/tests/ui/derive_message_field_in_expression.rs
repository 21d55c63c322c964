// errors: 1
use platform_errors::PlatformError;

// `.ready` inside an expression is the field, as at the start of an argument; bound by
// reference, as in thiserror, so `if` needs `*.ready`. The error is rustc's, at `.ready`.
#[derive(Debug, PlatformError)]
enum State {
    #[code(1)]
    #[message("{}", if .ready { "ready" } else { "waiting" })]
    Pending { ready: bool },
}

fn main() {}
