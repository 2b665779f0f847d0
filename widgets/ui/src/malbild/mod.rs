//! The malbild widget: what God och nära vård is, why, for whom, what it means and who stands
//! behind it in the county. Texts and logic live in `naravard_core::malbild`.

use naravard_core::common::config::Widget;
use naravard_core::malbild::texts::{resolve, MalbildTexts};
use naravard_core::malbild::{self as logic, LinkSource, Section, Sections};
use naravard_core::{Lang, Link, Malbild as Data, Region, Source, Text, Trait};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::shared::{
    region_notice, say, unknown_region_warning, use_editor_warnings, use_region, Heading,
    RegionState, WidgetKind, WidgetProps,
};

/// Which disclosures the resident has toggled away from the default (`expanded`), kept only
/// while `key` (region and `expanded`) is unchanged.
#[derive(Clone, Default, PartialEq)]
struct Toggled {
    key: String,
    ids: Vec<String>,
}

#[function_component]
pub fn Malbild(props: &WidgetProps) -> Html {
    let (registry, state) = use_region(props);
    let toggled = use_state(Toggled::default);

    let lang = props.lang;
    let config = &props.config;
    let level = config.heading_level;
    let all = Sections::parse(None);
    let (sections, expanded) = match &config.widget {
        Widget::Malbild { sections, expanded } => (sections, *expanded),
        _ => (&all, false),
    };
    // Pre-rendered, every disclosure starts open: without JavaScript no button can open one.
    let expanded = expanded || props.prerendered;
    let region = registry.region(&config.region);

    let mut messages = config.warnings.clone();
    match region {
        None if state == RegionState::Unknown => {
            messages.push(unknown_region_warning(&registry, config));
        }
        Some(r) if r.malbild.is_none() => messages.push(logic::missing_malbild_warning(&r.id)),
        _ => {}
    }
    use_editor_warnings(WidgetKind::Malbild, messages);

    let content = match region.and_then(|r| r.malbild.as_ref().map(|m| (r, m))) {
        Some((region, data)) => {
            let key = logic::state_key(&region.id, expanded);
            let toggle = {
                let toggled = toggled.clone();
                let host = props.host.clone();
                let key = key.clone();
                Callback::from(move |(id, open): (String, bool)| {
                    let mut next = if toggled.key == key {
                        (*toggled).clone()
                    } else {
                        Toggled {
                            key: key.clone(),
                            ids: Vec::new(),
                        }
                    };
                    match next.ids.iter().position(|x| *x == id) {
                        Some(i) => {
                            next.ids.swap_remove(i);
                        }
                        None => next.ids.push(id.clone()),
                    }
                    toggled.set(next);
                    if let Some(host) = &host {
                        announce_toggle(host, &id, open);
                    }
                })
            };
            let view = View {
                lang,
                t: resolve(lang, &registry.texts),
                level,
                expanded,
                toggled: if toggled.key == key {
                    Some(&toggled.ids)
                } else {
                    None
                },
                toggle,
            };
            view.malbild(region, data, sections)
        }
        // No region, or a region without a målbild (the editor's warning says which).
        None => region_notice(lang, state, &registry),
    };

    html! {
        <div class="malbild" lang={lang.tag().to_owned()} part="root">{ content }</div>
    }
}

/// Tells the host page a disclosure changed, e.g. for a council's own statistics.
fn announce_toggle(host: &web_sys::HtmlElement, id: &str, open: bool) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("id"), &JsValue::from_str(id));
    let _ = js_sys::Reflect::set(
        &detail,
        &JsValue::from_str("open"),
        &JsValue::from_bool(open),
    );
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("naravard-toggle", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// One render's settings, so the pieces below need not pass them around one by one.
struct View<'a> {
    lang: Lang,
    t: MalbildTexts<'a>,
    level: u8,
    expanded: bool,
    toggled: Option<&'a [String]>,
    toggle: Callback<(String, bool)>,
}

