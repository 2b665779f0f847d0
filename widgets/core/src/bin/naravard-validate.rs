//! Checks Nära vård data files the way the widgets read them: `naravard-validate FILE...`,
//! `naravard-validate --schema` for the JSON Schema, `naravard-validate --text-keys` for the
//! table of interface string keys. The same checker as `cargo xtask validate`
//! (`naravard_core::cli`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    ExitCode::from(naravard_core::cli::validate(
        "naravard-validate",
        &args,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    ))
}
