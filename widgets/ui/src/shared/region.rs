//! `use_region`: how every widget gets its region. The bundled regions, plus the widget's
//! `src` data file once it has arrived; while that file loads, a region only it defines is
//! `Loading` (the widget says it is fetching and warns nobody), and a region that is in
//! neither is `Unknown` (a calm notice, and the editor's warning naming the valid ids).
//! Fetching and caching are the web crate's (`Fetch`), so this crate only asks.

use std::fmt;
use std::rc::Rc;

use naravard_core::common::attrs;
use naravard_core::common::config::Config;
use naravard_core::common::texts as common;
use naravard_core::{Lang, Registry};
use yew::prelude::*;

use super::{say, WidgetProps};

/// Where a request for a data file is.
pub enum Fetched {
    Loading,
    /// The file could not be used (the web crate has said why in the console).
    Failed,
    /// The bundled regions with the file merged in.
    Ready(Rc<Registry>),
}

/// Asks for a data file: `(src, bundled regions, done)`. `done` is called once, with whether
/// the file arrived, when the answer was `Loading`.
pub type FetchFn = dyn Fn(&str, Rc<Registry>, Callback<bool>) -> Fetched;

/// The page's data file fetcher, handed to every widget (compared by identity).
#[derive(Clone)]
pub struct Fetch(pub Rc<FetchFn>);

impl Fetch {
    /// A fetcher that never fetches (pre-rendering, tests): a `src` file counts as failed.
    pub fn none() -> Fetch {
        thread_local! {
            static NONE: Fetch = Fetch(Rc::new(|_, _, _| Fetched::Failed));
        }
        NONE.with(Fetch::clone)
    }
}

impl PartialEq for Fetch {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Fetch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Fetch")
    }
}

/// Where the widget's region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionState {
    /// The `src` file that may define it has not arrived yet.
    Loading,
    /// Neither the bundled data nor the file has it.
    Unknown,
    /// `registry.region(&config.region)` finds it.
    Ready,
}

/// The regions the widget should use, and where its region is among them.
#[hook]
pub fn use_region(props: &WidgetProps) -> (Rc<Registry>, RegionState) {
    let rerender = use_force_update();
    // The `src` whose request failed for this widget: asked again only when it changes (or
    // the element comes back to the page), so a failure is not retried on every render.
    let failed = use_mut_ref(|| None::<String>);
    let config = &props.config;
    let bundled = props.registry.clone();
    let fetched = match config.src.as_deref() {
        None => Fetched::Ready(bundled.clone()),
        Some(src) if failed.borrow().as_deref() == Some(src) => Fetched::Failed,
        Some(src) => {
            let (remember, asked) = (failed.clone(), src.to_owned());
            let done = Callback::from(move |arrived: bool| {
                if !arrived {
                    *remember.borrow_mut() = Some(asked.clone());
                }
                rerender.force_update();
            });
            let answer = (props.fetch.0)(src, bundled.clone(), done);
            if matches!(answer, Fetched::Failed) {
                *failed.borrow_mut() = Some(src.to_owned());
            }
            answer
        }
    };
    let (registry, loading) = match fetched {
        Fetched::Ready(registry) => (registry, false),
        Fetched::Loading => (bundled, true),
        Fetched::Failed => (bundled, false),
    };
    let state = if registry.region(&config.region).is_some() {
        RegionState::Ready
    } else if loading {
        RegionState::Loading
    } else {
        RegionState::Unknown
    };
    (registry, state)
}

/// The editor's message for an unknown region, naming the ids the widget knows.
pub fn unknown_region_warning(registry: &Registry, config: &Config) -> String {
    let known: Vec<&str> = registry.regions.iter().map(|r| r.id.as_str()).collect();
    attrs::unknown_region(config.region_attr.as_deref(), &known)
}

/// The calm notice a widget shows instead of its content: "fetching" while its region loads,
/// else that the information cannot be shown (the editor's warning says why).
pub fn region_notice(lang: Lang, state: RegionState, registry: &Registry) -> Html {
    let texts = common::resolve(lang, &registry.texts);
    let message = if state == RegionState::Loading {
        texts.loading
    } else {
        texts.unknown_region
    };
    html! { <p class="notice" part="notice">{ say(lang, message) }</p> }
}

/// A widget's root (`class` is the widget's) holding only the region notice.
pub fn notice_root(
    class: &'static str,
    lang: Lang,
    state: RegionState,
    registry: &Registry,
) -> Html {
    html! {
        <div class={class} lang={lang.tag().to_owned()} part="root">
            { region_notice(lang, state, registry) }
        </div>
    }
}
