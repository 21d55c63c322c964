// errors: 7
// A translation written with `:` or `=>` in place of `=`, or ended by `;`: one error each,
// that says to write `=` (or `,`), not that the text is never shown.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40402)]
    #[message("invalid token", zh: "无效的 token")]
    Colon,
    #[code(40403)]
    #[message("invalid token", zh => "无效的 token")]
    Arrow,
    #[code(40404)]
    #[message("invalid token", zh = "无效的 token";)]
    Semicolon,
    // Between two translations, and after an argument: read as the `,` it stands for.
    #[code(40405)]
    #[message("invalid token", zh = "无效的 token"; en = "invalid token")]
    Between,
    #[code(40406)]
    #[message("no such user {}", .0; zh = "没有此用户")]
    AfterArgument(String),
    // A `;` between a name and its `=`: one error at the `;`, the rest read without it.
    #[code(40407)]
    #[message("limit {n}", n ; = 5)]
    NamedArgument,
    #[code(40408)]
    #[message("invalid token", zh ; = "无效的 token")]
    NamedTranslation,
}

fn main() {}
