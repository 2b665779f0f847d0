//! The fardplan widget: the reform's milestones, national and the region's, on one timeline
//! with what is done, under way and ahead, today's place on it and the time passed toward the
//! target year. Dates, status and attribute reading live in `naravard_core::fardplan`.

use naravard_core::common::config::{Timeline, Widget};
use naravard_core::common::texts as common;
use naravard_core::fardplan::{self as logic, filter, texts::resolve, Entry, FardplanTexts};
use naravard_core::{Date, Lang, Level, Milestone, PartialDate, Source, Status, Text};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::shared::{
    lang_of, notice_root, say, unknown_region_warning, use_editor_warnings, use_region, Heading,
    RegionState, WidgetKind, WidgetProps,
};

/// Today in the resident's browser, as a calendar day in their time zone.
fn browser_today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: i32::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}

/// `lang="sv"` on a text shown in Swedish inside another language, so it is read right.
fn text_lang(text: &Text, lang: Lang) -> Option<&'static str> {
    lang.mark(text.shown_lang(lang))
}

/// A date written out ("1 januari 2023") is Swedish inside another language: the month and
/// season names are not among the strings a data file gives.
fn date_lang(lang: Lang, written: &str) -> Option<&'static str> {
    common::mark(lang, written.chars().any(char::is_alphabetic))
}

/// Tells the host page what the resident did, e.g. for a council's own statistics: the event
/// bubbles out of the shadow root (`composed`).
fn emit(host: Option<&web_sys::HtmlElement>, name: &str, fields: &[(&str, JsValue)]) {
    let Some(host) = host else {
        return;
    };
    let detail = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Done => "status-done",
        Status::Ongoing => "status-ongoing",
        Status::Ahead => "status-ahead",
        Status::Planned => "status-planned",
    }
}

#[function_component]
pub fn Fardplan(props: &WidgetProps) -> Html {
    let (registry, state) = use_region(props);
    // Levels the resident has switched off with the filter buttons.
    let hidden = use_state(Vec::<Level>::new);
    // Milestones (by merged index) whose details the resident has opened, or closed when
    // they start open (pre-rendered: without JavaScript no button could open them).
    let open = use_state(Vec::<usize>::new);

    let lang = props.lang;
    let t = resolve(lang, &registry.texts);
    let t = &t;
    let config = &props.config;
    let level = config.heading_level;
    let timeline = match &config.widget {
        Widget::Fardplan(timeline) => timeline.clone(),
        _ => Timeline::default(),
    };
    let Timeline {
        levels: chosen_levels,
        from,
        to,
        today: pinned,
        layout,
    } = timeline;
    let region = registry.region(&config.region);
    let mut warnings = config.warnings.clone();
    if state == RegionState::Unknown {
        warnings.push(unknown_region_warning(&registry, config));
    }
    use_editor_warnings(WidgetKind::Fardplan, warnings);

    let Some(region) = region else {
        return notice_root("fardplan", lang, state, &registry);
    };
    // The pre-rendering passes the build's day; the browser corrects it to the resident's.
    let today = pinned.or(props.today).unwrap_or_else(browser_today);
    let sub_level = level.saturating_add(1).min(6);

    let merged = logic::merge(&registry.national.milestones, &region.milestones);
    let filtered = filter::filter(&merged, &chosen_levels, from, to, &hidden);
    let (in_scope, shown) = (&filtered.in_scope, &filtered.shown);

    // Progress is measured only against the målbild's own period: a target year guessed from
    // the milestones could say "100 %" of a plan that runs on.
    let malbild_period = region
        .malbild
        .as_ref()
        .and_then(|m| m.period)
        .map(|p| (p.from, p.to));
    // Pre-rendered, the date is the build's until the kit runs: it is labelled as such.
    let today_label = if props.prerendered { t.as_of } else { t.today };
    let now = now_box(t, today_label, lang, today, malbild_period);
    let filters = filter_chips(t, lang, &filtered.chips(), &hidden, props.host.as_ref());
    let count_lang = lang_of(lang, &[t.count_showing, t.count_of, t.count_after]);
    let count = filtered.count_line(t);

    let common_t = common::resolve(lang, &registry.texts);
    let marker_at = logic::today_position(shown, today);
    let last = shown.len().saturating_sub(1);
    let items = shown.iter().enumerate().map(|(i, e)| {
        let marker_before = i == marker_at;
        let marker_after = marker_at == shown.len() && i == last;
        let ctx = ItemCtx {
            t,
            common: &common_t,
            lang,
            today,
            sub_level,
            open: &open,
            open_by_default: props.prerendered,
            today_label,
            host: props.host.as_ref(),
        };
        item(&ctx, e, marker_before, marker_after)
    });

    let body = if in_scope.is_empty() {
        html! { <p class="notice" part="notice">{ say(lang, t.no_milestones) }</p> }
    } else if shown.is_empty() {
        html! { <p class="notice" part="notice">{ say(lang, t.none_shown) }</p> }
    } else {
        html! { <ol class="timeline" part="list">{ for items }</ol> }
    };

    html! {
        <div class={classes!("fardplan", ["layout-", layout.slug()].concat())}
            lang={lang.tag().to_owned()} part="root" data-layout={layout.slug()}>
            <Heading level={level} class="title" part="heading">{ say(lang, t.heading) }</Heading>
            <p class="region" part="region" lang={text_lang(&region.name, lang)}>
                { region.name.get(lang) }
            </p>
            <p class="lead" part="lead">{ say(lang, t.lead) }</p>
            { now }
            { filters }
            <p class="count" part="count" role="status" aria-live="polite" lang={count_lang}>{ count }</p>
            { body }
        </div>
    }
}

