//! The wasm entry: `js/naravard.js` defines the custom elements and calls [`mount`] for each
//! one; this crate reads the host's attributes and runs the matching Yew app in its shadow root.

use std::rc::Rc;

use naravard_core::{Lang, Registry};
use naravard_ui::shared::Attributes;
use naravard_ui::{
    fardplan::Fardplan, kontakt::Kontakt, malbild::Malbild, WidgetKind, WidgetProps,
};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

mod contrast;
mod panic;

enum App {
    Malbild(AppHandle<Malbild>),
    Kontakt(AppHandle<Kontakt>),
    Fardplan(AppHandle<Fardplan>),
}

/// One mounted widget, owned by its element in JS.
#[wasm_bindgen]
pub struct Widget {
    app: App,
    host: HtmlElement,
    /// `""` for `<naravard-…>` elements, `"data-"` for `<div data-naravard>` placeholders.
    prefix: String,
    kind: WidgetKind,
    container: Element,
    /// The last contrast warning given, so a re-render does not repeat it.
    contrast_warning: Option<String>,
}

thread_local! {
    static REGISTRY: Rc<Registry> = Rc::new(Registry::bundled());
}

/// The stylesheet of a widget kind, for JS to adopt into each shadow root.
#[wasm_bindgen]
pub fn stylesheet(kind: &str) -> String {
    WidgetKind::from_name(kind)
        .map(WidgetKind::stylesheet)
        .unwrap_or_default()
}

/// Renders the widget `kind` into `container` (inside `host`'s shadow root).
/// Returns `None` for an unknown kind; JS then leaves the fallback content in place.
#[wasm_bindgen]
pub fn mount(kind: &str, host: HtmlElement, container: Element, prefix: String) -> Option<Widget> {
    panic::install();
    let kind = WidgetKind::from_name(kind)?;
    let props = props_of(&host, &prefix);
    let root = container.clone();
    let app = match kind {
        WidgetKind::Malbild => {
            App::Malbild(yew::Renderer::<Malbild>::with_root_and_props(root, props).render())
        }
        WidgetKind::Kontakt => {
            App::Kontakt(yew::Renderer::<Kontakt>::with_root_and_props(root, props).render())
        }
        WidgetKind::Fardplan => {
            App::Fardplan(yew::Renderer::<Fardplan>::with_root_and_props(root, props).render())
        }
    };
    let mut widget = Widget {
        app,
        host,
        prefix,
        kind,
        container,
        contrast_warning: None,
    };
    widget.guard_contrast();
    Some(widget)
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the host's attributes; called when one changes.
    pub fn update(&mut self) {
        let props = props_of(&self.host, &self.prefix);
        match &mut self.app {
            App::Malbild(app) => app.update(props),
            App::Kontakt(app) => app.update(props),
            App::Fardplan(app) => app.update(props),
        }
        self.guard_contrast();
    }

    /// Tears the Yew app down; called when the element leaves the page.
    pub fn unmount(self) {
        match self.app {
            App::Malbild(app) => app.destroy(),
            App::Kontakt(app) => app.destroy(),
            App::Fardplan(app) => app.destroy(),
        }
    }
}

impl Widget {
    fn guard_contrast(&mut self) {
        let warning = contrast::check(&self.container);
        if warning.is_some() && warning != self.contrast_warning {
            let text = format!(
                "naravard-{}: {}",
                self.kind.name(),
                warning.as_deref().unwrap_or_default()
            );
            web_sys::console::warn_1(&JsValue::from_str(&text));
        }
        self.contrast_warning = warning;
    }
}

fn props_of(host: &HtmlElement, prefix: &str) -> WidgetProps {
    let attributes = read_attributes(host, prefix);
    let lang = attributes
        .get("lang")
        .and_then(Lang::from_tag)
        .or_else(|| inherited_lang(host))
        .unwrap_or_default();
    WidgetProps {
        attributes,
        lang,
        registry: REGISTRY.with(Rc::clone),
        host: host.clone(),
    }
}

/// The host's attributes with `prefix` stripped (`data-region` → `region` on placeholders).
fn read_attributes(host: &HtmlElement, prefix: &str) -> Attributes {
    let map = host.attributes();
    let mut out = Vec::with_capacity(map.length() as usize);
    for i in 0..map.length() {
        if let Some(attr) = map.item(i) {
            let name = attr.name();
            if let Some(name) = name.strip_prefix(prefix) {
                out.push((name.to_owned(), attr.value()));
            }
        }
    }
    Attributes(out)
}

/// The nearest `lang` of the page around the host, as a screen reader would read it.
fn inherited_lang(host: &HtmlElement) -> Option<Lang> {
    let parent = host.parent_element()?;
    let with_lang = parent.closest("[lang]").ok()??;
    Lang::from_tag(&with_lang.get_attribute("lang")?)
}
