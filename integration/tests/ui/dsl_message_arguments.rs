// errors: 2
// A `define_codes!` message is fixed text: placeholders and arguments would show nothing.
platform_errors::define_codes! {
    pub enum Limits {
        Items = 40002 => ("{} items", 5),
        Named = 40003 => "{count} items",
    }
}

fn main() {}
