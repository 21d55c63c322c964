//! The drift check's own tests: pairing, tables, line ends, and its cost.

use super::{compare, compare_in, compare_rows, pair, parse, Drift, Row, RowCode};
use crate::qingtui::QingtuiError;
use crate::{Catalogue, Code, Entry};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

const ENTRIES: [Entry; 4] = [
    Entry::new(40100, "PageSizeRequired", "page_size is required").with_category("param"),
    Entry::new(40100, "AppIdRequired", "app_id is required").with_category("param"),
    Entry::new(50210, "NoPermission", "no permission").with_category("org"),
    Entry::new(50210, "NoPermission", "no permission").with_category("domain"),
];

#[test]
fn the_same_table_in_any_order_agrees() {
    let table = "50210\tno permission\tdomain\n40100\tapp_id is required\n\
                 50210\tno permission\n40100\tpage_size is required\tparam\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert!(drift.is_empty(), "{drift}");
    assert_eq!(
        drift.to_string(),
        "no drift: the table (4 rows) and the catalogue (4 entries) agree\n"
    );
}

#[test]
fn a_row_listed_twice_counts_once() {
    // A copy of a row answers the entry of the first: no drift, in any order.
    let table = "40100\tpage_size is required\tparam\n40100\tpage_size is required\tparam\n\
                 40100\tapp_id is required\n50210\tno permission\torg\n\
                 50210\tno permission\tdomain\n40100\tapp_id is required\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert!(drift.is_empty(), "{drift}");
    // Two rows of a code and message that two entries share answer one each; a third is a
    // copy.
    let table = "50210\tno permission\n50210\tno permission\n50210\tno permission\n";
    let drift = compare(&ENTRIES[2..], table).unwrap();
    assert!(drift.is_empty(), "{drift}");
    // A copy of a row that changed is still the one change, reported once, and a row that
    // answers nothing stays missing however often it is listed.
    let table =
        "40100\tpage_size is required now\tparam\n40100\tpage_size is required now\tparam\n\
                 49999\tnew\n49999\tnew\n";
    let drift = compare(&ENTRIES[..1], table).unwrap();
    assert_eq!(drift.changed.len(), 1, "{drift}");
    assert_eq!(drift.missing.len(), 2, "{drift}");
}

#[test]
fn an_entry_listed_twice_counts_once() {
    // One list per member: `ENTRIES` then `ENTRIES` again, as an SDK type over `C` twice.
    let twice: Vec<Entry> = ENTRIES.iter().chain(&ENTRIES).copied().collect();
    let table = "40100\tpage_size is required\tparam\n40100\tapp_id is required\tparam\n\
                 50210\tno permission\torg\n";
    let drift = compare(&twice, table).unwrap();
    assert!(drift.missing.is_empty() && drift.changed.is_empty());
    assert_eq!(drift.extra, [ENTRIES[3]]);
    assert_eq!(drift.entries, 4);
    // Entries that differ in anything (here the advice) are two.
    let advised = [ENTRIES[0], ENTRIES[0].with_advice(crate::Advice::Retry)];
    let drift = compare(&advised, "40100\tpage_size is required\tparam\n").unwrap();
    assert_eq!(drift.extra.len(), 1);
}

#[test]
fn each_entry_answers_one_row() {
    // Two entries of 50210 "no permission" answer two rows; the third row is a copy.
    let table = "50210\tno permission\n50210\tno permission\n50210\tno permission\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert!(drift.missing.is_empty(), "{drift}");
    assert_eq!(drift.extra.len(), 2);
    assert!(drift.changed.is_empty());
    // A row that differs from both takes no entry already answered.
    let table =
        "50210\tno permission\torg\n50210\tno permission\tdomain\n50210\tno permission\tuser\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert_eq!(drift.missing.len(), 1, "{drift}");
    assert_eq!(drift.missing[0].line, 3);
}

