// errors: 2
// A translation leaves out a named argument the default message shows (`{max}`, `{n}`): the
// reader of that language would not see the value, as with a field left out.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
enum Page {
    #[code(1)]
    #[message("page {0} is over {max}", max = .1, zh = "第 {0} 页")]
    Over(u32, u32),
    #[code(2)]
    #[message("{n} items over {limit}", n = .items.len(), zh = "超过 {limit}")]
    TooMany { items: Vec<u8>, limit: u8 },
}

fn main() {}
