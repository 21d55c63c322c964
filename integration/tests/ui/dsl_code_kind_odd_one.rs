// errors: 2
use platform_errors::define_codes;

// One quoted code first, integer codes after: the integers decide, one error at the quoted.
define_codes! {
    #[platform(shared(40100))]
    pub enum OrgError {
        NotExists = "46306" => "org is not exists",
        NameTaken = 40299 => "name taken",
        TooDeep = 45001 => "too deep",
        Invalid = 40100 => "invalid param",
        Missing = 40100 => "missing param",
        #[platform(unknown)]
        Other,
    }

    // A code that is no integer: it says so.
    pub enum TokenError {
        Invalid = 40001 => "invalid token",
        Expired = "EXPIRED" => "expired token",
        Revoked = 40003 => "revoked token",
    }
}

fn main() {}
