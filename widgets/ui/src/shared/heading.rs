use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1–6; anything else is clamped, so a heading is always a heading.
    pub level: u8,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub part: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A heading at a level chosen at run time, so a widget fits the host page's outline.
#[function_component]
pub fn Heading(props: &HeadingProps) -> Html {
    let tag = match props.level {
        0 | 1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    html! {
        <@{tag} class={props.class.clone()} id={props.id.clone()} part={props.part.clone()}>
            { props.children.clone() }
        </@>
    }
}