#[test]
fn messages_compare_exactly() {
    let table = "40100\tPage_size is required\tparam\n40100\tapp_id is required.\tparam\n\
                 50210\tno permission\torg\n50210\tno permission\tdomain\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert!(drift.missing.is_empty() && drift.extra.is_empty());
    let changed: Vec<_> = drift
        .changed
        .iter()
        .map(|c| (c.row.line, c.entry.name()))
        .collect();
    assert_eq!(changed, [(1, "PageSizeRequired"), (2, "AppIdRequired")]);
}

#[test]
fn surrounding_whitespace_is_ignored_on_both_sides() {
    const SPACED: [Entry; 2] = [
        Entry::new(40100, "PageSizeRequired", " page_size is required\n"),
        Entry::new(40100, "AppIdRequired", "app_id  is required"),
    ];
    let table = "40100\t page_size is required \n40100\tapp_id is required\n";
    let drift = compare(&SPACED, table).unwrap();
    assert!(
        drift.missing.is_empty() && drift.extra.is_empty(),
        "{drift}"
    );
    // Inner spacing still counts; the message compared is shown trimmed.
    let changed: Vec<_> = drift
        .changed
        .iter()
        .map(|c| (c.row.line, c.message))
        .collect();
    assert_eq!(changed, [(2, "app_id  is required")]);
}

#[test]
fn a_moved_entry_is_a_changed_category() {
    let table = "40100\tpage_size is required\tparam\n40100\tapp_id is required\tparam\n\
                 50210\tno permission\tuser\n50210\tno permission\tdomain\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert!(
        drift.missing.is_empty() && drift.extra.is_empty(),
        "{drift}"
    );
    assert_eq!(drift.changed.len(), 1);
    assert_eq!(drift.changed[0].entry.category(), Some("org"));
    assert_eq!(
        drift.to_string(),
        "drift between the table (4 rows) and the catalogue (4 entries): 0 missing, 0 extra, 1 changed\n\
         changed:\n  line 3: 50210 org NoPermission\n    table's category:     user\n    catalogue's category: org\n"
    );
}

#[test]
fn missing_and_extra() {
    let table = "40100\tpage_size is required\tparam\n40200\tpage_size is required\tparam\n";
    let drift = compare(&ENTRIES, table).unwrap();
    assert_eq!(drift.missing.len(), 1);
    assert_eq!(drift.missing[0].code, 40200);
    let extra: Vec<_> = drift
        .extra
        .iter()
        .map(|e| (e.code().as_i64().unwrap(), e.name(), e.category()))
        .collect();
    assert_eq!(
        extra,
        [
            (40100, "AppIdRequired", Some("param")),
            (50210, "NoPermission", Some("org")),
            (50210, "NoPermission", Some("domain")),
        ]
    );
    let report = drift.to_string();
    assert!(report.starts_with("drift between the table (2 rows) and the catalogue (4 entries): 1 missing, 3 extra, 0 changed\n"), "{report}");
    assert!(
        report.contains(
            "missing from the catalogue:\n  line 2: 40200 param \"page_size is required\"\n"
        ),
        "{report}"
    );
    assert!(report.contains("extra in the catalogue, not in the table:\n  40100 param AppIdRequired \"app_id is required\"\n"), "{report}");
}

#[test]
fn by_language() {
    const BILINGUAL: [Entry; 1] = [Entry::new(-1, "SystemBusy", "system busy")
        .with_translations(&[("en", "system busy"), ("zh", "系统繁忙")])];
    assert!(compare_in(&BILINGUAL, "-1\t系统繁忙", "zh")
        .unwrap()
        .is_empty());
    assert!(compare_in(&BILINGUAL, "-1\t系统繁忙", "zh-CN")
        .unwrap()
        .is_empty());
    assert!(compare_in(&BILINGUAL, "-1\tsystem busy", "fr")
        .unwrap()
        .is_empty());
    assert_eq!(
        compare(&BILINGUAL, "-1\t系统繁忙").unwrap().changed.len(),
        1
    );
    // The report shows the messages compared: an entry the table lacks in the language
    // asked for, not in the default one.
    const TWO: [Entry; 2] = [
        Entry::new(-1, "SystemBusy", "system busy").with_translations(&[("zh", "系统繁忙")]),
        Entry::new(42405, "Revoked", "revoked token").with_translations(&[("zh", "token 已撤销")]),
    ];
    let drift = compare_in(&TWO, "-1\t系统繁忙", "zh").unwrap();
    assert_eq!(drift.extra.len(), 1);
    let report = drift.to_string();
    assert!(
        report.contains("42405 Revoked \"token 已撤销\""),
        "{report}"
    );
    let report = compare(&TWO, "-1\tsystem busy").unwrap().to_string();
    assert!(
        report.contains("42405 Revoked \"revoked token\""),
        "{report}"
    );
}

