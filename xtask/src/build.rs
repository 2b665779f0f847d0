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

    if pkg.exists() {
        fs::remove_dir_all(&pkg).map_err(|e| format!("could not clear {}: {e}", pkg.display()))?;
    }
    fs::create_dir_all(&pkg).map_err(|e| format!("could not create {}: {e}", pkg.display()))?;

    let mut hashed = Vec::new();
    for (out_name, features) in BUILDS {
        hashed.extend(build_wasm(&root, &pkg, out_name, features)?);
    }
    let web = root.join("widgets/web");
    for file in HAND_WRITTEN {
        copy(&web.join("js").join(file), &pkg.join(file))?;
    }
    let regions = copy_data(&root.join("widgets/core/data"), &pkg.join("data"))?;
    for id in &regions {
        hashed.push(pkg.join("data").join(format!("{id}.json")));
        hashed.push(pkg.join("data").join(format!("{id}.bin")));
        for kind in naravard_core::common::shown::WIDGETS {
            hashed.push(pkg.join("data").join(format!("{id}.{kind}.bin")));
        }
    }
    let id = build_id(&hashed)?;
    let entry = pkg.join("naravard.js");
    let text = fs::read_to_string(&entry)
        .map_err(|e| format!("could not read {}: {e}", entry.display()))?;
    let list: Vec<String> = regions.iter().map(|r| format!("'{r}'")).collect();
    let text = text
        .replace("BUILD_ID", &id)
        .replace("['BUNDLED_REGIONS']", &format!("[{}]", list.join(", ")));
    write(&entry, &text)?;
    minify_js(&entry)?;
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
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(root.join("target/wasm32-unknown-unknown/test-kit/naravard_web.wasm"))
        .out_name(OUT_NAME)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .generate(&out)
        .map_err(|e| format!("wasm-bindgen failed for the test kit: {e}"))?;
    // The loader with the region list but its BUILD_ID left literal, so a test can import the
    // same glue; the pages that load it show more than one kind, so the all-widgets build.
    let regions = copy_data(&root.join("widgets/core/data"), &out.join("data"))?;
    let list: Vec<String> = regions.iter().map(|r| format!("'{r}'")).collect();
    let loader = fs::read_to_string(root.join("widgets/web/js/naravard.js"))
        .map_err(|e| format!("could not read the loader: {e}"))?
        .replace("['BUNDLED_REGIONS']", &format!("[{}]", list.join(", ")));
    write(&out.join("naravard.js"), &loader)?;
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
    minify_js(&out.join("naravard_editor.js"))?;
    let bg = out.join("naravard_editor_bg.wasm");
    run(Command::new(tools::wasm_opt())
        .arg("-Oz")
        .args(WASM_FEATURES)
        .args(["--strip-debug", "--strip-producers", "-o"])
        .arg(&bg)
        .arg(&bg))
}

/// Copies each bundled region's data file (not `national.json`, which the wasm holds) into
/// `pkg/data/`, with the JSON's layout whitespace dropped, and returns the region ids (the
/// file names; a native test in naravard-core keeps each file's one region id equal to it).
/// The JSON is for editors to read and copy; the widgets read it packed
/// (`naravard_core::packed`): `<id>.bin` (the all-widgets build) and `<id>.<widget>.bin` (a
/// one-widget build: only what that widget shows).
fn copy_data(from: &std::path::Path, to: &std::path::Path) -> Result<Vec<String>> {
    fs::create_dir_all(to).map_err(|e| format!("could not create {}: {e}", to.display()))?;
    let entries =
        fs::read_dir(from).map_err(|e| format!("could not read {}: {e}", from.display()))?;
    let mut ids = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(id) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        if id == "national" {
            continue;
        }
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("could not read {}: {e}", path.display()))?;
        write(
            &to.join(format!("{id}.json")),
            &naravard_core::json::minify::minify(&text),
        )?;
        let pack = |kinds: &[&str], file: String| {
            let packed = naravard_core::packed::pack_file(&text, kinds)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            fs::write(to.join(&file), packed).map_err(|e| format!("could not write {file}: {e}"))
        };
        pack(&naravard_core::common::shown::WIDGETS, format!("{id}.bin"))?;
        for kind in naravard_core::common::shown::WIDGETS {
            pack(&[kind], format!("{id}.{kind}.bin"))?;
        }
        ids.push(id.to_owned());
    }
    ids.sort();
    Ok(ids)
}

