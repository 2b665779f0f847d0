//! The contrast guard: when a host page's tokens give text or controls less than WCAG AA
//! contrast, tell the editor once, naming the tokens and the ratio.

use naravard_core::common::contrast::{parse_rgb, ratio, AA_TEXT};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Foreground token, background token, the ratio WCAG 2.1 AA asks for.
const PAIRS: [(&str, &str, f64); 5] = [
    ("text", "background", AA_TEXT),
    ("muted", "background", AA_TEXT),
    ("link", "background", AA_TEXT),
    ("on-accent", "accent", AA_TEXT),
    // A focus ring is not text: 3:1 against what it sits on (WCAG 1.4.11).
    ("focus", "background", 3.0),
];

/// The failing pairs as one message, or `None` when every pair passes (or cannot be read).
pub fn check(container: &Element) -> Option<String> {
    let document = container.owner_document()?;
    let window = document.default_view()?;
    // In forced-colours mode the system picks every colour; the tokens do not apply.
    if let Ok(Some(query)) = window.match_media("(forced-colors: active)") {
        if query.matches() {
            return None;
        }
    }
    let probe: HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    container.append_child(&probe).ok()?;
    // The widgets' private copies (--_text…) hold each token's value or its default.
    let colour = |token: &str| {
        let style = probe.style();
        style
            .set_property("color", &format!("var(--_{})", short(token)))
            .ok()?;
        let computed = window.get_computed_style(&probe).ok()??;
        parse_rgb(&computed.get_property_value("color").ok()?)
    };
    let mut failures = Vec::new();
    for (fg, bg, needed) in PAIRS {
        if let (Some(f), Some(b)) = (colour(fg), colour(bg)) {
            let r = ratio(f, b);
            if r < needed {
                // Hundredths by integer maths: float formatting would add kilobytes to the wasm.
                let hundredths = (r * 100.0).round() as u32;
                let needed = if needed >= 4.0 { "4.5" } else { "3" };
                failures.push(format!(
                    "--naravard-color-{fg} on --naravard-color-{bg} is {}.{:02}:1 (AA needs {needed}:1)",
                    hundredths / 100,
                    hundredths % 100
                ));
            }
        }
    }
    probe.remove();
    (!failures.is_empty()).then(|| {
        format!(
            "the theme tokens make some text hard to read: {}.",
            failures.join("; ")
        )
    })
}

/// `background` is `--_bg` inside the stylesheet; the rest keep their names.
fn short(token: &str) -> &str {
    if token == "background" {
        "bg"
    } else {
        token
    }
}
