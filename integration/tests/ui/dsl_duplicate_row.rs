// errors: 1
// The same row twice: remove one, not `shared`, which would only meet the check that the
// messages of a shared code differ.
platform_errors::define_codes! {
    pub enum P {
        BadSecret = 40001 => "不合法的secret参数",
        BadSecret2 = 40001 => "不合法的secret参数 ",
    }
}

fn main() {}
