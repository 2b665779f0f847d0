//! The three widgets as Yew components. Each lives in its own folder with its styles;
//! its texts and browser-free logic live in the same-named folder of `naravard-core`.

pub mod fardplan;
pub mod kontakt;
pub mod malbild;
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
pub mod prerender;
pub mod shared;

pub use shared::{WidgetKind, WidgetProps};
