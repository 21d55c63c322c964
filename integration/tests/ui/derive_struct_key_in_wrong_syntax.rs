// errors: 3
// On a struct as on a variant: an attribute of its own inside `#[platform(...)]` is one
// error, and a key's near miss is named in the error that the key is missing (beside
// rustc's own error for the unknown attribute).
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(local, code = 1)]
#[message("x")]
pub struct Local;

#[derive(Debug, PlatformError)]
#[code(1)]
#[messages("a")]
pub struct Misspelt;

fn main() {}
