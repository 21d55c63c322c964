//! The features are described once, by the `## ` comments of `core/Cargo.toml`: core's crate
//! docs render them with document-features, the README's Features section is that same
//! rendering (checked here; `PLATFORM_ERRORS_WRITE_DOCS=1` rewrites it), and the facade's
//! features are core's, of the same names.
//!
//! `document-features` is an optional dependency, so that builds of the library never compile
//! it: these tests run with it (`--all-features`, as the README's test command has it).
#![cfg(feature = "document-features")]

use std::collections::BTreeMap;
use std::path::Path;

/// What core's crate docs show: `core/Cargo.toml`'s feature comments, rendered.
const RENDERED: &str = document_features::document_features!();

const BEGIN: &str = "<!-- features:";
const END: &str = "<!-- /features -->";

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The `[features]` table of a manifest: each feature and what it enables, in order.
fn features(manifest: &str) -> BTreeMap<String, Vec<String>> {
    let mut table = BTreeMap::new();
    let mut lines = manifest
        .lines()
        .skip_while(|line| line.trim() != "[features]")
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with('['));
    while let Some(line) = lines.next() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = line.split_once('=').expect("`name = [...]`");
        let mut value = value.trim().to_owned();
        while !value.contains(']') {
            value.push_str(lines.next().expect("an unclosed feature list").trim());
        }
        let enabled = value
            .trim_start_matches('[')
            .split(']')
            .next()
            .unwrap()
            .split(',')
            .map(|item| item.trim().trim_matches('"').to_owned())
            .filter(|item| !item.is_empty())
            .collect();
        table.insert(name.trim().to_owned(), enabled);
    }
    table
}

/// The README's Features section between its markers, and where it lies.
fn readme_section(readme: &str) -> (usize, usize) {
    let begin = readme.find(BEGIN).expect("the README's features marker");
    let start = begin + readme[begin..].find('\n').unwrap() + 1;
    let end = readme
        .find(END)
        .expect("the README's end-of-features marker");
    assert!(
        start <= end,
        "the README's feature markers are out of order"
    );
    (start, end)
}

#[test]
fn the_readme_lists_the_features_as_cargo_toml_describes_them() {
    let path = root().join("README.md");
    let readme = read(&path);
    let (start, end) = readme_section(&readme);
    let expected = format!("{}\n", RENDERED.trim_end());
    if readme[start..end] != expected && std::env::var_os("PLATFORM_ERRORS_WRITE_DOCS").is_some() {
        let updated = format!("{}{expected}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        readme[start..end],
        expected,
        "the README's Features section is not core/Cargo.toml's feature comments: run \
         `PLATFORM_ERRORS_WRITE_DOCS=1 cargo test -p platform-errors-core --test features_doc`"
    );
}

#[test]
fn every_feature_is_described() {
    let core = features(&read(&root().join("core/Cargo.toml")));
    assert!(
        core.contains_key("serde") && core.contains_key("std"),
        "{core:?}"
    );
    for name in core.keys().filter(|name| *name != "default") {
        assert!(
            RENDERED.contains(&format!("**`{name}`**")),
            "feature `{name}` has no `## ` comment in core/Cargo.toml:\n{RENDERED}"
        );
    }
    assert!(
        RENDERED.contains("**`std`** *(enabled by default)*"),
        "{RENDERED}"
    );
    assert!(
        RENDERED.contains("**`alloc`** *(enabled by default)*"),
        "{RENDERED}"
    );
    assert!(
        !RENDERED.contains("**`serde`** *(enabled by default)*"),
        "{RENDERED}"
    );
}

#[test]
fn the_facade_has_cores_features_of_the_same_names() {
    let core = features(&read(&root().join("core/Cargo.toml")));
    let facade = features(&read(&root().join("Cargo.toml")));
    assert_eq!(
        facade.keys().collect::<Vec<_>>(),
        core.keys().collect::<Vec<_>>(),
        "the facade's features are not core's"
    );
    for (name, enabled) in &facade {
        if name == "default" {
            assert_eq!(enabled, &core["default"], "the facade's default features");
        } else {
            let forward = format!("platform-errors-core/{name}");
            assert!(
                enabled.contains(&forward),
                "the facade's feature `{name}` does not turn on core's: {enabled:?}"
            );
        }
    }
}
