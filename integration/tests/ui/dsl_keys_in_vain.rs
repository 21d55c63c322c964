// errors: 6
// Keys that would change nothing: empty lists, and tags that name no language.
platform_errors::define_codes! {
    #[platform(shared())]
    pub enum Shared {
        A = 1 => "a",
    }

    pub enum Aliases {
        #[platform(aliases())]
        A = "A" => "a",
    }

    #[platform(lang = "")]
    pub enum Empty {
        A = 1 => "a",
    }

    #[platform(lang = "*")]
    pub enum Star {
        #[platform(lang = "*")]
        A = 1 => "a",
    }

    pub enum Translations {
        A = 1 => ("a", "*" = "甲"),
    }
}

fn main() {}
