// errors: 2
// `shared` on a variant: one error, saying where it goes; the code it names is not reported
// again as declared twice, and another code declared twice still is.
platform_errors::define_codes! {
    pub enum P {
        #[platform(shared(40100))]
        A = 40100 => "invalid param",
        B = 40100 => "page_size is required",
        C = 50000 => "x",
        D = 50000 => "y",
    }
}

fn main() {}