#[test]
fn table_syntax() {
    let rows =
        parse("\u{feff}code\tmessage\tcategory\r\n# comment\r\n  \r\n 7 \t seven \t \r\n").unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].line, int(&rows[0].code), rows[0].message.as_str()),
        (4, 7, "seven")
    );
    assert_eq!(rows[0].category, None);
    // A header is only skipped on the first row: after it, `code` is a string code, which
    // a catalogue of integer codes refuses.
    assert_eq!(parse("1\ta\ncode\tb\n").unwrap()[1].code, "code");
    let numeric = [Entry::new(1, "A", "a")];
    assert_eq!(compare(&numeric, "1\ta\ncode\tb\n").unwrap_err().line(), 2);
    assert_eq!(
        parse("1 a\n").unwrap_err().to_string(),
        "line 1: expected code<TAB>message[<TAB>category], found no tab"
    );
    assert_eq!(
        parse("1\ta\tb\tc\n").unwrap_err().to_string(),
        "line 1: expected code<TAB>message[<TAB>category], found more than three cells"
    );
    assert_eq!(parse("").unwrap(), []);
}

/// `(code, message, category)` of a row: what a table says, without its line number.
type RowKey = (i64, String, Option<String>);
/// `(code, name, message, category)` of an entry.
type EntryKey = (i64, &'static str, &'static str, Option<&'static str>);

fn row_key(row: &Row) -> RowKey {
    (int(&row.code), row.message.clone(), row.category.clone())
}

fn entry_key(entry: &Entry) -> EntryKey {
    (
        entry.code().as_i64().unwrap_or_default(),
        entry.name(),
        entry.message(),
        entry.category(),
    )
}

/// A drift as sets: its missing rows, extra entries and changed pairs, each sorted,
/// without line numbers.
fn as_sets(drift: &Drift) -> (Vec<RowKey>, Vec<EntryKey>, Vec<(RowKey, EntryKey)>) {
    let mut missing: Vec<_> = drift.missing.iter().map(row_key).collect();
    let mut extra: Vec<_> = drift.extra.iter().map(entry_key).collect();
    let mut changed: Vec<_> = drift
        .changed
        .iter()
        .map(|c| (row_key(&c.row), entry_key(&c.entry)))
        .collect();
    missing.sort();
    extra.sort();
    changed.sort();
    (missing, extra, changed)
}

/// A small xorshift generator: the same orders and tables on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Every order of `items` (for a handful of them).
fn permutations<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return alloc::vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, first.clone());
            out.push(tail);
        }
    }
    out
}

/// Orders of a table's lines: as given, reversed, rotated, shuffled, and every order
/// when there are at most six.
fn orders(lines: &[String], rng: &mut Rng) -> Vec<Vec<String>> {
    if lines.len() <= 6 {
        return permutations(lines);
    }
    let mut out = alloc::vec![lines.to_vec(), lines.iter().rev().cloned().collect()];
    for by in [1, lines.len() / 2] {
        let mut rotated = lines.to_vec();
        rotated.rotate_left(by);
        out.push(rotated);
    }
    for _ in 0..20 {
        let mut shuffled = lines.to_vec();
        rng.shuffle(&mut shuffled);
        out.push(shuffled);
    }
    out
}

