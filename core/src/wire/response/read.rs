//! Reading a `Response`: the envelope's fields as they come, then the payload from the rest
//! of the input, or the fields sent before the code replayed to it.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::*;

impl<'de, T: Deserialize<'de>, E: HasEnvelope> Deserialize<'de> for Response<T, E> {
    /// Reads the envelope's fields as they come. When the code comes first, as platforms
    /// send it, a success reads `T` straight from the rest of the input and an error skips
    /// the rest; fields before the code are kept raw until the code is known.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_response::<T, E, (), D>(deserializer)
    }
}

/// Reads a [`Response`], flat or nested as `E`'s envelope says; `B` says whether the message
/// is read as bytes ([`MessageBytes`]).
#[inline]
pub(in crate::wire) fn read_response<'de, T, E, B, D>(
    deserializer: D,
) -> Result<Response<T, E>, D::Error>
where
    T: Deserialize<'de>,
    E: HasEnvelope,
    B: MessageBytes,
    D: Deserializer<'de>,
{
    match E::ENVELOPE.nesting() {
        None => deserializer.deserialize_map(ResponseVisitor::<T, E, B>::new()),
        Some(nesting) => deserializer.deserialize_map(NestedVisitor::<T, E, B> {
            nesting,
            types: PhantomData,
        }),
    }
}

/// Reads a [`Response`]; `B` says whether the message is read as bytes
/// ([`MessageBytes`]).
pub(in crate::wire) struct ResponseVisitor<T, E, B> {
    /// Whether an answer with none of the envelope's fields (`Head::is_bare`) is a
    /// success, beside the envelope's own rule ([`Envelope::is_success_without_code`]): the object
    /// under a method's key of an envelope nested by suffix.
    ///
    /// [`Envelope::is_success_without_code`]: crate::Envelope::is_success_without_code
    pub(super) no_code_is_success: bool,
    pub(super) types: PhantomData<Types<T, E, B>>,
}

/// The types a [`ResponseVisitor`] reads with, as a function type: neither owned nor
/// borrowed, so that the visitor is `Send` and `Sync` whatever they are.
pub(super) type Types<T, E, B> = fn() -> (T, E, B);

