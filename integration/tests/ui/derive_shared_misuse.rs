// errors: 5
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

// On a variant: it goes on the enum; the code it names is not reported again.
#[derive(Debug, PlatformError)]
enum OnAVariant {
    #[platform(shared(40100))]
    #[code(40100)]
    #[message("invalid param")]
    InvalidParam,
    #[code(40100)]
    #[message("page_size is required")]
    PageSizeRequired,
}

fn main() {}
