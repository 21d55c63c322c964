// errors: 5
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

fn main() {}
