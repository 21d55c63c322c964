//! `define_codes!` shapes that once failed: variants named like the impls' associated
//! items, a module without the prelude (beside types named like the primitive types), and a
//! `#[cfg]`'d variant that reuses a code.
#![deny(warnings, clippy::pedantic, clippy::nursery)]

use platform_errors::{Catalogue, PlatformError};

platform_errors::define_codes! {
    /// Variants named `Error`, `Err` and `ALL`.
    #[platform(category = "names")]
    pub enum Names {
        Error = 1 => "error",
        Err = 2 => "err",
        ALL = 3 => "all",
    }
}

#[test]
fn variants_named_like_associated_items() {
    assert_eq!(Names::try_from(1), Ok(Names::Error));
    assert_eq!("Err".parse::<Names>(), Ok(Names::Err));
    assert_eq!(Names::ALL.as_i64(), 3);
    // A variant named `ALL` shadows the list, which is `ALL_VARIANTS` then.
    assert_eq!(Names::ALL_VARIANTS.len(), 3);
    assert_eq!(Names::from_code(3), Some(Names::ALL));
}

#[no_implicit_prelude]
mod no_prelude {
    use ::platform_errors::envelope::WechatPayV3;

    // Types named like the primitive types: the generated code names each by its path.
    #[allow(non_camel_case_types, dead_code)]
    struct u8;
    #[allow(non_camel_case_types, dead_code)]
    struct u32;
    #[allow(non_camel_case_types, dead_code)]
    struct usize;
    #[allow(non_camel_case_types, dead_code)]
    struct i64;
    #[allow(non_camel_case_types, dead_code)]
    struct str;
    #[allow(non_camel_case_types, dead_code)]
    struct bool;

    ::platform_errors::define_codes! {
        /// Declared where nothing is in scope.
        #[platform(category = "bare", shared(7))]
        pub enum Bare {
            A = 7 => "a",
            B = 7 => "b",
            C = -1 => ("c {{braces}}", zh = "丙"),
        }

        /// An umbrella.
        pub enum BareAll {
            Bare(Bare),
            #[platform(unknown)]
            Unknown,
        }
    }

    /// A derived umbrella: its own variants, one with a code its member has too.
    #[derive(
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::platform_errors::PlatformError,
    )]
    pub enum DerivedAll {
        /// Its own.
        #[code(1)]
        #[message("one")]
        One,
        /// 7, as `Bare::A` and `Bare::B`.
        #[code(7)]
        #[message("seven")]
        Seven,
        /// The member.
        #[platform(transparent)]
        Bare(Bare),
    }

    // Constants and statics named like the generated code's bindings: a `From` impl's
    // argument, the serde impls' (de)serializer.
    #[allow(non_upper_case_globals, dead_code)]
    const source: ::core::primitive::u8 = 0;
    #[allow(non_upper_case_globals, dead_code)]
    static serializer: ::core::primitive::u8 = 0;
    #[allow(non_upper_case_globals, dead_code)]
    static deserializer: ::core::primitive::u8 = 0;

    /// A local error from another crate's, and serde where the feature is on.
    #[derive(::core::fmt::Debug, ::platform_errors::PlatformError)]
    pub enum Local {
        /// The source.
        #[platform(local)]
        #[message("io failed")]
        Io(#[from] ::std::io::Error),
    }

    /// Written and read where the feature is on (the binding names are checked by
    /// compiling; the DSL's serde beside them, in `tests/crates/generated`).
    #[derive(
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
        ::platform_errors::PlatformError,
    )]
    #[cfg_attr(feature = "serde", platform(serde))]
    pub enum Serialized {
        /// One.
        #[code(1)]
        #[message("a")]
        A,
    }

    /// An SDK's error type: a typed member, an answer with HTTP context, and a catch-all
    /// over the platform's answers.
    #[derive(::core::fmt::Debug, ::platform_errors::PlatformError)]
    pub enum Sdk {
        /// Its own.
        #[code(40003)]
        #[message("text is required")]
        NoText,
        /// Token codes.
        #[platform(transparent)]
        Token(::platform_errors::qingtui::TokenError),
        /// An answer read with its HTTP status.
        #[platform(transparent)]
        Http(::platform_errors::HttpError<::platform_errors::qingtui::QingtuiError>),
        /// Every other answer.
        #[platform(unknown)]
        Api(::platform_errors::ApiError<::platform_errors::qingtui::QingtuiError>),
    }

    /// String codes of its own, the rest over an envelope without a catalogue.
    #[derive(::core::fmt::Debug, ::platform_errors::PlatformError)]
    #[platform(envelope = WechatPayV3)]
    pub enum Pay {
        /// Its own.
        #[code("ORDERPAID")]
        #[message("paid")]
        Paid,
        /// Every other answer.
        #[platform(unknown)]
        Other(
            ::platform_errors::ApiError<
                ::platform_errors::Uncatalogued<::platform_errors::envelope::WechatPayV3>,
            >,
        ),
    }

    /// A derived error with fields and templates.
    #[derive(::core::fmt::Debug, ::platform_errors::PlatformError)]
    pub enum WithFields {
        /// A field in the message.
        #[code("PAGE")]
        #[message("page {0} of {1}")]
        Page(::core::primitive::u32, ::core::primitive::usize),
        /// Named fields.
        #[code("NAMED")]
        #[message("{name} failed: {ok}")]
        Named {
            /// What failed.
            name: &'static ::core::primitive::str,
            /// Whether it is fine.
            ok: ::core::primitive::bool,
        },
    }

    ::platform_errors::define_codes! {
        /// String codes, from the size where they are hashed, and names parsed.
        pub enum Words {
            W0 = "W_0" => "w0",
            W1 = "W_1" => "w1",
            W2 = "W_2" => "w2",
            W3 = "W_3" => "w3",
            W4 = "W_4" => "w4",
            W5 = "W_5" => "w5",
            W6 = "W_6" => "w6",
            W7 = "W_7" => "w7",
            W8 = "W_8" => "w8",
        }
    }
}

