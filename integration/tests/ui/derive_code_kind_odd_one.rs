// errors: 2
use platform_errors::PlatformError;

// One quoted code among integer codes: one error at it, none at the others, at `shared`,
// or at the catch-all's `i64` code (which says what the type's codes are).
#[derive(Debug, PlatformError)]
#[platform(shared(40100))]
enum OrgError {
    #[code("46306")]
    #[message("org is not exists")]
    NotExists,
    #[code(40299)]
    #[message("name taken")]
    NameTaken,
    #[code(45001)]
    #[message("too deep")]
    TooDeep,
    #[code(40100)]
    #[message("invalid param")]
    Invalid,
    #[code(40100)]
    #[message("missing param")]
    Missing,
    #[platform(unknown)]
    Other { code: i64, message: String },
}

// Without a catch-all, most codes decide: one integer among string codes, and its aliases
// are no further error.
#[derive(Debug, PlatformError)]
enum PayError {
    #[code(400)]
    #[platform(aliases("BAD"))]
    #[message("bad request")]
    BadRequest,
    #[code("PARAM_ERROR")]
    #[message("参数错误")]
    Param,
    #[code("SYSTEM_ERROR")]
    #[message("系统错误")]
    System,
}

fn main() {}
