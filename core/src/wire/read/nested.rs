//! Reading a nested envelope's answer (Alipay's `<method>_response`, AIP-193's `error`):
//! the head from the object under the nesting's key, the kept fields beside it, a second
//! object and `null` as the rules say.

use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::{expecting, insert_kept, typed_by_sub_code, Head, KeySeed, MessageBytes};
use crate::envelope::Nesting;
use crate::wire::raw::Raw;
use crate::wire::read::KeyText;
use crate::HasEnvelope;

/// Reads the answer of a nested envelope: the head from the object under the nesting's
/// key, the kept fields beside it; every other field skipped without recursing.
pub(super) struct NestedHeadVisitor<N, B> {
    pub(super) nesting: Nesting,
    pub(super) types: PhantomData<fn() -> (N, B)>,
}

impl<'de, N: HasEnvelope, B: MessageBytes> Visitor<'de> for NestedHeadVisitor<N, B> {
    type Value = Head<B, String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting(f, &N::ENVELOPE)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head<B, String>, A::Error> {
        let mut head: Option<Head<B, String>> = None;
        // An object with none of the envelope's fields under a method's key: Alipay's
        // success without a code (its token call's), no error; the answer's error, if it has
        // one, is another object.
        let mut bare_success: Option<Head<B, String>> = None;
        let mut nested_key = None;
        let mut kept = alloc::vec::Vec::new();
        while let Some(key) = map.next_key::<KeyText<'de>>()? {
            let name = key.as_str();
            if self.nesting.matches(name) {
                // A second answer object: the error of the two, whichever comes first. After
                // an error, another is skipped unread.
                if head.as_ref().is_some_and(Head::is_error::<N>) {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
                // `null` is no object, as a `Response` reads it.
                let Some(read) =
                    map.next_value_seed(NullIsNone(NestedObject::<N, B>(PhantomData)))?
                else {
                    continue;
                };
                if read.code.is_none() && !typed_by_sub_code::<N>(read.more.get()) {
                    if self.nesting.is_method_key(name) && read.is_bare() {
                        bare_success.get_or_insert(read);
                        continue;
                    }
                    return Err(read.no_code::<N, A::Error>());
                }
                if head.is_some() && !read.is_error::<N>() {
                    continue;
                }
                head = Some(read);
                if let Nesting::Suffix(_) = self.nesting {
                    nested_key = Some(Box::from(name));
                }
            } else if let Some(&kept_name) =
                N::ENVELOPE.kept_fields().iter().find(|kept| **kept == name)
            {
                let raw = map.next_value::<Raw<'de>>()?;
                insert_kept::<N>(&mut kept, kept_name, &raw);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        // An error: an answer without the nested object is none (AIP-193's success), nor is
        // one whose object is a success without a code.
        let Some(mut head) = head else {
            return Err(match bare_success {
                Some(bare) => bare.no_code::<N, A::Error>(),
                None => missing_nest(self.nesting),
            });
        };
        if nested_key.is_some() || !kept.is_empty() {
            let more = head.more_mut();
            more.nested_key = nested_key;
            more.kept = kept;
        }
        Ok(head)
    }
}

/// The error of an answer without the nested object.
#[cold]
pub(in crate::wire) fn missing_nest<E: de::Error>(nesting: Nesting) -> E {
    match nesting {
        Nesting::Key(key) => de::Error::missing_field(key),
        Nesting::Suffix(suffix) => de::Error::custom(format_args!(
            "the answer has no object under a key ending in `{suffix}`"
        )),
        #[allow(unreachable_patterns)]
        _ => de::Error::custom("the answer has no nested object"),
    }
}

/// The head of a nested envelope's object, read as a flat answer's but with no code
/// required (its reader decides what an object without one is).
struct NestedObject<N, B>(PhantomData<fn() -> (N, B)>);

impl<'de, N: HasEnvelope, B: MessageBytes> DeserializeSeed<'de> for NestedObject<N, B> {
    type Value = Head<B, String>;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Head<B, String>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, N: HasEnvelope, B: MessageBytes> Visitor<'de> for NestedObject<N, B> {
    type Value = Head<B, String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting(f, &N::ENVELOPE)
    }
    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut head = Head::<B, String>::default();
        while let Some(key) = map.next_key_seed(KeySeed::<N, B>::skipping())? {
            head.read::<N, A>(&mut map, &key)?;
        }
        head.request_id_from_message::<N>();
        Ok(head)
    }
}

/// What a seed reads, or `None` for `null`: a nested envelope's answer object written `null`
/// is none, for an `ApiError` and a `Response` alike.
pub(in crate::wire) struct NullIsNone<S>(pub(in crate::wire) S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for NullIsNone<S> {
    type Value = Option<S::Value>;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for NullIsNone<S> {
    type Value = Option<S::Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer object, or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(deserializer).map(Some)
    }
}
