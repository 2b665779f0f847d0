//! The kontakt widget's few contacts with the browser: the select event, the opt-in memory,
//! and the vCard file. Each fails quietly: a blocked storage or a missing API must never
//! stop the widget.

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, CustomEvent, CustomEventInit, HtmlElement, Url};

/// Fires `naravard-select` on the host: bubbling and composed, so the host page hears it
/// outside the shadow root. `detail` is `{ code, name, kind }`.
pub fn dispatch_select(host: Option<&HtmlElement>, code: &str, name: &str, kind: &str) {
    let Some(host) = host else {
        return;
    };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"code".into(), &code.into());
    let _ = js_sys::Reflect::set(&detail, &"name".into(), &name.into());
    let _ = js_sys::Reflect::set(&detail, &"kind".into(), &kind.into());
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("naravard-select", &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads what `remember` stored; callers only ask when the editor opted in.
pub fn recall(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores the choice; callers only call this when the editor opted in with `remember`.
pub fn remember(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// An object URL for a vCard text; the caller revokes it when the choice changes.
pub fn vcard_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type("text/vcard;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

pub fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
}
