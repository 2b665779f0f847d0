//! A panic in wasm stops every widget on the page, so report it clearly and let the JS
//! layer put each element's fallback content back.

use std::sync::Once;

use wasm_bindgen::prelude::*;

static INSTALL: Once = Once::new();

pub fn install() {
    INSTALL.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            let message = format!("naravard: the widget kit stopped after an internal error: {info}");
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