/// Compares `entries` with the table in every order of [`orders`], asserting that the
/// drift is the same set of rows and entries in each; returns it.
fn same_in_every_order(entries: &[Entry], table: &str) -> Drift {
    let lines: Vec<String> = table.lines().map(str::to_string).collect();
    let first = compare(entries, table).unwrap();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for order in orders(&lines, &mut rng) {
        let reordered = order.join("\n");
        let drift = compare(entries, &reordered).unwrap();
        assert_eq!(
            as_sets(&drift),
            as_sets(&first),
            "in this order:\n{reordered}\n{drift}\nin the first:\n{first}"
        );
        assert_eq!(
            drift.to_string().lines().next(),
            first.to_string().lines().next()
        );
    }
    first
}

const TWO_CATEGORIES: [Entry; 2] = [
    Entry::new(50210, "P", "no permission").with_category("org"),
    Entry::new(50210, "P", "no permission").with_category("domain"),
];

#[test]
fn a_row_without_a_category_leaves_the_equal_entry_to_one_with_it() {
    // Paired greedily in the table's order, the row without a category took the `org`
    // entry, and the `org` row was left the `domain` one: a category changed.
    let table = "50210\tno permission\n50210\tno permission\torg\n";
    let drift = compare(&TWO_CATEGORIES, table).unwrap();
    assert!(drift.is_empty(), "{drift}");
    let drift = same_in_every_order(&TWO_CATEGORIES, table);
    assert!(drift.is_empty(), "{drift}");
    // All four entries answered, whatever order the rows come in.
    let table = "50210\tno permission\tdomain\n40100\tapp_id is required\n\
                 50210\tno permission\n40100\tpage_size is required\tparam\n";
    let drift = same_in_every_order(&ENTRIES, table);
    assert!(drift.is_empty(), "{drift}");
}

#[test]
fn a_row_without_a_category_leaves_a_changed_entry_to_one_with_it() {
    // Neither row is the same as an entry; the one with a category can only be paired
    // with the `x` entry, so the one without takes the other.
    const ENTRIES: [Entry; 2] = [
        Entry::new(1, "A", "a").with_category("x"),
        Entry::new(1, "B", "b").with_category("y"),
    ];
    for table in ["1\tc\n1\td\tx\n", "1\td\tx\n1\tc\n"] {
        let drift = compare(&ENTRIES, table).unwrap();
        assert!(
            drift.missing.is_empty() && drift.extra.is_empty(),
            "{drift}"
        );
        let changed: Vec<_> = drift
            .changed
            .iter()
            .map(|c| (c.row.message.as_str(), c.entry.name()))
            .collect();
        let expected = if table.starts_with("1\tc") {
            [("c", "B"), ("d", "A")]
        } else {
            [("d", "A"), ("c", "B")]
        };
        assert_eq!(changed, expected, "{table:?}");
    }
}

#[test]
fn tables_report_the_same_drift_in_any_order() {
    for table in [
        "40100\tPage_size is required\tparam\n40100\tapp_id is required.\tparam\n\
         50210\tno permission\torg\n50210\tno permission\tdomain\n",
        "40100\tpage_size is required\tparam\n40100\tapp_id is required\tparam\n\
         50210\tno permission\tuser\n50210\tno permission\tdomain\n",
        "40100\tpage_size is required\tparam\n40200\tpage_size is required\tparam\n",
        "50210\tno permission\n50210\tno permission\n50210\tno permission\n",
        "50210\tno permission\tuser\n50210\tno permission\n40100\tx\n40100\ty\tparam\n\
         40100\tapp_id is required\tother\n",
        "40100\tpage_size is required\n40100\tpage_size is required\tparam\n\
         50210\tnone\n50210\tno permission\tdomain\n50210\tno permission\torg\n",
    ] {
        same_in_every_order(&ENTRIES, table);
    }
    // The report of a changed message, whichever of the two comes first.
    let drift = same_in_every_order(&ENTRIES, "40100\tx\tparam\n40100\ty\tparam\n");
    let changed: Vec<_> = drift
        .changed
        .iter()
        .map(|c| (c.row.message.as_str(), c.entry.name()))
        .collect();
    assert_eq!(changed, [("x", "PageSizeRequired"), ("y", "AppIdRequired")]);
}

