//! A panic in wasm stops every widget on the page, so report it clearly, naming the widget,
//! and let the JS layer put each element's fallback content back.

use std::sync::Once;

use naravard_ui::WidgetKind;
use wasm_bindgen::prelude::*;

static INSTALL: Once = Once::new();

pub fn install() {
    INSTALL.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            let message = format!(
                "{}: the widget kit stopped after an internal error, so every widget shows its fallback content. Please report this: {info}",
                widget_of(info.location().map(|l| l.file()).unwrap_or(""))
            );
            web_sys::console::error_1(&JsValue::from_str(&message));
            // js/naravard.js listens for this and shows every element's fallback content.
            if let Some(window) = web_sys::window() {
                if let Ok(event) = web_sys::CustomEvent::new("naravard-fatal") {
                    let _ = window.dispatch_event(&event);
                }
            }
        }));
    });
}

/// Each widget's code lives in its own folder, so the panicking file names the widget's
/// element; a panic elsewhere is the kit's.
fn widget_of(file: &str) -> String {
    WidgetKind::ALL
        .into_iter()
        .find(|kind| file.contains(&format!("/{}/", kind.name())))
        .map(|kind| format!("naravard-{}", kind.name()))
        .unwrap_or_else(|| "naravard".into())
}

#[cfg(test)]
mod tests {
    use super::widget_of;

    #[test]
    fn a_panic_is_attributed_to_the_widget_whose_folder_it_came_from() {
        assert_eq!(
            widget_of("widgets/ui/src/kontakt/mod.rs"),
            "naravard-kontakt"
        );
        assert_eq!(
            widget_of("widgets/core/src/fardplan/dates.rs"),
            "naravard-fardplan"
        );
        assert_eq!(
            widget_of("/rustc/abc/library/core/src/slice.rs"),
            "naravard"
        );
    }
}
