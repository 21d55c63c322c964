// errors: 1
platform_errors::define_codes! {
    pub enum TokenError {
        // The macro reads its keys before `cfg_attr` applies: no conditional advice.
        #[cfg_attr(feature = "retrying", advice(retry))]
        InvalidToken = 40402 => "invalid token",
        // Other attributes under `cfg_attr` pass through, as ever.
        #[cfg_attr(all(), doc = "Expired.")]
        ExpiredToken = 42403 => "expired token",
    }
}

fn main() {
    let _ = (TokenError::InvalidToken, TokenError::ExpiredToken);
}
