// errors: 4
// `shared` lists codes that several variants declare.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[code(40100)]
#[message("invalid param")]
#[platform(shared(40100))]
struct InvalidParam;

#[derive(Debug, PlatformError)]
#[platform(shared(40100, 40200, 40200))]
enum ParamError {
    #[code(40100)]
    #[message("invalid param")]
    InvalidParam,
}

fn main() {}
