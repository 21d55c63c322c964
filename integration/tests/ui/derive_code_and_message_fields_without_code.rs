// errors: 8
use platform_errors::PlatformError;

// thiserror's `Api { code, message }`: the error offers the catch-all.
#[derive(Debug, PlatformError)]
pub enum WxError {
    #[message("wechat error {code}: {message}")]
    Api { code: i64, message: String },
}

// Fields that cannot be a catch-all's: no such offer.
#[derive(Debug, PlatformError)]
pub enum Other {
    #[message("pair {0} {1}")]
    Pair(u32, u32),
    #[message("user {id} {name}")]
    User { id: u64, name: String },
}

// thiserror's spelling: the offer says to drop `#[error]` too.
#[derive(Debug, PlatformError)]
pub enum Migrated {
    #[error("wechat error {0}: {1}")]
    Api(i64, String),
}

// `errcode: i32`, and a variant with neither code nor message: offered too.
#[derive(Debug, PlatformError)]
pub enum Narrow {
    #[message("api {errcode}: {errmsg}")]
    Api { errcode: i32, errmsg: String },
    Bare { code: i64, message: String },
}

// A struct cannot be the catch-all: no offer.
#[derive(Debug, PlatformError)]
#[message("api {code}: {message}")]
pub struct ApiErr {
    code: i64,
    message: String,
}

fn main() {}
