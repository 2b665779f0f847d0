//! The benchmark's pages (`/bench/<name>.html`), written from one template so the twelve
//! pages differ only in what they measure: which script they load and what the body holds.
//! `tests/bench/bench.mjs` loads them from the test server; nothing else links to them.

/// Which script a page loads.
#[derive(Clone, Copy)]
enum Script {
    /// The kit, as a council's page would load it.
    Kit,
    /// The hand-written JS finder (`examples/bench/yardstick.js`) the kit is compared with.
    Yardstick,
    /// No script: the control for what the page costs without any.
    None,
}

/// Text the resident reads first, with the widgets far below the fold.
const BELOW_FOLD: &str = "    <h1>Nära vård</h1>
    <p>Text the resident reads first. The widgets are far below the fold.</p>
    <div style=\"height: 6000px\"></div>
";

const ALL_THREE: &str = "    <naravard-malbild region=\"vasternorrland\"></naravard-malbild>
    <naravard-kontakt region=\"vastra-gotaland\"></naravard-kontakt>
    <naravard-fardplan region=\"vastra-gotaland\"></naravard-fardplan>
";

/// (name, title, script, the body's content before and after the widgets).
const PAGES: &[(&str, &str, Script, &str, &str)] = &[
    ("all", "all three", Script::Kit, "", ALL_THREE),
    (
        "malbild",
        "malbild",
        Script::Kit,
        "",
        "    <naravard-malbild region=\"vasternorrland\"></naravard-malbild>\n",
    ),
    (
        "kontakt",
        "kontakt",
        Script::Kit,
        "",
        "    <naravard-kontakt region=\"vastra-gotaland\"></naravard-kontakt>\n",
    ),
    (
        "fardplan",
        "fardplan",
        Script::Kit,
        "",
        "    <naravard-fardplan region=\"vastra-gotaland\"></naravard-fardplan>\n",
    ),
    (
        "kontakt-generated",
        "kontakt over generated data",
        Script::Kit,
        "    <!-- generated-data.json does not exist on disk: the bench serves it with page.route. -->\n",
        "    <naravard-kontakt src=\"/bench/generated-data.json\" region=\"bench-region\"></naravard-kontakt>\n",
    ),
    (
        "empty",
        "the kit, no widget yet",
        Script::Kit,
        "    <!-- The bench adds and removes widgets here (memory, mount/unmount cycles). -->\n",
        "",
    ),
    ("below-fold", "widgets below the fold", Script::Kit, BELOW_FOLD, ALL_THREE),
    (
        "below-fold-control",
        "the same page without the kit",
        Script::None,
        BELOW_FOLD,
        ALL_THREE,
    ),
    (
        "yardstick",
        "hand-written JS yardstick",
        Script::Yardstick,
        "",
        "    <js-finder region=\"vastra-gotaland\"></js-finder>\n",
    ),
    (
        "yardstick-generated",
        "yardstick over generated data",
        Script::Yardstick,
        "",
        "    <js-finder src=\"/bench/generated-data.json\" region=\"bench-region\"></js-finder>\n",
    ),
    (
        "yardstick-empty",
        "the yardstick, no finder yet",
        Script::Yardstick,
        "",
        "",
    ),
    (
        "yardstick-below-fold",
        "the yardstick below the fold",
        Script::Yardstick,
        BELOW_FOLD,
        "    <js-finder region=\"vastra-gotaland\"></js-finder>\n",
    ),
];

/// The page at `/bench/<file>`, if there is one.
pub fn page(file: &str) -> Option<String> {
    let name = file.strip_suffix(".html")?;
    let &(_, title, script, before, widgets) = PAGES.iter().find(|p| p.0 == name)?;
    let script = match script {
        Script::Kit => "  <script type=\"module\" src=\"/pkg/naravard.js\"></script>\n",
        Script::Yardstick => "  <script type=\"module\" src=\"yardstick.js\"></script>\n",
        Script::None => "",
    };
    Some(
        [
            "<!doctype html>\n<html lang=\"sv\">\n<head>\n  <meta charset=\"utf-8\">\n",
            "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
            "  <title>Bench: ",
            title,
            "</title>\n  <link rel=\"stylesheet\" href=\"../assets/site.css\">\n",
            script,
            "</head>\n<body>\n  <main>\n",
            before,
            widgets,
            "  </main>\n</body>\n</html>\n",
        ]
        .concat(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_the_bench_loads_exists() {
        let bench = include_str!("../../tests/bench/bench.mjs");
        let mut named = 0;
        for (at, _) in bench.match_indices("'/bench/") {
            let rest = &bench[at + 8..];
            let file = &rest[..rest.find('\'').unwrap()];
            if file.ends_with(".html") {
                assert!(page(file).is_some(), "/bench/{file}");
                named += 1;
            }
        }
        assert!(named >= 10, "{named}");
        let kit = page("kontakt.html").unwrap();
        assert!(kit.contains("<naravard-kontakt region=\"vastra-gotaland\">"));
        assert!(kit.contains("/pkg/naravard.js"));
        assert!(!page("below-fold-control.html").unwrap().contains("<script"));
        assert_eq!(page("nope.html"), None);
    }
}
