//! Custom data files (`src="…"`): fetched once per page however many widgets name them,
//! merged over the bundled regions, and never a reason for a blank widget. Widgets ask through
//! `naravard_ui::shared::Fetch` (see `use_region`): until the file has arrived, and for good if
//! it fails, they keep the bundled data; a failure is said once in the console with the URL and
//! the reason.

use std::cell::RefCell;
use std::rc::Rc;

use crate::warn;
use naravard_core::Registry;
use naravard_ui::shared::{Fetch, Fetched};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};
use yew::prelude::*;

/// A data file larger than this is refused before it is read, to protect the resident's phone.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// A data file that has not arrived by then is given up; the widget keeps the bundled data.
pub const TIMEOUT_MS: u32 = 10_000;

enum Load {
    Loading(Vec<Callback<bool>>),
    /// The file's text, and the registry it made over `base`. `naravard.js` adds bundled
    /// regions as the page needs them, so a later widget may bring a newer `base`; the file
    /// is then merged again over that.
    Ready {
        text: Rc<str>,
        base: Rc<Registry>,
        merged: Rc<Registry>,
    },
}

thread_local! {
    // A page names one or two files, so a list of (URL, state) pairs serves as the map.
    static FILES: RefCell<Vec<(String, Load)>> = const { RefCell::new(Vec::new()) };
    static FETCH: Fetch = Fetch(Rc::new(request));
}

/// The page's one fetcher, for every widget's props.
pub fn fetcher() -> Fetch {
    FETCH.with(Fetch::clone)
}

/// The registry with `src` merged in, if it has arrived; else starts or joins its request.
fn request(src: &str, bundled: Rc<Registry>, done: Callback<bool>) -> Fetched {
    let Some(url) = resolve(src) else {
        return Fetched::Failed;
    };
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files
            .iter_mut()
            .find(|(u, _)| *u == url)
            .map(|(_, load)| load)
        {
            Some(Load::Ready { text, base, merged }) => {
                if !Rc::ptr_eq(base, &bundled) {
                    // The file was valid over the older base, so it is over this one, which
                    // only adds regions the file's own ids do not collide with.
                    let mut registry = (*bundled).clone();
                    let _ = registry.load(text);
                    *base = bundled.clone();
                    *merged = Rc::new(registry);
                }
                Fetched::Ready(merged.clone())
            }
            Some(Load::Loading(waiting)) => {
                waiting.push(done);
                Fetched::Loading
            }
            None => {
                files.push((url.clone(), Load::Loading(vec![done])));
                wasm_bindgen_futures::spawn_local(load(url, bundled));
                Fetched::Loading
            }
        }
    })
}

/// The absolute URL of `src`, if it is an http(s) URL or a `blob:` URL; anything else
/// (`javascript:`, `data:`, `file:`) is refused with a warning. A `blob:` URL can only name
/// data the page itself made (browsers refuse another origin's blobs), which is how the data
/// editor's live preview hands its edits to the real widget; the file is still checked in full.
fn resolve(src: &str) -> Option<String> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).ok();
    match url {
        Some(url) if matches!(url.protocol().as_str(), "https:" | "http:" | "blob:") => {
            Some(url.href())
        }
        _ => {
            warn(&format!(
                "src=\"{}\" is not an http, https or blob: URL, so the bundled data is shown.",
                naravard_core::common::attrs::clip(src)
            ));
            None
        }
    }
}

async fn load(url: String, bundled: Rc<Registry>) {
    let outcome = fetch_text(&url).await.and_then(|text| {
        let mut registry = (*bundled).clone();
        let problems = registry.load(&text);
        if problems.is_empty() {
            Ok((Rc::<str>::from(text), Rc::new(registry)))
        } else {
            // Every problem at once helps the editor fix the file in one go; a cap keeps
            // the console readable.
            let list: Vec<String> = problems.iter().take(20).map(|p| p.to_string()).collect();
            Err(format!(
                "it has {} problem(s):\n  {}",
                problems.len(),
                list.join("\n  ")
            ))
        }
    });
    let waiting = FILES.with(|files| {
        let mut files = files.borrow_mut();
        let entry = files
            .iter()
            .position(|(u, _)| *u == url)
            .map(|i| files.swap_remove(i).1);
        let waiting = match entry {
            Some(Load::Loading(waiting)) => waiting,
            _ => Vec::new(),
        };
        match &outcome {
            Ok((text, registry)) => {
                // A preview makes a new blob: URL for each edit; keep only the newest, so
                // an editing session does not pile up copies of the regions.
                if url.starts_with("blob:") {
                    files.retain(|(u, l)| {
                        !(u.starts_with("blob:") && matches!(l, Load::Ready { .. }))
                    });
                }
                files.push((
                    url.clone(),
                    Load::Ready {
                        text: text.clone(),
                        base: bundled.clone(),
                        merged: registry.clone(),
                    },
                ));
            }
            // Forget a failure, so the same element asked again later tries again.
            Err(reason) => warn(&format!(
                "the data file {url} was not used, so the bundled data is shown: {reason}"
            )),
        }
        waiting
    });
    // Every waiting widget hears the outcome: a region only the file defines stops loading.
    for notify in waiting {
        notify.emit(outcome.is_ok());
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let controller = AbortController::new().map_err(describe)?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let abort = controller.clone();
    let timer = gloo_timers::callback::Timeout::new(TIMEOUT_MS, move || abort.abort());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| {
            if controller.signal().aborted() {
                format!("no answer within {} seconds", TIMEOUT_MS / 1000)
            } else {
                format!("the request failed ({})", describe(e))
            }
        })?;
    let response: Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let headers = response.headers();
    let content_type = headers
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    if !content_type.contains("json") {
        return Err(format!(
            "the server sent it as \"{content_type}\"; data files must be sent as application/json"
        ));
    }
    let length: Option<usize> = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse().ok());
    if length.is_some_and(|l| l > MAX_BYTES) {
        return Err(format!(
            "it is larger than the {} MB a data file may be",
            MAX_BYTES >> 20
        ));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(|e| format!("the file could not be read to the end ({})", describe(e)))?;
    drop(timer);
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_BYTES {
        return Err(format!(
            "it is larger than the {} MB a data file may be",
            MAX_BYTES >> 20
        ));
    }
    Ok(text)
}

fn describe(value: JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
