//! Swedish forms of the decoder's messages, for the data editor. The decoder writes its
//! messages in English (the CLI and the console use them as they are); this table holds the
//! Swedish wording of each, as data, with `{}` where the English message carries a value.
//! A message the table does not know yet (a rule added later) is shown in English and marked
//! as English, so nothing is lost and screen readers read it in the right language.

use crate::model::Lang;

/// (English pattern, Swedish pattern). Each `{}` takes the same value in both, in order;
/// `{N}` in a Swedish pattern takes the N-th value (from 0) where the order differs.
/// More specific patterns come before more general ones that would also match.
const TABLE: &[(&str, &str)] = &[
    // The JSON reader.
    ("the file is {} bytes; the limit is {} bytes (2 MiB)", "filen är {} byte; gränsen är {} byte (2 MiB)"),
    ("unexpected text after the end of the JSON value", "det står text efter slutet av JSON-värdet"),
    ("expected `{}`", "här väntades `{}`"),
    ("unexpected end of the text; a value was expected", "texten tar slut; här väntades ett värde"),
    ("unexpected character; a value was expected", "oväntat tecken; här väntades ett värde"),
    ("arrays and objects are nested too deeply (more than {} levels)", "listor och objekt ligger för djupt i varandra (mer än {} nivåer)"),
    ("expected `,` or `]` in the array", "här väntades `,` eller `]` i listan"),
    ("expected a field name in double quotes", "här väntades ett fältnamn inom citattecken"),
    ("expected `:` after the field name", "här väntades `:` efter fältnamnet"),
    ("expected `,` or `}` in the object", "här väntades `,` eller `}` i objektet"),
    ("expected a digit after the decimal point", "här väntades en siffra efter decimalpunkten"),
    ("expected a digit in the exponent", "här väntades en siffra i exponenten"),
    ("expected a digit", "här väntades en siffra"),
    ("the number is too large", "talet är för stort"),
    ("expected four hex digits after `\\u`", "här väntades fyra hexadecimala siffror efter `\\u`"),
    ("the text ends inside a string; a `\"` is missing", "texten tar slut inne i en sträng; ett `\"` saknas"),
    ("unknown escape sequence in the string", "okänd escape-sekvens i strängen"),
    ("invalid UTF-8 in the string", "ogiltig UTF-8 i strängen"),
    ("a lone surrogate in a `\\u` escape", "ett ensamt surrogattecken i en `\\u`-escape"),
    // Links, e-mail, phone.
    ("a link must not be empty", "en länk får inte vara tom"),
    ("{} is not an allowed link; use a web address that starts with https:// or http://", "{} är inte en tillåten länk; skriv en webbadress som börjar med https:// eller http://"),
    ("{} contains spaces or control characters; write a space in a link as %20", "{} innehåller mellanslag eller styrtecken; skriv mellanslag i en länk som %20"),
    ("the link is longer than {} characters", "länken är längre än {} tecken"),
    ("{} is not a complete link", "{} är inte en hel länk, till exempel https://www.kommun.se"),
    ("{} is not a valid e-mail address", "{} är inte en giltig e-postadress; skriv till exempel namn@kommun.se"),
    ("{} is not a phone number; use digits, spaces and hyphens, with + first if needed", "{} är inte ett telefonnummer; använd siffror, mellanslag och bindestreck, och + först om det behövs"),
    ("{} has {} digits; a phone number has 3 to 15", "{} har {} siffror; ett telefonnummer har 3 till 15"),
    ("{} is longer than {} characters; write the number with fewer spaces", "{} är längre än {} tecken; skriv numret med färre mellanslag"),
    // Structure.
    ("expected an object ({ … }), found {}", "här väntades ett objekt ({ … }), men här står {}"),
    ("the field {} is written twice", "fältet {} står två gånger"),
    ("unknown field {}; the fields here are: {}", "okänt fält {}; fälten här är: {}"),
    // The form shows the field's label beside the message, so the field name comes last.
    ("the required field {} is missing", "måste fyllas i (fältet {})"),
    ("the field {} is required for {}", "fältet {} krävs för {}"),
    ("expected a string in double quotes, found {}", "här väntades en text inom citattecken, men här står {}"),
    ("must not be empty", "får inte vara tomt"),
    ("is {} characters long; at most {} are allowed", "är {} tecken lång; högst {} tecken får plats"),
    ("expected a text: a string, or {\"sv\": …, \"lattlast\": …, \"en\": …, \"fi\": …}; found {}", "här väntades en text: en sträng eller {\"sv\": …, \"lattlast\": …, \"en\": …, \"fi\": …}; men här står {}"),
    ("{} is not a language tag for added texts; use 2 or 3 lowercase letters such as fi, sma or fit (sv and en are built in)", "{} är inte en språkkod för tillagda texter; använd 2 eller 3 små bokstäver, till exempel fi, sma eller fit (sv och en finns redan)"),
    ("{} is not an interface string; the keys look like kontakt.heading and are listed in docs/editors.md", "{} är inte en text i gränssnittet; nycklarna ser ut som kontakt.heading och finns i docs/redaktorer.md"),
    ("the key {} is written twice", "nyckeln {} står två gånger"),
    ("expected a source: a name, or {\"name\": …, \"url\": …}; found {}", "här väntades en källa: ett namn eller {\"name\": …, \"url\": …}; men här står {}"),
    ("{} is not a valid id; use lowercase a-z, digits and hyphens, e.g. \"lilla-edet\"", "{} är inte ett giltigt id; använd små bokstäver a–z, siffror och bindestreck, till exempel \"lilla-edet\""),
    ("{} is not a {}; a {} has {} digits", "{0} är inte en giltig {1}; den har {3} siffror"),
    ("{} is not a valid date; write YYYY-MM-DD, e.g. 2024-03-01", "{} är inte ett giltigt datum; skriv ÅÅÅÅ-MM-DD, till exempel 2024-03-01"),
    ("{} is not a valid date; write 2030, 2023-autumn (spring, summer, autumn, winter), 2021-06 or 2023-01-01", "{} är inte ett giltigt datum; skriv ett år (2030), en årstid (2023-autumn, med spring, summer, autumn eller winter), en månad (2021-06) eller en dag (2023-01-01)"),
    ("expected a year, a whole number such as 2030", "här väntades ett år, ett heltal som 2030"),
    ("{} is not allowed here; use one of: {}", "{} går inte här; använd något av: {}"),
    ("expected a list ([ … ]), found {}", "här väntades en lista ([ … ]), men här står {}"),
    ("unknown format version; this version of the widgets reads \"schema\": {}", "okänd formatversion; den här versionen av widgetarna läser \"schema\": {}"),
    ("the region id {} is used twice; each must be unique", "regionens id {} används två gånger; varje id får bara finnas en gång"),
    ("the municipality id {} is used twice; each must be unique", "kommunens id {} används två gånger; varje id får bara finnas en gång"),
    ("the municipality code {} is used twice; each must be unique", "kommunkoden {} används två gånger; varje kod får bara finnas en gång"),
    ("the {} {} is used twice; each must be unique", "{} {} används två gånger; varje värde får bara finnas en gång"),
    ("a contact needs at least one of \"email\", \"phone\" and \"web\"", "en kontakt behöver minst ett av telefon, e-post och webb"),
    ("the period ends ({}) before it starts ({})", "perioden slutar ({}) innan den börjar ({})"),
    ("the milestone ends before it starts", "händelsen slutar innan den börjar"),
];

