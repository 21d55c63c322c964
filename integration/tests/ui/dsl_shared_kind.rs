// errors: 1
platform_errors::define_codes! {
    /// `shared` lists codes as the variants write them: `"1"` is a string.
    #[platform(shared("40100"))]
    pub enum ParamError {
        InvalidParam = 40100 => "invalid param",
        PageSizeRequired = 40100 => "page_size is required",
    }
}

fn main() {
    let _ = ParamError::PageSizeRequired;
}
