// errors: 2
// Braces copied from a platform's page (WeChat Open Platform's 53014): the fix is `{{`,
// with a colon inside too.
platform_errors::define_codes! {
    pub enum OpenError {
        SameSubjectNeeded = 53014 => "公众号已有{名称 A+}时，需与该帐号相同主体才可申请{名称 A}",
        Typed = 53015 => "expected {type: string}",
    }
}

fn main() {}
