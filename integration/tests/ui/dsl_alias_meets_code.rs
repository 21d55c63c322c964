// errors: 2
// An alias that is another variant's code: lookup finds one variant for each spelling,
// shared code or not, so the alias goes.
platform_errors::define_codes! {
    pub enum PayError {
        #[platform(aliases("NO_AUTH"))]
        Forbidden = "FORBIDDEN" => "forbidden",
        NoAuth = "NO_AUTH" => "no auth",
    }

    #[platform(shared("NO_AUTH"))]
    pub enum Shared {
        #[platform(aliases("NO_AUTH"))]
        Forbidden = "FORBIDDEN" => "forbidden",
        NoAuth = "NO_AUTH" => "no auth",
        NoAuthority = "NO_AUTH" => "no authority",
    }
}

fn main() {}
