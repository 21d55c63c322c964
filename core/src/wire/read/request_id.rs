//! The request id, as text or as a number kept as written.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::*;

/// A request id: a string, or a number kept as its text exactly as written (one beyond
/// `u64` included); anything else is skipped, and so is an empty string, which is no id. With `inside`, the id is the field of that
/// name of an object (Feishu's `error.log_id`).
#[derive(Clone, Copy)]
pub(in crate::wire) struct IdSeed {
    pub(in crate::wire) inside: Option<&'static str>,
}

impl<'de> DeserializeSeed<'de> for IdSeed {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<String>, D::Error> {
        read_text(deserializer, self)
    }
}

impl<'de> FromText<'de> for IdSeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request id")
    }

    fn of_text<E: de::Error>(self, text: Text<'de, '_>) -> Result<Option<String>, E> {
        let text = text.as_str();
        match (self.inside, text.as_bytes().first()) {
            (None, Some(b'-' | b'0'..=b'9')) => Ok(Some(text.to_owned())),
            (None, Some(b'"')) => Ok(string_in(text)
                .transpose()?
                .filter(|id: &String| !id.trim().is_empty())),
            (Some(_), Some(b'{')) => {
                let mut json = serde_json::Deserializer::from_str(text);
                (&mut json)
                    .deserialize_map(IdValue(self))
                    .map_err(E::custom)
            }
            _ => Ok(None),
        }
    }

    fn of_value<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<String>, D::Error> {
        deserializer.deserialize_any(IdValue(self))
    }
}

/// A request id from a deserializer that gives values (and the object an id is inside).
struct IdValue(IdSeed);

impl<'de> Visitor<'de> for IdValue {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a request id")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<String>, E> {
        Ok((self.0.inside.is_none() && !v.trim().is_empty()).then(|| v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Option<String>, E> {
        Ok((self.0.inside.is_none() && !v.trim().is_empty()).then_some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Option<String>, E> {
        Ok(self.0.inside.is_none().then(|| v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Option<String>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<String>, A::Error> {
        let mut id = None;
        while let Some(key) = map.next_key::<KeyText<'de>>()? {
            match self.0.inside {
                Some(inner) if id.is_none() && key.as_str() == inner => {
                    id = map.next_value_seed(IdSeed { inside: None })?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(id)
    }
}
