extern crate alloc;

platform_errors::define_codes! {
    pub enum TokenCode {
        #[advice(refresh_token)]
        Expired = 42403 => "expired token",
    }
}

platform_errors::define_codes! {
    pub enum AppError {
        Token(TokenCode),
        #[platform(unknown)]
        Unknown,
    }
}

#[derive(Debug, platform_errors::PlatformError)]
pub enum Derived {
    #[code(1)]
    #[message("one")]
    One,
    #[platform(unknown)]
    Other { code: i64, message: alloc::string::String },
}

// Under a `#[cfg]` that is off (a feature this crate does not have): compiled out, no error.
platform_errors::define_codes! {
    pub enum Gated {
        Token(TokenCode),
        #[cfg(any())]
        #[platform(unknown)]
        Unknown,
    }
}


// Under a `#[cfg]` that is on: the same error (the derive sees its input's `#[cfg]`s
// evaluated; `define_codes!` reports it under them).
#[derive(Debug, platform_errors::PlatformError)]
pub enum DerivedGated {
    #[code(1)]
    #[message("one")]
    One,
    #[cfg(all())]
    #[platform(unknown)]
    Other { code: i64, message: alloc::string::String },
}

platform_errors::define_codes! {
    #[cfg(all())]
    pub enum GatedOn {
        Token(TokenCode),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {}
