//! The wasm entry: `js/naravard.js` defines the custom elements and calls [`mount`] for each
//! one; this crate reads the host's attributes and runs the matching Yew app in its shadow root.

use std::cell::RefCell;
use std::rc::Rc;

use naravard_core::{Lang, Registry};
#[cfg(feature = "fardplan")]
use naravard_ui::fardplan::Fardplan;
#[cfg(feature = "kontakt")]
use naravard_ui::kontakt::Kontakt;
#[cfg(feature = "malbild")]
use naravard_ui::malbild::Malbild;
use naravard_ui::shared::Attributes;
use naravard_ui::{WidgetKind, WidgetProps};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::AppHandle;

mod contrast;
#[cfg(feature = "src")]
mod data;
mod panic;

// A smaller allocator than std's dlmalloc (issue #14; MIT licence).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[derive(Properties, PartialEq)]
struct RootProps {
    kind: WidgetKind,
    /// `None` while the app waits in the pool for its next element.
    widget: Option<WidgetProps>,
}

/// The root of every app: the chosen widget, or nothing while parked.
#[function_component]
fn Root(props: &RootProps) -> Html {
    match (&props.widget, props.kind) {
        (None, _) => Html::default(),
        #[cfg(feature = "malbild")]
        (Some(w), WidgetKind::Malbild) => html! { <Malbild ..w.clone() /> },
        #[cfg(feature = "kontakt")]
        (Some(w), WidgetKind::Kontakt) => html! { <Kontakt ..w.clone() /> },
        #[cfg(feature = "fardplan")]
        (Some(w), WidgetKind::Fardplan) => html! { <Fardplan ..w.clone() /> },
        // `mount` refuses a widget this build does not hold.
        #[allow(unreachable_patterns)]
        _ => Html::default(),
    }
}

/// A Yew app with the element it renders into.
struct App {
    handle: AppHandle<Root>,
    container: Element,
}

/// At most this many parked apps are kept for reuse.
const POOL_MAX: usize = 256;

thread_local! {
    // The national data from the start; `naravard.js` adds each bundled region a page names
    // (`add_packed`) before a widget showing it mounts. A new region makes a new `Rc`, so
    // widgets that read it re-render, and the others keep theirs.
    static REGISTRY: RefCell<Rc<Registry>> = RefCell::new(Rc::new(national()));
    // Yew never frees an app's event listeners (they are leaked on purpose, as apps are
    // expected to live as long as the page), so a destroyed app leaks a little memory.
    // Removed widgets therefore park their app here, rendering nothing, and the next
    // widget reuses it: memory stays flat however often a CMS rebuilds the page.
    static POOL: RefCell<Vec<App>> = const { RefCell::new(Vec::new()) };
}

/// One mounted widget, owned by its element in JS.
#[wasm_bindgen]
pub struct Widget {
    app: App,
    host: HtmlElement,
    /// `""` for `<naravard-…>` elements, `"data-"` for `<div data-naravard>` placeholders.
    prefix: String,
    kind: WidgetKind,
    prerendered: bool,
    /// The last contrast warning given, so a re-render does not repeat it.
    contrast_warning: Option<String>,
}

/// A real panic, for the browser test of the panic hook; only in the test-only kit.
#[cfg(feature = "test-panic")]
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn test_panic() {
    panic!("a panic on purpose, from the test-only kit");
}

/// The stylesheet of a widget kind, for JS to adopt into each shadow root.
#[wasm_bindgen]
pub fn stylesheet(kind: &str) -> String {
    WidgetKind::from_name(kind)
        .map(WidgetKind::stylesheet)
        .unwrap_or_default()
}

/// The national data this build's widgets show, packed by `build.rs`.
fn national() -> Registry {
    let packed = include_bytes!(concat!(env!("OUT_DIR"), "/national.bin"));
    Registry::default()
        .with_packed(packed)
        .unwrap_or_else(|reason| {
            warn(&["the national data could not be read: ", &reason].concat());
            Registry::default()
        })
}

