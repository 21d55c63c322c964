// errors: 4
// `no_unsafe` where no expansion has `unsafe` (an umbrella, an enum with a catch-all), and
// `exhaustive` beside the enum's own `#[non_exhaustive]`: each an error, at the key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Unused;

platform_errors::define_codes! {
    #[platform(exhaustive)]
    #[non_exhaustive]
    pub enum Codes {
        A = 1 => "x",
    }

    #[platform(exhaustive)]
    #[cfg_attr(all(), non_exhaustive)]
    pub enum Gated {
        G = 4 => "w",
    }

    #[platform(no_unsafe)]
    pub enum Umbrella {
        Codes(Codes),
    }

    #[platform(no_unsafe)]
    pub enum WithCatchAll {
        B = 2 => "y",
        #[platform(unknown)]
        Other,
    }

    // A catalogue of codes alone keeps it: from 2,048 codes, it changes the expansion.
    #[platform(no_unsafe)]
    pub enum Small {
        C = 3 => "z",
    }
}

fn main() {}
