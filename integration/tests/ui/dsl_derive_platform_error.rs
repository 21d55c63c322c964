// errors: 1
//! A derive of what `define_codes!` implements itself: one error, at the derive's paths.
platform_errors::define_codes! {
    #[derive(platform_errors::PlatformError)]
    pub enum Token {
        Expired = 42001 => "access_token expired",
    }
}

fn main() {}
