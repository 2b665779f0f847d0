//! WCAG 2.1 contrast, for the guard that warns an editor whose theme tokens make text hard
//! to read. Colours arrive as the browser computes them: `rgb(r, g, b)` or `rgba(r, g, b, a)`.

/// A colour in sRGB with 0–255 channels and an alpha of 0–1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgba {
    pub r: f64,
    pub g: f64,
    pub b: f64,
    pub a: f64,
}

/// Reads a computed colour (`rgb(…)`/`rgba(…)`, comma or space separated). Colours in other
/// spaces (`oklch(…)`, `color(…)`) give `None`: the guard then stays silent rather than guess.
pub fn parse_rgb(css: &str) -> Option<Rgba> {
    let css = css.trim();
    let inner = css
        .strip_prefix("rgba(")
        .or_else(|| css.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut numbers = inner
        .split([',', ' ', '/'])
        .filter(|s| !s.is_empty())
        .map(|s| crate::json::parse_number(s.trim()));
    let r = numbers.next()??;
    let g = numbers.next()??;
    let b = numbers.next()??;
    let a = match numbers.next() {
        Some(a) => a?,
        None => 1.0,
    };
    Some(Rgba { r, g, b, a })
}

fn luminance(c: Rgba) -> f64 {
    let channel = |v: f64| {
        let s = v / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            pow_2_4((s + 0.055) / 1.055)
        }
    };
    0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/// `x`^2.4 for `x` in (0, 1] without `f64::powf`, whose libm code costs the wasm about 2 KB
/// (issue #14): `x`^2.4 = `x`² · `y` with `y` = `x`^0.4, the root of `y`⁵ = `x`², found by
/// Newton's method from √`x` (a few steps reach full precision on this range).
fn pow_2_4(x: f64) -> f64 {
    let target = x * x;
    let mut y = x.sqrt();
    for _ in 0..8 {
        let y4 = (y * y) * (y * y);
        y -= (y4 * y - target) / (5.0 * y4);
    }
    target * y
}

/// `fg` painted over `bg` (for a translucent foreground).
fn over(fg: Rgba, bg: Rgba) -> Rgba {
    let mix = |f: f64, b: f64| f * fg.a + b * (1.0 - fg.a);
    Rgba {
        r: mix(fg.r, bg.r),
        g: mix(fg.g, bg.g),
        b: mix(fg.b, bg.b),
        a: 1.0,
    }
}

/// The contrast ratio, from 1 to 21. A translucent background is taken over white.
pub fn ratio(fg: Rgba, bg: Rgba) -> f64 {
    let white = Rgba {
        r: 255.0,
        g: 255.0,
        b: 255.0,
        a: 1.0,
    };
    let bg = over(bg, white);
    let fg = over(fg, bg);
    let (l1, l2) = (luminance(fg), luminance(bg));
    let (hi, lo) = if l1 > l2 { (l1, l2) } else { (l2, l1) };
    (hi + 0.05) / (lo + 0.05)
}

/// WCAG 2.1 AA for normal text.
pub const AA_TEXT: f64 = 4.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_over_every_channel_value() {
        for v in 11..=255 {
            let x = (f64::from(v) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() < 1e-12, "{v}: {ours} vs {std}");
        }
    }

    #[test]
    fn black_on_white_is_21_and_same_colours_are_1() {
        let black = parse_rgb("rgb(0, 0, 0)").unwrap();
        let white = parse_rgb("rgb(255 255 255)").unwrap();
        assert!((ratio(black, white) - 21.0).abs() < 0.01);
        assert!((ratio(white, white) - 1.0).abs() < 0.01);
    }

    #[test]
    fn the_default_tokens_pass_aa_and_a_pale_accent_fails() {
        let bg = parse_rgb("rgb(255, 255, 255)").unwrap();
        let surface = parse_rgb("rgb(243, 245, 247)").unwrap();
        for token in [
            "rgb(27, 27, 27)",
            "rgb(0, 90, 135)",
            "rgb(74, 74, 74)",
            "rgb(107, 114, 128)",
        ] {
            let fg = parse_rgb(token).unwrap();
            assert!(ratio(fg, bg) >= AA_TEXT, "{token} on white");
        }
        // The token colours that sit on the surface colour too.
        assert!(ratio(parse_rgb("rgb(0, 90, 135)").unwrap(), surface) >= AA_TEXT);
        let pale = parse_rgb("rgb(255, 200, 0)").unwrap();
        assert!(ratio(pale, bg) < 2.0);
    }

    #[test]
    fn translucent_and_unknown_colours() {
        let half_black = parse_rgb("rgba(0, 0, 0, 0.5)").unwrap();
        let white = parse_rgb("rgb(255, 255, 255)").unwrap();
        let r = ratio(half_black, white);
        assert!(r > 3.0 && r < 5.0, "{r}");
        assert_eq!(parse_rgb("oklch(0.5 0.1 200)"), None);
        assert_eq!(parse_rgb("rgb(1, 2)"), None);
    }
}