/// The Qingtui catalogue's entries as a table, each row's category kept when
/// `category(index)` says so.
fn qingtui_table(category: impl Fn(usize) -> bool) -> String {
    let mut table = String::new();
    for (index, entry) in QingtuiError::ENTRIES.iter().enumerate() {
        table += &format!("{}\t{}", entry.code(), entry.message());
        if category(index) {
            table += &format!("\t{}", entry.category().unwrap());
        }
        table.push('\n');
    }
    table
}

#[test]
fn the_qingtui_catalogue_agrees_with_itself_in_any_order() {
    let entries = QingtuiError::ENTRIES;
    assert!(entries.len() > 100);
    for table in [
        qingtui_table(|_| true),
        qingtui_table(|_| false),
        qingtui_table(|index| index % 2 == 0),
        qingtui_table(|index| index % 3 != 0),
    ] {
        let drift = same_in_every_order(entries, &table);
        assert!(drift.is_empty(), "{drift}");
        // Reversed, the rows without a category come before the equal ones with it.
        let reversed: Vec<&str> = table.lines().rev().collect();
        let drift = compare(entries, &reversed.join("\n")).unwrap();
        assert!(drift.is_empty(), "{drift}");
    }
}

#[test]
fn a_drifted_qingtui_table_reports_the_same_in_any_order() {
    let entries = QingtuiError::ENTRIES;
    let mut rng = Rng(7);
    let table = qingtui_table(|index| index % 4 != 1);
    let mut lines: Vec<String> = table.lines().map(str::to_string).collect();
    // Edit messages, move rows to other categories, drop some and add others.
    for _ in 0..12 {
        let at = rng.below(lines.len());
        let mut cells: Vec<String> = lines[at].split('\t').map(str::to_string).collect();
        match rng.below(4) {
            0 => cells[1] += " (edited)",
            1 if cells.len() == 3 => cells[2] = "user".to_string(),
            2 => {
                lines.remove(at);
                continue;
            }
            _ => cells[0] = (49_000 + rng.below(10)).to_string(),
        }
        lines[at] = cells.join("\t");
    }
    lines.push("40100\tnot a message of 40100".to_string());
    lines.push("50210\tno permission".to_string());
    let drift = same_in_every_order(entries, &lines.join("\n"));
    assert!(!drift.is_empty());
    // Every row is paired or missing, and every entry paired or extra.
    assert_eq!(
        drift.missing.len() + entries.len() - drift.extra.len(),
        lines.len(),
        "{drift}"
    );
    assert!(
        !drift.changed.is_empty() && !drift.missing.is_empty(),
        "{drift}"
    );
}

/// The rule of the module documentation, written out: for each pass, rows in the order
/// of their contents, each taking the first entry left that fits, in catalogue order.
fn compare_by_scanning(entries: &[Entry], rows: &[Row]) -> Drift {
    // An entry listed twice, identical, is one entry: kept where it first comes.
    let mut once: Vec<Entry> = Vec::new();
    for entry in entries {
        if !once.contains(entry) {
            once.push(*entry);
        }
    }
    let entries = &once[..];
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| (&rows[i].code, &rows[i].message, &rows[i].category));
    let category = |row: &Row, entry: &Entry| row.category.as_deref() == entry.category();
    let message = |row: &Row, entry: &Entry| row.message == entry.message().trim();
    type Fits<'a> = &'a dyn Fn(&Row, &Entry) -> bool;
    let passes: [(Option<bool>, Fits<'_>, bool); 5] = [
        (Some(true), &|r, e| category(r, e) && message(r, e), false),
        (Some(false), &message, false),
        (Some(true), &category, true),
        (Some(false), &|_, _| true, true),
        (None, &message, true),
    ];
    let mut taken = alloc::vec![false; entries.len()];
    let mut paired: Vec<Option<(usize, bool)>> = alloc::vec![None; rows.len()];
    for (with_category, fits, changed) in passes {
        for &i in &order {
            let row = &rows[i];
            if paired[i].is_some()
                || with_category.is_some_and(|with| row.category.is_some() != with)
            {
                continue;
            }
            let found = (0..entries.len()).find(|&k| {
                !taken[k] && entries[k].code() == row.code.as_code() && fits(row, &entries[k])
            });
            if let Some(k) = found {
                taken[k] = true;
                paired[i] = Some((k, changed));
            }
        }
    }
    // A row left over, identical to one paired, is a copy of it.
    for i in 0..rows.len() {
        let copy = (0..rows.len()).any(|j| {
            matches!(paired[j], Some((k, _)) if k != usize::MAX)
                && (&rows[j].code, &rows[j].message, &rows[j].category)
                    == (&rows[i].code, &rows[i].message, &rows[i].category)
        });
        if paired[i].is_none() && copy {
            paired[i] = Some((usize::MAX, false));
        }
    }
    Drift {
        missing: (0..rows.len())
            .filter(|&i| paired[i].is_none())
            .map(|i| rows[i].clone())
            .collect(),
        extra: (0..entries.len())
            .filter(|&k| !taken[k])
            .map(|k| entries[k])
            .collect(),
        changed: (0..rows.len())
            .filter_map(|i| match paired[i] {
                Some((k, true)) => Some(super::Changed {
                    row: rows[i].clone(),
                    entry: entries[k],
                    message: entries[k].message(),
                }),
                _ => None,
            })
            .collect(),
        rows: rows.len(),
        entries: entries.len(),
        lang: None,
    }
}

