//! The kontakt widget: "who do I turn to, and how?". A combobox finds the resident's
//! municipality (or the region); a card then shows the municipality's, the region's and the
//! programme's contacts, the national numbers are always shown apart, and a short guide says
//! who answers for what.

mod browser;
mod cards;

use std::rc::Rc;

use naravard_core::common::config::Widget;
use naravard_core::kontakt::combobox::{Combobox, Live};
use naravard_core::kontakt::search::{find_municipality, Choice, Index};
use naravard_core::kontakt::texts::{match_count, resolve};
use naravard_core::kontakt::{storage_key, unknown_kommun, vcard};
use naravard_core::{Lang, Region, Registry};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::shared::{
    lang_of, notice_root, say, unknown_region_warning, use_editor_warnings, use_region, Heading,
    RegionState, WidgetKind, WidgetProps,
};
use cards::{guide_section, municipality_card, national_section, overview, region_cards};

/// What the resident picked, by id so it survives a data update that reorders the list.
#[derive(Clone, Debug, PartialEq)]
enum Picked {
    Region,
    Municipality(String),
}

/// The list shows at most this many matches (every bundled region fits: Västra Götaland's 49
/// municipalities and the region). A list of hundreds helps no one, and building it on each
/// keystroke would cost more than a frame on a slow phone (issue #14); typing narrows it.
const MAX_OPTIONS: usize = 50;

const INPUT_ID: &str = "kontakt-search";
const LIST_ID: &str = "kontakt-list";
const HELP_ID: &str = "kontakt-help";

fn option_id(i: usize) -> AttrValue {
    AttrValue::from(["kontakt-option-", &i.to_string()].concat())
}

/// The name a choice is shown by (in the list, in the field after choosing, in the event).
fn choice_name(region: &Region, choice: Choice, lang: Lang) -> String {
    match choice {
        Choice::Region => region.name.get(lang).to_owned(),
        Choice::Municipality(i) => region
            .municipalities
            .get(i)
            .map(|m| m.name.clone())
            .unwrap_or_default(),
    }
}

