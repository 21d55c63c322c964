// errors: 1
// `debug` is for a derived enum: a `define_codes!` enum has its `Debug` already. One error
// at the key, not also a conflicting `Debug` impl.
platform_errors::define_codes! {
    #[platform(debug)]
    pub enum TokenError {
        InvalidToken = 40001 => "invalid token",
    }
}

fn main() {}
