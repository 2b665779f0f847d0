//! Finds, or installs, what the build and the tests need, and says exactly what to run when
//! it cannot install something itself.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, Result};

/// Runs a command and fails with its command line if it does not succeed.
pub fn run(command: &mut Command) -> Result {
    let status = command
        .status()
        .map_err(|e| format!("could not start {command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn found(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// The Rust target the kit compiles to.
pub fn ensure_wasm_target() -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"));
    match installed {
        Ok(true) => Ok(()),
        Ok(false) => {
            eprintln!("xtask: installing the wasm32-unknown-unknown target");
            run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
        }
        // No rustup: trust the toolchain and let cargo say what is missing.
        Err(_) => Ok(()),
    }
}

/// Node.js and the npm packages in `package-lock.json` (binaryen's wasm-opt, playwright-core, axe-core,
/// ajv for checking the JSON Schema).
pub fn ensure_node_packages() -> Result {
    if !found("node") || !found("npm") {
        return Err(
            "Node.js 18 or newer with npm is needed: `apt-get install nodejs npm` on Debian".into(),
        );
    }
    let root = root();
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    if newer(&lock, &stamp) {
        eprintln!("xtask: installing the npm packages in package-lock.json");
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&root))?;
    }
    Ok(())
}

/// Whether `a` was modified after `b` (or `b` is missing).
fn newer(a: &Path, b: &Path) -> bool {
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    match (modified(a), modified(b)) {
        (_, None) => true,
        (Some(a), Some(b)) => a > b,
        (None, Some(_)) => false,
    }
}

pub fn wasm_opt() -> PathBuf {
    root().join("node_modules/.bin/wasm-opt")
}

/// esbuild from the npm packages (`ensure_node_packages`), for minifying the shipped JS.
pub fn esbuild() -> PathBuf {
    root().join("node_modules/.bin/esbuild")
}

/// Headless Chromium for the browser tests: `CHROMIUM` if set, else Debian's package,
/// installed with apt-get when we are root on Debian.
pub fn ensure_chromium() -> Result<PathBuf> {
    if let Ok(path) = std::env::var("CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    let candidates = [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ];
    if let Some(path) = candidates.iter().map(PathBuf::from).find(|p| p.exists()) {
        return Ok(path);
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let install = "apt-get update && apt-get install -y chromium chromium-driver";
    if is_root && Path::new("/usr/bin/apt-get").exists() {
        eprintln!("xtask: installing Chromium: {install}");
        run(Command::new("sh").args([
            "-c",
            &format!("export DEBIAN_FRONTEND=noninteractive; {install}"),
        ]))?;
        return Ok(PathBuf::from("/usr/bin/chromium"));
    }
    Err(format!(
        "headless Chromium is needed for the browser tests. On Debian run `sudo sh -c '{install}'`, \
         or point CHROMIUM at a Chromium or Chrome binary"
    ))
}

/// cargo-deny for the supply-chain check, installed from crates.io when missing (a few minutes
/// on a fresh machine, once).
pub fn ensure_cargo_deny() -> Result {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let present = Command::new(&cargo)
        .args(["deny", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if present {
        return Ok(());
    }
    eprintln!("xtask: installing cargo-deny (cargo install cargo-deny --locked)");
    run(Command::new(&cargo).args(["install", "cargo-deny", "--locked"]))
}