#[test]
fn beside_types_named_like_primitives() {
    use no_prelude::{WithFields, Words};
    assert_eq!(WithFields::Page(2, 9).to_string(), "page 2 of 9");
    assert_eq!(
        WithFields::Named {
            name: "x",
            ok: false
        }
        .to_string(),
        "x failed: false"
    );
    assert_eq!(WithFields::Page(1, 1).code(), Some("PAGE".into()));
    assert_eq!(Words::from_code("W_8"), Some(Words::W8));
    assert_eq!("W8".parse::<Words>(), Ok(Words::W8));
    assert_eq!("W_3".parse::<Words>(), Ok(Words::W3));
    assert!("W9".parse::<Words>().is_err());
}

#[test]
fn beside_constants_named_like_bindings() {
    use no_prelude::{Local, Serialized};
    use platform_errors::PlatformError;
    let err = Local::from(std::io::Error::other("disk"));
    assert_eq!(err.to_string(), "io failed");
    assert_eq!(Serialized::A.code(), Some(1.into()));
}

#[test]
fn sdk_types_without_the_prelude() {
    use no_prelude::{Pay, Sdk};
    use platform_errors::{Code, FromReceived, PlatformError};
    assert!(matches!(
        Sdk::from_received(42403, "expired token"),
        Sdk::Token(_)
    ));
    assert!(matches!(Sdk::from_received(61000, "new"), Sdk::Api(api) if api.message() == "new"));
    assert!(matches!(Pay::from_received("ORDERPAID", "paid"), Pay::Paid));
    let other = Pay::from_received("SYSTEM_ERROR", "busy");
    assert_eq!(other.code(), Some(Code::Str("SYSTEM_ERROR")));
}

#[test]
fn without_the_prelude() {
    use no_prelude::{Bare, DerivedAll};
    use platform_errors::{Catalogue, FromReceived};
    assert_eq!(
        no_prelude::Bare::from_code_and_message(7, "b"),
        Some(no_prelude::Bare::B)
    );
    assert_eq!(
        no_prelude::BareAll::from_received(9, "x").code(),
        Some(9.into())
    );
    assert_eq!(no_prelude::Bare::C.to_string(), "c {braces}");

    // The message decides among the type's own variant and its member's two.
    assert_eq!(
        DerivedAll::from_code_and_message(7, "b"),
        Some(DerivedAll::Bare(Bare::B))
    );
    assert_eq!(
        DerivedAll::from_code_and_message(7, "seven"),
        Some(DerivedAll::Seven)
    );
    assert_eq!(
        DerivedAll::from_code_and_message(7, "x"),
        Some(DerivedAll::Seven)
    );
    assert_eq!(
        DerivedAll::from_code_and_message(-1, "x"),
        Some(DerivedAll::Bare(Bare::C))
    );
    assert_eq!(
        DerivedAll::from_code_and_message(1, "x"),
        Some(DerivedAll::One)
    );
    assert_eq!(DerivedAll::from_code_and_message(2, "one"), None);
}