#[test]
fn agrees_with_the_rule_written_out() {
    const MESSAGES: [&str; 3] = ["a", "b", "c"];
    const CATEGORIES: [Option<&str>; 3] = [None, Some("x"), Some("y")];
    let mut rng = Rng(99);
    for _ in 0..2_000 {
        let entries: Vec<Entry> = (0..rng.below(8))
            .map(|_| {
                let entry = Entry::new(
                    1 + rng.below(3) as i64,
                    ["A", "B", "C", "D"][rng.below(4)],
                    MESSAGES[rng.below(3)],
                );
                match CATEGORIES[rng.below(3)] {
                    Some(category) => entry.with_category(category),
                    None => entry,
                }
            })
            .collect();
        let rows: Vec<Row> = (0..rng.below(8))
            .map(|line| Row {
                line: line + 1,
                code: RowCode::Int(1 + rng.below(3) as i64),
                message: ["a", "b", "c", "d"][rng.below(4)].to_string(),
                category: CATEGORIES[rng.below(3)].map(str::to_string),
            })
            .collect();
        let drift = compare_rows(&entries, &rows, None);
        let expected = compare_by_scanning(&entries, &rows);
        assert_eq!(drift, expected, "{entries:?}\n{rows:?}");
        let mut reversed = rows.clone();
        reversed.reverse();
        let drift = compare_rows(&entries, &reversed, None);
        assert_eq!(as_sets(&drift), as_sets(&expected), "{entries:?}\n{rows:?}");
    }
}

fn leak(text: String) -> &'static str {
    alloc::boxed::Box::leak(text.into_boxed_str())
}

/// Compares, counting the work, and checks it grows with rows and entries alone.
fn pair_counted(entries: &[Entry], rows: &[Row]) -> Drift {
    let mut steps = 0;
    let drift = pair(entries, rows, None, &mut steps);
    // Five passes over the rows, a look-up a row each, one more pass for copies, and each
    // entry examined at most once through each of its four keys.
    let bound = 11 * rows.len() + 4 * entries.len();
    assert!(steps <= bound, "{steps} steps, more than {bound}");
    drift
}

