// errors: 10
// A key written in another form than its own: one error that names the key and shows its
// form.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(category("org"))]
enum Parenthesised {
    #[code(1)]
    #[message("one")]
    #[platform(lang("en"))]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(serde = false)]
enum FlagWithValue {
    #[code(1)]
    #[message("one")]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(category = "org" lang = "en")]
enum NoComma {
    #[code(1)]
    #[message("one")]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(crate = "platform_errors")]
enum QuotedCrate {
    #[code(1)]
    #[message("one")]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(envelope = "CodeMsg")]
enum QuotedEnvelope {
    #[code(1)]
    #[message("one")]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(docs = https)]
enum UnquotedDocs {
    #[code(1)]
    #[message("one")]
    #[platform(reason = ONE)]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(shared = 1)]
enum SharedWithoutList {
    #[code(1)]
    #[message("one")]
    One,
    #[code(1)]
    #[message("uno")]
    Uno,
}

#[derive(Debug, PlatformError)]
enum TranslationWithoutLanguage {
    #[code(1)]
    #[message("one", = "一")]
    One,
}

fn main() {}
