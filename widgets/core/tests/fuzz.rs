//! Property tests without a dependency: a small deterministic generator feeds arbitrary bytes
//! and arbitrary JSON values to the decoder, which must never panic (a panic in wasm would
//! take down every widget on the page).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use naravard_core::decode::parse_dataset;
use naravard_core::Registry;

/// xorshift64*: small, deterministic, good enough to shake the parser.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Every field name of the data format, from its one declaration (`schema::ALL`), and a
/// name no type has, so the fuzzer also writes unknown fields.
fn keys() -> &'static [&'static str] {
    static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<&'static str> = naravard_core::schema::ALL
            .iter()
            .flat_map(|def| def.fields.iter().map(|f| f.name))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys.push("nmae");
        keys
    })
}

const STRINGS: &[&str] = &[
    "",
    " ",
    "vasternorrland",
    "2284",
    "22",
    "1177",
    "112",
    "naravard@rvn.se",
    "https://www.1177.se",
    "javascript:alert(1)",
    "2023-autumn",
    "2021-06",
    "2023-02-29",
    "2024-02-29",
    "2030",
    "national",
    "done",
    "region",
    "municipality",
    "Örnsköldsvik",
    "\u{0}",
    "é\u{301}",
    "😀",
    "a-b",
    "-",
    "+46",
];

fn value(rng: &mut Rng, depth: u32, out: &mut String) {
    let kind = if depth > 6 {
        rng.below(4)
    } else {
        rng.below(7)
    };
    match kind {
        0 => out.push_str(rng.pick(&["null", "true", "false"])),
        1 => out.push_str(rng.pick(&[
            "1",
            "0",
            "-1",
            "2030",
            "1.5",
            "1e3",
            "99999999999999999999",
            "-0",
        ])),
        2 | 3 => {
            out.push('"');
            out.push_str(
                &rng.pick(STRINGS)
                    .replace('\\', "\\\\")
                    .replace('"', "\\\"")
                    .replace('\u{0}', "\\u0000"),
            );
            out.push('"');
        }
        4 => {
            out.push('[');
            for i in 0..rng.below(4) {
                if i > 0 {
                    out.push(',');
                }
                value(rng, depth + 1, out);
            }
            out.push(']');
        }
        _ => {
            out.push('{');
            for i in 0..rng.below(6) {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&format!("{:?}:", rng.pick(keys())));
                value(rng, depth + 1, out);
            }
            out.push('}');
        }
    }
}

fn check(text: &str) {
    let _ = parse_dataset(text);
    static BUNDLED: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
    let mut r = BUNDLED.get_or_init(Registry::bundled).clone();
    let _ = r.load(text);
    if let Some(r) = r.regions.first() {
        let _ = r.municipality(text);
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
        // Mostly-JSON bytes reach deeper into the parser.
        let alphabet = b"{}[]\":,0123456789-+.eE \n\\utrfalsn\xc3\xa5";
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn arbitrary_json_values_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let mut text = String::new();
        if rng.below(2) == 0 {
            // A dataset-shaped value, so the decoder's deeper rules run.
            text.push_str("{\"schema\": 1, \"regions\": [{\"id\": \"vasternorrland\"");
            for _ in 0..rng.below(4) {
                text.push_str(&format!(",{:?}:", rng.pick(keys())));
                value(&mut rng, 1, &mut text);
            }
            text.push_str("}], \"national\": ");
            value(&mut rng, 1, &mut text);
            text.push('}');
        } else {
            value(&mut rng, 0, &mut text);
        }
        check(&text);
        // Truncations of valid-looking text, too.
        let cut = rng.below(text.len() as u64 + 1) as usize;
        if text.is_char_boundary(cut) {
            check(&text[..cut]);
        }
    }
}

#[test]
fn mutations_of_bundled_data_never_panic() {
    let mut rng = Rng(7);
    for (_, text) in naravard_core::registry::BUNDLED {
        for _ in 0..200 {
            let mut bytes = text.as_bytes().to_vec();
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(bytes.len() as u64) as usize;
                let alphabet = b"{}[]\":,0 x\\-";
                bytes[i] = alphabet[rng.below(alphabet.len() as u64) as usize];
            }
            check(&String::from_utf8_lossy(&bytes));
        }
    }
}
