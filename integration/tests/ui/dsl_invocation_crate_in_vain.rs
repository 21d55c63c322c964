// errors: 1
// The invocation's `crate` is the default of its enums: with each naming its own, it would
// change nothing.
platform_errors::define_codes! {
    #![platform(crate = ::platform_errors)]

    #[platform(crate = ::platform_errors)]
    pub enum TokenError {
        InvalidToken = 40001 => "invalid token",
    }
}

fn main() {}
