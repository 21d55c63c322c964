// errors: 9
// A `macro_rules!` wrapper hands the macros its caller's tokens as fragments (`$code:expr`):
// an error spans the caller's token, not the fragment's place in the wrapper, and says what
// it says of the token written directly.
macro_rules! codes {
    ($name:ident, $($variant:ident = $code:expr => $message:expr),*) => {
        platform_errors::define_codes! {
            pub enum $name { $($variant = $code => $message,)* }
        }
    };
}

codes!(Fraction, A = 7 => "a", C = 1.5 => "c");
codes!(NotText, A = 7 => 5);
codes!(Sum, A = 1 + 1 => "a");

macro_rules! translated {
    ($zh:expr) => {
        platform_errors::define_codes! {
            pub enum Translated { A = 1 => ("a", zh = $zh) }
        }
    };
}

translated!(5);

macro_rules! derived {
    ($name:ident, $code:expr, $status:expr) => {
        #[derive(Debug, platform_errors::PlatformError)]
        pub enum $name {
            #[code($code)]
            #[message("a")]
            #[platform(http_status = $status)]
            A,
        }
    };
}

derived!(Derived, 2.5, 400);
derived!(Quoted, 1, "400");

macro_rules! empty_code {
    ($v:vis code) => {
        #[derive(Debug, platform_errors::PlatformError)]
        pub enum Empty {
            #[code($v)]
            #[message("a")]
            A,
        }
    };
}

empty_code!(code);

// A minus before a fragment that is negative already.
macro_rules! negated {
    ($c:literal) => {
        #[derive(Debug, platform_errors::PlatformError)]
        pub enum Negated {
            #[code(-$c)]
            #[message("a")]
            A,
        }
    };
}

negated!(-1);

// Written directly, a language's name with a value that is no string is told it may be a
// translation.
#[derive(Debug, platform_errors::PlatformError)]
pub enum NotAString {
    #[code(1)]
    #[message("a", zh = 5)]
    A,
}

fn main() {}
