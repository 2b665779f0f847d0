//! `cargo xtask build`: release wasm → wasm-bindgen (`--target web`) → wasm-opt → `pkg/`.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::tools::{self, run};
use crate::{root, Result};

/// The name wasm-bindgen gives the generated glue and wasm (`naravard_wasm.js`, `naravard_wasm_bg.wasm`).
const OUT_NAME: &str = "naravard_wasm";

/// Builds the kit and returns the `pkg/` folder.
pub fn build() -> Result<PathBuf> {
    tools::ensure_wasm_target()?;
    tools::ensure_node_packages()?;
    check_pinned_bindgen()?;
    let root = root();
    let pkg = root.join("pkg");

    eprintln!("xtask: compiling the widgets to wasm (release)");
    cargo_wasm("naravard-web", &["--release"])?;
    let wasm = root.join("target/wasm32-unknown-unknown/release/naravard_web.wasm");

    if pkg.exists() {
        fs::remove_dir_all(&pkg).map_err(|e| format!("could not clear {}: {e}", pkg.display()))?;
    }
    fs::create_dir_all(&pkg).map_err(|e| format!("could not create {}: {e}", pkg.display()))?;

    bindgen(&wasm, &pkg)?;

    eprintln!("xtask: optimising for size with wasm-opt -Oz --converge");
    let bg = pkg.join(format!("{OUT_NAME}_bg.wasm"));
    // --converge repeats the passes while they still shrink the module (about 1.5 KB brotli).
    run(Command::new(tools::wasm_opt())
        .args(["-Oz", "--converge"])
        .args(WASM_FEATURES)
        .args(["--strip-debug", "--strip-producers", "-o"])
        .arg(&bg)
        .arg(&bg))?;

    let web = root.join("widgets/web");
    for file in HAND_WRITTEN {
        copy(&web.join("js").join(file), &pkg.join(file))?;
    }
    let id = build_id(&[&pkg.join(format!("{OUT_NAME}.js")), &bg])?;
    let entry = pkg.join("naravard.js");
    let text = fs::read_to_string(&entry)
        .map_err(|e| format!("could not read {}: {e}", entry.display()))?;
    write(&entry, &text.replace("BUILD_ID", &id))?;
    for licence in ["LICENSE-MIT", "LICENSE-APACHE"] {
        copy(&root.join(licence), &pkg.join(licence))?;
    }
    let package = fs::read_to_string(web.join("js/package.json"))
        .map_err(|e| format!("could not read the package template: {e}"))?
        .replace(
            "\"0.0.0-dev\"",
            &format!("\"{}\"", env!("CARGO_PKG_VERSION")),
        );
    write(&pkg.join("package.json"), &package)?;
    build_editor(&root, &pkg)?;
    crate::prerender::prerender(&root, &pkg)?;
    eprintln!("xtask: the kit is in {}", pkg.display());
    Ok(pkg)
}

/// `cargo build` of a wasm package with `extra` arguments (profile, features).
fn cargo_wasm(package: &str, extra: &[&str]) -> Result {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(Command::new(cargo)
        .args(["build", "--target", "wasm32-unknown-unknown", "-p", package])
        .args(extra)
        .current_dir(root()))
}

fn bindgen(wasm: &std::path::Path, out: &std::path::Path) -> Result {
    eprintln!("xtask: generating the JS glue with wasm-bindgen");
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm)
        .out_name(OUT_NAME)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .generate(out)
        .map_err(|e| format!("wasm-bindgen failed: {e}"))
}

/// Builds the test-only kit into `pkg-test/`: the loader and the wasm with the `test-panic`
/// feature (a real panic to call), in the quick `test-kit` profile and without wasm-opt. Only
/// the browser tests load it (the test server serves it at `/pkg-test/`); `pkg/` never holds
/// the trigger.
pub fn build_test_kit() -> Result<PathBuf> {
    let root = root();
    let out = root.join("pkg-test");
    eprintln!("xtask: compiling the test-only kit (test-panic) to wasm");
    cargo_wasm(
        "naravard-web",
        &[
            "--profile",
            "test-kit",
            "--features",
            "naravard-web/test-panic",
        ],
    )?;
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("could not clear {}: {e}", out.display()))?;
    }
    fs::create_dir_all(&out).map_err(|e| format!("could not create {}: {e}", out.display()))?;
    bindgen(
        &root.join("target/wasm32-unknown-unknown/test-kit/naravard_web.wasm"),
        &out,
    )?;
    // The loader as written: its BUILD_ID stays literal, so a test can import the same glue.
    copy(
        &root.join("widgets/web/js/naravard.js"),
        &out.join("naravard.js"),
    )?;
    Ok(out)
}

/// The data editor's own wasm (`widgets/editor`) into `pkg/editor/`: a separate module, so the
/// editor's exports never add to the widgets' download. It is not part of the npm package's
/// entry; `examples/editor.html` loads it.
fn build_editor(root: &std::path::Path, pkg: &std::path::Path) -> Result {
    eprintln!("xtask: compiling the data editor to wasm (release)");
    cargo_wasm("naravard-editor", &["--release"])?;
    let out = pkg.join("editor");
    fs::create_dir_all(&out).map_err(|e| format!("could not create {}: {e}", out.display()))?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(root.join("target/wasm32-unknown-unknown/release/naravard_editor.wasm"))
        .out_name("naravard_editor")
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .generate(&out)
        .map_err(|e| format!("wasm-bindgen failed for the editor: {e}"))?;
    let bg = out.join("naravard_editor_bg.wasm");
    run(Command::new(tools::wasm_opt())
        .arg("-Oz")
        .args(WASM_FEATURES)
        .args(["--strip-debug", "--strip-producers", "-o"])
        .arg(&bg)
        .arg(&bg))
}

/// A short content hash (FNV-1a, 64 bit) of the files naravard.js loads.
fn build_id(files: &[&std::path::Path]) -> Result<String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let bytes =
            fs::read(file).map_err(|e| format!("could not read {}: {e}", file.display()))?;
        for byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}

/// The kit's hand-written files, copied from `widgets/web/js/` into `pkg/`.
const HAND_WRITTEN: [&str; 7] = [
    "naravard.js",
    "embed.html",
    "embed.css",
    "embed.js",
    "naravard-iframe.js",
    "naravard.d.ts",
    "custom-elements.json",
];

/// The wasm features rustc emits for wasm32-unknown-unknown, which wasm-opt must accept.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
    "--enable-sign-ext",
    "--enable-nontrapping-float-to-int",
];

/// The wasm-bindgen library in Cargo.lock must be the version of the CLI support linked here,
/// or the glue and the wasm disagree at run time.
fn check_pinned_bindgen() -> Result {
    let lock = fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("could not read Cargo.lock: {e}"))?;
    let locked =
        locked_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen entry")?;
    let support = locked_version(&lock, "wasm-bindgen-cli-support")
        .ok_or("Cargo.lock has no wasm-bindgen-cli-support entry")?;
    if locked == support {
        Ok(())
    } else {
        Err(format!(
            "wasm-bindgen {locked} is locked but the build uses wasm-bindgen-cli-support {support}; \
             pin both to the same version in Cargo.toml"
        ))
    }
}

pub fn locked_version<'a>(lock: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!("name = \"{name}\"\nversion = \"");
    let start = lock.find(&needle)? + needle.len();
    let rest = lock.get(start..)?;
    rest.get(..rest.find('"')?)
}

fn copy(from: &std::path::Path, to: &std::path::Path) -> Result {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("could not copy {} to {}: {e}", from.display(), to.display()))
}

fn write(path: &std::path::Path, text: &str) -> Result {
    fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))
}
