//! `cargo xtask bench`: builds the release kit, then prints its sizes and timings (a table,
//! then the same figures as JSON) by running `tests/bench/bench.mjs` in headless Chromium
//! against a local server. See `docs/performance.md`.
//!
//! Options: `--runs N` (cold loads per page and setting, default 20), `--quick` (a few runs of
//! everything, for a smoke check), `--only sizes,load,keys,memory,cycles,idle` (some sections),
//! `--no-build` (measure the `pkg/` that is there).

use std::process::Command;

use crate::tools::{self, run};
use crate::{build, root, serve, test, Result};

pub fn command(args: &[String]) -> Result {
    let mut pass = Vec::new();
    let mut skip_build = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--no-build" => skip_build = true,
            "--quick" => pass.push(arg.clone()),
            "--runs" | "--only" => {
                let value = iter
                    .next()
                    .ok_or_else(|| format!("bench: {arg} takes a value"))?;
                if arg == "--runs" && value.parse::<u32>().map_or(true, |n| n == 0) {
                    return Err(format!(
                        "bench: --runs takes a positive number, not `{value}`"
                    ));
                }
                pass.push(arg.clone());
                pass.push(value.clone());
            }
            other => {
                return Err(format!(
                "bench: unknown option `{other}`; use --runs N, --quick, --only LIST, --no-build"
            ))
            }
        }
    }
    let root = root();
    let chromium = tools::ensure_chromium()?;
    // The same lock as the browser tests: the build rewrites `pkg/`, and timings taken while
    // another run builds or drives Chromium on this machine mean little.
    let _lock = test::lock(&root)?;
    if skip_build {
        tools::ensure_node_packages()?;
        if !root.join("pkg/naravard.js").is_file() {
            return Err("bench: --no-build needs a built pkg/; run `cargo xtask build`".into());
        }
    } else {
        build::build()?;
    }
    let base = serve::spawn(true)?;
    eprintln!("xtask: benchmarking in headless Chromium against {base}");
    run(Command::new("node")
        .arg(root.join("tests/bench/bench.mjs"))
        .args(&pass)
        .env("NARAVARD_BASE_URL", &base)
        .env("CHROMIUM", &chromium)
        .current_dir(&root))
}
