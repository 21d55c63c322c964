// errors: 4
platform_errors::define_codes! {
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }

    pub enum AnyError {
        Token(TokenError),
        Io(std::io::ErrorKind),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {}

// One mistake, four errors: the generated code asks the member for `Catalogue`,
// `PlatformError` and `Error` separately, and for `Catalogue` again at the invocation. The
// count is what the generator gives today, not the goal of one. Tried: bounding each impl by
// `for<'a> Member: Catalogue + PlatformError` (a bound rustc does not check at the impl) beside
// one assertion at the member: rustc then prefers that where clause to the member's own impl,
// so `<Member as Catalogue>::Code` no longer normalizes, and this case gave 7 errors (mismatched
// types, borrowed data escaping) rather than 4. A member without `Clone`, `Eq` or `Hash`
// (`std::io::Error`) gets one more error for each of those from the enum's derives, which take
// no bounds.
