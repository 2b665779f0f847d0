//! `naravard-prerender --out pkg [--base-url URL] [--today YYYY-MM-DD]`: writes each widget's
//! stylesheet to `pkg/naravard-<widget>.css` and every widget × bundled region × language,
//! pre-rendered, to `pkg/prerendered/<region>/<widget>.<lang>.html` (`<lang>`: `sv`, `en`, or
//! `lattlast` for lättläst Swedish). `cargo xtask build` runs
//! it; see `naravard_ui::prerender`.
//!
//! `--base-url`: where the page that shows a fragment finds the kit's folder (the folder of
//! `naravard.js`), ending in `/`; the fragments' stylesheet links start with it. Default `/pkg/`
//! (the examples' server). `--today`: the day to render day-dependent content for (default:
//! today, UTC); the kit corrects it to the resident's day when it runs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

use naravard_core::{Date, Registry};
use naravard_ui::prerender::{file_lang, fragment, stylesheet_file, LANGS};
use naravard_ui::WidgetKind;

fn main() -> ExitCode {
    match run() {
        Ok(count) => {
            eprintln!("naravard-prerender: wrote {count} fragments");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("naravard-prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<usize, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let out = PathBuf::from(value("--out").ok_or("give the kit's folder with --out DIR")?);
    let mut base = value("--base-url").unwrap_or_else(|| "/pkg/".to_owned());
    if !base.ends_with('/') {
        base.push('/');
    }
    let today = match value("--today") {
        Some(day) => naravard_core::rules::date::parse_date(day.trim())
            .ok_or_else(|| format!("--today {day} is not a date; use YYYY-MM-DD"))?,
        None => utc_today()?,
    };

    for kind in WidgetKind::ALL {
        write(&out.join(stylesheet_file(kind)), &kind.stylesheet())?;
    }
    let registry = Rc::new(Registry::bundled());
    let mut count = 0;
    for region in &registry.regions {
        let folder = out.join("prerendered").join(&region.id);
        fs::create_dir_all(&folder)
            .map_err(|e| format!("could not create {}: {e}", folder.display()))?;
        for kind in WidgetKind::ALL {
            for lang in LANGS {
                let html = fragment(kind, &region.id, lang, &registry, today, &base)?;
                let file = folder.join(format!("{}.{}.html", kind.name(), file_lang(lang)));
                write(&file, &html)?;
                count += 1;
            }
        }
    }
    Ok(count)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))
}

/// Today in UTC as a calendar day (Howard Hinnant's days-to-civil algorithm).
fn utc_today() -> Result<Date, String> {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| format!("the clock is before 1970: {e}"))?
        .as_secs();
    let days = i64::try_from(secs / 86_400).map_err(|e| e.to_string())?;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Ok(Date {
        year: i32::try_from(year).map_err(|e| e.to_string())?,
        month: u8::try_from(month).map_err(|e| e.to_string())?,
        day: u8::try_from(day).map_err(|e| e.to_string())?,
    })
}