#[test]
fn fifty_thousand_rows_and_entries() {
    const N: usize = 50_000;
    #[cfg(feature = "std")]
    let start = std::time::Instant::now();
    // Eight entries a code, in three categories; each row tells of one entry, the
    // rows in reverse order: unchanged, without a category, with another message, in
    // another category, or with a code the catalogue lacks.
    let category = |i: usize| ["a", "b", "c"][i % 10 % 3];
    let code = |i: usize| 40_000 + (i / 8) as i64;
    let entries: Vec<Entry> = (0..N)
        .map(|i| {
            let code = if i % 10 == 9 {
                900_000 + i as i64
            } else {
                code(i)
            };
            Entry::new(code, leak(format!("E{i}")), leak(format!("message {i}")))
                .with_category(category(i))
        })
        .collect();
    let rows: Vec<Row> = (0..N)
        .rev()
        .enumerate()
        .map(|(line, i)| {
            let (mut code, mut message, mut category) = (
                code(i),
                format!("message {i}"),
                Some(category(i).to_string()),
            );
            match i % 10 {
                5 | 6 => category = None,
                7 => message = format!("changed {i}"),
                8 => category = Some("z".to_string()),
                9 => code = 800_000 + i as i64,
                _ => {}
            }
            Row {
                line: line + 1,
                code: RowCode::Int(code),
                message,
                category,
            }
        })
        .collect();
    let drift = pair_counted(&entries, &rows);
    assert_eq!(
        (drift.missing.len(), drift.extra.len(), drift.changed.len()),
        (N / 10, N / 10, N / 5)
    );
    assert!(drift
        .missing
        .iter()
        .all(|row| row.code >= RowCode::Int(800_000)));
    assert!(drift
        .extra
        .iter()
        .all(|entry| entry.code() >= Code::Int(900_000)));
    for changed in &drift.changed {
        let i = changed.entry.name()[1..].parse::<usize>().unwrap();
        assert_eq!(changed.row.code, code(i));
        match i % 10 {
            7 => assert_eq!(changed.row.message, format!("changed {i}")),
            8 => assert_eq!(changed.row.category.as_deref(), Some("z")),
            _ => panic!("{i}"),
        }
    }
    assert!(changed_lines_ascend(&drift));

    // One code, one category: every row takes from one pool of 50,000 entries.
    let entries: Vec<Entry> = (0..N)
        .map(|i| Entry::new(1, "E", leak(format!("m{i}"))).with_category("a"))
        .collect();
    let rows: Vec<Row> = (0..N)
        .map(|i| Row {
            line: i + 1,
            code: RowCode::Int(1),
            message: format!("r{i}"),
            category: (i % 2 == 0).then(|| "a".to_string()),
        })
        .collect();
    let drift = pair_counted(&entries, &rows);
    assert!(drift.missing.is_empty() && drift.extra.is_empty());
    assert_eq!(drift.changed.len(), N);
    #[cfg(feature = "std")]
    {
        // Loosely: pairing every row with every entry took seconds at 16,384 rows.
        let elapsed = start.elapsed();
        assert!(elapsed < core::time::Duration::from_secs(5), "{elapsed:?}");
    }
}

fn changed_lines_ascend(drift: &Drift) -> bool {
    drift
        .changed
        .windows(2)
        .all(|w| w[0].row.line < w[1].row.line)
}

#[test]
fn every_line_end() {
    let expected = [(1, 1, "a"), (2, 2, "b"), (4, 3, "c")];
    for table in [
        "1\ta\n2\tb\n\n3\tc\n",
        "1\ta\r\n2\tb\r\n\r\n3\tc\r\n",
        "1\ta\r2\tb\r\r3\tc\r",
        "1\ta\r2\tb\r\n\n3\tc",
        "1\ta\n2\tb\r\r\n3\tc\r",
    ] {
        let rows = parse(table).unwrap();
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.line, int(&r.code), r.message.as_str()))
            .collect();
        assert_eq!(got, expected, "{table:?}");
        assert!(rows.iter().all(|r| r.category.is_none()), "{table:?}");
    }
    // `\n\r` is two ends, with an empty line between.
    let rows = parse("1\ta\n\r2\tb\tx\r").unwrap();
    assert_eq!((rows[1].line, rows[1].category.as_deref()), (3, Some("x")));
    // A header, a comment and a category, old-Mac style.
    let table = "code\tmessage\tcategory\r# comment\r40402\tinvalid token\ttoken\r";
    let rows = parse(table).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (
            rows[0].line,
            int(&rows[0].code),
            rows[0].message.as_str(),
            rows[0].category.as_deref()
        ),
        (3, 40402, "invalid token", Some("token"))
    );
    // Errors name the line, whatever the ends.
    for (table, line) in [
        ("1\ta\r\r4000x\tb\r", 3),
        ("1\ta\r\n4000x\tb\r\n", 2),
        ("1\ta\n\r\n1 a\r", 3),
        ("1\ta\r2\tb\tc\td\n", 2),
    ] {
        assert_eq!(parse(table).unwrap_err().line(), line, "{table:?}");
    }
    // Compared, an old-Mac table is the same table.
    let drift = compare(&ENTRIES, "40100\tpage_size is required\tparam\r40100\tapp_id is required\r50210\tno permission\r50210\tno permission\r").unwrap();
    assert!(drift.is_empty(), "{drift}");
}

