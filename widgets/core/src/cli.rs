//! The data file checker's command line, shared by `naravard-validate` and
//! `cargo xtask validate`, so both say exactly the same.
//!
//! `FILE...` prints every problem as `FILE:LINE:COLUMN: path: message`; `--schema` prints the
//! JSON Schema of the format, `--text-keys` the table of interface string keys for the docs.
//! Each file is checked on its own on top of the bundled data, so a file that extends a
//! bundled region (by its id) may leave out the region's name and codes.

use crate::decode::Problem;
use crate::registry::Registry;
use crate::schema::json_schema;

/// How the check ended, as a process exit code: 0 all good, 1 problems, 2 usage.
pub type Code = u8;

/// Runs the checker with these arguments (without the program name), writing to `out` and
/// `err`. `program` is the name the usage line shows.
pub fn validate(
    program: &str,
    args: &[String],
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Code {
    if args.iter().any(|a| a == "--help" || a == "-h") || args.is_empty() {
        let _ = writeln!(err, "usage: {program} FILE...   check data files");
        let _ = writeln!(
            err,
            "       {program} --schema  print the JSON Schema of the format"
        );
        let _ = writeln!(
            err,
            "       {program} --text-keys  print the interface string keys (Markdown)"
        );
        return if args.is_empty() { 2 } else { 0 };
    }
    if args.iter().any(|a| a == "--schema") {
        let _ = write!(out, "{}", json_schema());
        return 0;
    }
    if args.iter().any(|a| a == "--text-keys") {
        let _ = write!(out, "{}", crate::common::texts::keys_markdown());
        return 0;
    }
    let mut failed = false;
    for file in args {
        for line in check_file(file) {
            failed |= !line.contains(": ok: ");
            let _ = writeln!(out, "{line}");
        }
    }
    u8::from(failed)
}

/// The lines the checker prints for one file: `FILE: ok: …` or one line per problem.
pub fn check_file(file: &str) -> Vec<String> {
    let text = match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                return vec![format!(
                    "{file}:1:1: the file is not UTF-8 text; save it as UTF-8"
                )]
            }
        },
        Err(e) => return vec![format!("{file}: cannot read the file: {e}")],
    };
    let mut registry = Registry::bundled();
    let problems = registry.load(&text);
    if problems.is_empty() {
        let (regions, municipalities) = counts(&text);
        vec![format!(
            "{file}: ok: {regions} regions, {municipalities} municipalities"
        )]
    } else {
        problems.iter().map(|p| line(file, p)).collect()
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
    crate::decode::parse_dataset(text).map_or((0, 0), |d| {
        (
            d.regions.len(),
            d.regions.iter().map(|r| r.municipalities.len()).sum(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> (Code, String, String) {
        let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = validate("check", &args, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn checks_files_and_prints_the_schema() {
        let dir = std::env::temp_dir().join(format!("naravard-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("bad.json");
        std::fs::write(
            &bad,
            "{\"schema\": 1,\n \"national\": {\"contacts\": [{\"role\": \"R\", \"web\": \"tel:1177\"}]}}",
        )
        .unwrap();
        let sample = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/data/sample-kommun.json"
        );
        let (code, out, _) = run(&[sample, bad.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(out.contains("sample-kommun.json: ok: "), "{out}");
        assert!(
            out.contains(
                "bad.json:2:49: national.contacts[0].web: \"tel:1177\" is not an allowed link"
            ),
            "{out}"
        );
        let (code, out, _) = run(&[sample]);
        assert_eq!((code, out.lines().count()), (0, 1));
        let (code, out, _) = run(&["--schema"]);
        assert_eq!((code, out), (0, json_schema()));
        let (code, _, err) = run(&[]);
        assert_eq!(code, 2);
        assert!(err.starts_with("usage: check FILE..."));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