/// Minifies a JS file in place with esbuild (pinned in package.json): the loader and the
/// wasm-bindgen glue, which every page downloads. Whitespace, comments and local names only;
/// exports and property names (the glue's wasm imports) stay as they are. Measured on the
/// finder's page: the glue 7,251 → 5,199 B brotli, the loader 3,344 → 2,517 B
/// (docs/performance.md).
fn minify_js(path: &std::path::Path) -> Result {
    run(Command::new(tools::esbuild())
        .arg(path)
        .args([
            "--minify",
            "--format=esm",
            "--legal-comments=none",
            "--allow-overwrite",
            "--log-level=warning",
        ])
        .arg(format!("--outfile={}", path.display())))
}

/// The wasm builds: all widgets in one (for pages with more than one kind), and each widget
/// alone, which `naravard.js` loads when a page shows only that kind (issue #14).
/// The finder comes last, so the release wasm left in `target/` (with its names, for
/// `tests/bench/wasm-profile.mjs`) is the one of the heaviest one-widget page.
const BUILDS: [(&str, Option<&str>); 4] = [
    (OUT_NAME, None),
    ("naravard_malbild", Some("malbild")),
    ("naravard_fardplan", Some("fardplan")),
    ("naravard_kontakt", Some("kontakt")),
];

/// Compiles one build (`features`: one widget, or `None` for all), makes its glue with
/// wasm-bindgen and shrinks it with wasm-opt; returns the glue and wasm files.
fn build_wasm(
    root: &std::path::Path,
    pkg: &std::path::Path,
    out_name: &str,
    feature: Option<&str>,
) -> Result<Vec<PathBuf>> {
    eprintln!(
        "xtask: compiling {} to wasm (release)",
        feature.map_or("the widgets".to_owned(), |f| format!(
            "the {f} widget alone"
        ))
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args([
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "naravard-web",
        ])
        .current_dir(root);
    if let Some(feature) = feature {
        command.args(["--no-default-features", "--features", feature]);
    }
    run(&mut command)?;
    let wasm = root.join("target/wasm32-unknown-unknown/release/naravard_web.wasm");
    // For a size profile of what ships (tests/bench/wasm-profile.mjs on pkg/*.wasm): the
    // function names kept through wasm-bindgen and wasm-opt. Never for a release.
    let keep_names = std::env::var_os("NARAVARD_KEEP_NAMES").is_some();

    eprintln!("xtask: generating the JS glue with wasm-bindgen");
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .out_name(out_name)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .remove_name_section(!keep_names)
        .remove_producers_section(true)
        .generate(pkg)
        .map_err(|e| format!("wasm-bindgen failed: {e}"))?;

    eprintln!("xtask: optimising for size with wasm-opt -Oz --converge");
    let bg = pkg.join(format!("{out_name}_bg.wasm"));
    // --converge repeats the passes while they still shrink the module (about 1.5 KB brotli).
    let mut opt = Command::new(tools::wasm_opt());
    opt.args(["-Oz", "--converge"]).args(WASM_FEATURES);
    if keep_names {
        opt.arg("--debuginfo");
    } else {
        opt.arg("--strip-debug");
    }
    run(opt.args(["--strip-producers", "-o"]).arg(&bg).arg(&bg))?;
    let glue = pkg.join(format!("{out_name}.js"));
    minify_js(&glue)?;
    Ok(vec![glue, bg])
}

/// A short content hash (FNV-1a, 64 bit) of the files naravard.js loads.
fn build_id(files: &[PathBuf]) -> Result<String> {
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
