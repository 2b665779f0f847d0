//! Checks Nära vård data files the way the widgets read them.
//!
//! `naravard-validate FILE...` prints every problem as `FILE:LINE:COLUMN: path: message` and
//! exits 1 if there is any; `naravard-validate --schema` prints the JSON Schema of the format,
//! `naravard-validate --text-keys` the table of interface string keys for the docs.
//! Each file is checked on its own on top of the bundled data, so a file that extends a
//! bundled region (by its id) may leave out the region's name and codes.

use std::process::ExitCode;

use naravard_core::decode::Problem;
use naravard_core::registry::Registry;
use naravard_core::schema::json_schema;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") || args.is_empty() {
        eprintln!("usage: naravard-validate FILE...   check data files");
        eprintln!("       naravard-validate --schema  print the JSON Schema of the format");
        eprintln!(
            "       naravard-validate --text-keys  print the interface string keys (Markdown)"
        );
        return if args.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    if args.iter().any(|a| a == "--schema") {
        print!("{}", json_schema());
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--text-keys") {
        print!("{}", naravard_core::common::texts::keys_markdown());
        return ExitCode::SUCCESS;
    }
    let mut failed = false;
    for file in &args {
        let text = match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    println!("{file}:1:1: the file is not UTF-8 text; save it as UTF-8");
                    failed = true;
                    continue;
                }
            },
            Err(e) => {
                println!("{file}: cannot read the file: {e}");
                failed = true;
                continue;
            }
        };
        let mut registry = Registry::bundled();
        let problems = registry.load(&text);
        if problems.is_empty() {
            let (regions, municipalities) = counts(&text);
            println!("{file}: ok: {regions} regions, {municipalities} municipalities");
        } else {
            failed = true;
            for p in &problems {
                println!("{}", line(file, p));
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn line(file: &str, p: &Problem) -> String {
    let place = if p.line > 0 {
        format!("{file}:{}:{}", p.line, p.column)
    } else {
        file.to_string()
    };
    if p.path.is_empty() {
        format!("{place}: {}", p.message)
    } else {
        format!("{place}: {}: {}", p.path, p.message)
    }
}

/// How many regions and municipalities the file itself holds.
fn counts(text: &str) -> (usize, usize) {
    naravard_core::decode::parse_dataset(text).map_or((0, 0), |d| {
        (
            d.regions.len(),
            d.regions.iter().map(|r| r.municipalities.len()).sum(),
        )
    })
}
