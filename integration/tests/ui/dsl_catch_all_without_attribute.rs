// errors: 2
// A bare variant beside members: the hint names the catch-all's attribute too. With the
// attribute misspelt, one error, at the key; the variant is the catch-all it meant.
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
}

fn main() {}
