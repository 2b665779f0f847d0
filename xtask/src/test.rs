//! `cargo xtask test`: everything CI runs. Formatting and lints, the native unit tests, then
//! the release kit is built and the browser tests in `tests/browser/` drive headless Chromium
//! against a local server.

use std::process::Command;

use crate::tools::{self, run};
use crate::{build, root, serve, Result};

pub fn command(args: &[String]) -> Result {
    // `--browser-only` skips the native steps, for quick iteration on browser tests; an extra
    // argument filters the browser test files by name.
    let browser_only = args.iter().any(|a| a == "--browser-only");
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let root = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());

    if !browser_only {
        let cargo_run = |args: &[&str]| run(Command::new(&cargo).args(args).current_dir(&root));
        eprintln!("xtask: cargo fmt --check");
        cargo_run(&["fmt", "--all", "--check"])?;
        eprintln!("xtask: cargo clippy (native and wasm)");
        cargo_run(&[
            "clippy",
            "--workspace",
            "--all-targets",
            // The pre-rendering (native only) is linted and tested with the rest.
            "--features",
            "naravard-ui/ssr",
            "--",
            "-D",
            "warnings",
        ])?;
        tools::ensure_wasm_target()?;
        let wasm_clippy = |what: &[&str]| {
            let mut args = vec!["clippy", "--target", "wasm32-unknown-unknown"];
            args.extend_from_slice(what);
            args.extend_from_slice(&["--", "-D", "warnings"]);
            cargo_run(&args)
        };
        wasm_clippy(&["-p", "naravard-web", "-p", "naravard-editor"])?;
        // A one-widget build leaves out reading data files (`src`): its code paths too.
        wasm_clippy(&[
            "-p",
            "naravard-web",
            "--no-default-features",
            "--features",
            "kontakt",
        ])?;
        eprintln!("xtask: supply chain (cargo deny: licences, bans, sources)");
        tools::ensure_cargo_deny()?;
        cargo_run(&[
            "deny",
            "--log-level",
            "error",
            "check",
            "licenses",
            "bans",
            "sources",
        ])?;
        eprintln!("xtask: native unit tests");
        cargo_run(&["test", "--workspace", "--features", "naravard-ui/ssr"])?;
    }

    let chromium = tools::ensure_chromium()?;
    // One build-and-browser-test at a time per checkout: a second run would rebuild `pkg/`
    // under the first one's server.
    let _lock = lock(&root)?;
    let dir = root.join("tests/browser");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("could not list {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .filter(|p| {
            filter.is_empty()
                // The file name only: a checkout's own path must not match every file.
                || filter.iter().any(|f| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().contains(f.as_str()))
                })
        })
        .collect();
    files.sort();
    // `--no-build` tests the `pkg/` that is there (quicker when only tests changed).
    if args.iter().any(|a| a == "--no-build") {
        if !root.join("pkg/naravard.js").is_file() {
            return Err("test: --no-build needs a built pkg/; run `cargo xtask build`".into());
        }
    } else {
        build::build()?;
    }
    // The test-only kit only when a test that loads it runs (it costs a wasm build).
    if files.iter().any(|f| f.to_string_lossy().contains("panic")) {
        build::build_test_kit()?;
    }
    let base = serve::spawn(true)?;
    eprintln!("xtask: browser tests in headless Chromium against {base}");
    let mut node = Command::new("node");
    node.args(["--test", "--test-concurrency=1"]);
    run(node
        .args(&files)
        .env("NARAVARD_BASE_URL", &base)
        .env("CHROMIUM", &chromium)
        .current_dir(&root))
}

/// Holds the checkout's build-and-browser lock (also taken by `cargo xtask bench`) until dropped.
pub(crate) fn lock(root: &std::path::Path) -> Result<std::fs::File> {
    let dir = root.join("target");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file =
        std::fs::File::create(dir.join("xtask-browser-tests.lock")).map_err(|e| e.to_string())?;
    if file.try_lock().is_err() {
        eprintln!("xtask: waiting for another browser test run in this checkout to finish");
        file.lock().map_err(|e| e.to_string())?;
    }
    Ok(file)
}