/// Adds a bundled region's packed data file (`pkg/data/<id>[.<widget>].bin`), fetched by
/// `naravard.js`. Returns `None`, or for the console why the file cannot be used.
#[wasm_bindgen]
pub fn add_packed(bytes: &[u8]) -> Option<String> {
    REGISTRY.with(|cell| {
        let added = cell.borrow().with_packed(bytes);
        match added {
            Ok(registry) => {
                *cell.borrow_mut() = Rc::new(registry);
                None
            }
            Err(reason) => Some(reason),
        }
    })
}

fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&["naravard: ", text].concat()));
}

/// Renders the widget `kind` for `host`; JS puts [`Widget::container`] into the host's
/// shadow root and then calls [`Widget::attached`]. Returns `None` for an unknown kind (or
/// no document); JS then leaves the fallback content in place.
///
/// `prerendered`: the host holds the widget's pre-rendered markup (a declarative shadow root),
/// so the first render must equal it (see `WidgetProps::prerendered`).
#[wasm_bindgen]
pub fn mount(kind: &str, host: HtmlElement, prefix: String, prerendered: bool) -> Option<Widget> {
    panic::install();
    let kind = WidgetKind::from_name(kind).filter(|k| k.built())?;
    let widget = Some(props_of(kind, &host, &prefix, prerendered));
    let app = match POOL.with(|pool| pool.borrow_mut().pop()) {
        Some(mut app) => {
            app.handle.update(RootProps { kind, widget });
            app
        }
        None => {
            let container = host.owner_document()?.create_element("div").ok()?;
            container.set_class_name("naravard");
            container.set_attribute("part", "container").ok()?;
            let handle = yew::Renderer::<Root>::with_root_and_props(
                container.clone(),
                RootProps { kind, widget },
            )
            .render();
            App { handle, container }
        }
    };
    Some(Widget {
        app,
        host,
        prefix,
        kind,
        prerendered,
        contrast_warning: None,
    })
}

#[wasm_bindgen]
impl Widget {
    /// The element the widget renders into, for the host's shadow root.
    pub fn container(&self) -> Element {
        self.app.container.clone()
    }

    /// Called once the container is in the page, so computed styles can be read.
    pub fn attached(&mut self) {
        self.guard_contrast();
    }

    /// Re-reads the host's attributes; called when one changes.
    pub fn update(&mut self) {
        let widget = Some(props_of(
            self.kind,
            &self.host,
            &self.prefix,
            self.prerendered,
        ));
        self.app.handle.update(RootProps {
            kind: self.kind,
            widget,
        });
        self.guard_contrast();
    }

    /// Called when the element leaves the page: the app renders nothing and waits for reuse.
    pub fn unmount(self) {
        let mut app = self.app;
        app.handle.update(RootProps {
            kind: self.kind,
            widget: None,
        });
        app.container.remove();
        POOL.with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.len() < POOL_MAX {
                pool.push(app);
            } else {
                app.handle.destroy();
            }
        });
    }
}

impl Widget {
    fn guard_contrast(&mut self) {
        let warning = contrast::check(&self.app.container);
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

/// The widget's props, its attributes read into typed values once, here, when they change.
fn props_of(kind: WidgetKind, host: &HtmlElement, prefix: &str, prerendered: bool) -> WidgetProps {
    let attributes = read_attributes(host, prefix);
    let props = WidgetProps::new(
        kind,
        &attributes,
        || inherited_lang(host),
        REGISTRY.with(|cell| cell.borrow().clone()),
        Some(host.clone()),
        prerendered,
    );
    #[cfg(feature = "src")]
    let props = WidgetProps {
        fetch: data::fetcher(),
        ..props
    };
    #[cfg(not(feature = "src"))]
    if let Some(src) = attributes.get("src") {
        // naravard.js loads the build that reads data files for a widget with `src`; this
        // is a page that mounts a one-widget build itself.
        warn(&[
            "src=\"",
            &naravard_core::common::attrs::clip(src),
            "\" is not read by this build of the kit, which holds only the bundled data; load it with naravard.js.",
        ]
        .concat());
    }
    props
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
