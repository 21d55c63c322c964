// errors: 1
platform_errors::define_codes! {
    /// `shared` lists codes, and `"A"` is none of this enum's: the one error, and the two
    /// variants that repeat code 1 are not reported again as declaring it twice.
    #[platform(shared("A"))]
    pub enum Repeated {
        First = 1 => "first",
        Second = 1 => "second",
    }
}

fn main() {
    let _ = Repeated::Second;
}
