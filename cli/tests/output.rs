//! What the program does when its output cannot be written: a closed pipe (`| head -1`) ends
//! it quietly with the command's status; any other failure (a full disk, `> /dev/full`) is
//! one line on standard error and status 2, not a silent success.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use platform_errors_cli::tools::Outcome;

const PROGRAM: &str = env!("CARGO_BIN_EXE_platform-errors");

/// Standard output on `/dev/full`, where every write fails with "No space left on device":
/// status 2, nothing else, and one line on standard error that says so, whatever the
/// command's own status (0 for the exports and a known code, 1 for an unknown code).
#[cfg(target_os = "linux")]
#[test]
fn an_output_that_cannot_be_written_is_status_2() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        eprintln!("skipped: this system has no /dev/full");
        return;
    }
    for args in [
        ["catalogue", "--format", "openapi"].as_slice(),
        &["catalogue", "--platform", "wecom"],
        &["explain", "40001"],
        &["explain", "12345", "huh"],
    ] {
        let output = Command::new(PROGRAM)
            .args(args)
            .stdin(Stdio::null())
            .stdout(std::fs::OpenOptions::new().write(true).open(full).unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert_eq!(
            String::from_utf8(output.stderr).unwrap(),
            "platform-errors: could not write the output: No space left on device (os error 28)\n",
            "{args:?}"
        );
    }
    // Bad input is told as before: its standard output is empty, and writing nothing fails
    // nowhere.
    let output = Command::new(PROGRAM)
        .args(["explain", "forty"])
        .stdout(std::fs::OpenOptions::new().write(true).open(full).unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let line = String::from_utf8(output.stderr).unwrap();
    assert!(
        line.starts_with("platform-errors explain: \"forty\" is not a code"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1, "{line}");
}

/// A reader that goes away before the program writes (`explain ... | true`): the rest of the
/// text is dropped, the status is the command's (1 for a code the catalogue does not know),
/// and nothing is said. (`cli.rs` closes a pipe in the middle of a long export.)
#[test]
fn a_closed_pipe_keeps_the_commands_status() {
    for (args, status) in [
        (["explain", "12345", "huh"].as_slice(), 1),
        (&["catalogue", "--platform", "wecom", "--format", "json"], 0),
    ] {
        let mut child = Command::new(PROGRAM)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Closed at once: the program writes into a pipe with no reader, or, had it been
        // quicker, into the pipe's buffer; either way it ends as the command would.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(status), "{args:?}: {output:?}");
        assert_eq!(output.stderr, b"", "{args:?}");
    }
}

/// A writer that fails as told: on writing, or only on flushing what it holds.
struct Failing {
    kind: io::ErrorKind,
    on_flush: bool,
    written: Vec<u8>,
}

impl Failing {
    fn new(kind: io::ErrorKind, on_flush: bool) -> Self {
        Failing {
            kind,
            on_flush,
            written: Vec::new(),
        }
    }
}

impl Write for Failing {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.on_flush {
            self.written.extend_from_slice(buf);
            Ok(buf.len())
        } else {
            Err(io::Error::new(self.kind, "the write failed"))
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.on_flush {
            Err(io::Error::new(self.kind, "the flush failed"))
        } else {
            Ok(())
        }
    }
}

/// `Outcome::print`, which the program's `main` calls: a failed write and a failed flush are
/// both told, with status 2; a closed pipe is not.
#[test]
fn print_tells_a_failed_write_and_a_failed_flush() {
    let outcome = Outcome::out(1, "12345 is not known\n".to_owned());
    for (on_flush, why) in [(false, "the write failed"), (true, "the flush failed")] {
        let mut stdout = Failing::new(io::ErrorKind::Other, on_flush);
        let mut stderr = Vec::new();
        assert_eq!(
            outcome.print("platform-errors", &mut stdout, &mut stderr),
            2
        );
        assert_eq!(
            String::from_utf8(stderr).unwrap(),
            format!("platform-errors: could not write the output: {why}\n")
        );
    }
    // A closed pipe, on writing or on flushing: the command's status, nothing said.
    for on_flush in [false, true] {
        let mut stdout = Failing::new(io::ErrorKind::BrokenPipe, on_flush);
        let mut stderr = Vec::new();
        assert_eq!(
            outcome.print("platform-errors", &mut stdout, &mut stderr),
            1
        );
        assert_eq!(stderr, b"");
    }
    // Written: the outcome as it is, its standard error too.
    let bad = Outcome::error("platform-errors explain", "\"forty\" is not a code");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    assert_eq!(bad.print("platform-errors", &mut stdout, &mut stderr), 2);
    assert_eq!(
        (stdout.as_slice(), stderr),
        (&b""[..], bad.stderr.into_bytes())
    );
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    assert_eq!(
        outcome.print("platform-errors", &mut stdout, &mut stderr),
        1
    );
    assert_eq!(
        (stdout, stderr.as_slice()),
        (outcome.stdout.into_bytes(), &b""[..])
    );
}
