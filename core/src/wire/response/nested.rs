//! Reading a `Response` of a nested envelope (Alipay's `<method>_response`, AIP-193's
//! `error`): the answer from the object under the nesting's key, read as a flat one, the
//! kept fields beside it, a second object and `null` as the rules say.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::read::{payload_error, Types};
use super::*;

/// Reads a [`Response`] of a nested envelope: the answer from the object under the
/// nesting's key, read as a flat one, and the kept fields beside it. Where the envelope's
/// successes carry no code (AIP-193), an answer without the object is a success whose
/// payload is the whole answer.
pub(in crate::wire) struct NestedVisitor<T, E, B> {
    pub(in crate::wire) nesting: Nesting,
    pub(in crate::wire) types: PhantomData<Types<T, E, B>>,
}

impl<'de, T: Deserialize<'de>, E: HasEnvelope, B: MessageBytes> Visitor<'de>
    for NestedVisitor<T, E, B>
{
    type Value = Response<T, E>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting(f, &E::ENVELOPE)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Response<T, E>, A::Error> {
        let envelope = &E::ENVELOPE;
        let mut found: Option<Response<T, E>> = None;
        let mut nested_key = None;
        let mut kept = Vec::new();
        let mut before: Vec<(KeyText<'de>, Raw<'de>)> = Vec::new();
        while let Some(key) = map.next_key::<KeyText<'de>>()? {
            let name = key.as_str();
            if self.nesting.matches(name) {
                // A second answer object: the error of the two, whichever comes first. After
                // an error, another is skipped unread (a success's payload is not `T`'s to
                // refuse).
                if found.as_ref().is_some_and(|first| !first.is_success()) {
                    map.next_value::<de::IgnoredAny>()?;
                    continue;
                }
                // Under a method's key (Alipay's `alipay_system_oauth_token_response`), an
                // object with none of the envelope's fields is a success: the token call
                // answers so. Under the error's key, it is no answer.
                // `null` is no object (a serializer that writes unset fields: an operation's
                // `"error": null`), as `from_http` reads it; where successes come without
                // the object, a field of the resource.
                let Some(read) = map.next_value_seed(NullIsNone(Inner::<T, E, B> {
                    no_code_is_success: self.nesting.is_method_key(name),
                    types: PhantomData,
                }))?
                else {
                    if envelope.is_success_without_code() && found.is_none() {
                        before.push((key, Raw::Borrowed("null")));
                    }
                    continue;
                };
                if found.is_some() && read.is_success() {
                    continue;
                }
                found = Some(read);
                if let Nesting::Suffix(_) = self.nesting {
                    nested_key = Some(Box::from(name));
                }
            } else if let Some(&kept_name) =
                envelope.kept_fields().iter().find(|kept| **kept == name)
            {
                let raw = map.next_value::<Raw<'de>>()?;
                insert_kept::<E>(&mut kept, kept_name, &raw);
            } else if envelope.is_success_without_code() && found.is_none() {
                // Perhaps a success's payload: kept until the answer ends.
                before.push((key, map.next_value::<Raw<'de>>()?));
            } else {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        let mut response = match found {
            // Where successes come without the object (AIP-193), the object is an error's:
            // one without its code or sub code (`"error": {}`, protobuf's empty `Status`) is
            // no answer, rather than a success read from inside it.
            // Where the code is the HTTP status (AIP-193's), `"code": 0` is protobuf's unset
            // code (`OK`), no status: no error either.
            Some(response)
                if envelope.is_success_without_code()
                    && (response.is_success()
                        || (envelope.is_code_http_status() && response.code() == Code::Int(0))) =>
            {
                let sub_code = envelope.sub_code_field().unwrap_or(envelope.code_field());
                let code = envelope.code_field();
                return Err(match envelope.success_code() {
                    Some(success) => de::Error::custom(format_args!(
                        "the answer's error object holds no error: neither `{sub_code}` nor a `{code}` other than {success}"
                    )),
                    None if envelope.is_code_http_status() => de::Error::custom(format_args!(
                        "the answer's error object holds no error: neither `{sub_code}` nor a `{code}` other than 0"
                    )),
                    None => de::Error::custom(format_args!(
                        "the answer's error object holds no error: neither `{sub_code}` nor `{code}`"
                    )),
                });
            }
            Some(response) => response,
            None if envelope.is_success_without_code() => {
                let mut head = Head::<B>::default();
                let rest = Rest::<A, E, B> {
                    map: &mut map,
                    head: &mut head,
                    names: PhantomData::<fn() -> E>,
                    before: Some(before.into_iter()),
                    pending: None,
                    ended: true,
                };
                let payload = T::deserialize(rest).map_err(payload_error::<E, A::Error>)?;
                Response {
                    code: envelope.held_code(),
                    message: MessageText::default(),
                    more: Rare::new(Some(Box::new(More {
                        without_code: true,
                        ..More::default()
                    }))),
                    request_id: None,
                    payload: Some(payload),
                    names: PhantomData,
                }
            }
            None => return Err(missing_nest(self.nesting)),
        };
        if nested_key.is_some() || !kept.is_empty() {
            let more = response.more.get_or_default();
            let received = more.received.get_or_insert_with(Box::default);
            received.nested_key = nested_key;
            received.kept = kept;
        }
        Ok(response)
    }
}

/// The nested object of an answer, read as a flat answer.
struct Inner<T, E, B> {
    /// Whether an object with none of the envelope's fields is a success.
    no_code_is_success: bool,
    types: PhantomData<Types<T, E, B>>,
}

impl<'de, T: Deserialize<'de>, E: HasEnvelope, B: MessageBytes> DeserializeSeed<'de>
    for Inner<T, E, B>
{
    type Value = Response<T, E>;
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Response<T, E>, D::Error> {
        deserializer.deserialize_map(ResponseVisitor::<T, E, B> {
            no_code_is_success: self.no_code_is_success,
            types: PhantomData,
        })
    }
}
