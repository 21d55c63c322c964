// errors: 1
use platform_errors::PlatformError;

// thiserror's `Api { code, message }`: the error offers the catch-all.
#[derive(Debug, PlatformError)]
pub enum WxError {
    #[message("wechat error {code}: {message}")]
    Api { code: i64, message: String },
}

fn main() {}
