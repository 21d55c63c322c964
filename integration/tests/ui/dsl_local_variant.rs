// errors: 1
// `local` on a `define_codes!` variant: one error, and the variant is not then reported as
// missing its code.
platform_errors::define_codes! {
    pub enum Codes {
        A = 1 => "x",
        #[platform(local)]
        B,
    }
}

fn main() {}