platform_errors::define_codes! {
    /// A variant compiled out reuses a code.
    pub enum Configured {
        #[cfg(any())]
        Old = 5 => "old",
        New = 5 => "new",
        Other = 6 => "other",
    }
}

#[test]
fn a_cfgd_out_variant_may_reuse_a_code() {
    assert_eq!(Configured::from_code(5), Some(Configured::New));
    assert_eq!(Configured::ALL.len(), 2);
    assert_eq!(Configured::New.message(), "new");
    assert_eq!(PlatformError::code(&Configured::Other), Some(6.into()));
}

platform_errors::define_codes! {
    /// A variant declared once under each `#[cfg]`, the first compiled in, then the second
    /// (what the error for a key inside `cfg_attr` suggests).
    pub enum Twice {
        #[cfg(all())]
        #[advice(retry)]
        First = 7 => "first, compiled",
        #[cfg(not(all()))]
        First = 7 => "first, compiled out",
        #[cfg(any())]
        #[advice(retry)]
        Second = 8 => "second, compiled out",
        #[cfg(not(any()))]
        Second = 8 => "second, compiled",
    }

    /// An enum declared once under each `#[cfg]`, and an umbrella over it.
    #[cfg(any())]
    #[platform(category = "out")]
    pub enum TwiceEnum {
        Gone = 9 => "compiled out",
    }
    #[cfg(not(any()))]
    #[platform(category = "in")]
    pub enum TwiceEnum {
        Here = 9 => "compiled",
    }

    pub enum OverTwice {
        Twice(TwiceEnum),
        #[platform(unknown)]
        Unknown,
    }
}

#[test]
fn an_enum_or_variant_declared_under_each_cfg() {
    assert_eq!(Twice::ALL, [Twice::First, Twice::Second]);
    assert_eq!(Twice::from_code(7), Some(Twice::First));
    assert_eq!(Twice::First.message(), "first, compiled");
    assert_eq!(Twice::Second.message(), "second, compiled");
    assert_eq!("Second".parse::<Twice>(), Ok(Twice::Second));
    assert_eq!(TwiceEnum::Here.message(), "compiled");
    assert_eq!(TwiceEnum::Here.category(), Some("in"));
    assert_eq!(
        OverTwice::from_code(9),
        Some(OverTwice::Twice(TwiceEnum::Here))
    );
}

platform_errors::define_codes! {
    /// Members of the umbrellas below.
    pub enum GatedMember {
        Busy = -1 => "system busy",
    }

    /// A catch-all under a `#[cfg]` that is off (as `#[cfg(feature = "alloc")]` is in a
    /// `no_std` build): the umbrella is its members alone, and an unknown code has no value.
    pub enum CatchAllOff {
        Member(GatedMember),
        #[cfg(any())]
        #[platform(unknown)]
        Unknown,
    }

    /// The same catch-all under a `#[cfg]` that is on: it takes the codes no member has.
    pub enum CatchAllOn {
        Member(GatedMember),
        #[cfg(all())]
        #[platform(unknown)]
        Unknown,
    }
}

#[test]
fn a_catch_all_under_a_cfg_is_there_or_not() {
    use platform_errors::FromReceived as _;
    assert_eq!(
        CatchAllOff::from_code(-1),
        Some(CatchAllOff::Member(GatedMember::Busy))
    );
    assert_eq!(CatchAllOff::from_code(7), None);
    assert_eq!(
        CatchAllOn::from_received(-1, "x"),
        CatchAllOn::Member(GatedMember::Busy)
    );
    let unknown = CatchAllOn::from_received(7, "new code");
    assert!(matches!(&unknown, CatchAllOn::Unknown { code: 7, message } if message == "new code"));
    assert_eq!(unknown.to_string(), "new code");
}