/// Words the English messages carry as values, in Swedish.
const WORDS: &[(&str, &str)] = &[
    ("null", "null"),
    ("a boolean", "ett sant/falskt-värde"),
    ("a number", "ett tal"),
    ("a string", "en text"),
    ("an array", "en lista"),
    ("an object", "ett objekt"),
    ("a new region", "en ny region"),
    ("a new municipality", "en ny kommun"),
    ("region id", "regionens id"),
    ("municipality id", "kommunens id"),
    ("municipality code", "kommunkod"),
    ("county code", "länskod"),
];

/// The message in `lang`, and the language it is actually in (English when the table does not
/// know the message yet).
pub fn translate(message: &str, lang: Lang) -> (String, Lang) {
    if lang == Lang::En {
        return (message.to_string(), Lang::En);
    }
    for (en, sv) in TABLE {
        if let Some(values) = match_pattern(en, message) {
            return (fill(sv, &values), Lang::Sv);
        }
    }
    (message.to_string(), Lang::En)
}

/// The values a message holds where its pattern has `{}`, or `None` if it does not match.
fn match_pattern<'m>(pattern: &str, message: &'m str) -> Option<Vec<&'m str>> {
    let mut pieces = pattern.split("{}");
    let first = pieces.next().unwrap_or("");
    let mut rest = message.strip_prefix(first)?;
    let pieces: Vec<&str> = pieces.collect();
    let mut values = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        let at = if last {
            // The last value runs to the final literal piece, which must end the message.
            if !rest.ends_with(piece) {
                return None;
            }
            rest.len() - piece.len()
        } else if piece.is_empty() {
            return None;
        } else {
            rest.find(piece)?
        };
        values.push(rest.get(..at)?);
        rest = rest.get(at + piece.len()..)?;
    }
    (pieces.is_empty() && rest.is_empty() || !pieces.is_empty()).then_some(values)
}

