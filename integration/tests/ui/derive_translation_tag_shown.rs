// errors: 1
// `id = "..."` where the message shows `{id}`: Indonesian, or the value `{id}` shows? One
// error that says how to write either.
use platform_errors::PlatformError;

#[derive(Debug, PlatformError)]
pub enum Error {
    #[code(40001)]
    #[message("user {id} not found", id = "pengguna {id} tidak ditemukan")]
    NotFound { id: u64 },
}

fn main() {}
