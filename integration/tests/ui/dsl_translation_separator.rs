// errors: 4
// A translation written with `:` or `=>` in place of `=`, or ended by `;`: one error each,
// that says to write `=` (or `,`), not that a message has nothing to format.
platform_errors::define_codes! {
    pub enum Codes {
        Colon = 40402 => ("invalid token", zh: "无效的 token"),
        Arrow = 40403 => ("invalid token", zh => "无效的 token"),
        Semicolon = 40404 => ("invalid token", zh = "无效的 token";),
        Between = 40405 => ("invalid token", zh = "无效的 token"; en = "invalid token"),
    }
}

fn main() {}
