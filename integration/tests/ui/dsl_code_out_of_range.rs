// errors: 2
platform_errors::define_codes! {
    pub enum Huge {
        TooLarge = 9223372036854775808 => "one past i64::MAX",
        Fine = 9223372036854775807 => "i64::MAX",
        TooSmall = -9223372036854775809 => "one below i64::MIN",
        Min = -9223372036854775808 => "i64::MIN",
    }
}

fn main() {}
