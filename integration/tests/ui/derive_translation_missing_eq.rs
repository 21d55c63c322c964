// errors: 3
use platform_errors::{define_codes, PlatformError};

// A translation without its `=`: one error, saying how to write it.
#[derive(Debug, PlatformError)]
enum TokenError {
    #[code(40001)]
    #[message("invalid token", zh "无效的 token")]
    Invalid,
    // A tag with a region, written as tokens: the whole tag.
    #[code(40002)]
    #[message("expired token", zh-TW "過期的 token")]
    Expired,
}

define_codes! {
    pub enum PayError {
        Param = "PARAM_ERROR" => ("invalid parameter", "zh-Hant" "參數錯誤"),
    }
}

fn main() {}
