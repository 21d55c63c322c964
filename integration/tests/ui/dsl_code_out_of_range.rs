// errors: 1
platform_errors::define_codes! {
    pub enum Huge {
        TooLarge = 9223372036854775808 => "one past i64::MAX",
        Fine = 9223372036854775807 => "i64::MAX",
    }
}

fn main() {}