platform_errors::define_codes! {
    /// The catalogue as data: reasons, documentation links and HTTP statuses.
    #[platform(category = "token", docs = "https://example.com/errors/{code}", http_status = 401)]
    pub enum Documented {
        #[platform(reason = "TOKEN_INVALID")]
        InvalidToken = 40402 => "invalid token",
        ExpiredToken = 42403 => "expired token",
        #[platform(http_status = 429)]
        RateLimited = 45009 => "api freq out of limit",
    }
}

#[test]
fn entries_carry_reason_docs_and_status() {
    let invalid = Documented::InvalidToken.entry();
    assert_eq!(invalid.reason().to_string(), "TOKEN_INVALID");
    assert_eq!(
        invalid.docs_url().map(|url| url.to_string()).as_deref(),
        Some("https://example.com/errors/40402")
    );
    assert_eq!(invalid.http_status(), Some(401));
    let expired = Documented::ExpiredToken.entry();
    assert_eq!(expired.reason().to_string(), "EXPIRED_TOKEN");
    assert_eq!(expired.reason().declared(), None);
    assert_eq!(Documented::RateLimited.entry().http_status(), Some(429));
}

/// A public umbrella over members narrower than it, declared beside it: its code type is
/// written `i64` (or `&str`), never naming a member in its public interface.
mod narrower_members {
    platform_errors::define_codes! {
        pub(crate) enum Token {
            Invalid = 40402 => "invalid token",
        }

        pub(crate) enum Pay {
            Param = "PARAM_ERROR" => "参数错误",
        }

        pub enum Any {
            Token(Token),
            #[platform(unknown)]
            Unknown,
        }

        pub enum AnyPay {
            Pay(Pay),
            #[platform(unknown)]
            Unknown,
        }
    }
}

#[test]
fn a_public_umbrella_over_narrower_members() {
    use narrower_members::{Any, AnyPay};
    use platform_errors::FromReceived;
    assert_eq!(
        Any::from_code(40402).map(|any| any.to_string()).as_deref(),
        Some("invalid token")
    );
    assert!(matches!(Any::try_from(40402), Ok(Any::Token(_))));
    assert_eq!(
        Any::from_received(1, "other"),
        Any::Unknown {
            code: 1,
            message: "other".into()
        }
    );
    let pay = AnyPay::from_code("PARAM_ERROR").expect("declared");
    assert_eq!(pay.code(), Some("PARAM_ERROR".into()));
    assert!(matches!(
        AnyPay::from_received("X", "m"),
        AnyPay::Unknown { .. }
    ));
}

platform_errors::define_codes! {
    /// Translations into region tags, written as tokens.
    pub enum RegionTags {
        /// Two regions.
        A = 1 => ("a", en-GB = "b", zh-TW = "甲"),
    }
}

#[test]
fn region_tags_as_tokens() {
    assert_eq!(RegionTags::A.message_in("en-GB"), Some("b"));
    assert_eq!(RegionTags::A.message_in("zh-tw"), Some("甲"));
}

mod raw_type {
    platform_errors::define_codes! {
        /// A type named by a raw identifier.
        pub enum r#Raw {
            /// One.
            A = 1 => "a",
        }
    }
}

#[test]
fn a_raw_type_name_is_said_without_its_prefix() {
    let unknown = raw_type::Raw::try_from(2).unwrap_err();
    assert_eq!(unknown.type_name(), "Raw");
    assert!(unknown.to_string().contains("`Raw`"), "{unknown}");
    let unknown = "B".parse::<raw_type::Raw>().unwrap_err();
    assert_eq!(unknown.type_name(), "Raw");
}

mod cfg_first_member {
    platform_errors::define_codes! {
        /// Codes of a platform behind a feature that is off (`any()` never holds).
        #[cfg(any())]
        #[platform(envelope = CodeMsg)]
        pub enum Behind {
            /// Its one.
            BadToken = 99_991_663 => "bad token",
        }

        /// The codes every build has.
        pub enum Mine {
            /// Its one.
            Expired = 70_001 => "token expired",
        }

        /// The platform behind the feature first.
        pub enum App {
            #[cfg(any())]
            Behind(Behind),
            Mine(Mine),
            #[platform(unknown)]
            Unknown,
        }
    }
}

#[test]
fn an_umbrella_whose_first_member_is_under_a_cfg_takes_the_next() {
    use cfg_first_member::{App, Mine};
    use platform_errors::Catalogue;
    assert_eq!(App::ENVELOPE.code_field(), "errcode");
    assert_eq!(App::ENTRIES.len(), 1);
    assert_eq!(App::from_code(70_001), Some(App::Mine(Mine::Expired)));
}

