// errors: 1
// A translation without its language would be an extra format argument, never shown.
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40001 => ("invalid token", "无效的 token"),
    }
}

fn main() {}
