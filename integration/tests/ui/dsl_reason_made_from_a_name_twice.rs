// errors: 2
// A declared reason is compared with the others as the entries give them, made from a
// variant's name where it declares none (`TokenExpired` is `TOKEN_EXPIRED`): one declared as
// another variant's name gives it is one error, at the declared reason, before or after.
// Two names whose reasons read alike, where neither declares one, are no error.
platform_errors::define_codes! {
    pub enum Declared {
        #[platform(reason = "B")]
        A = 1 => "a",
        B = 2 => "b",
    }

    pub enum DeclaredSecond {
        TokenExpired = 1 => "a",
        #[platform(reason = "TOKEN_EXPIRED")]
        Expired = 2 => "b",
    }

    pub enum Names {
        HttpError = 1 => "a",
        HTTPError = 2 => "b",
        // Under a `#[cfg]`, it may never be there with the others: not compared.
        #[cfg(any())]
        HTTP_Error = 3 => "c",
    }
}

fn main() {}
