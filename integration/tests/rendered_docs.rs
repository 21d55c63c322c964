//! A user's rustdoc shows no name of the runtime's internals: the macros put
//! `#[doc(hidden)]` on what they generate for themselves, and implement no hidden trait on
//! the user's types. Renders `tests/crates/docs-user` (every shape the macros generate code
//! for) with `cargo doc`, in a target directory of its own, and reads the HTML.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Names that belong to the runtime's internals or to the macros' own helpers.
const INTERNAL: &[&str] = &[
    "__private",
    "__platform_errors",
    "__impl_serde",
    "NoLookup",
    "AsDynError",
    "AsCode",
];

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the rendered docs") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "html" || ext == "js")
        {
            out.push(path);
        }
    }
}

#[test]
fn a_users_rustdoc_shows_no_internal_name() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace.join("target"), PathBuf::from)
        .join("rendered-docs");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&workspace)
        .args([
            "doc",
            "-q",
            "--offline",
            "--no-deps",
            "-p",
            "docs-user",
            "--target-dir",
        ])
        .arg(&target)
        .env("RUSTDOCFLAGS", "-D warnings")
        .status()
        .expect("cargo doc runs");
    assert!(status.success(), "cargo doc failed");
    let docs = target.join("doc/docs_user");
    let mut files = Vec::new();
    html_files(&docs, &mut files);
    let pages = files
        .iter()
        .filter(|f| f.extension().is_some_and(|ext| ext == "html"))
        .count();
    // The crate's page and one per type.
    assert!(pages >= 7, "{pages} pages in {}", docs.display());
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a page");
        for name in INTERNAL {
            if text.contains(name) {
                found.push(format!("{name} in {}", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "internal names in the user's docs:\n{}",
        found.join("\n")
    );
    // What the page must show: the public traits' impls and the inherent API.
    let catalogue = std::fs::read_to_string(docs.join("enum.BotError.html")).expect("a page");
    for shown in ["PlatformError", "Catalogue", "as_i64", "Serialize"] {
        assert!(
            catalogue.contains(shown),
            "`{shown}` is not in BotError's page"
        );
    }
}
