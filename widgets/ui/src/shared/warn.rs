use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::WidgetKind;

/// Writes each message for the editor to the console once, when it first appears or changes,
/// prefixed with the widget's element name, not on every render.
#[hook]
pub fn use_editor_warnings(kind: WidgetKind, messages: Vec<String>) {
    use_effect_with(messages, move |messages| {
        for message in messages {
            let text = format!("naravard-{}: {message}", kind.name());
            web_sys::console::warn_1(&JsValue::from_str(&text));
        }
    });
}
