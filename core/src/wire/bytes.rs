//! Answers read from bytes: [`from_slice`], which skips a byte order mark and reads a message
//! that is not UTF-8.

use alloc::boxed::Box;

use serde::de::Deserialize;

use crate::{ApiError, Catalogue, HasEnvelope};

use super::error_serde::api_error;
use super::read::{read_head, KnownSuccess};
use super::response::{read_response, Response};

/// What [`from_slice`] reads: a [`Response`] or an [`ApiError`], the types that keep a
/// message that is not UTF-8 ([`ApiError::raw_message`]). Sealed.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, Response};
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::wire::{from_slice, Answer};
///
/// fn read<'a, A: Answer<'a>>(body: &'a [u8]) -> Option<A> {
///     from_slice(body).ok()
/// }
/// let body = br#"{"errcode": 45009, "errmsg": "api freq out of limit"}"#;
/// assert_eq!(read::<ApiError<QingtuiError>>(body).unwrap().code(), 45009);
/// assert!(!read::<Response<()>>(body).unwrap().is_success());
/// ```
pub trait Answer<'a>: Sized + sealed::Read<'a> {}

mod sealed {
    /// Reads the answer from text, or from bytes that are not UTF-8, with the message read as
    /// bytes.
    pub trait Read<'a>: Sized {
        fn read_text(text: &'a str) -> Result<Self, serde_json::Error>;
        fn read_lossy(bytes: &'a [u8]) -> Result<Self, serde_json::Error>;
    }
}

impl<'a, T: Deserialize<'a>, E: HasEnvelope> Answer<'a> for Response<T, E> {}

impl<'a, T: Deserialize<'a>, E: HasEnvelope> sealed::Read<'a> for Response<T, E> {
    #[inline]
    fn read_text(text: &'a str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    fn read_lossy(bytes: &'a [u8]) -> Result<Self, serde_json::Error> {
        let mut json = serde_json::Deserializer::from_slice(bytes);
        let read = read_response::<T, E, Option<Box<[u8]>>, _>(&mut json)
            .and_then(|response| json.end().map(|()| response));
        read.or_else(|refused| {
            // A field sent before the code is kept as its text for the payload, which must
            // be UTF-8: where one is not (`{"data": "<GBK>", "errcode": 40001, ...}`), an
            // error answer, which needs no payload, is read as the error it is.
            let mut json = serde_json::Deserializer::from_slice(bytes);
            let head = read_head::<E, Option<Box<[u8]>>, _>(&mut json)
                .ok()
                .filter(|_| json.end().is_ok())
                .map(|head| Response::with_more(head.with_message_text(), None));
            match head {
                Some(error) if !error.is_success() => Ok(error),
                // A success whose envelope reads the fields after the code ahead, as text
                // (Alipay's, where a sub code may still make it an error): known a success
                // now, read again with its payload in place.
                Some(_)
                    if E::ENVELOPE.is_typed_by_sub_code()
                        || E::ENVELOPE.is_typed_by_numeric_sub_code() =>
                {
                    let mut json = serde_json::Deserializer::from_slice(bytes);
                    read_response::<T, E, KnownSuccess, _>(&mut json)
                        .and_then(|response| json.end().map(|()| response))
                        .map_err(|_| refused)
                }
                _ => Err(refused),
            }
        })
    }
}

impl<C: Catalogue> Answer<'_> for ApiError<C> {}

impl<C: Catalogue> sealed::Read<'_> for ApiError<C> {
    #[inline]
    fn read_text(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    fn read_lossy(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        let mut json = serde_json::Deserializer::from_slice(bytes);
        let head = read_head::<C, Option<Box<[u8]>>, _>(&mut json)?;
        json.end()?;
        Ok(api_error(head))
    }
}

/// Reads an answer from the bytes of a body: as `serde_json::from_slice` does, and also
///
/// - skipping a UTF-8 byte order mark before it, which some servers send and serde_json
///   refuses;
/// - reading a message that is not UTF-8 (older Chinese platforms send GBK): the code, the
///   request id and the rest are read as usual, the message as text with invalid sequences
///   replaced by U+FFFD, and its bytes kept, as [`ApiError::raw_message`] and
///   [`Response::raw_message`]. (Text from `serde_json::from_str` is UTF-8 already; such a
///   body fails `serde_json::from_slice`.)
///
/// A body is checked to be UTF-8 once, as a whole, and then read as text, which serde_json
/// does not check again string by string (`serde_json::from_slice` does): faster than
/// `serde_json::from_slice` for most answers. A body that is not UTF-8 is read as bytes,
/// the message lossily; any other string that is not UTF-8 is an error, as it is for
/// `serde_json::from_slice`.
///
/// ```
/// # extern crate platform_errors_core as platform_errors;
/// use platform_errors::{ApiError, PlatformError, Response};
/// use platform_errors::qingtui::QingtuiError;
/// use platform_errors::wire::from_slice;
///
/// let body = b"\xEF\xBB\xBF{\"errcode\": 45009, \"errmsg\": \"api freq out of limit\"}";
/// assert!(serde_json::from_slice::<ApiError<QingtuiError>>(body).is_err());
/// let err: ApiError<QingtuiError> = from_slice(body)?;
/// assert_eq!((err.code(), err.raw_message()), (45009.into(), None));
///
/// #[derive(serde::Deserialize)]
/// struct Sent { msgid: u64 }
/// let ok: Response<Sent> = from_slice(br#"{"errcode": 0, "errmsg": "ok", "msgid": 7}"#)?;
/// assert_eq!(ok.into_result::<QingtuiError>()?.msgid, 7);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// What `serde_json::from_slice` reports for the body without its byte order mark.
pub fn from_slice<'a, A: Answer<'a>>(bytes: &'a [u8]) -> Result<A, serde_json::Error> {
    read(without_bom(bytes))
}

/// [`from_slice`], of bytes without a byte order mark.
#[inline]
pub(super) fn read<'a, A: Answer<'a>>(bytes: &'a [u8]) -> Result<A, serde_json::Error> {
    match core::str::from_utf8(bytes) {
        // A string with a lone surrogate escape (`"\ud83d"`, an emoji cut in half by the
        // sender) is no text to serde_json: read as bytes, it is the message with a
        // replacement character, and the code is kept.
        Ok(text) => A::read_text(text).or_else(|error| {
            if has_surrogate_escape(bytes) {
                A::read_lossy(bytes).map_err(|_| error)
            } else {
                Err(error)
            }
        }),
        Err(_) => A::read_lossy(bytes),
    }
}

/// Whether `bytes` hold a `\uD800`–`\uDFFF` escape, which a lone surrogate needs.
#[cold]
fn has_surrogate_escape(bytes: &[u8]) -> bool {
    bytes.windows(4).any(|window| {
        matches!(
            window,
            [b'\\', b'u', b'd' | b'D', b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F']
        )
    })
}

/// `bytes` without a UTF-8 byte order mark before them.
#[inline]
pub(super) fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}
