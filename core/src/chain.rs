use core::error::Error;

/// The first error of type `T` in `error`'s chain: `error` itself, then its source, the
/// source's source, and so on.
///
/// For an application that returns `Box<dyn Error>` and wants the platform error back: its
/// code, its advice.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::qingtui::TokenError;
/// use platform_errors::{find_in_chain, Advice, PlatformError};
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
/// let token = find_in_chain::<TokenError>(&*err).unwrap();
/// assert_eq!(token.advice(), Advice::RefreshToken);
/// assert!(find_in_chain::<std::io::Error>(&*err).is_none());
///
/// // Through a boxed `dyn PlatformError`, which `?` boxes again.
/// fn call() -> Result<(), Box<dyn PlatformError + Send + Sync>> {
///     Err(Box::new(TokenError::ExpiredToken))
/// }
/// fn caller() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
///     call()?;
///     Ok(())
/// }
/// let err = caller().unwrap_err();
/// assert_eq!(find_in_chain::<TokenError>(&*err), Some(&TokenError::ExpiredToken));
///
/// // Through a `Box<TokenError>`, boxed for its size.
/// fn boxed() -> Result<(), Box<TokenError>> {
///     Err(Box::new(TokenError::ExpiredToken))
/// }
/// fn boxed_caller() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
///     boxed()?;
///     Ok(())
/// }
/// let err = boxed_caller().unwrap_err();
/// assert_eq!(find_in_chain::<TokenError>(&*err), Some(&TokenError::ExpiredToken));
/// ```
///
/// Named for where it looks: the chain of `source()`s, from `error` on.
///
/// A transparent variant, and a catch-all member (`#[platform(unknown)] Api(#[from]
/// ApiError<C>)`), hands its `source` on to the error it wraps, as thiserror's
/// `#[error(transparent)]` does (`#[from]` on it adds the `From` impl only), so the wrapped
/// error is not a link of its own: `find_in_chain::<ApiError<C>>` does not see an
/// `ApiError` held by such a variant of your type. Find your type instead; its
/// [`PlatformError`](crate::PlatformError) methods (`code`, `status`, `request_id`, `entry`,
/// `advice`, …) answer for the variant it holds, so one line reaches what the `ApiError`
/// knows: `find_in_chain::<SdkError>(&*err).and_then(|e| e.request_id())`.
#[must_use]
pub fn find_in_chain<'a, T: Error + 'static>(error: &'a (dyn Error + 'static)) -> Option<&'a T> {
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(found) = error.downcast_ref::<T>() {
            return Some(found);
        }
        // A boxed `dyn PlatformError` is a link of its own (`?` boxes it again, and a source
        // may be one), whose `source()` is its inner error's: look inside it too.
        if let Some(found) = unboxed(error).and_then(<dyn Error>::downcast_ref::<T>) {
            return Some(found);
        }
        // So is a `Box<T>` (`Result<_, Box<T>>`, boxed for its size, then `?`), whose
        // `source()` is `T`'s source, not `T`.
        if let Some(found) = boxed::<T>(error) {
            return Some(found);
        }
        current = error.source();
    }
    None
}

/// The error inside a `Box<dyn PlatformError ...>`, when `error` is one.
#[cfg(feature = "alloc")]
fn unboxed<'a>(error: &'a (dyn Error + 'static)) -> Option<&'a (dyn Error + 'static)> {
    use crate::PlatformError;
    use alloc::boxed::Box;
    if let Some(boxed) = error.downcast_ref::<Box<dyn PlatformError + Send + Sync>>() {
        let inner: &(dyn PlatformError + Send + Sync) = &**boxed;
        return Some(inner);
    }
    if let Some(boxed) = error.downcast_ref::<Box<dyn PlatformError + Send>>() {
        let inner: &(dyn PlatformError + Send) = &**boxed;
        return Some(inner);
    }
    if let Some(boxed) = error.downcast_ref::<Box<dyn PlatformError>>() {
        let inner: &dyn PlatformError = &**boxed;
        return Some(inner);
    }
    None
}

/// Without `alloc` there is no box.
#[cfg(not(feature = "alloc"))]
fn unboxed<'a>(_: &'a (dyn Error + 'static)) -> Option<&'a (dyn Error + 'static)> {
    None
}

/// The `T` in `error`, when `error` is a `Box<T>`.
#[cfg(feature = "alloc")]
fn boxed<'a, T: Error + 'static>(error: &'a (dyn Error + 'static)) -> Option<&'a T> {
    error
        .downcast_ref::<alloc::boxed::Box<T>>()
        .map(|boxed| &**boxed)
}

/// Without `alloc` there is no box.
#[cfg(not(feature = "alloc"))]
fn boxed<'a, T: Error + 'static>(_: &'a (dyn Error + 'static)) -> Option<&'a T> {
    None
}
