// errors: 1
// Braces copied from a platform's page (WeChat Open Platform's 53014): the fix is `{{`.
platform_errors::define_codes! {
    pub enum OpenError {
        SameSubjectNeeded = 53014 => "公众号已有{名称 A+}时，需与该帐号相同主体才可申请{名称 A}",
    }
}

fn main() {}
