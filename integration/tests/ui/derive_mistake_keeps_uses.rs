// errors: 2
// One mistake in a type is one error: its `?` conversions and serde impls still exist
// beside it, so that each use of the type is no error of its own.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum SdkError {
    #[code(1)]
    #[message("bad {feild}")]
    Bad { field: String },
    #[platform(local)]
    #[message("io: {0}")]
    Io(#[from] std::io::Error),
    #[platform(local)]
    #[message("json: {0}")]
    Json(#[from] serde_json::Error),
}

pub fn read() -> Result<u8, SdkError> {
    std::fs::read("x")?;
    Ok(serde_json::from_str("1")?)
}

#[derive(Debug, PlatformError)]
#[platform(serde)]
pub enum PayError {
    #[code("PARAM_ERROR")]
    #[message("bad {x}")]
    Param,
}

pub fn round_trip() {
    let _ = serde_json::to_string(&PayError::Param);
    let _: Result<PayError, _> = serde_json::from_str("{}");
}

fn main() {}