#[function_component]
pub fn Kontakt(props: &WidgetProps) -> Html {
    let (registry, state) = use_region(props);
    let lang = props.lang;
    let config = &props.config;
    let region_attr = config.region.clone();
    let (kommun_attr, remember) = match &config.widget {
        Widget::Kontakt { kommun, remember } => (kommun.clone(), *remember),
        _ => (None, false),
    };
    let level = config.heading_level;

    // The folded index is built once per region and data version; each keystroke is one pass.
    let index = {
        let registry = registry.clone();
        let key = (region_attr.clone(), Rc::as_ptr(&registry) as usize);
        use_memo(key, move |(id, _)| {
            registry.region(id).map(Index::new).unwrap_or_default()
        })
    };
    // The combobox's state machine (core): this component only wires events to it.
    let combo = use_state_eq(Combobox::default);
    let picked = {
        let key = storage_key(&region_attr);
        let recall = remember && kommun_attr.is_none();
        use_state_eq(move || {
            recall
                .then(|| browser::recall(&key))
                .flatten()
                .map(Picked::Municipality)
        })
    };
    // A new `kommun` or `region` from the host page wins over an earlier choice (but the first
    // render keeps what `remember` recalled).
    {
        let (picked, combo) = (picked.clone(), combo.clone());
        let last = use_mut_ref(|| None::<(Option<String>, String)>);
        use_effect_with((kommun_attr.clone(), region_attr.clone()), move |deps| {
            let mut last = last.borrow_mut();
            if last.as_ref().is_some_and(|l| l != deps) {
                picked.set(None);
                combo.set(Combobox::default());
            }
            *last = Some(deps.clone());
        });
    }

    let t = resolve(lang, &registry.texts);
    let region = registry.region(&region_attr);
    let mut warnings = config.warnings.clone();
    let preselected = match (region, kommun_attr.as_deref()) {
        (Some(region), Some(wanted)) => {
            let found = find_municipality(region, wanted);
            if found.is_none() {
                warnings.push(unknown_kommun(wanted, region));
            }
            found.map(Choice::Municipality)
        }
        _ => None,
    };
    if state == RegionState::Unknown {
        warnings.push(unknown_region_warning(&registry, config));
    }
    let selection: Option<Choice> = match (region, &*picked) {
        (Some(_), Some(Picked::Region)) => Some(Choice::Region),
        (Some(region), Some(Picked::Municipality(id))) => region
            .municipalities
            .iter()
            .position(|m| &m.id == id)
            .map(Choice::Municipality)
            .or(preselected),
        _ => preselected,
    };

    let search_text = combo.query.clone().unwrap_or_default();
    let results = {
        let index = index.clone();
        use_memo((search_text.clone(), index), |(q, index)| index.search(q))
    };
    let vcard_href = use_vcard_url(&registry, region, selection, lang);
    use_editor_warnings(WidgetKind::Kontakt, warnings);

    let Some(region) = region else {
        return notice_root("kontakt", lang, state, &registry);
    };

    let n = results.len();
    let typed = combo.typed().to_owned();
    let no_match = combo.no_match(n);
    let list_open = combo.list_open(n);

    // Each event handler: a copy of the state, the state machine's step, the copy stored.
    let step = {
        let combo = combo.clone();
        move |f: &dyn Fn(&mut Combobox)| {
            let mut next = (*combo).clone();
            f(&mut next);
            combo.set(next);
        }
    };

    let select = {
        let (combo, picked) = (combo.clone(), picked.clone());
        let registry: Rc<Registry> = registry.clone();
        let region_id = region.id.clone();
        let host = props.host.clone();
        Callback::from(move |choice: Choice| {
            let Some(region) = registry.region(&region_id) else {
                return;
            };
            let name = choice_name(region, choice, lang);
            match choice {
                Choice::Region => {
                    picked.set(Some(Picked::Region));
                    browser::dispatch_select(host.as_ref(), &region.county_code, &name, "region");
                }
                Choice::Municipality(i) => {
                    if let Some(m) = region.municipalities.get(i) {
                        picked.set(Some(Picked::Municipality(m.id.clone())));
                        if remember {
                            browser::remember(&storage_key(&region.id), &m.id);
                        }
                        browser::dispatch_select(host.as_ref(), &m.code, &m.name, "municipality");
                    }
                }
            }
            let mut next = (*combo).clone();
            next.choose(name);
            combo.set(next);
        })
    };

    let oninput = {
        let step = step.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            step(&|c| c.input(value.clone()));
        })
    };

    let onkeydown = {
        let (combo, results, select) = (combo.clone(), results.clone(), select.clone());
        Callback::from(move |e: KeyboardEvent| {
            let mut next = (*combo).clone();
            // Only the shown options can be highlighted (issue #14: at most MAX_OPTIONS).
            let outcome = next.key(&e.key(), results.len().min(MAX_OPTIONS));
            if outcome.prevent_default {
                e.prevent_default();
            }
            combo.set(next);
            if let Some(&choice) = outcome.choose.and_then(|i| results.get(i)) {
                select.emit(choice);
            }
        })
    };

    let onblur = {
        let step = step.clone();
        Callback::from(move |_: FocusEvent| step(&Combobox::blur))
    };
    let onclick_input = Callback::from(move |_: MouseEvent| step(&Combobox::click));
    // Keeps the focus in the field when an option is clicked, as the combobox pattern expects.
    let keep_focus = Callback::from(|e: MouseEvent| e.prevent_default());

    let field_value = match &combo.query {
        Some(q) => q.clone(),
        None => selection
            .map(|c| choice_name(region, c, lang))
            .unwrap_or_default(),
    };
    let live = match combo.live(n) {
        Live::Count { matches, hint } => {
            let mut s = match_count(&t, matches);
            if hint {
                s.push(' ');
                s.push_str(t.arrows_hint);
            }
            if list_open && n > MAX_OPTIONS {
                s.push(' ');
                s.push_str(t.more_matches);
            }
            s
        }
        Live::Chosen(name) => [t.showing, " ", name, "."].concat(),
        Live::Silent => String::new(),
    };
    let live_lang = lang_of(lang, &[t.no_match, t.arrows_hint, t.showing]);
    let active_id = combo.active_option(n.min(MAX_OPTIONS)).map(option_id);

    // Options are built only while the list is open: a closed list costs no nodes.
    let shown = if list_open { MAX_OPTIONS } else { 0 };
    let more = list_open && n > MAX_OPTIONS;
    let options = results.iter().take(shown).enumerate().map(|(i, &choice)| {
        let is_active = combo.active_option(n.min(MAX_OPTIONS)) == Some(i);
        let onclick = {
            let select = select.clone();
            Callback::from(move |_: MouseEvent| select.emit(choice))
        };
        let (label, detail) = match choice {
            Choice::Region => (region.name.get(lang).to_owned(), t.whole_region.to_owned()),
            Choice::Municipality(i) => match region.municipalities.get(i) {
                Some(m) => (m.name.clone(), m.code.clone()),
                None => (String::new(), String::new()),
            },
        };
        let detail = match (choice, detail.is_empty()) {
            (_, true) => html! {},
            (Choice::Region, false) => html! {
                <span class="detail" lang={lang_of(lang, &[t.whole_region])}>{ detail }</span>
            },
            (Choice::Municipality(_), false) => html! {
                <span class="detail">
                    <span class="visually-hidden">{ say(lang, t.code) }{ " " }</span>{ detail }
                </span>
            },
        };
        html! {
            <li id={option_id(i)} role="option" aria-selected={if is_active { "true" } else { "false" }}
                class={classes!("option", is_active.then_some("active"))} part="option" {onclick}>
                <span class="name">{ label }</span>{ detail }
            </li>
        }
    });

    let section_level = level.saturating_add(1).min(6);
    let chosen = match selection {
        Some(Choice::Municipality(i)) => region.municipalities.get(i),
        _ => None,
    };
    let label = [t.search_label, " ", region.county.get(lang)].concat();

    let body = if no_match {
        html! {
            <div class="notice no-match" part="no-match">
                <p>{ say(lang, t.no_match_for) }{ " \u{201d}" }{ typed }{ "\u{201d}." }</p>
                <p>{ say(lang, if region.programme.is_some() { t.no_match_offer_programme } else { t.no_match_offer }) }</p>
                <div class="cards">{ region_cards(region, &t, lang, section_level) }</div>
            </div>
        }
    } else {
        match selection {
            Some(Choice::Municipality(i)) => match region.municipalities.get(i) {
                Some(m) => html! {
                    <div class="result" part="result">
                        { municipality_card(m, &registry.national, &t, lang, section_level, vcard_href.as_deref()) }
                        { region_cards(region, &t, lang, section_level) }
                    </div>
                },
                None => html! {},
            },
            Some(Choice::Region) => html! {
                <div class="result" part="result">{ region_cards(region, &t, lang, section_level) }</div>
            },
            // Pre-rendered, the overview stays until the resident first types or chooses.
            None if props.prerendered && combo.query.is_none() => {
                overview(region, &t, lang, section_level)
            }
            None => html! {},
        }
    };

    html! {
        <div class="kontakt" lang={lang.tag().to_owned()} part="root">
            <Heading {level} class="title" part="heading">{ say(lang, t.heading) }</Heading>
            <p class="intro" part="intro">{ say(lang, t.intro) }</p>
            <div class="finder" part="finder">
                <label for={INPUT_ID} class="label" part="label" lang={lang_of(lang, &[t.search_label])}>{ label }</label>
                <p id={HELP_ID} class="help">{ say(lang, t.search_help) }</p>
                <div class="combo">
                    <input id={INPUT_ID} type="text" class="input" part="input"
                        role="combobox" aria-autocomplete="list"
                        aria-expanded={if list_open { "true" } else { "false" }}
                        aria-controls={LIST_ID} aria-activedescendant={active_id}
                        aria-describedby={HELP_ID}
                        autocomplete="off" autocapitalize="off" spellcheck="false"
                        value={field_value} {oninput} {onkeydown} {onblur} onclick={onclick_input} />
                    <ul id={LIST_ID} role="listbox" class="listbox" part="list"
                        aria-label={t.choices.to_owned()} hidden={!list_open} onmousedown={keep_focus}>
                        { for options }
                    </ul>
                    if more {
                        <p class="more" part="more">{ t.more_matches }</p>
                    }
                </div>
                <p role="status" class="visually-hidden" part="status" lang={live_lang}>{ live }</p>
            </div>
            { body }
            <Below registry={registry.clone()} region={region.id.clone()}
                chosen={chosen.map(|m| m.id.clone())} {lang} level={section_level} />
        </div>
    }
}

