//! AIP-193 (`envelope = GoogleRpc`): the HTTP status a declared code gives its variant.

use crate::model::{CodeValue, EnvelopeSpec, Kind, Model};

/// Under AIP-193's envelope (`envelope = GoogleRpc`), whose `code` is the HTTP status, a
/// string code that names a `google.rpc.Code` declares, unless the variant or the type
/// declares one, the HTTP status `google/rpc/code.proto` gives it (`NOT_FOUND`: 404), as
/// the runtime gives an error built by hand: so the body's `code`, `entry().http_status()`
/// and `http::answer`'s status agree.
pub(super) fn statuses_of_rpc_codes(model: &mut Model) {
    if !model
        .envelope
        .as_ref()
        .is_some_and(EnvelopeSpec::is_google_rpc)
    {
        return;
    }
    for variant in &mut model.variants {
        if let Kind::Declared(declared) = &mut variant.kind {
            declared.text.entry.http_status =
                match (&declared.code, declared.text.entry.http_status) {
                    (CodeValue::Str(name), None) => rpc_status_http(name),
                    // An integer code is AIP-193's `error.code`, the HTTP status itself,
                    // which for an error is 4xx or 5xx (a 2xx answer is the resource).
                    (&CodeValue::Int(code), None) => u16::try_from(code)
                        .ok()
                        .filter(|status| (400..=599).contains(status)),
                    (_, declared) => declared,
                };
        }
    }
}

/// The HTTP status of a `google.rpc.Code` by its name, as `google/rpc/code.proto` maps them
/// (the runtime's `platform_error::rpc_status_http` at run time; a test of core checks that
/// the two agree).
fn rpc_status_http(name: &str) -> Option<u16> {
    Some(match name {
        // `OK` has none: an error answered 200 would be read as the resource.
        "CANCELLED" => 499,
        "INVALID_ARGUMENT" | "FAILED_PRECONDITION" | "OUT_OF_RANGE" => 400,
        "UNAUTHENTICATED" => 401,
        "PERMISSION_DENIED" => 403,
        "NOT_FOUND" => 404,
        "ALREADY_EXISTS" | "ABORTED" => 409,
        "RESOURCE_EXHAUSTED" => 429,
        "UNKNOWN" | "INTERNAL" | "DATA_LOSS" => 500,
        "UNIMPLEMENTED" => 501,
        "UNAVAILABLE" => 503,
        "DEADLINE_EXCEEDED" => 504,
        _ => return None,
    })
}
