// errors: 3
// A `macro_rules!` wrapper hands the macros its caller's tokens as fragments (`$code:expr`):
// an error spans the caller's token, not the fragment's place in the wrapper.
macro_rules! codes {
    ($name:ident, $($variant:ident = $code:expr => $message:expr),*) => {
        platform_errors::define_codes! {
            pub enum $name { $($variant = $code => $message,)* }
        }
    };
}

codes!(Fraction, A = 7 => "a", C = 1.5 => "c");
codes!(NotText, A = 7 => 5);

macro_rules! derived {
    ($code:expr) => {
        #[derive(Debug, platform_errors::PlatformError)]
        pub enum Derived {
            #[code($code)]
            #[message("a")]
            A,
        }
    };
}

derived!(2.5);

fn main() {}
