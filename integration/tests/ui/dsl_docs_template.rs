// errors: 3
// `{code}` is the one placeholder of `docs`; `{{` and `}}` are literal braces, as in messages.
platform_errors::define_codes! {
    #[platform(docs = "https://example.com/errors/{cdoe}")]
    pub enum Misspelt {
        A = 1 => "a",
    }

    #[platform(docs = "https://example.com/errors/{code")]
    pub enum Unclosed {
        A = 1 => "a",
    }

    #[platform(docs = "https://example.com/errors/code}")]
    pub enum Unopened {
        A = 1 => "a",
    }

    // Accepted: literal braces, and one link for every entry.
    #[platform(docs = "https://example.com/{{errors}}/{code}")]
    pub enum Braces {
        A = 1 => "a",
    }

    #[platform(docs = "https://example.com/errors")]
    pub enum OnePage {
        A = 1 => "a",
    }
}

fn main() {}
