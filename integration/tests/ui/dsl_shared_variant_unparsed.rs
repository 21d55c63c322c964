// errors: 1
platform_errors::define_codes! {
    /// A variant of a shared code that does not parse: one error at it, and `shared` is not
    /// reported as listing a code only one variant declares.
    #[platform(shared(40100))]
    pub enum ParamError {
        InvalidParam = 40100 => "invalid param",
        AppIdRequired = 40100 "app_id is required",
    }
}

fn main() {
    let _ = ParamError::InvalidParam;
}
