//! The README's first command: `explain` prints every matching entry, and fails on unknown
//! codes.

#[allow(dead_code)]
#[path = "../examples/explain.rs"]
mod explain;

fn run(args: &[&str]) -> (u8, String) {
    let args: Vec<String> = args.iter().map(|&a| a.to_owned()).collect();
    explain::explain_args(&args)
}

#[test]
fn code_and_message_print_the_matching_entry() {
    let (status, out) = run(&["40100", "page_size is required"]);
    assert_eq!(status, 0);
    assert_eq!(
        out,
        "1 entry matching:\n\n  param 40100  PageSizeRequired\n    zh: 缺少 page_size\n    en: page_size is required\n    advice: fix_request (the request is wrong: retrying it unchanged cannot help)\n"
    );
}

#[test]
fn a_message_in_the_other_language_matches_too() {
    let (status, out) = run(&["45001", "org grade is over 15"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("1 entry matching:"), "{out}");
    assert!(out.contains("org 45001  OrgTooDeep"), "{out}");
    let (_, out) = run(&["45001", "Media file size exceeds the limit"]);
    assert!(out.contains("general 45001  MediaFileTooLarge"), "{out}");
}

#[test]
fn a_code_alone_prints_every_entry_with_it() {
    let (status, out) = run(&["0"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("3 entries with code 0:"), "{out}");
    for line in [
        "general 0  Success",
        "system 0  Success",
        "user 0  PartialSuccess",
    ] {
        assert!(out.contains(line), "{line} in {out}");
    }
}

#[test]
fn an_unmatched_message_falls_back_to_the_code() {
    let (status, out) = run(&["46100", "something else"]);
    assert_eq!(status, 0);
    assert!(out.starts_with("No entry with code 46100 has the message \"something else\"; 2 entries with code 46100:"), "{out}");
}

#[test]
fn unknown_codes_and_bad_arguments_fail() {
    let (status, out) = run(&["12345", "huh"]);
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "12345 is not a Qingtui error code known to this catalogue.\nThe platform said: huh\n"
    );
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["forty"]).0, 2);
}
