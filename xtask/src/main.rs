//! `cargo xtask <command>`: the project's build automation, as a plain Rust binary.
//!
//! - `build`            build the release kit into `pkg/`
//! - `serve [--port N]` build, then serve `examples/` and `pkg/` on 127.0.0.1
//! - `test`             every test: native unit tests, then the browser tests in headless Chromium
//! - `bench`            build, then print sizes and timings (table and JSON)
//! - `validate FILE…`   check custom data files and print every problem
//! - `contracts`        write the files generated from the widgets' contracts

mod bench;
mod bench_pages;
mod build;
mod prerender;
mod serve;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("help", &[][..]),
    };
    let outcome = match command {
        "build" => build::build().map(|_| ()),
        "bench" => bench::command(rest),
        "serve" => serve::command(rest),
        "test" => test::command(rest),
        "contracts" => contracts(),
        // The same checker as `naravard-validate`, so the two cannot disagree.
        "validate" => {
            let code = naravard_core::cli::validate(
                "cargo xtask validate",
                rest,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            );
            return ExitCode::from(code);
        }
        "help" | "--help" | "-h" => {
            println!(
                "{}",
                include_str!("main.rs")
                    .lines()
                    .skip(2)
                    .take(7)
                    .map(|l| l.trim_start_matches("//! "))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            Ok(())
        }
        other => Err(format!("unknown command `{other}`; try `cargo xtask help`")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever directory `cargo xtask` was started from.
fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Writes every file generated from the widgets' contracts (`naravard_core::common::manifest`).
fn contracts() -> Result {
    let root = root();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).ok();
    for (path, text) in naravard_core::common::manifest::generated(&read) {
        let text = text.ok_or_else(|| format!("{path} has no generated section markers"))?;
        if read(path).as_deref() != Some(text.as_str()) {
            std::fs::write(root.join(path), text).map_err(|e| format!("{path}: {e}"))?;
            eprintln!("xtask: wrote {path}");
        }
    }
    Ok(())
}
