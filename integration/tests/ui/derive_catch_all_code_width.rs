// errors: 2
//! A catch-all whose code is an integer of another width than `i64`: one error, at the
//! field, in the tuple form as in the named one.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Tuple {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other(i32, String),
}

#[derive(Debug, PlatformError)]
pub enum Named {
    #[code(1)]
    #[message("a")]
    A,
    #[platform(unknown)]
    Other { errcode: u32, errmsg: String },
}

fn main() {}
