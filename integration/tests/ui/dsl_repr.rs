// errors: 3
// A `#[repr]` says the discriminants are the codes; they are indices. Inside a `cfg_attr`
// too.
platform_errors::define_codes! {
    #[repr(i64)]
    pub enum WxCode {
        InvalidCredential = 40001 => "invalid credential",
        AccessTokenExpired = 42001 => "access_token expired",
    }

    #[cfg_attr(all(), derive(PartialOrd), repr(i64))]
    pub enum MpCode {
        SystemBusy = -1 => "system busy",
    }

    #[cfg_attr(all(), cfg_attr(all(), repr(u8)))]
    pub enum Nested {
        SystemBusy = -1 => "system busy",
    }

    // An umbrella declares no code: its `repr` is a layout, and passes through.
    #[repr(C)]
    pub enum AppError {
        Wx(WxCode),
        #[platform(unknown)]
        Unknown,
    }
}

fn main() {
    let _ = WxCode::AccessTokenExpired.as_i64();
    let _ = MpCode::SystemBusy < MpCode::SystemBusy;
}
