//! Answers read from bytes: [`from_slice`], which skips a byte order mark and reads a message
//! that is not UTF-8.

use alloc::boxed::Box;

use serde::de::Deserialize;

use crate::{ApiError, Catalogue, HasEnvelope};

use super::error_serde::api_error;
use super::read::{read_head, MessageBytes};
use super::response::{Response, ResponseVisitor};

/// What [`from_slice`] reads: a [`Response`] or an [`ApiError`]. Sealed.
pub trait Answer<'a>: Sized + sealed::Read<'a> {}

mod sealed {
    /// Reads the answer; `lossy` reads the message as bytes, which need not be UTF-8.
    pub trait Read<'a>: Sized {
        fn read(bytes: &'a [u8], lossy: bool) -> Result<Self, serde_json::Error>;
    }
}

impl<'a, T: Deserialize<'a>, E: HasEnvelope> Answer<'a> for Response<T, E> {}

impl<'a, T: Deserialize<'a>, E: HasEnvelope> sealed::Read<'a> for Response<T, E> {
    fn read(bytes: &'a [u8], lossy: bool) -> Result<Self, serde_json::Error> {
        fn read<'a, T: Deserialize<'a>, E: HasEnvelope, B: MessageBytes>(
            bytes: &'a [u8],
        ) -> Result<Response<T, E>, serde_json::Error> {
            let mut json = serde_json::Deserializer::from_slice(bytes);
            let visitor = ResponseVisitor::<T, E, B>::new();
            let response = serde::Deserializer::deserialize_map(&mut json, visitor)?;
            json.end()?;
            Ok(response)
        }
        if lossy {
            read::<T, E, Option<Box<[u8]>>>(bytes)
        } else {
            read::<T, E, ()>(bytes)
        }
    }
}

impl<C: Catalogue> Answer<'_> for ApiError<C> {}

impl<C: Catalogue> sealed::Read<'_> for ApiError<C> {
    fn read(bytes: &[u8], lossy: bool) -> Result<Self, serde_json::Error> {
        fn read<C: Catalogue, B: MessageBytes>(
            bytes: &[u8],
        ) -> Result<ApiError<C>, serde_json::Error> {
            let mut json = serde_json::Deserializer::from_slice(bytes);
            let head = read_head::<C, B, _>(&mut json)?;
            json.end()?;
            Ok(api_error(head))
        }
        if lossy {
            read::<C, Option<Box<[u8]>>>(bytes)
        } else {
            read::<C, ()>(bytes)
        }
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
/// A body that is UTF-8 is read in one pass, as `serde_json::from_slice` reads it; one that
/// is not, and fails, is read again with the message as bytes.
///
/// ```
/// use platform_errors_core::{ApiError, PlatformError, Response};
/// use platform_errors_core::qingtui::QingtuiError;
/// use platform_errors_core::wire::from_slice;
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
    let bytes = without_bom(bytes);
    match A::read(bytes, false) {
        Err(err) if core::str::from_utf8(bytes).is_err() => A::read(bytes, true).map_err(|_| err),
        read => read,
    }
}

/// `bytes` without a UTF-8 byte order mark before them.
pub(super) fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}
