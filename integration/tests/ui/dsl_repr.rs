// errors: 1
// A `#[repr]` says the discriminants are the codes; they are indices.
platform_errors::define_codes! {
    #[repr(i64)]
    pub enum WxCode {
        InvalidCredential = 40001 => "invalid credential",
        AccessTokenExpired = 42001 => "access_token expired",
    }
}

fn main() {
    let _ = WxCode::AccessTokenExpired.as_i64();
}
