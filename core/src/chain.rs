use core::error::Error;

/// The first error of type `T` in `error`'s chain: `error` itself, then its source, the
/// source's source, and so on.
///
/// For an application that returns `Box<dyn Error>` and wants the platform error back: its
/// code, its advice.
///
/// ```
/// use platform_errors_core::qingtui::TokenError;
/// use platform_errors_core::{find, Advice, PlatformError};
///
/// #[derive(Debug)]
/// struct Context(TokenError);
/// impl std::fmt::Display for Context {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("loading the org chart")
///     }
/// }
/// impl std::error::Error for Context {
///     fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
///         Some(&self.0)
///     }
/// }
///
/// let err: Box<dyn std::error::Error + Send + Sync> = Box::new(Context(TokenError::ExpiredToken));
/// let token = find::<TokenError>(&*err).unwrap();
/// assert_eq!(token.advice(), Advice::RefreshToken);
/// assert!(find::<std::io::Error>(&*err).is_none());
/// ```
///
/// A transparent variant hands its `source` on to the error it wraps, as thiserror's does,
/// so the wrapped error is not a link of its own: find the type that wraps it, and match.
#[must_use]
pub fn find<'a, T: Error + 'static>(error: &'a (dyn Error + 'static)) -> Option<&'a T> {
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(found) = error.downcast_ref::<T>() {
            return Some(found);
        }
        current = error.source();
    }
    None
}