impl<T, E, B> ResponseVisitor<T, E, B> {
    pub(in crate::wire) fn new() -> Self {
        ResponseVisitor {
            no_code_is_success: false,
            types: PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>, E: HasEnvelope, B: MessageBytes> Visitor<'de>
    for ResponseVisitor<T, E, B>
{
    type Value = Response<T, E>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        expecting(f, &E::ENVELOPE)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Response<T, E>, A::Error> {
        let envelope = &E::ENVELOPE;
        let mut head = Head::<B>::default();
        // Fields sent before the code: rare, so made only when there are some.
        let mut before: Option<Vec<(KeyText<'de>, Raw<'de>)>> = None;
        let mut ended = true;
        while let Some(key) = map.next_key_seed(KeySeed::<E, B>::keeping())? {
            if take_field::<E, B, A>(&mut map, &mut head, &mut before, key)? {
                ended = false;
                break;
            }
        }
        // The code stays in the head, so that one sent again among the payload's fields is
        // refused.
        let mut success = match head.code {
            Some(code) if !keeps_more::<E>() || head.more.is_none() => {
                envelope.is_success_code(code)
            }
            Some(code) => is_success::<E>(
                code,
                head.more.get().and_then(|more| more.string_code.as_deref()),
                head.more.get(),
            ),
            // An error typed by its sub code alone (AIP-193's `{"status": ...}`): no payload
            // is read from it.
            None if typed_by_sub_code::<E>(head.more.get()) => false,
            None if envelope.is_success_without_code() => true,
            // An object with none of the envelope's fields (Alipay's token call answers
            // so): a `null` or empty code is none where one is needed, and a message
            // without a code is no success.
            None if self.no_code_is_success && head.is_bare() => true,
            None => return Err(head.no_code::<E, A::Error>()),
        };
        // Where a sub code may still make the success code an error (Alipay's `"10000"`
        // then a `sub_code`, DingTalk's `0` then a numeric one), the rest is read first: a
        // payload read from an error would fail on the fields it lacks.
        if success
            && !ended
            && B::READ_AHEAD
            && (envelope.is_typed_by_sub_code() || envelope.is_typed_by_numeric_sub_code())
        {
            while let Some(key) = map.next_key_seed(KeySeed::<E, B>::keeping())? {
                take_field::<E, B, A>(&mut map, &mut head, &mut before, key)?;
            }
            ended = true;
            success = !typed_by_sub_code::<E>(head.more.get());
        }
        let mut payload = if success {
            let rest = Rest::<A, E, B> {
                map: &mut map,
                head: &mut head,
                names: PhantomData::<fn() -> E>,
                before: before.map(Vec::into_iter),
                pending: None,
                ended,
            };
            Some(T::deserialize(rest).map_err(payload_error::<E, A::Error>)?)
        } else {
            if !ended {
                while let Some(key) = map.next_key_seed(KeySeed::<E, B>::skipping())? {
                    head.read::<E, A>(&mut map, &key)?;
                }
            }
            None
        };
        // A sub code that types the error, sent after the payload's fields: an error.
        if typed_by_sub_code::<E>(head.more.get()) {
            payload = None;
        }
        head.request_id_from_message::<E>();
        // A numeric code and nothing more, as flat answers are: built as before.
        if let (Some(code), true) = (head.code, !keeps_more::<E>() || head.more.is_none()) {
            return Ok(Response {
                code,
                message: head.message.unwrap_or_default(),
                more: More::of_raw_message(head.raw_message.into_raw()),
                request_id: head.request_id,
                payload,
                names: PhantomData,
            });
        }
        Ok(Response::with_more(head, payload))
    }
}

/// One field of an answer read before its payload: kept for the envelope where it is one of
/// its fields, and raw for the payload, which may want it too. `true` for the code, which
/// the head reads (a second one is refused).
#[inline(always)]
fn take_field<'de, E: HasEnvelope, B: MessageBytes, A: MapAccess<'de>>(
    map: &mut A,
    head: &mut Head<B>,
    before: &mut Option<Vec<(KeyText<'de>, Raw<'de>)>>,
    key: Key<'de>,
) -> Result<bool, A::Error> {
    match key {
        Key::Other(name) => {
            let value = map.next_value::<Raw<'de>>()?;
            before.get_or_insert_with(Vec::new).push((name, value));
        }
        Key::RequestId { key, inside } => {
            let raw = map.next_value::<Raw<'de>>()?;
            if head.request_id.is_none() {
                head.request_id = raw.read_id::<_, _, A::Error>(IdSeed { inside })?;
            }
            if is_detail::<E>(key) {
                head.keep::<E>(&Key::Detail, &raw);
            }
            before
                .get_or_insert_with(Vec::new)
                .push((KeyText::Borrowed(key), raw));
        }
        Key::Detail | Key::Kept(_) => {
            let raw = map.next_value::<Raw<'de>>()?;
            head.keep::<E>(&key, &raw);
            before
                .get_or_insert_with(Vec::new)
                .push((KeyText::Borrowed(kept_name::<E>(&key)), raw));
        }
        Key::Code => {
            head.read::<E, A>(map, &key)?;
            // A `null` code (or `""` where codes are strings) is none: read on, as if the
            // key were missing (a sub code after it may still type the error).
            return Ok(head.code.is_some());
        }
        Key::Message | Key::SubCode | Key::SubMessage => {
            head.read::<E, A>(map, &key)?;
        }
    }
    Ok(false)
}

impl<T, E: HasEnvelope> Response<T, E> {
    /// A response read with a string code, a sub code, a detail or kept fields, or without
    /// a code: what it keeps goes behind its pointer, and a sub code that types an error
    /// becomes its code.
    pub(in crate::wire) fn with_more<B: MessageBytes>(
        mut head: Head<B>,
        payload: Option<T>,
    ) -> Self {
        let envelope = &E::ENVELOPE;
        let code = head.take_received_code::<E>();
        let raw_message = head.take_raw_message::<E>();
        let without_code = code.is_none();
        let (code, message, received) = if payload.is_none()
            && (envelope.is_typed_by_sub_code() || envelope.is_typed_by_numeric_sub_code())
        {
            let message = head.message.map(MessageText::into_string);
            let (code, message, more) = typing::<E>(code, message, head.more.take());
            (code, MessageText::Owned(message), more)
        } else {
            let code = code.unwrap_or(ReceivedCode::Int(envelope.held_code()));
            (code, head.message.unwrap_or_default(), head.more.take())
        };
        let (code, string_code) = match code {
            ReceivedCode::Int(code) => (code, None),
            ReceivedCode::Str(code) => (envelope.held_code(), Some(code)),
        };
        Response {
            code,
            message,
            more: Rare::new(Some(Box::new(More {
                string_code,
                without_code,
                received,
                raw_message,
            }))),
            request_id: head.request_id,
            payload,
            names: PhantomData,
        }
    }
}

/// The name of a detail or kept key, for the payload.
fn kept_name<N: HasEnvelope>(key: &Key<'_>) -> &'static str {
    match key {
        Key::Kept(name) => name,
        _ => N::ENVELOPE.detail_field().unwrap_or_default(),
    }
}

/// Why a success was not read: its payload did not parse, or (the same error, come through
/// the payload's reading of the rest) one of the envelope's fields was sent twice, which is
/// no fault of the payload's: `{"errcode": 0, "errcode": 40001}` is said as that.
#[cold]
pub(super) fn payload_error<N: HasEnvelope, E: de::Error>(error: E) -> E {
    let text = alloc::string::ToString::to_string(&error);
    let envelope = &N::ENVELOPE;
    let twice = [Some(envelope.code_field()), Some(envelope.message_field())]
        .into_iter()
        .chain([envelope.sub_code_field(), envelope.sub_message_field()])
        .flatten()
        .any(|name| text.starts_with(&alloc::format!("duplicate field `{name}`")));
    if twice {
        error
    } else {
        de::Error::custom(format_args!(
            "a success whose payload does not parse: {text}"
        ))
    }
}

/// The rest of a success's answer, as a map for `T`: first the fields sent before the code,
/// then the input's own, without the envelope's code and message (read into the head). A
/// request id goes both to the head and to `T`.
pub(in crate::wire) struct Rest<'a, 'de, A, N, B> {
    pub(super) map: &'a mut A,
    pub(super) head: &'a mut Head<B>,
    pub(super) names: PhantomData<fn() -> N>,
    pub(super) before: Option<alloc::vec::IntoIter<(KeyText<'de>, Raw<'de>)>>,
    /// The value of the key last given to `T`, when it was read already.
    pub(super) pending: Option<Raw<'de>>,
    pub(super) ended: bool,
}

impl<'de, A: MapAccess<'de>, N: HasEnvelope, B: MessageBytes> Rest<'_, 'de, A, N, B> {
    /// Reads what `T` left: the envelope's fields, and nothing else.
    fn drain(&mut self) -> Result<(), A::Error> {
        self.before = None;
        self.pending = None;
        while !self.ended {
            match self.map.next_key_seed(KeySeed::<N, B>::skipping())? {
                Some(key) => self.head.read::<N, A>(self.map, &key)?,
                None => self.ended = true,
            }
        }
        Ok(())
    }
}

impl<'de, A: MapAccess<'de>, N: HasEnvelope, B: MessageBytes> Rest<'_, 'de, A, N, B> {
    /// Reads the value of a request id, detail or kept key, which goes both to the head and
    /// to `T`: kept raw, for `T` to read next. Returns the key's name. Out of line, and
    /// cold: most answers have none after the code, and the usual key's path stays small.
    #[cold]
    #[inline(never)]
    fn keep_for_both(&mut self, key: &Key<'de>) -> Result<&'static str, A::Error> {
        let raw: Raw<'de> = self.map.next_value()?;
        let name = match *key {
            Key::RequestId { key, inside } => {
                if self.head.request_id.is_none() {
                    self.head.request_id = raw.read_id::<_, _, A::Error>(IdSeed { inside })?;
                }
                if is_detail::<N>(key) {
                    self.head.keep::<N>(&Key::Detail, &raw);
                }
                key
            }
            _ => {
                self.head.keep::<N>(key, &raw);
                kept_name::<N>(key)
            }
        };
        self.pending = Some(raw);
        Ok(name)
    }
}

impl<'de, A: MapAccess<'de>, N: HasEnvelope, B: MessageBytes> Rest<'_, 'de, A, N, B> {
    /// Whether a field of `T`'s own is left: one that is not also the envelope's (a request
    /// id, a detail, a kept field, which `T` is given too). The fields read ahead to know
    /// are kept, to be given first.
    fn has_field(&mut self) -> Result<bool, A::Error> {
        let own = |name: &KeyText<'_>| {
            request_id_key::<N>(name.as_str()).is_none() && kept_key::<N>(name.as_str()).is_none()
        };
        let mut ahead: Vec<(KeyText<'de>, Raw<'de>)> =
            self.before.take().map(Vec::from_iter).unwrap_or_default();
        let mut found = ahead.iter().any(|(name, _)| own(name));
        // The input's next fields, read as `T` would be given them, until one is `T`'s own.
        while !found {
            let Some(name) = MapAccess::next_key::<KeyText<'de>>(self)? else {
                break;
            };
            let raw: Raw<'de> = match self.pending.take() {
                Some(raw) => raw,
                None => self.map.next_value()?,
            };
            found = own(&name);
            ahead.push((name, raw));
        }
        self.before = Some(ahead.into_iter());
        Ok(found)
    }

    /// The fields `T` would read, as one JSON object's text. Rare: out of line.
    #[cold]
    #[inline(never)]
    fn payload_text(&mut self) -> Result<alloc::string::String, A::Error> {
        let mut text = alloc::string::String::from("{");
        while let Some(key) = MapAccess::next_key::<KeyText<'de>>(self)? {
            let raw: Raw<'de> = match self.pending.take() {
                Some(raw) => raw,
                None => self.map.next_value()?,
            };
            if text.len() > 1 {
                text.push(',');
            }
            let key = serde_json::to_string(key.as_str()).map_err(de::Error::custom)?;
            text.push_str(&key);
            text.push(':');
            text.push_str(&raw.text());
        }
        text.push('}');
        self.drain()?;
        Ok(text)
    }
}

