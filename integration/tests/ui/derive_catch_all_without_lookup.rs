// errors: 2
// A variant with a code and fields leaves the type without lookup (it builds unit values),
// which is a shape of its own; its catch-all is then filled by nothing, and a call of
// `from_received` says that the type has no catch-all *that lookup fills*, and why a type
// has lookup (rustc adds the missing `Catalogue` of the code's type, whose note says the
// same of catalogues).
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum E {
    #[code(1)]
    #[message("a {0}")]
    A(u8),
    #[platform(unknown)]
    Other { code: i64, message: String },
}

pub fn f() -> E {
    <E as platform_errors::FromReceived>::from_received(1, "x")
}

fn main() {}
