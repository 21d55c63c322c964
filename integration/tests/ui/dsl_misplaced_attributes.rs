// errors: 4
platform_errors::define_codes! {
    #[platform(category = "token", colour = "blue")]
    pub enum TokenError {
        #[code(40402)]
        InvalidToken = 40402 => "invalid token",
        #[platform(transparent)]
        Expired = 42403 => "expired token",
    }

    pub struct NotAnEnum {}
}

fn main() {}