/// serde_json's answer to `RawValue`'s request: one entry, its token and the text.
struct RawText<E>(Option<alloc::string::String>, PhantomData<fn() -> E>);

impl<'de, E: de::Error> MapAccess<'de> for RawText<E> {
    type Error = E;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        if self.0.is_none() {
            return Ok(None);
        }
        seed.deserialize(de::value::BorrowedStrDeserializer::new(
            crate::wire::raw::token(),
        ))
        .map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        let text = self.0.take().unwrap_or_default();
        seed.deserialize(StringDeserializer::new(text))
    }
}

/// The fields of a payload that is an externally tagged enum, from its variant's on: the
/// fields before it that name no variant are skipped.
struct Variant<'r, R> {
    rest: &'r mut R,
    variants: &'static [&'static str],
}

impl<'de, R: MapAccess<'de>> MapAccess<'de> for Variant<'_, R> {
    type Error = R::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, R::Error> {
        while let Some(key) = self.rest.next_key::<alloc::string::String>()? {
            if self.variants.contains(&key.as_str()) {
                return seed.deserialize(StringDeserializer::new(key)).map(Some);
            }
            self.rest.next_value::<de::IgnoredAny>()?;
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, R::Error> {
        self.rest.next_value_seed(seed)
    }
}

/// A key given to `T`: borrowed from the input where it can be.
fn key_to<'de, K: DeserializeSeed<'de>, E: de::Error>(
    seed: K,
    key: KeyText<'de>,
) -> Result<K::Value, E> {
    seed.deserialize(PayloadKey(key, PhantomData))
}

/// A payload's key, as serde_json gives its own: text, or the integer or boolean its text is
/// where `T` asks for one (a `BTreeMap<u32, _>`'s keys), or an enum's variant by name.
struct PayloadKey<'de, E>(KeyText<'de>, PhantomData<E>);

/// Whether a key is an integer as serde_json writes one: an optional `-`, then digits without
/// a leading zero (`0` alone aside); `+5` and `05` are text.
fn is_integer_key(key: &str) -> bool {
    let digits = key.strip_prefix('-').unwrap_or(key);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
}

macro_rules! integer_keys {
    ($($method:ident $visit:ident $ty:ty;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
            let key = self.0.as_str();
            if !is_integer_key(key) {
                return self.deserialize_any(visitor);
            }
            match key.parse::<$ty>() {
                Ok(number) => visitor.$visit(number),
                Err(_) => Err(de::Error::invalid_value(de::Unexpected::Str(key), &visitor)),
            }
        }
    )*};
}

