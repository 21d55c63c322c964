// errors: 2
platform_errors::define_codes! {
    pub enum Limits {
        #[advice(backoff)]
        Limited = 45009 => "api freq out of limit",
        #[advice]
        Bare = 45010 => "no advice named",
    }
}

fn main() {}