/// An integer row code, as the tests' tables all have.
fn int(code: &RowCode) -> i64 {
    match code {
        RowCode::Int(code) => *code,
        RowCode::Str(code) => panic!("a string code {code:?}"),
    }
}

/// A catalogue of string codes is compared by its codes' text, aliases aside; an integer cell
/// is read as its text there (Alipay's `40004`), and against a catalogue of integer codes a
/// cell that is no integer is an error.
#[test]
fn string_codes() {
    let entries = [
        Entry::with_code(Code::Str("PARAM_ERROR"), "ParamError", "参数错误"),
        Entry::with_code(Code::Str("40004"), "BusinessFailed", "Business Failed"),
    ];
    let table = "PARAM_ERROR\t参数错误\n40004\tBusiness Failed\nSIGN_ERROR\t签名错误\n";
    let drift = compare(&entries, table).unwrap();
    assert!(
        drift.extra.is_empty() && drift.changed.is_empty(),
        "{drift}"
    );
    assert_eq!(drift.missing.len(), 1);
    assert_eq!(drift.missing[0].code, "SIGN_ERROR");
    assert!(drift.to_string().contains("SIGN_ERROR"), "{drift}");

    let changed = compare(&entries, "PARAM_ERROR\t参数不对\n40004\tBusiness Failed\n").unwrap();
    assert_eq!(changed.changed.len(), 1);
    assert_eq!(changed.changed[0].entry.name(), "ParamError");

    let numeric = [Entry::new(40001, "InvalidToken", "invalid token")];
    let error = compare(&numeric, "40001\tinvalid token\n4OOO1\ttypo\n").unwrap_err();
    assert_eq!(error.line(), 2);
    assert!(error.to_string().contains("4OOO1"), "{error}");
    assert!(parse("4.5\tfraction\n").is_err());
    assert!(parse("two words\tx\n").is_err());
}

#[test]
fn rows_read_through_a_lookup_are_reported_as_written_whatever_their_lines() {
    let entries = [
        Entry::with_code(Code::Str("PARAM_ERROR"), "ParamError", "参数错误"),
        Entry::with_code(Code::Str("ORDER_NOT_EXIST"), "OrderNotFound", "订单不存在"),
    ];
    // Rows built by hand, all on line 0: the row reported is the one that drifted.
    let row = |code: &str, message: &str| Row {
        line: 0,
        code: RowCode::Str(code.to_string()),
        message: message.to_string(),
        category: None,
    };
    let rows = [
        row("PARAM_ERROR", "参数错误"),
        row("NO_SUCH", "x"),
        row("ORDERNOTEXIST", "订单已不存在"),
    ];
    let older = |code: Code<'_>| (code == "ORDERNOTEXIST").then_some(Code::Str("ORDER_NOT_EXIST"));
    let drift = super::compare_rows_with_lookup(&entries, &rows, None, older);
    assert_eq!(drift.missing, [rows[1].clone()]);
    assert_eq!(drift.changed.len(), 1);
    assert_eq!(drift.changed[0].row, rows[2]);
    // Without a lookup that finds anything, the same as `compare_rows`.
    assert_eq!(
        super::compare_rows_with_lookup(&entries, &rows, None, |_| None),
        compare_rows(&entries, &rows, None)
    );
}
