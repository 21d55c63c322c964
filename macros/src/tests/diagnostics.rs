//! One error per mistake, for mistakes whose parts could each be reported: the error lists
//! them, or the first hides what only follows from it.

use quote::quote;

use super::error_messages;

#[test]
fn an_argument_never_shown_is_one_error_whatever_else_is_wrong_in_it() {
    let out = crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("no placeholder", .no_such_field, named = .other)]
            A { field: u8 },
        }
    });
    let errors = error_messages(&out);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("this argument is never shown"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("`named` is never shown"),
        "{errors:?}"
    );
}

#[test]
fn placeholders_that_name_no_field_are_one_error_per_message() {
    let out = crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("{a} {b} {a} {}", zh = "{c} {d}")]
            A { field: u8 },
        }
    });
    let errors = error_messages(&out);
    assert_eq!(
        errors,
        [
            "`{a}` and `{b}` name no field of `E::A`; use one of `{field}`, or write `{{` for a literal brace; and `{}` does not say what to show: name a field of `E::A`, as in `{field}` or `{0}`, or write the value after the message, as in `#[message(\"{} items\", .items.len())]`",
            "`{c}` and `{d}` name no field of `E::A`; use one of `{field}`, or write `{{` for a literal brace",
        ],
    );
}

#[test]
fn a_value_that_did_not_parse_hides_what_was_found_inside_it() {
    // An unmatched brace inside a message that does not parse: the parse error alone.
    let out = crate::derive(quote! {
        #[code(1)]
        #[message("}" "second")]
        struct S;
    });
    let errors = error_messages(&out);
    assert_eq!(errors, ["expected `,`"], "{errors:?}");
}

#[test]
fn another_derives_attribute_near_a_key_hides_no_error() {
    // parity-scale-codec's `#[codec(index = 2)]` is one edit from `#[code]`: rustc accepts
    // it where that derive is, so the missing code is reported, with the possible misspelling
    // named.
    let out = crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("a")]
            #[codec(index = 1)]
            A,
            #[message("b")]
            #[codec(index = 2)]
            B,
        }
    });
    let errors = error_messages(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("`E::B` has no code"), "{errors:?}");
    assert!(
        errors[0].ends_with("(is `#[codec]` meant as `#[code]`?)"),
        "{errors:?}"
    );
}

#[test]
fn a_translation_that_is_also_what_the_message_shows_is_one_error() {
    // `id` is Indonesian, and `{id}` what the message shows.
    let out = crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("user {id} not found", id = "pengguna {id} tidak ditemukan")]
            A { id: u64 },
        }
    });
    let errors = error_messages(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("`id` is both what the message shows"),
        "{errors:?}"
    );
    // Written either way, no error.
    for message in [
        quote!(#[message("user {id} not found", "id" = "pengguna {id} tidak ditemukan")]),
        quote!(#[message("user {id} not found", id = ("#7"))]),
    ] {
        let out = crate::derive(quote! {
            enum E {
                #[code(1)]
                #message
                A { id: u64 },
            }
        });
        assert!(error_messages(&out).is_empty(), "{out}");
    }
}

#[test]
fn a_shown_name_that_may_be_a_language_is_one_error_with_or_without_a_field() {
    for input in [
        quote! { enum E { #[code(1)] #[message("user {id} not found", id = "u-7")] A } },
        quote! { enum E { #[code(2)] #[message("took {ms}{en}", en = " (approx.)")] B { ms: u64 } } },
    ] {
        let errors = error_messages(&crate::derive(input));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("is both what the message shows"),
            "{errors:?}"
        );
    }
    // Names that cannot be a language's tag are arguments.
    let out = crate::derive(quote! {
        enum E {
            #[code(1)]
            #[message("{field} {max_len} {unit}", field = "app_id", max_len = "64", unit = "ms")]
            A,
        }
    });
    assert!(error_messages(&out).is_empty(), "{out}");
}

#[test]
fn language_tags_as_names() {
    use crate::literal::may_be_language;
    for tag in ["id", "zh", "yue", "zh_CN", "zh-Hant-TW", "es_419", "en_US"] {
        assert!(may_be_language(tag), "{tag}");
    }
    for name in ["unit", "field", "max_len", "limit", "x", "id_card", "a1"] {
        assert!(!may_be_language(name), "{name}");
    }
}
