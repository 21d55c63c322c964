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
