// errors: 1
// The variants of a shared code are told apart by their messages, compared as lookup does.
platform_errors::define_codes! {
    #[platform(shared(1))]
    pub enum Codes {
        A = 1 => "a",
        B = 1 => "A.",
        C = 1 => "a b",
    }
}

fn main() {}