/// Today's date and the time passed toward the target year, as text and as a bar.
fn now_box(
    t: &FardplanTexts,
    today_label: &str,
    lang: Lang,
    today: Date,
    period: Option<(i32, i32)>,
) -> Html {
    let today_text = logic::format_day(today, lang);
    let iso = logic::datetime(&PartialDate::Day(today));
    let progress = period.map(|(start, target)| {
        let pct = logic::progress(today, start, target);
        let sentence_lang = lang_of(lang, &[t.progress_before_year, t.progress_after_year]);
        let mut sentence = pct.to_string();
        for part in [
            " ",
            t.progress_before_year,
            " ",
            &target.to_string(),
            " ",
            t.progress_after_year,
        ] {
            sentence.push_str(part);
        }
        html! {
            <>
                <p class="progress-text" id="fp-progress-text" lang={sentence_lang}>{ sentence }</p>
                <progress class="progress" part="progress" max="100" value={pct.to_string()}
                    aria-label={t.progress_label.to_owned()} aria-describedby="fp-progress-text">
                    { pct }{ " %" }
                </progress>
            </>
        }
    });
    html! {
        <div class="now" part="now">
            <p class="today">
                <span class="today-label">{ say(lang, today_label) }{ ": " }</span>
                <time datetime={iso} lang={date_lang(lang, &today_text)}>{ today_text }</time>
            </p>
            { for progress }
        </div>
    }
}

/// Toggle buttons for the levels present, with their counts (`filter::Filtered::chips`).
fn filter_chips(
    t: &FardplanTexts,
    lang: Lang,
    chips: &[(Level, usize)],
    hidden: &UseStateHandle<Vec<Level>>,
    host: Option<&web_sys::HtmlElement>,
) -> Html {
    if chips.is_empty() {
        return Html::default();
    }
    let buttons = chips.iter().map(|&(level, n)| {
        let pressed = !hidden.contains(&level);
        let onclick = {
            let hidden = hidden.clone();
            let host = host.cloned();
            let chips = chips.to_vec();
            Callback::from(move |_: MouseEvent| {
                let next = filter::toggle(&hidden, level);
                let shown = js_sys::Array::new();
                for l in filter::visible(&chips, &next) {
                    shown.push(&JsValue::from_str(l.slug()));
                }
                emit(
                    host.as_ref(),
                    "naravard-filter",
                    &[("levels", shown.into())],
                );
                hidden.set(next);
            })
        };
        html! {
            <button type="button" class={classes!("chip", ["level-", level.slug()].concat())}
                part="chip" aria-pressed={if pressed { "true" } else { "false" }}
                data-level={level.slug()} {onclick}>
                { say(lang, t.level(level)) }
                <span class="chip-count">{ " (" }{ n }{ ")" }</span>
            </button>
        }
    });
    html! {
        <div class="filters" part="filters" role="group" aria-labelledby="fp-filter-label">
            <span class="filter-label" id="fp-filter-label">{ say(lang, t.filter_label) }</span>
            { for buttons }
        </div>
    }
}

struct ItemCtx<'a> {
    t: &'a FardplanTexts<'a>,
    common: &'a common::CommonTexts<'a>,
    lang: Lang,
    today: Date,
    sub_level: u8,
    open: &'a UseStateHandle<Vec<usize>>,
    open_by_default: bool,
    today_label: &'a str,
    host: Option<&'a web_sys::HtmlElement>,
}

/// A date or a period, each end in a `<time>`; the dash is read as "till"/"to".
fn when(ctx: &ItemCtx, m: &Milestone) -> Html {
    let one = |d: &PartialDate| {
        let written = logic::format_date(d, ctx.lang);
        html! { <time datetime={logic::datetime(d)} lang={date_lang(ctx.lang, &written)}>{ written }</time> }
    };
    match &m.end {
        Some(end) => {
            // Plain years join tightly (2020–2030); longer dates get spaces around the dash.
            let tight = matches!((&m.date, end), (PartialDate::Year(_), PartialDate::Year(_)));
            html! {
                <>
                    { one(&m.date) }
                    <span aria-hidden="true">{ if tight { "–" } else { " – " } }</span>
                    <span class="visually-hidden">{ " " }{ say(ctx.lang, ctx.t.span_to) }{ " " }</span>
                    { one(end) }
                </>
            }
        }
        None => one(&m.date),
    }
}

