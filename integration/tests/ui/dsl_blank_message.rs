// errors: 1
// A blank message: `from_code_and_message(1, ...)` could never return `B`.
platform_errors::define_codes! {
    #[platform(shared(1))]
    pub enum Codes {
        A = 1 => "x",
        B = 1 => "",
    }
}

fn main() {}