#[derive(Properties)]
struct BelowProps {
    registry: Rc<Registry>,
    region: String,
    /// The chosen municipality's id: the guide then names its own way in.
    chosen: Option<String>,
    lang: Lang,
    level: u8,
}

/// Compared by the registry's identity, like `WidgetProps`.
impl PartialEq for BelowProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.registry, &other.registry)
            && self.region == other.region
            && self.chosen == other.chosen
            && self.lang == other.lang
            && self.level == other.level
    }
}

/// The national numbers and the guide. They do not change while the resident types, so as a
/// component of their own Yew skips them on each keystroke (issue #14).
#[function_component]
fn Below(props: &BelowProps) -> Html {
    let Some(region) = props.registry.region(&props.region) else {
        return Html::default();
    };
    let t = resolve(props.lang, &props.registry.texts);
    let chosen = props
        .chosen
        .as_deref()
        .and_then(|id| region.municipalities.iter().find(|m| m.id == id));
    html! {
        <>
            { national_section(&props.registry.national, &t, props.lang, props.level) }
            { guide_section(&props.registry.national, region, chosen, &t, props.lang, props.level) }
        </>
    }
}

/// The object URL of the chosen municipality's vCard file, made when the choice changes and
/// revoked when it changes again or the widget goes.
#[hook]
fn use_vcard_url(
    registry: &Rc<Registry>,
    region: Option<&Region>,
    selection: Option<Choice>,
    lang: Lang,
) -> Option<String> {
    let url = use_state_eq(|| None::<String>);
    let chosen = match (region, selection) {
        (Some(r), Some(Choice::Municipality(i))) => r
            .municipalities
            .get(i)
            .map(|m| (r.id.clone(), m.id.clone())),
        _ => None,
    };
    {
        let url = url.clone();
        let registry = registry.clone();
        let key = (chosen, lang, Rc::as_ptr(&registry) as usize);
        use_effect_with(key, move |(chosen, lang, _)| {
            let made = chosen.as_ref().and_then(|(region_id, id)| {
                let region = registry.region(region_id)?;
                let m = region.municipalities.iter().find(|m| &m.id == id)?;
                browser::vcard_url(&vcard::municipality_vcards(m, *lang)?)
            });
            url.set(made.clone());
            move || {
                if let Some(made) = made {
                    browser::revoke(&made);
                }
            }
        });
    }
    (*url).clone()
}
