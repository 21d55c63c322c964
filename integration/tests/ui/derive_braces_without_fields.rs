// errors: 4
// A variant with a code written with empty braces leaves the type without lookup, which
// builds unit values; with a catch-all, or a member that takes any code, both of which only
// lookup fills, that is one error at the variant, not a silent loss of `from_code`; and the
// uses of the lookup it asked for add no errors of their own.
use platform_errors::{Catalogue, FromReceived, PlatformError};

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(1)]
    #[message("a")]
    A {},
    #[code(2)]
    #[message("b")]
    B(),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

#[derive(Debug, PlatformError)]
pub enum Member {
    #[code(1)]
    #[message("a")]
    A(),
    #[platform(unknown)]
    Other(platform_errors::ApiError<platform_errors::qingtui::QingtuiError>),
}

// `aliases` says the reason already: one error, there.
#[derive(Debug, PlatformError)]
pub enum Aliased {
    #[code("X")]
    #[message("x")]
    #[platform(aliases("XX"))]
    X,
    #[code("A")]
    #[message("a")]
    A {},
    #[platform(unknown)]
    Other { code: String, message: String },
}

// A variant without a code is told so, once: not also of its braces.
#[derive(Debug, PlatformError)]
pub enum NoCode {
    Timeout {},
    #[platform(unknown)]
    Other { code: i64, message: String },
}

fn main() {
    let _ = E::from_code(1);
    let _ = E::from_received(3, "c");
    let _ = Member::from_received(40001, "invalid token");
    let _: Option<Aliased> = Aliased::from_code("X");
    let _ = NoCode::from_received(9, "i");
}
