// errors: 6
use platform_errors::PlatformError;
use platform_errors::envelope::CodeMsg;

// A variant with no code is neither declared nor local.
#[derive(Debug, PlatformError)]
enum NoCode {
    #[message("client is closed")]
    Closed,
}

// A local variant has no code, and needs a message.
#[derive(Debug, PlatformError)]
enum LocalWithCode {
    #[platform(local)]
    #[code(-2)]
    #[message("client is closed")]
    Closed,
    #[platform(local)]
    Timeout,
    #[platform(local, transparent)]
    Both(std::io::Error),
}

// The envelope has no room for errors without a code.
#[derive(Debug, PlatformError)]
#[platform(serde)]
enum Serialized {
    #[code(1)]
    #[message("one")]
    One,
    #[platform(local)]
    #[message("closed")]
    Closed,
}

// Under another envelope, the error names its fields.
#[derive(Debug, PlatformError)]
#[platform(serde, envelope = CodeMsg)]
enum SerializedFeishu {
    #[code(1)]
    #[message("one")]
    One,
    #[platform(local)]
    #[message("closed")]
    Closed,
}

fn main() {}