impl View<'_> {
    fn section_level(&self) -> u8 {
        self.level.saturating_add(1).min(6)
    }

    fn is_open(&self, id: &str) -> bool {
        let flipped = self.toggled.is_some_and(|ids| ids.iter().any(|x| x == id));
        self.expanded != flipped
    }

    fn text(&self, text: &Text) -> Html {
        match logic::lang_attr(text, self.lang) {
            Some(tag) => html! { <span lang={tag}>{ text.get(self.lang).to_owned() }</span> },
            None => html! { text.get(self.lang).to_owned() },
        }
    }

    fn malbild(&self, region: &Region, data: &Data, sections: &Sections) -> Html {
        let period = logic::period(data.period);
        let shown = sections
            .shown
            .iter()
            .filter(|s| s.has_content(region, data))
            .map(|s| self.section(*s, region, data));
        html! {
            <>
                <header class="intro">
                    <Heading level={self.level} part="heading" class="title">
                        { self.text(&data.title) }
                    </Heading>
                    if let Some(period) = period {
                        <p class="period" part="period">{ say(self.lang, self.t.period_label) }{ period }</p>
                    }
                    <p class="lead" part="lead">{ self.text(&data.lead) }</p>
                </header>
                { for shown }
                if !sections.unknown.is_empty() {
                    <p class="notice" part="notice">{ say(self.lang, self.t.missing_sections) }</p>
                }
                if let Some(source) = &data.source {
                    { self.source(source) }
                }
            </>
        }
    }

    fn section(&self, section: Section, region: &Region, data: &Data) -> Html {
        let body = match section {
            Section::Why => html! {
                <ul class="why" part="list">
                    { for data.why.iter().map(|w| html! { <li part="item">{ self.text(w) }</li> }) }
                </ul>
            },
            Section::ForWhom => html! {
                if let Some(for_whom) = &data.for_whom {
                    <p>{ self.text(for_whom) }</p>
                }
            },
            Section::Traits => html! {
                <ul class="cards" part="list">
                    { for data.traits.iter().enumerate().map(|(i, t)| self.card(i, t)) }
                </ul>
            },
            Section::Responsible => self.responsible(region, data),
            Section::ReadMore => html! {
                <ul class="reading" part="list">
                    { for data.reading.iter().map(|l| self.reading(l)) }
                </ul>
            },
        };
        html! {
            <section class="section" part="section" data-section={section.slug()}>
                <Heading level={self.section_level()} part="section-heading" class="section-title">
                    { say(self.lang, section.heading(&self.t)) }
                </Heading>
                { body }
            </section>
        }
    }

    fn card(&self, index: usize, item: &Trait) -> Html {
        let national = item.is_national();
        let id = format!("trait-{index}");
        let heading_id = format!("malbild-{id}-title");
        let label_id = format!("malbild-{id}-label");
        html! {
            <li class={classes!("card", national.then_some("national"))} part="card item"
                data-scope={if national { "national" } else { "county" }}>
                <Heading level={self.section_level().saturating_add(1).min(6)} part="card-heading" class="card-title" id={heading_id.clone()}>
                    { self.text(&item.title) }
                </Heading>
                // National content says so where it stands, so no reader takes it for the county's own.
                if national {
                    <p class="scope" part="scope">{ self.t.national_label }</p>
                }
                { self.disclosure(
                    id,
                    html! { <span id={label_id.clone()}>{ say(self.lang, self.t.for_you) }</span> },
                    // Every card has the same button text; its name adds the card's title.
                    Some(format!("{label_id} {heading_id}")),
                    html! { <p>{ self.text(&item.for_you) }</p> },
                ) }
                if let Some(source) = &item.source {
                    { self.source(source) }
                }
            </li>
        }
    }

    fn responsible(&self, region: &Region, data: &Data) -> Html {
        let names = logic::municipality_names(region);
        let line = logic::responsible_line(names.len(), region.name.get(self.lang), &self.t);
        let line_lang = crate::shared::lang_of(
            self.lang,
            &[
                self.t.municipality_one,
                self.t.municipality_many,
                self.t.and,
            ],
        );
        html! {
            <>
                <p class="parties" part="parties" lang={line_lang}><strong>{ line }</strong></p>
                if let Some(responsible) = &data.responsible {
                    <p>{ self.text(responsible) }</p>
                }
                if !names.is_empty() {
                    { self.disclosure(
                        "municipalities".to_owned(),
                        say(self.lang, self.t.show_municipalities),
                        None,
                        html! {
                            <ul class="municipalities" part="list">
                                { for names.iter().map(|n| html! { <li part="item">{ n.to_string() }</li> }) }
                            </ul>
                        },
                    ) }
                }
            </>
        }
    }

    fn reading(&self, link: &Link) -> Html {
        let title = self.text(&link.title);
        let title = if logic::is_web_url(&link.url) {
            html! { <a href={link.url.trim().to_owned()} rel="noopener" part="link">{ title }</a> }
        } else {
            title
        };
        let source = match logic::link_source(link) {
            LinkSource::Named(s) => html! {
                <span class="source" part="source">{ say(self.lang, self.t.source_label) }{ self.text(&s.name) }</span>
            },
            LinkSource::Host(host) => html! {
                <span class="source" part="source">{ say(self.lang, self.t.source_label) }{ host.to_owned() }</span>
            },
            LinkSource::None => html! {},
        };
        html! { <li part="item">{ title }{ source }</li> }
    }

    fn source(&self, source: &Source) -> Html {
        let name = self.text(&source.name);
        let name = match source.url.as_deref().filter(|u| logic::is_web_url(u)) {
            Some(url) => {
                html! { <a href={url.trim().to_owned()} rel="noopener" part="link">{ name }</a> }
            }
            None => name,
        };
        html! { <p class="source" part="source">{ say(self.lang, self.t.source_label) }{ name }</p> }
    }

    /// The disclosure pattern: a real button that says whether its panel is open and which it
    /// controls. The panel is always rendered and hidden by a class, so print can show it.
    fn disclosure(&self, id: String, label: Html, labelledby: Option<String>, panel: Html) -> Html {
        let open = self.is_open(&id);
        let panel_id = format!("malbild-{id}");
        let onclick = {
            let toggle = self.toggle.clone();
            Callback::from(move |_: MouseEvent| toggle.emit((id.clone(), !open)))
        };
        html! {
            <>
                <button type="button" class="disclosure" part="button"
                    aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={panel_id.clone()} aria-labelledby={labelledby} {onclick}>
                    { label }
                </button>
                <div id={panel_id} class={classes!("panel", (!open).then_some("is-closed"))} part="panel">
                    { panel }
                </div>
            </>
        }
    }
}
