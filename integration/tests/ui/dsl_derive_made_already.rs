// errors: 1
platform_errors::define_codes! {
    /// `Debug` and `Clone` are the macro's already; `PartialOrd` is the user's to add.
    #[derive(Debug, Clone, PartialOrd)]
    pub enum TokenError {
        InvalidToken = 40402 => "invalid token",
    }
}

fn main() {
    // The enum keeps the derive the macro does not make, and its own impls: no second
    // error about conflicting implementations.
    let _ = TokenError::InvalidToken < TokenError::InvalidToken;
    let _ = format!("{:?}", TokenError::InvalidToken.clone());
}
