// errors: 2
// A near miss of the runtime's envelopes, and a type that is no envelope: each error names
// the runtime's envelopes.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
#[platform(envelope = Codemsg)]
enum NearMiss {
    #[code(1)]
    #[message("one")]
    One,
}

#[derive(Debug, PlatformError)]
#[platform(envelope = String)]
enum NotAnEnvelope {
    #[code(1)]
    #[message("one")]
    One,
}

fn main() {}
