// errors: 3
use platform_errors::define_codes;

define_codes! {
    pub enum PayError {
        #[platform(aliases(401))]
        SignError = "SIGN_ERROR" => "签名错误",
        #[platform(aliases("NOAUTH"))]
        NoAuth = "NO_AUTH" => "无权限",
        #[platform(aliases("NOAUTH"))]
        Forbidden = "FORBIDDEN" => "forbidden",
    }
}

// On an integer code: the fix in the DSL's own words.
define_codes! {
    pub enum Numeric {
        #[platform(aliases("X"))]
        A = 1 => "a",
    }
}

fn main() {}
