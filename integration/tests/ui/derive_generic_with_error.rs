// errors: 1
use platform_errors::PlatformError;

// A generic type with a mistake (here `serde`, which generic types are not offered): one
// error, not also "`T` doesn't implement `Debug`" from the impls standing beside it, which
// ask of `T` what the normal expansion asks.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum Generic<T> {
    #[code(1)]
    #[message("one")]
    One(T),
}

fn main() {}
