//! `CATALOGUE.md` is the catalogue example's markdown output, and every format has one row
//! per entry.

#[allow(dead_code)]
#[path = "../examples/catalogue.rs"]
mod catalogue;

use catalogue::{render, Format, COLUMNS};
use platform_errors::qingtui::QingtuiError;
use platform_errors::FromCode;

#[test]
fn catalogue_md_is_the_markdown_output() {
    let expected = render(Format::Markdown);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../CATALOGUE.md");
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "CATALOGUE.md is stale: run `cargo run -p platform-errors-integration --example catalogue -- --format markdown > CATALOGUE.md`"
    );
}

#[test]
fn tsv_has_a_header_and_one_row_per_entry() {
    let tsv = render(Format::Tsv);
    let mut lines = tsv.lines();
    assert_eq!(lines.next(), Some(COLUMNS.join("\t").as_str()));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), QingtuiError::ENTRIES.len());
    assert_eq!(rows.len(), 150);
    assert_eq!(
        rows[0],
        [
            "general",
            "-1",
            "SystemBusy",
            "系统繁忙.",
            "System busy.",
            "系统繁忙.",
            "retry"
        ]
    );
    assert!(rows
        .iter()
        .all(|r| r.len() == 7 && r.iter().all(|c| !c.is_empty())));
}

#[test]
fn json_round_trips_every_entry() {
    let json: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), QingtuiError::ENTRIES.len());
    for (row, entry) in rows.iter().zip(QingtuiError::ENTRIES) {
        assert_eq!(row["code"], entry.code());
        assert_eq!(row["message"], entry.message());
        assert_eq!(row["message_en"], entry.message_in("en").unwrap());
        assert_eq!(row["message_zh"], entry.message_in("zh").unwrap());
        assert_eq!(row["advice"], entry.advice().as_str());
    }
}
