//! The platform's JSON: responses into typed results, errors into `{"errcode", "errmsg"}`
//! or the names of another [envelope](crate::envelope).
//!
//! [`Response`] reads whole answers; [`from_http`] reads HTTP answers, bodies that are not
//! the platform's included; [`from_slice`] reads bytes; [`ApiError`](crate::ApiError)
//! reads and writes the error shape on its own, keeping what was received:
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::{Advice, ApiError, PlatformError};
//! use platform_errors::qingtui::{QingtuiError, UserError};
//!
//! let body = r#"{"errcode": "43010", "errmsg": "mobile is already existed", "trace": "x"}"#;
//! let err: ApiError<QingtuiError> = serde_json::from_str(body)?;
//! assert_eq!(err.kind(), Some(&QingtuiError::User(UserError::MobileTaken)));
//! assert_eq!(err.advice(), Advice::FixRequest);
//! assert_eq!(
//!     serde_json::to_string(&err)?,
//!     r#"{"errcode":43010,"errmsg":"mobile is already existed"}"#,
//! );
//! // Read back: the same error.
//! assert_eq!(serde_json::from_str::<ApiError<QingtuiError>>(&serde_json::to_string(&err)?)?, err);
//!
//! // Catalogue types use the same shape.
//! let user: UserError = serde_json::from_str(r#"{"errcode": 43011, "errmsg": "mail is already existed"}"#)?;
//! assert_eq!(user, UserError::MailTaken);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # The code is read from its text
//!
//! A code is an integer within `i64`: written as one (`40001`), as a string holding one
//! (`"40001"`, `" 40001 "`), or as a number with a fraction or an exponent whose *text*
//! denotes an integer exactly (`40001.0`, `4.0001e4`, `-0`). The text decides, never a
//! float made of it: `1e-400` is not 0 (and so never a success), `40001.0000000000001` is
//! not 40001, and `9007199254740993.0` is 9007199254740993. What is not an integer, or is
//! beyond `i64`, is a serde error that says so. A request id sent as a number is kept as
//! its text, exactly as written, however large.
//!
//! serde_json gives the text of a value when asked as its `RawValue` asks (the `raw_value`
//! feature, which this crate turns on; nothing else of the user's serde_json changes).
//! Other deserializers give the value: a value buffered by `#[serde(untagged)]` or
//! `flatten`, a `serde_json::Value` read first, or another format. From those, a code that
//! arrives as a float is taken when it is an integer below 2^53 in magnitude, where a float
//! holds every integer exactly, and is not zero: `1e-400` is 0.0 once it is a float, and is
//! refused rather than read as a success. Past that, a float has lost the text:
//! `40001.0000000000001` read into a `Value` first is 40001.0, and is 40001.
//!
//! # Bytes
//!
//! [`from_slice`] and [`from_http`] skip a UTF-8 byte order mark before the body, which
//! serde_json refuses; `serde_json::from_str` and `serde_json::from_slice` callers must strip
//! one (`\u{feff}`) themselves. They also read a message that is not UTF-8 (older Chinese
//! platforms send GBK): the code and the request id are kept, the message is read with
//! invalid sequences replaced by U+FFFD, and its bytes are kept as
//! [`ApiError::raw_message`](crate::ApiError::raw_message). Text (`&str`) is UTF-8 already.
//!
//! # What a round trip keeps
//!
//! Writing what was read, then reading it again, gives what was read: the code, the message
//! exactly as received, and the request id, under every envelope that names a field for it
//! (WeChat Pay v3's comes only in its `Request-ID` header, which serde does not write).
//! [`ApiError`](crate::ApiError) and [`Response`] write
//!
//! - the code as a number, whatever its spelling was (`"40001"` and `4.0001e4` are written
//!   `40001`), under a numeric envelope;
//! - the message as received;
//! - the request id under the envelope's first name for it (`request_id` for
//!   `errcode`/`errmsg`, `log_id` for Feishu's `code`/`msg`: a dotted first name such as
//!   `error.log_id` is written as the object `{"error": {"log_id": ...}}`), except where the
//!   message carries it, as `WeCom`'s `hint: [...]`, where the message, written as received,
//!   gives it again; an envelope that names no field for a request id and finds none in the
//!   message has nowhere to write one;
//! - for a success, the payload's fields beside the envelope. The envelope's names are the
//!   envelope's: a payload field named as the code, the message, the sub code or its message
//!   (`DingTalk`'s and Alipay's `sub_code`, `sub_msg`) is not written (reading never gives
//!   the payload one). A payload with a value under one of the request id's
//!   names (reading gives the id to both) writes it, as it holds it, and the envelope
//!   writes no other: each key once, and a `serde_json::Value` payload gets no key it did
//!   not have. A payload field under such a name that holds nothing (its own `request_id:
//!   None`, written `null`) stays the payload's, and the envelope writes the id under the
//!   first of its names that no payload field takes. (A `serde_json::Value` payload holds a number as
//!   serde_json parses it: an id sent as `0e0` comes back `0.0`.)
//!
//! - the sub code and its message as received, where the envelope declares them (Alipay's
//!   `sub_code`, DingTalk's errcode 88 `sub_code`, AIP-193's `status`); where a sub code
//!   types the error, the envelope's own code and message beside it
//!   ([`ApiError::top_code`](crate::ApiError::top_code));
//! - a string code as the string sent (an envelope of string codes keeps `"40004"` as text);
//! - the detail field's JSON as it was sent (WeChat Pay's `detail`, AIP-193's `details`,
//!   Feishu's `error`, which then gives the request id back and the id is not written
//!   again); read back through a `serde_json::Value`, which orders keys, it is the same
//!   value, and compares equal;
//! - for a nested envelope, the object under the key it was read from (Alipay's
//!   `alipay_trade_pay_response`; `error_response` for one built by hand), and the kept
//!   fields beside it (Alipay's `sign`) as their JSON;
//! - a success that came without a code (WeChat Pay v3, DingTalk v1, AIP-193) without one:
//!   the payload alone. Under AIP-193 only the HTTP status tells a resource that has a field
//!   named `error` (a finished long-running operation's, AIP-151) from an error: such a
//!   success, written, reads back through `from_http` under its 2xx as the resource, and
//!   through serde alone, which sees no status, as the error it holds.
//!
//! An error without a code (an [`HttpError::Body`] in an SDK's type with
//! `#[platform(serde)]`, or a local variant written with [`serialize_error`]) is written with
//! its message and request id alone: reading it back gives "missing field", except under an
//! envelope whose successes carry no code (WeChat Pay v3, DingTalk v1, AIP-193), where a
//! body without a code **reads as a success**. Pass such an error on with
//! [`http::answer`](crate::http::answer) (or the `axum` feature's `Answer`), whose status
//! (502) says what the body cannot, rather than storing it as JSON to read back.
//!
//! Not kept, since the body does not carry them: the HTTP status (except under AIP-193,
//! whose `error.code` is the status) and `Retry-After` (from [`from_http`]); the fields of an error answer outside its envelope (skipped when read);
//! the spelling of the code; and the bytes of a message that was not UTF-8, which JSON text
//! cannot hold: the message is written as it was read, with U+FFFD.
//!
//! A catalogue value (a `define_codes!` enum or umbrella, a derived catalogue, read with
//! `#[platform(serde)]`) is a *declared* error, not a received one: it writes its code and
//! its declared message. An umbrella read from a known code with a message its catalogue
//! lacks resolves to that code's variant, and writes that variant's declared message, not
//! the platform's text. [`ApiError<C>`](crate::ApiError) is the type that keeps everything
//! received: its [`kind`](crate::ApiError::kind) is the catalogue value, its
//! [`message`](crate::ApiError::message) the platform's text. A type of your own whose
//! catch-all is a one-field `ApiError<C>` (`#[platform(unknown)] Api(ApiError<C>)`) keeps,
//! for an answer that lands in it, all that `ApiError<C>` keeps (the request id, the sub
//! code, a nested answer's key and kept fields), and writes it back as `ApiError<C>` does.
//! A transparent variant over an `ApiError<C>` or an [`HttpError<C>`](crate::HttpError)
//! (`#[platform(transparent)] Http(HttpError<C>)`, where `from_http`'s errors land through
//! `?`), or over a type of yours that holds one, writes what the answer it holds kept, as
//! `ApiError<C>` does, where `C`'s envelope writes as the type's (under one that writes
//! otherwise, the code, the message and the request id alone); read with serde, a
//! transparent variant is built from the code and the message, so only a catch-all keeps
//! the rest (the request id too: written in its field wherever the type's envelope would
//! not find it in the message).
//!
//! ```
//! # extern crate platform_errors_core as platform_errors;
//! use platform_errors::ApiError;
//! use platform_errors::qingtui::{ParamError, QingtuiError};
//!
//! // 40100 is declared; this message is not.
//! let body = r#"{"errcode":40100,"errmsg":"page_no is required","request_id":"r-7"}"#;
//! let umbrella: QingtuiError = serde_json::from_str(body)?;
//! assert_eq!(umbrella, QingtuiError::Param(ParamError::InvalidParam));
//! assert_eq!(serde_json::to_string(&umbrella)?, r#"{"errcode":40100,"errmsg":"invalid param"}"#);
//!
//! let err: ApiError<QingtuiError> = serde_json::from_str(body)?;
//! assert_eq!(err.kind(), Some(&umbrella));
//! assert_eq!(serde_json::to_string(&err)?, body);
//! # Ok::<(), serde_json::Error>(())
//! ```

mod bytes;
mod error_serde;
mod http;
mod raw;
mod read;
mod response;

pub use bytes::{from_slice, Answer};
pub(crate) use error_serde::{deserialize_lookup, deserialize_response, serialize_catalogue};
pub use error_serde::{serialize_error, serialize_error_in};
pub use http::{from_http, Headers, HttpError, UnexpectedBody};
pub use response::{Response, Success};
