// errors: 2
use platform_errors::{define_codes, PlatformError};

// A translation without its `=`: one error, saying how to write it.
#[derive(Debug, PlatformError)]
enum TokenError {
    #[code(40001)]
    #[message("invalid token", zh "无效的 token")]
    Invalid,
}

define_codes! {
    pub enum PayError {
        Param = "PARAM_ERROR" => ("invalid parameter", "zh-Hant" "參數錯誤"),
    }
}

fn main() {}
