//! The README's and the guide's links work on docs.rs and in the repository alike, and every
//! chapter of the guide is both shown (the facade's `guide` module) and tested (this crate's
//! doctests).
//!
//! Text that docs.rs shows (the Markdown files a crate includes in its docs with
//! `include_str!`) has no relative links, which docs.rs cannot resolve: it links with
//! absolute URLs, to the repository (`Cargo.toml`'s `repository`, `/blob/main/<path>`) or to
//! docs.rs. Links into the repository must name files that exist, and anchors headings that
//! exist. Links to this crate on docs.rs must name a chapter of the guide or a page rustdoc
//! makes: with `PLATFORM_ERRORS_DOC_DIR` set to `cargo doc`'s output (`.ci/run` does, after
//! `cargo doc`), the page and its anchor must be there.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const DOCS_RS: &str = "https://docs.rs/platform-errors/latest/platform_errors/";

/// Files that links may name before they exist, each with who brings it. When one appears,
/// the test fails until it is taken off this list, so that the list never goes stale.
const PENDING: &[(&str, &str)] = &[];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `repository = "..."` of the workspace's `Cargo.toml`, with `/blob/main/` and `/tree/main/`.
fn repository() -> String {
    let manifest = read(&root().join("Cargo.toml"));
    let line = manifest
        .lines()
        .find(|line| line.trim_start().starts_with("repository"))
        .expect("a repository URL in Cargo.toml");
    let url = line.split('"').nth(1).expect("repository = \"...\"");
    url.trim_end_matches('/').to_owned()
}

/// Every Markdown file of the workspace, outside build output and hidden directories.
fn markdown_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    walk(&path, found);
                }
            } else if name.ends_with(".md") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(root(), &mut found);
    found.sort();
    found
}

/// The Markdown files `source` includes with `include_str!("...md")`, resolved.
fn included(source: &Path) -> Vec<PathBuf> {
    let text = read(source);
    let mut files = Vec::new();
    for piece in text.split("include_str!(\"").skip(1) {
        let name = piece.split('"').next().unwrap();
        if name.ends_with(".md") {
            let path = source.parent().unwrap().join(name);
            files.push(path.canonicalize().unwrap_or(path));
        }
    }
    files
}

/// Markdown that docs.rs shows: what the published crates include in their docs.
fn shown_on_docs_rs() -> BTreeSet<PathBuf> {
    [
        "src/lib.rs",
        "src/guide.rs",
        "core/src/lib.rs",
        "macros/src/lib.rs",
    ]
    .iter()
    .flat_map(|source| included(&root().join(source)))
    .collect()
}

/// The lines of a Markdown text, with fenced code blocks blanked (so that numbers hold).
fn outside_fences(markdown: &str) -> Vec<String> {
    let mut fence: Option<&str> = None;
    markdown
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            match fence {
                Some(open) => {
                    if trimmed.starts_with(open) {
                        fence = None;
                    }
                    String::new()
                }
                None if trimmed.starts_with("```") || trimmed.starts_with("~~~") => {
                    fence = Some(&trimmed[..3]);
                    String::new()
                }
                None => line.to_owned(),
            }
        })
        .collect()
}

/// The prose of a Markdown text: outside code blocks and code spans.
fn prose(markdown: &str) -> Vec<String> {
    outside_fences(markdown)
        .iter()
        .map(|line| without_code_spans(line))
        .collect()
}

fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    for (i, piece) in line.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(piece);
        }
    }
    out
}

/// The links of a Markdown text: inline `[text](target)`, definitions `[label]: target` and
/// autolinks `<https://...>`, with their line numbers.
fn links(markdown: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in prose(markdown).iter().enumerate() {
        let number = number + 1;
        let mut rest = line.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            let target = after[..end].split_whitespace().next().unwrap_or("");
            found.push((number, target.to_owned()));
            rest = &after[end..];
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            if let Some((_, target)) = trimmed.split_once("]: ") {
                found.push((
                    number,
                    target.split_whitespace().next().unwrap_or("").to_owned(),
                ));
            }
        }
        let mut rest = line.as_str();
        while let Some(at) = rest.find("<http") {
            let after = &rest[at + 1..];
            let end = after.find('>').unwrap_or(after.len());
            found.push((number, after[..end].to_owned()));
            rest = &after[end..];
        }
    }
    found
}

