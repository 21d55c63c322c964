//! Writes the generated catalogue files, or with `--check` fails when one is stale:
//! `cargo run -p platform-errors-catalogues [-- --check]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(_) => {
            eprintln!("usage: platform-errors-catalogues [--check]");
            return ExitCode::from(2);
        }
    };
    let root = platform_errors_catalogues::workspace_root();
    let outputs = match platform_errors_catalogues::outputs(&root) {
        Ok(outputs) => outputs,
        Err(e) => {
            eprintln!("generate: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = 0;
    for (path, text) in outputs {
        let full = root.join(&path);
        if std::fs::read_to_string(&full).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if check {
            eprintln!("stale: {}", path.display());
            stale += 1;
        } else {
            if let Some(dir) = full.parent() {
                std::fs::create_dir_all(dir).expect("create the directory");
            }
            std::fs::write(&full, text).expect("write the file");
            eprintln!("wrote {}", path.display());
        }
    }
    if stale > 0 {
        eprintln!("run `cargo run -p platform-errors-catalogues` to regenerate");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
