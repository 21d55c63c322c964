// errors: 3
// The derive's `#[code]` and `#[message]`: in `define_codes!`, they follow the name. One
// error each, and the variant is not reported again for lacking what they said.
platform_errors::define_codes! {
    pub enum TokenError {
        #[code(40001)]
        InvalidToken => "invalid token",
        #[code(40002)]
        Expired = 40002 => "expired token",
        #[message("gone")]
        Gone = 40003,
    }
}

fn main() {
    let _ = TokenError::InvalidToken;
    let _ = TokenError::Gone;
}
