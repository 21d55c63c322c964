// errors: 4
// A variant that delegates to its field, over the type itself: its code and lookup would
// ask themselves (rustc: "can't use `Self` from outer item", or a cycle in generated
// names). One error at the type's name in the field.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Rec {
    #[code(1)]
    #[message("leaf")]
    Leaf,
    #[platform(transparent)]
    Boxed(Box<Self>),
}

#[derive(Debug, PlatformError)]
pub enum Named {
    #[code(1)]
    #[message("leaf")]
    Leaf,
    #[platform(transparent)]
    Boxed(Box<Named>),
}

#[derive(Debug, PlatformError)]
pub enum AnyCode {
    #[code(1)]
    #[message("leaf")]
    Leaf,
    #[platform(unknown)]
    Other(Box<AnyCode>),
}

#[derive(Debug, PlatformError)]
pub enum SelfPath {
    #[code(1)]
    #[message("leaf")]
    Leaf,
    #[platform(transparent)]
    Boxed(Box<self::SelfPath>),
}

// Another module's type of the same name is another type.
mod other {
    pub type Fine = platform_errors::ApiError<platform_errors::qingtui::QingtuiError>;
}

#[derive(Debug, PlatformError)]
pub enum Fine {
    #[code(2)]
    #[message("leaf")]
    Leaf,
    #[platform(transparent)]
    Other(Box<other::Fine>),
}

// In a local variant or a code variant, the type itself is a field like any other.
#[derive(Debug, PlatformError)]
pub enum Local {
    #[platform(local)]
    #[message("wrapped")]
    Wrapped(Box<Self>),
    #[code(2)]
    #[message("leaf")]
    Leaf,
}

fn main() {}