fn item(ctx: &ItemCtx, e: &Entry, marker_before: bool, marker_after: bool) -> Html {
    let t = ctx.t;
    let lang = ctx.lang;
    let m = e.milestone;
    let status = logic::status(m, ctx.today);
    let idx = e.index.to_string();
    let meta_id = ["fp-meta-", &idx].concat();
    let details_id = ["fp-details-", &idx].concat();
    let is_open = ctx.open_by_default != ctx.open.contains(&e.index);
    let has_details = m.text.is_some() || m.source.is_some() || m.confirmed_by.is_some();

    let title = html! {
        <span lang={text_lang(&m.title, lang)}>{ m.title.get(lang) }</span>
    };
    let heading_content = if has_details {
        let onclick = {
            let open = ctx.open.clone();
            let index = e.index;
            let host = ctx.host.cloned();
            let by_default = ctx.open_by_default;
            Callback::from(move |_: MouseEvent| {
                let mut next = (*open).clone();
                let flipped = if let Some(pos) = next.iter().position(|i| *i == index) {
                    next.remove(pos);
                    false
                } else {
                    next.push(index);
                    true
                };
                let now_open = by_default != flipped;
                let id = ["milestone-", &index.to_string()].concat();
                emit(
                    host.as_ref(),
                    "naravard-toggle",
                    &[
                        ("id", JsValue::from_str(&id)),
                        ("open", JsValue::from_bool(now_open)),
                    ],
                );
                open.set(next);
            })
        };
        html! {
            <button type="button" class="disclosure" part="button"
                aria-expanded={if is_open { "true" } else { "false" }}
                aria-controls={details_id.clone()} aria-describedby={meta_id.clone()} {onclick}>
                { title }
            </button>
        }
    } else {
        title
    };

    let details = has_details.then(|| {
        let text = m.text.as_ref().map(|text| {
            html! { <p class="text" lang={text_lang(text, lang)}>{ text.get(lang) }</p> }
        });
        let cite = |s: &Source, label: &str, class: &'static str| {
            let name = s.name.get(lang);
            let name_lang = text_lang(&s.name, lang);
            let shown = match &s.url {
                Some(url) => html! { <a href={url.clone()} lang={name_lang}>{ name }</a> },
                None => html! { <span lang={name_lang}>{ name }</span> },
            };
            html! { <p class={class} part="source">{ say(lang, label) }{ ": " }{ shown }</p> }
        };
        let source = m
            .source
            .as_ref()
            .map(|s| cite(s, ctx.common.source, "source"));
        // Shown only when it is what makes the step "Klart", so the claim carries its proof.
        let confirmed = m
            .confirmed_by
            .as_ref()
            .filter(|_| status == Status::Done)
            .map(|s| cite(s, t.confirmed_by, "source confirmed"));
        html! {
            <div class="details" id={details_id.clone()} part="details" hidden={!is_open}>
                { for text }
                { for source }
                { for confirmed }
            </div>
        }
    });

    let today_text = logic::format_day(ctx.today, lang);
    let marker = |where_: &'static str| {
        html! {
            <p class={classes!("today-marker", where_)} part="today-marker">
                <span class="today-label">{ say(lang, ctx.today_label) }</span>
                { " " }
                <time datetime={logic::datetime(&PartialDate::Day(ctx.today))}
                    lang={date_lang(lang, &today_text)}>
                    { today_text.clone() }
                </time>
            </p>
        }
    };

    html! {
        <li class={classes!("item", status_class(status), ["level-", e.level.slug()].concat(),
                marker_before.then_some("marker-before"), marker_after.then_some("marker-after"))}
            part="item" data-status={status.slug()} data-level={e.level.slug()}
            data-start={logic::datetime(&PartialDate::Day(e.first_day()))}>
            if marker_before { { marker("before") } }
            <div class="entry">
                <span class="dot" aria-hidden="true"></span>
                <div class="card" part="card">
                    <Heading level={ctx.sub_level} class="item-heading" part="item-heading">
                        { heading_content }
                    </Heading>
                    <p class="meta" id={meta_id} part="meta">
                        <span class="date" part="date">{ when(ctx, m) }</span>
                        <span class="level" part="level">
                            <span class="visually-hidden">{ say(lang, t.level_prefix) }{ " " }</span>
                            { say(lang, t.level(e.level)) }
                        </span>
                        <span class="status" part="status">
                            <span class="status-icon" aria-hidden="true"></span>
                            <span class="visually-hidden">{ say(lang, t.status_prefix) }{ " " }</span>
                            <span lang={lang_of(lang, &[t.planned_for, t.status(status)])}>
                                { logic::status_words(m, status, t, lang) }
                            </span>
                        </span>
                    </p>
                    { for details }
                </div>
            </div>
            if marker_after { { marker("after") } }
        </li>
    }
}