mod wechat_marker {
    use platform_errors::envelope::Wechat;

    platform_errors::define_codes! {
        /// Codes of a `WeChat` API, read with its envelope's marker, imported.
        #[platform(envelope = Wechat)]
        pub enum Mp {
            /// Expired.
            Expired = 42_001 => "access_token expired",
        }
    }
}

#[test]
fn the_wechat_marker_is_a_bare_name() {
    use platform_errors::{Catalogue, Envelope};
    assert_eq!(wechat_marker::Mp::ENVELOPE, Envelope::WECHAT);
}

/// Umbrellas whose members are declared beside them: lookup finds the member of a code
/// with one `match` (`expand::code_and_message`). Every shape answers as asking each
/// member does: members that share no code (the `match` is the whole lookup), a code two
/// members share (the message decides), the umbrella's own variants, a member with a
/// variant under a `#[cfg]` (asked as before), and codes no one declares.
#[no_implicit_prelude]
mod umbrellas_beside_their_members {
    ::platform_errors::define_codes! {
        pub enum Token {
            Expired = 42001 => "access_token expired",
            Invalid = 40014 => "invalid access_token",
        }

        pub enum Org {
            NotFound = 60003 => "department not found",
            TooDeep = 45001 => "org grade is over 15",
        }

        pub enum Media {
            TooLarge = 45001 => "media file too large",
            BadType = 40004 => "invalid media type",
        }

        pub enum Beta {
            Old = 70001 => "old",
            #[cfg(any())]
            New = 70002 => "new",
        }

        /// No member shares a code with another.
        pub enum Apart {
            Token(Token),
            Org(Org),
            #[platform(unknown)]
            Unknown,
        }

        /// 45001 is in two members; one code is the umbrella's own.
        pub enum Shared {
            Busy = -1 => "system busy",
            Token(Token),
            Org(Org),
            Media(Media),
            #[platform(unknown)]
            Unknown,
        }

        /// A member with a variant under a `#[cfg]`.
        pub enum WithBeta {
            Token(Token),
            Beta(Beta),
            #[platform(unknown)]
            Unknown,
        }
    }
}

#[test]
fn umbrellas_find_the_member_of_a_code() {
    use platform_errors::FromReceived;
    use umbrellas_beside_their_members::{Apart, Beta, Media, Org, Shared, Token, WithBeta};

    let apart = |code, message| Apart::from_code_and_message(code, message);
    assert_eq!(apart(42001, "x"), Some(Apart::Token(Token::Expired)));
    assert_eq!(
        apart(60003, " department not found "),
        Some(Apart::Org(Org::NotFound))
    );
    assert_eq!(
        apart(45001, "org grade is over 15"),
        Some(Apart::Org(Org::TooDeep))
    );
    assert_eq!(apart(99999, "x"), None);
    assert!(matches!(
        Apart::from_received(99999, "new"),
        Apart::Unknown { code: 99999, .. }
    ));

    let shared = |code, message| Shared::from_code_and_message(code, message);
    assert_eq!(shared(-1, "x"), Some(Shared::Busy));
    assert_eq!(shared(40014, "x"), Some(Shared::Token(Token::Invalid)));
    assert_eq!(shared(40004, "x"), Some(Shared::Media(Media::BadType)));
    assert_eq!(
        shared(45001, "media file too large."),
        Some(Shared::Media(Media::TooLarge))
    );
    assert_eq!(
        shared(45001, "ORG GRADE IS OVER 15"),
        Some(Shared::Org(Org::TooDeep))
    );
    // No message matches: the first member's, as `from_code` picks it.
    assert_eq!(shared(45001, "?"), Some(Shared::Org(Org::TooDeep)));
    assert_eq!(shared(12345, "x"), None);
    assert_eq!(Shared::from_code(45001), Some(Shared::Org(Org::TooDeep)));

    let beta = |code, message| WithBeta::from_code_and_message(code, message);
    assert_eq!(beta(70001, "x"), Some(WithBeta::Beta(Beta::Old)));
    assert_eq!(beta(70002, "new"), None);
    assert_eq!(beta(42001, "x"), Some(WithBeta::Token(Token::Expired)));
}