impl<'de, E: de::Error> PayloadKey<'de, E> {
    fn text(self) -> Result<BorrowedStrDeserializer<'de, E>, StringDeserializer<E>> {
        match self.0 {
            KeyText::Borrowed(name) => Ok(BorrowedStrDeserializer::new(name)),
            name => Err(StringDeserializer::new(name.into_string())),
        }
    }
}

impl<'de, E: de::Error> Deserializer<'de> for PayloadKey<'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.text() {
            Ok(borrowed) => borrowed.deserialize_any(visitor),
            Err(owned) => owned.deserialize_any(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.0.as_str() {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        match self.text() {
            Ok(borrowed) => borrowed.deserialize_enum(name, variants, visitor),
            Err(owned) => owned.deserialize_enum(name, variants, visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        visitor.visit_newtype_struct(self)
    }

    integer_keys! {
        deserialize_i8 visit_i8 i8;
        deserialize_i16 visit_i16 i16;
        deserialize_i32 visit_i32 i32;
        deserialize_i64 visit_i64 i64;
        deserialize_i128 visit_i128 i128;
        deserialize_u8 visit_u8 u8;
        deserialize_u16 visit_u16 u16;
        deserialize_u32 visit_u32 u32;
        deserialize_u64 visit_u64 u64;
        deserialize_u128 visit_u128 u128;
    }

    serde::forward_to_deserialize_any! {
        f32 f64 char str string bytes byte_buf option unit unit_struct
        seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>, N: HasEnvelope, B: MessageBytes> MapAccess<'de>
    for Rest<'_, 'de, A, N, B>
{
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((name, raw)) = self.before.as_mut().and_then(Iterator::next) {
            self.pending = Some(raw);
            return key_to(seed, name).map(Some);
        }
        while !self.ended {
            let Some(key) = self.map.next_key_seed(KeySeed::<N, B>::keeping())? else {
                self.ended = true;
                break;
            };
            match key {
                Key::Other(name) => return key_to(seed, name).map(Some),
                Key::RequestId { .. } | Key::Detail | Key::Kept(_) => {
                    let name = self.keep_for_both(&key)?;
                    return key_to(seed, KeyText::Borrowed(name)).map(Some);
                }
                key => self.head.read::<N, A>(self.map, &key)?,
            }
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some(raw) => raw.deserialize_seed(seed),
            None => self.map.next_value_seed(seed),
        }
    }
}

impl<'de, A: MapAccess<'de>, N: HasEnvelope, B: MessageBytes> Deserializer<'de>
    for Rest<'_, 'de, A, N, B>
{
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, A::Error> {
        let value = visitor.visit_map(&mut self)?;
        self.drain()?;
        Ok(value)
    }

    /// `()` and unit structs: a success whose fields are not wanted.
    fn deserialize_unit<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, A::Error> {
        self.drain()?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        self.deserialize_unit(visitor)
    }

    /// `Option<T>`: `None` for a success without a field of its own (`{"errcode": 0,
    /// "errmsg": "ok"}`, as `Response::success(.., None)` writes it), else `T` of the fields.
    fn deserialize_option<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, A::Error> {
        if self.has_field()? {
            visitor.visit_some(self)
        } else {
            self.drain()?;
            visitor.visit_none()
        }
    }

    /// A newtype struct reads the map; serde_json's `RawValue` (`Box<RawValue>`) reads the
    /// payload's fields as one JSON object's text, written from the fields `T` would read:
    /// the answer's own object is not `T`'s, which has no code or message. `&RawValue`,
    /// which borrows its text from the input, cannot be given this text.
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        mut self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        if name == crate::wire::raw::token() {
            let text = self.payload_text()?;
            return visitor.visit_map(RawText::<A::Error>(Some(text), PhantomData));
        }
        visitor.visit_newtype_struct(self)
    }

    /// An externally tagged enum (`{"Queued": 5}` beside the envelope's fields): its
    /// variant is the payload's field named as one of its variants, wherever it is among
    /// the others (a request id, which goes to both, may come first).
    fn deserialize_enum<V: Visitor<'de>>(
        mut self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let value = serde::de::value::MapAccessDeserializer::new(Variant {
            rest: &mut self,
            variants,
        })
        .deserialize_enum(name, variants, visitor)?;
        self.drain()?;
        Ok(value)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        seq tuple tuple_struct map struct identifier
    }
}
