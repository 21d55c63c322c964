// errors: 8
// A source is an error, not an `Option` of one (thiserror takes one; this derive gives the
// case without an error a variant of its own): one error at the type, whichever way the
// field is the source, and nothing more.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Marked {
    #[platform(local)]
    #[message("read failed")]
    Read {
        #[source]
        cause: Option<std::io::Error>,
    },
}

#[derive(Debug, PlatformError)]
pub enum From {
    #[platform(local)]
    #[message("read failed")]
    Read(#[from] ::core::option::Option<std::io::Error>),
}

#[derive(Debug, PlatformError)]
pub enum Named {
    #[platform(local)]
    #[message("read failed")]
    Read { source: Option<std::io::Error> },
}

// Two mistakes, two errors: `#[from]` beside another field, and its `Option`.
#[derive(Debug, PlatformError)]
pub enum FromTwo {
    #[platform(local)]
    #[message("read failed")]
    Read {
        #[from]
        cause: Option<std::io::Error>,
        attempt: u32,
    },
}

// A struct: no variant to suggest.
#[derive(Debug, PlatformError)]
#[code(40001)]
#[message("bad")]
pub struct Struct {
    source: Option<std::io::Error>,
}

// A transparent member delegates its source: `#[source]` is refused for that, once.
#[derive(Debug, PlatformError)]
pub enum Member {
    #[platform(transparent)]
    Q(#[source] Option<platform_errors::qingtui::QingtuiError>),
}

// The type handed in by a `macro_rules!` wrapper (`$t:ty`).
macro_rules! local_error {
    ($name:ident, $t:ty) => {
        #[derive(Debug, PlatformError)]
        pub enum $name {
            #[platform(local)]
            #[message("read failed")]
            Read {
                #[source]
                cause: $t,
            },
        }
    };
}

local_error!(Wrapped, Option<std::io::Error>);

fn main() {}
