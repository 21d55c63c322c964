// errors: 4
// A bare variant beside members: the hint names the catch-all's attribute too. With the
// attribute misspelt, one error, at the key; the variant is the catch-all it meant. Under
// an attribute with another error, the variant is still one without a code (a doc comment
// that says "unknown" makes it no catch-all).
platform_errors::define_codes! {
    pub enum P {
        A = 40001 => "a",
    }

    pub enum U {
        P(P),
        Unknown,
    }

    pub enum V {
        P(P),
        #[platform(unkown)]
        Unknown,
    }

    pub enum W {
        B = 40002 => "b",
        /// Unknown to the docs yet.
        #[platform(reason = 5)]
        Forgot,
    }
}

fn main() {}