fn fill(pattern: &str, values: &[&str]) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let close = after.find('}').filter(|&c| c <= 2);
        let index = close.and_then(|c| {
            let inside = after.get(..c).unwrap_or("");
            if inside.is_empty() {
                next += 1;
                Some(next - 1)
            } else {
                inside.parse::<usize>().ok()
            }
        });
        match (index, close) {
            (Some(i), Some(c)) => {
                let v = values.get(i).copied().unwrap_or("");
                let word = WORDS
                    .iter()
                    .find(|(en, _)| *en == v)
                    .map_or(v, |(_, sv)| sv);
                out.push_str(word);
                rest = after.get(c + 1..).unwrap_or("");
            }
            // A brace that is not a placeholder, such as `{ … }`, is text.
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::parse_dataset;

    fn sv(message: &str) -> (String, Lang) {
        translate(message, Lang::Sv)
    }

    #[test]
    fn decoder_messages_read_in_swedish_with_their_values() {
        let problems = parse_dataset(
            r#"{"schema": 1, "national": {"contacts": [
                {"role": "Växeln", "phone": "12", "email": "a@b", "web": "javascript:alert(1)"},
                {"phone": "1177", "colour": "blå"}],
                "milestones": [{"date": "2023-höst", "title": "X", "level": "lokal"}]}}"#,
        )
        .unwrap_err();
        let messages: Vec<(String, Lang)> = problems.iter().map(|p| sv(&p.message)).collect();
        for (m, lang) in &messages {
            assert_eq!(*lang, Lang::Sv, "no Swedish form for: {m}");
        }
        let all: Vec<&str> = messages.iter().map(|(m, _)| m.as_str()).collect();
        assert!(
            all.contains(&"\"12\" har 2 siffror; ett telefonnummer har 3 till 15"),
            "{all:?}"
        );
        assert!(all
            .iter()
            .any(|m| m.starts_with("\"a@b\" är inte en giltig e-postadress")));
        assert!(all
            .iter()
            .any(|m| m.starts_with("\"javascript:alert(1)\" är inte en tillåten länk")));
        assert!(all.contains(&"måste fyllas i (fältet \"role\")"));
        assert!(all.iter().any(|m| m.starts_with("okänt fält \"colour\"")));
        assert!(all
            .iter()
            .any(|m| m.starts_with("\"2023-höst\" är inte ett giltigt datum")));
        assert!(all
            .iter()
            .any(|m| m.starts_with("\"lokal\" går inte här; använd något av: national")));
    }

    /// Every kind of problem a file can have reads in Swedish. A rule whose English message
    /// changes, or a new rule, fails here until it has its Swedish form in `TABLE`.
    #[test]
    fn every_decoder_and_merge_message_has_a_swedish_form() {
        let long = "x".repeat(201);
        let files = [
            "{\"schema\": 1,, }".to_string(),
            "[1, 2".to_string(),
            "{\"a\": tru}".to_string(),
            "{\"a\": \"\\q\"}".to_string(),
            "{\"a\" 1}".to_string(),
            "{\"a\": 1e}".to_string(),
            "{\"a\": 1}}".to_string(),
            format!(
                r#"{{"schema": 2, "schema": 1, "colour": 1, "regions": [
                {{"id": "Bad Id", "name": "", "county_code": "2", "website": "java script:x",
                  "malbild": {{"title": "T", "lead": "L", "period": {{"from": 2030, "to": 2020}}}},
                  "municipalities": [{{"id": "a", "code": "1234"}}, {{"id": "a", "code": "1234"}}],
                  "contacts": [{{"role": "{long}", "web": "https://"}}, {{"role": 5, "phone": "abc"}},
                    {{"role": {{"sv": "R", "fr": "x"}}, "email": "a@b", "source": 5, "verified": "2024-13-01"}},
                    {{"role": "R", "web": "https://a b.se", "topics": "x"}}],
                  "milestones": [{{"date": "2030", "end": "2020", "title": "T", "status": "late"}},
                    {{"date": "2030", "title": "T", "text": []}}]}}]}}"#
            ),
            r#"{"schema": 1, "regions": [{"id": "provlan", "municipalities": [{"id": "ny"}]}]}"#
                .to_string(),
            r#"{"schema": 1, "regions": [{"id": "vasternorrland", "municipalities": [{"id": "ny"}]}]}"#
                .to_string(),
        ];
        let mut seen = 0;
        for text in &files {
            for p in crate::editor::validate(text, Lang::Sv) {
                seen += 1;
                assert_eq!(p.lang, Lang::Sv, "no Swedish form for: {}", p.message);
            }
        }
        assert!(
            seen > 25,
            "only {seen} problems; the sample files no longer exercise the rules"
        );
        let dup = crate::editor::validate(&files[7], Lang::Sv);
        assert!(dup.iter().any(|p| p
            .message
            .starts_with("kommunkoden \"1234\" används två gånger")));
    }

    #[test]
    fn value_words_are_translated_and_unknown_messages_stay_english() {
        assert_eq!(
            sv("expected a list ([ … ]), found a string").0,
            "här väntades en lista ([ … ]), men här står en text"
        );
        assert_eq!(
            sv("\"12\" is not a municipality code; a municipality code has 4 digits").0,
            "\"12\" är inte en giltig kommunkod; den har 4 siffror"
        );
        let (m, lang) = sv("a rule added next year");
        assert_eq!((m.as_str(), lang), ("a rule added next year", Lang::En));
        assert_eq!(translate("must not be empty", Lang::En).1, Lang::En);
        // A pattern without values matches only the whole message.
        assert_eq!(sv("must not be empty, really").1, Lang::En);
    }
}
