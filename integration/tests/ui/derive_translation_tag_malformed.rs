// errors: 3
// Tags that `message_in` can never match: an `Accept-Language` weight, a space, and the
// type's language with a space in it; one error each, at the tag.
use platform_errors::{define_codes, PlatformError};

#[derive(Debug, PlatformError)]
#[platform(lang = "en us")]
enum Error {
    #[code(40001)]
    #[message("invalid token", "zh;q=0.5" = "无效的 token", zh_CN = "无效的 token")]
    InvalidToken,
}

define_codes! {
    pub enum PayError {
        Param = "PARAM_ERROR" => ("invalid parameter", "zh Hant" = "參數錯誤"),
    }
}

fn main() {}
