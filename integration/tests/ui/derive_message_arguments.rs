// errors: 5
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Error {
    // `{}` with nothing after the message.
    #[code(1)]
    #[message("{} items")]
    NoArgument { items: Vec<u8> },
    // `.limit` is no field.
    #[code(2)]
    #[message("over {}", .limit)]
    NoField { max: usize },
    // A translation leaves out a field.
    #[code(3)]
    #[message("{name} is taken", zh = "名称已被占用")]
    Taken { name: String },
    // A translation names a field the variant lacks.
    #[code(4)]
    #[message("{name} is taken", zh = "{title} 已被占用")]
    Titled { name: String },
    // An unnamed argument after a named one, which `format!` refuses too.
    #[code(5)]
    #[message("{n} of {}", n = .count, .limit)]
    Counted { count: usize, limit: usize },
}

fn main() {}
