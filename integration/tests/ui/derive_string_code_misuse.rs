// errors: 7
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Empty {
    #[code("")]
    #[message("empty")]
    Empty,
}

#[derive(Debug, PlatformError)]
enum Suffixed {
    #[code("PARAM_ERROR"suffix)]
    #[message("suffixed")]
    Suffixed,
}

#[derive(Debug, PlatformError)]
enum IntegerAliases {
    #[code(40001)]
    #[platform(aliases("40002"))]
    #[message("aliases are for string codes")]
    Token,
}

#[derive(Debug, PlatformError)]
enum Aliases {
    #[code("NO_AUTH")]
    #[platform(aliases(""))]
    #[message("empty alias")]
    NoAuth,
    #[code("SYSTEM_ERROR")]
    #[platform(aliases("SYSTEMERROR", "SYSTEM_ERROR"))]
    #[message("its own code again")]
    System,
    #[code("RATE_LIMITED")]
    #[platform(aliases("SYSTEMERROR"))]
    #[message("another variant's alias")]
    RateLimited,
}

#[derive(Debug, PlatformError)]
enum Status {
    #[code("PARAM_ERROR")]
    #[platform(http_status = "400")]
    #[message("a status is a number")]
    Param,
}

fn main() {}
