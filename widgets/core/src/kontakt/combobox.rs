//! The finder's combobox as a plain state machine (WAI-ARIA APG: editable combobox with list
//! autocomplete). The Yew component only feeds it events and renders what it says, so every
//! key is tested here natively.
//!
//! Keys, with `n` choices listed for what is typed:
//! - ArrowDown / ArrowUp: open the list and move the highlight, wrapping around; from the
//!   closed list, ArrowDown highlights the first choice and ArrowUp the last.
//! - Home / End: back to the text (the browser moves the caret); the highlight goes.
//! - Enter: with the list open, choose the highlighted choice, or the best match if none is.
//! - Escape: close the list; with the list closed, clear what was typed.
//! - Tab: leave the field; the list closes and nothing is chosen.
//! - Typing: list the matches, none highlighted.

/// The combobox's state. `Default` is the state after a choice (or before any).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Combobox {
    /// `None`: the field shows the chosen name; `Some`: what the resident has typed since.
    pub query: Option<String>,
    /// Whether the list is open (it is only shown when there is something to list).
    pub open: bool,
    /// The highlighted choice, by its position in the list.
    pub active: Option<usize>,
    /// The name last chosen, for the live region ("Visar Sundsvall.").
    pub chosen: Option<String>,
}

/// What the component must do after a key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Call `preventDefault` (the key was the combobox's, not the browser's).
    pub prevent_default: bool,
    /// Choose the choice at this position in the list.
    pub choose: Option<usize>,
}

/// What the live region says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Live<'a> {
    /// The number of matches; `hint` adds how to move through them with the arrow keys.
    Count {
        matches: usize,
        hint: bool,
    },
    /// "Showing …" after a choice.
    Chosen(&'a str),
    Silent,
}

impl Combobox {
    /// A key pressed in the field, with `n` choices listed.
    pub fn key(&mut self, key: &str, n: usize) -> Outcome {
        let mut out = Outcome::default();
        match key {
            "ArrowDown" | "ArrowUp" => {
                out.prevent_default = true;
                if n == 0 {
                    return out;
                }
                let down = key == "ArrowDown";
                let next = match (self.open, self.active) {
                    (true, Some(i)) if down => (i + 1) % n,
                    (true, Some(i)) => (i + n - 1) % n,
                    _ if down => 0,
                    _ => n - 1,
                };
                self.open = true;
                self.active = Some(next);
            }
            "Home" | "End" => self.active = None,
            "Enter" if self.open && n > 0 => {
                out.prevent_default = true;
                out.choose = Some(self.active.filter(|&i| i < n).unwrap_or(0));
            }
            "Escape" => {
                if self.open {
                    out.prevent_default = true;
                    self.open = false;
                    self.active = None;
                } else if self.query.as_deref().is_some_and(|q| !q.is_empty()) {
                    out.prevent_default = true;
                    self.query = Some(String::new());
                }
            }
            "Tab" => self.blur(),
            _ => {}
        }
        out
    }

    /// The resident typed: the field now holds `value`.
    pub fn input(&mut self, value: String) {
        self.query = Some(value);
        self.open = true;
        self.active = None;
        self.chosen = None;
    }

    /// A click in the field opens the list.
    pub fn click(&mut self) {
        self.open = true;
    }

    /// The field lost focus.
    pub fn blur(&mut self) {
        self.open = false;
        self.active = None;
    }

    /// A choice was made (by key or click): the field shows its name.
    pub fn choose(&mut self, name: String) {
        *self = Combobox {
            chosen: Some(name),
            ..Combobox::default()
        };
    }

    /// What is typed, trimmed ("" when the field shows a chosen name).
    pub fn typed(&self) -> &str {
        self.query.as_deref().map(str::trim).unwrap_or("")
    }

    /// Whether the list is shown, with `n` choices listed.
    pub fn list_open(&self, n: usize) -> bool {
        self.open && n > 0
    }

    /// Whether the resident typed something that matches nothing.
    pub fn no_match(&self, n: usize) -> bool {
        !self.typed().is_empty() && n == 0
    }

    /// The highlighted choice while the list is shown (for `aria-activedescendant`).
    pub fn active_option(&self, n: usize) -> Option<usize> {
        self.active.filter(|&i| self.list_open(n) && i < n)
    }

