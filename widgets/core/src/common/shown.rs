//! What of the bundled data each widget shows. A one-widget build carries and reads only
//! that (issue #14): its wasm holds only the national data its widget shows (naravard-web's
//! `build.rs`), and the loader fetches the region files `cargo xtask build` trims and packs
//! for it (`data/<region>.<widget>.bin`). The lists name what a widget does *not* show, so
//! data a new field adds is kept (a few bytes) rather than silently missing from a widget.

/// The widgets, by the names in `naravard-<name>`.
pub const WIDGETS: [&str; 3] = ["malbild", "kontakt", "fardplan"];

/// The members of the national data (`"national": {…}`) the widget `kind` does not show.
pub fn national_unshown(kind: &str) -> &'static [&'static str] {
    match kind {
        "malbild" => &["contacts", "milestones", "guide"],
        "kontakt" => &["milestones"],
        "fardplan" => &["contacts", "guide"],
        _ => &[],
    }
}

/// The members of a region the widget `kind` does not show.
pub fn region_unshown(kind: &str) -> &'static [&'static str] {
    match kind {
        "malbild" => &[
            "milestones",
            "guide",
            "contacts",
            "programme",
            "minority_languages",
        ],
        "kontakt" => &["malbild", "milestones"],
        "fardplan" => &[
            "guide",
            "contacts",
            "programme",
            "minority_languages",
            "municipalities",
        ],
        _ => &[],
    }
}

/// The members of a region's målbild the widget `kind` does not show (the roadmap shows
/// the målbild's period; its title and lead stay, as every målbild needs them).
pub fn malbild_unshown(kind: &str) -> &'static [&'static str] {
    match kind {
        "fardplan" => &[
            "why",
            "for_whom",
            "traits",
            "responsible",
            "reading",
            "source",
        ],
        _ => &[],
    }
}

/// The members of a municipality the widget `kind` does not show (the målbild lists the
/// municipalities by name).
pub fn municipality_unshown(kind: &str) -> &'static [&'static str] {
    match kind {
        "malbild" => &["website", "contacts", "minority_languages", "source"],
        _ => &[],
    }
}

/// Whether the widget `kind` shows the names of sources. The finder shows a source as its
/// web address only, so its files keep each source name's Swedish form alone (a source
/// needs a name).
pub fn shows_source_names(kind: &str) -> bool {
    kind != "kontakt"
}
