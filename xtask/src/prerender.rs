//! The build's pre-rendering step (issue #15): runs the native `naravard-prerender` binary
//! (Yew's server renderer over the same components as the wasm) to write the widgets'
//! stylesheets and `pkg/prerendered/<region>/<widget>.<lang>.html`.
//!
//! The fragments link their stylesheet at `$NARAVARD_KIT_URL` (the URL of the kit's folder,
//! where `naravard.js` is served from), default `/pkg/`; the snippet builder rewrites the
//! link for the kit's URL the editor uses.

use std::path::Path;
use std::process::Command;

use crate::tools::run;
use crate::Result;

pub fn prerender(root: &Path, pkg: &Path) -> Result {
    eprintln!("xtask: pre-rendering the widgets (native, Yew's server renderer)");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args([
            "run",
            "--quiet",
            "-p",
            "naravard-ui",
            "--features",
            "ssr",
            "--bin",
            "naravard-prerender",
            "--",
            "--out",
        ])
        .arg(pkg)
        .current_dir(root);
    if let Ok(base) = std::env::var("NARAVARD_KIT_URL") {
        command.args(["--base-url", &base]);
    }
    run(&mut command)
}
