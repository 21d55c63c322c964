// errors: 1
platform_errors::define_codes! {
    pub enum E {
        A = i64::MAX => "a",
        B = 2 => "b",
    }
}

fn main() {
    let _ = (E::A, E::B);
}
