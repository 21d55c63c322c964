// errors: 1
// `shared` on a variant: one error, saying where it goes; the code it names is not reported
// again as declared twice.
platform_errors::define_codes! {
    pub enum P {
        #[platform(shared(40100))]
        A = 40100 => "invalid param",
        B = 40100 => "page_size is required",
    }
}

fn main() {}