    /// What the live region says, with `n` choices listed.
    pub fn live(&self, n: usize) -> Live<'_> {
        if self.list_open(n) || self.no_match(n) {
            Live::Count {
                matches: n,
                hint: self.list_open(n) && self.active.is_none(),
            }
        } else {
            self.chosen.as_deref().map_or(Live::Silent, Live::Chosen)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> Combobox {
        let mut c = Combobox::default();
        c.input(text.into());
        c
    }

    /// The key is the browser's: the combobox neither prevents it nor chooses.
    fn left_to_the_browser(c: &mut Combobox, key: &str, n: usize) {
        assert_eq!(c.key(key, n), Outcome::default(), "{key}");
    }

    /// "s" typed and the first of three choices highlighted.
    fn highlighted() -> Combobox {
        let mut c = typed("s");
        c.key("ArrowDown", 3);
        c
    }

    #[test]
    fn typing_lists_the_matches_with_none_highlighted() {
        let mut c = Combobox::default();
        c.choose("Sundsvall".into());
        c.input("sun".into());
        assert_eq!(
            c.chosen, None,
            "typing ends the announcement of the last choice"
        );
        assert_eq!(c.query.as_deref(), Some("sun"));
        assert!(c.list_open(3));
        assert_eq!(c.active_option(3), None);
        assert_eq!(
            c.live(3),
            Live::Count {
                matches: 3,
                hint: true
            }
        );
        // Nothing matches: the list stays shut and the count says so.
        assert!(!c.list_open(0));
        assert!(c.no_match(0));
        assert_eq!(
            c.live(0),
            Live::Count {
                matches: 0,
                hint: false
            }
        );
    }

    #[test]
    fn arrow_down_and_up_move_and_wrap() {
        let mut c = typed("s");
        assert!(c.key("ArrowDown", 3).prevent_default);
        assert_eq!(c.active_option(3), Some(0));
        c.key("ArrowDown", 3);
        c.key("ArrowDown", 3);
        assert_eq!(c.active, Some(2));
        c.key("ArrowDown", 3);
        assert_eq!(c.active, Some(0), "wraps to the first");
        c.key("ArrowUp", 3);
        assert_eq!(c.active, Some(2), "wraps to the last");
        c.key("ArrowUp", 3);
        assert_eq!(c.active, Some(1));
        assert_eq!(
            c.live(3),
            Live::Count {
                matches: 3,
                hint: false
            }
        );
    }

    #[test]
    fn arrows_open_a_closed_list_at_either_end() {
        let mut c = Combobox::default();
        c.key("ArrowUp", 8);
        assert!(c.open);
        assert_eq!(c.active, Some(7));
        c.blur();
        c.key("ArrowDown", 8);
        assert_eq!(c.active, Some(0));
        // With nothing to list the arrows do nothing but keep the caret still.
        let mut empty = typed("xyz");
        let out = empty.key("ArrowDown", 0);
        assert!(out.prevent_default);
        assert_eq!(empty.active, None);
    }

    #[test]
    fn home_and_end_return_to_the_text() {
        let mut c = highlighted();
        // The browser moves the caret.
        left_to_the_browser(&mut c, "Home", 3);
        assert_eq!(c.active, None);
        assert!(c.open);
        c.key("ArrowDown", 3);
        c.key("End", 3);
        assert_eq!(c.active, None);
    }

    #[test]
    fn enter_chooses_the_highlighted_or_the_best_match() {
        let mut c = typed("s");
        assert_eq!(c.key("Enter", 3).choose, Some(0), "the best match");
        c.key("ArrowDown", 3);
        c.key("ArrowDown", 3);
        let out = c.key("Enter", 3);
        assert_eq!(out.choose, Some(1));
        assert!(out.prevent_default);
        // Closed list, or nothing listed: Enter is the browser's (a form may submit).
        left_to_the_browser(&mut Combobox::default(), "Enter", 3);
        left_to_the_browser(&mut typed("xyz"), "Enter", 0);
        // A highlight beyond a list that shrank falls back to the best match.
        let mut shrunk = typed("s");
        shrunk.active = Some(5);
        assert_eq!(shrunk.key("Enter", 2).choose, Some(0));
    }

    #[test]
    fn choosing_shows_the_name_and_announces_it() {
        let mut c = typed("sund");
        c.key("ArrowDown", 1);
        c.choose("Sundsvall".into());
        assert_eq!(c.query, None);
        assert!(!c.open);
        assert_eq!(c.active, None);
        assert_eq!(c.live(1), Live::Chosen("Sundsvall"));
    }

    #[test]
    fn escape_closes_then_clears() {
        let mut c = typed("sol");
        c.key("ArrowDown", 2);
        assert!(c.key("Escape", 2).prevent_default);
        assert!(!c.open);
        assert_eq!(c.active, None);
        assert_eq!(c.query.as_deref(), Some("sol"));
        assert!(c.key("Escape", 2).prevent_default);
        assert_eq!(c.query.as_deref(), Some(""));
        // Nothing left to do: the page may use Escape (e.g. to close a dialog around it).
        left_to_the_browser(&mut c, "Escape", 2);
    }

    #[test]
    fn tab_leaves_without_choosing() {
        let mut c = highlighted();
        // Focus moves on as usual.
        left_to_the_browser(&mut c, "Tab", 3);
        assert!(!c.open);
        assert_eq!(c.active, None);
        assert_eq!(c.query.as_deref(), Some("s"));
    }

    #[test]
    fn other_keys_and_clicks() {
        let mut c = Combobox::default();
        left_to_the_browser(&mut c, "a", 3);
        assert!(!c.open);
        c.click();
        assert!(c.list_open(3));
        c.blur();
        assert!(!c.list_open(3));
        assert_eq!(c.live(3), Live::Silent);
    }
}
