// errors: 1
use platform_errors::define_codes;

define_codes! {
    pub enum PayError {
        ParamError = "PARAM_ERROR" => "参数错误",
        SystemError = 500 => "system error",
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {}