/// The anchor GitHub and rustdoc give a heading: lower case, spaces as `-`, other
/// punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c.to_lowercase().next().unwrap()),
            _ => None,
        })
        .collect()
}

fn anchors(markdown: &str) -> BTreeSet<String> {
    outside_fences(markdown)
        .iter()
        .filter_map(|line| line.strip_prefix('#'))
        .map(|heading| slug(heading.trim_start_matches('#')))
        .collect()
}

/// What is wrong with a link to `path` (relative to the workspace's root), with an anchor.
fn check_file(path: &str, anchor: Option<&str>) -> Option<String> {
    let file = root().join(path);
    if !file.exists() {
        if PENDING.iter().any(|(pending, _)| *pending == path) {
            return None;
        }
        return Some(format!("no file `{path}` in the repository"));
    }
    match anchor {
        Some(anchor) if path.ends_with(".md") => (!anchors(&read(&file)).contains(anchor))
            .then(|| format!("no heading `#{anchor}` in `{path}`")),
        _ => None,
    }
}

/// The chapters of a guide module: `docs/<name>.md` for each `include_str!` of `source`.
fn chapters(source: &str) -> BTreeSet<String> {
    included(&root().join(source))
        .iter()
        .filter(|path| path.parent() == Some(&root().join("docs")))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// What is wrong with a link to this crate's docs on docs.rs (the part after [`DOCS_RS`]).
fn check_docs_rs(page: &str, doc_dir: Option<&Path>) -> Option<String> {
    let (page, anchor) = match page.split_once('#') {
        Some((page, anchor)) => (page, Some(anchor)),
        None => (page, None),
    };
    if let Some(chapter) = page
        .strip_prefix("guide/")
        .and_then(|rest| rest.strip_suffix("/index.html"))
    {
        if !chapters("src/guide.rs").contains(chapter) {
            return Some(format!("no chapter `{chapter}` in the facade's `guide`"));
        }
    }
    let file_name = page.rsplit('/').next().unwrap();
    let kinds = [
        "struct.",
        "enum.",
        "trait.",
        "fn.",
        "macro.",
        "derive.",
        "constant.",
        "type.",
    ];
    if file_name != "index.html"
        && !(kinds.iter().any(|kind| file_name.starts_with(kind)) && file_name.ends_with(".html"))
    {
        return Some(format!("`{page}` is not a page rustdoc makes"));
    }
    let doc_dir = doc_dir?;
    let file = doc_dir.join("platform_errors").join(page);
    if !file.exists() {
        return Some(format!("`cargo doc` made no page `{}`", file.display()));
    }
    let anchor = anchor?;
    (!read(&file).contains(&format!("id=\"{anchor}\"")))
        .then(|| format!("no `#{anchor}` in `{}`", file.display()))
}

#[test]
fn links_work_on_docs_rs_and_in_the_repository() {
    let repository = repository();
    let blob = format!("{repository}/blob/main/");
    let tree = format!("{repository}/tree/main/");
    let shown = shown_on_docs_rs();
    let doc_dir = std::env::var_os("PLATFORM_ERRORS_DOC_DIR").map(PathBuf::from);
    let mut problems = String::new();
    let mut checked = 0;
    let mut sources = markdown_files();
    sources.push(root().join("src/guide.rs"));
    for file in &sources {
        let text = read(file);
        let text = if file.extension().is_some_and(|ext| ext == "rs") {
            // The module's doc comment, as Markdown.
            text.lines()
                .map(|line| line.trim_start().strip_prefix("//!").unwrap_or(""))
                .map(|line| line.strip_prefix(' ').unwrap_or(line))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            text
        };
        let is_rust = file.extension().is_some_and(|ext| ext == "rs");
        let on_docs_rs = is_rust || shown.contains(&file.canonicalize().unwrap());
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        for (line, target) in links(&text) {
            checked += 1;
            let (path, anchor) = match target.split_once('#') {
                Some((path, anchor)) => (path, Some(anchor)),
                None => (target.as_str(), None),
            };
            let problem = if let Some(path) = path.strip_prefix(&blob).or(path.strip_prefix(&tree))
            {
                check_file(path, anchor)
            } else if let Some(page) = target.strip_prefix(DOCS_RS) {
                check_docs_rs(page, doc_dir.as_deref())
            } else if target.contains("://") || target.starts_with("mailto:") || is_rust {
                // Another site; or, in a doc comment, an intra-doc link, which rustdoc checks.
                None
            } else if path.is_empty() {
                let anchor = anchor.unwrap_or("");
                (!anchors(&text).contains(anchor)).then(|| format!("no heading `#{anchor}` here"))
            } else if on_docs_rs {
                Some(format!(
                    "a relative link, which docs.rs cannot follow: write `{blob}<path>`"
                ))
            } else {
                let relative = file.parent().unwrap().join(path);
                let relative = relative.strip_prefix(root()).unwrap_or(&relative);
                check_file(&relative.display().to_string(), anchor)
            };
            if let Some(problem) = problem {
                writeln!(problems, "{name}:{line}: `{target}`: {problem}").unwrap();
            }
        }
    }
    assert!(problems.is_empty(), "broken links:\n{problems}");
    assert!(
        checked > 50,
        "only {checked} links found: is the scan broken?"
    );
}

#[test]
fn pending_files_are_still_pending() {
    for (path, why) in PENDING {
        assert!(
            !root().join(path).exists(),
            "`{path}` ({why}) exists now: take it off PENDING in {}, so that links to it are \
             checked",
            file!()
        );
    }
}

#[test]
fn every_chapter_is_shown_and_tested() {
    let shown = chapters("src/guide.rs");
    let tested = chapters("integration/src/lib.rs");
    assert_eq!(
        shown, tested,
        "the facade's guide and the integration crate's doctests hold different chapters"
    );
    let guide = read(&root().join("src/guide.rs"));
    let mut files = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "md") {
            files.insert(path.file_stem().unwrap().to_string_lossy().into_owned());
        }
    }
    for (path, _) in PENDING {
        if let Some(name) = path
            .strip_prefix("docs/")
            .and_then(|p| p.strip_suffix(".md"))
        {
            files.insert(name.to_owned());
        }
    }
    for chapter in &files {
        assert!(
            shown.contains(chapter) || guide.contains(&format!("/docs/{chapter}.md")),
            "docs/{chapter}.md is neither a module of the facade's guide nor linked from it"
        );
    }
    assert!(shown.len() >= 8, "{shown:?}");
}

#[test]
fn the_scan_finds_what_it_must() {
    let markdown =
        "# A title: `code`\n\n[a](b.md) `[c](d)` <https://e>\n```\n[f](g)\n```\n[h]: i#j\n";
    assert_eq!(
        links(markdown),
        [
            (3, "b.md".to_owned()),
            (3, "https://e".to_owned()),
            (7, "i#j".to_owned())
        ]
    );
    assert_eq!(
        anchors(markdown),
        BTreeSet::from(["a-title-code".to_owned()])
    );
    assert_eq!(
        slug("Large catalogues: what the generated code must never do"),
        "large-catalogues-what-the-generated-code-must-never-do"
    );
    assert_eq!(check_docs_rs("guide/derive/index.html", None), None);
    assert!(check_docs_rs("guide/nothing/index.html", None).is_some());
    assert!(check_docs_rs("PlatformError.html", None).is_some());
    assert!(check_file("no/such/file.md", None).is_some());
    assert!(check_file("README.md", Some("platforms")).is_none());
    assert!(check_file("README.md", Some("no-such-heading")).is_some());
}
