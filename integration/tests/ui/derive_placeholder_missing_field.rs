// errors: 4
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    #[code(40299)]
    #[message("org name {nmae} exists", zh = "组织名 {name} 已存在")]
    NameTaken { name: String },
    #[code(45001)]
    #[message("org grade is over {1}")]
    TooDeep(u8),
    #[code(46306)]
    #[message("org {id} is not exists")]
    NotExists,
    #[code(46307)]
    #[message("unbalanced {")]
    Unbalanced,
}

fn main() {}
