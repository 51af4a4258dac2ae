//! parse_posting and text_from_bytes never panic: random and garbled input, very long lines,
//! 10 MB texts (times printed, never asserted: figures, not pass/fail).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::time::Instant;

use postulo_core::posting::input::text_from_bytes;
use postulo_core::posting::parse_posting;
use proptest::prelude::*;

const POSTING: &str = include_str!("fixtures/postings/senegal-avis-comptable-kaolack.txt");

/// Words and marks that the parser's patterns react to, to reach deep code paths.
const VOCAB: &[&str] = &[
    "au plus tard le",
    "avant le",
    "jusqu'au",
    "date limite",
    "Closing date:",
    "Deadline",
    "lundi",
    "26",
    "décembre",
    "DECEMBRE",
    "déc.",
    "1er",
    "juin",
    "202",
    "2025",
    "17h00",
    "17H",
    "5 pm",
    "17:00",
    "GMT",
    "midi",
    "minuit",
    "04/05/2026",
    "31/02/2025",
    "99/99/9999",
    "12.05",
    "@",
    "rh@ong.org",
    "a@b",
    "«",
    "»",
    "\"",
    "**",
    "(",
    ")",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    " ",
    "•",
    "▶",
    "-",
    ":",
    ";",
    ".",
    ",",
    "CV",
    "lettre de motivation",
    "casier judiciaire",
    "diplômes",
    "présélection",
    "Seuls les candidats présélectionnés",
    "en objet",
    "mention",
    "déposés au bureau",
    "sous pli fermé",
    "à l'adresse suivante :",
    "Référence :",
    "N°",
    "Lieu d'affectation :",
    "MALI, BAMAKO",
    "Titre du poste",
    "Type de contrat : CDD de",
    "douze (12) mois",
    "recrute un",
    "est une ONG",
    "\u{a0}",
    "\u{ad}",
    "\u{feff}",
    "e\u{301}",
    "<p>",
    "&nbsp;",
    "’",
    "œ",
    "\u{f0b7}",
    "😀",
    "Ω",
    "ﬁ",
];

fn vocab_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..200).prop_map(|w| w.join(" "))
}

fn char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_on_any_string(s in any::<String>()) {
        let p = parse_posting(&s);
        for span in p.title.iter().map(|f| f.span.clone()).chain(p.deadline.iter().map(|f| f.span.clone())) {
            prop_assert!(span.start <= span.end && span.end <= s.len());
            prop_assert!(s.get(span).is_some());
        }
    }

    #[test]
    fn parse_never_panics_on_posting_like_text(s in vocab_text()) {
        let p = parse_posting(&s);
        if let Some(d) = &p.deadline {
            prop_assert!(s.get(d.span.clone()).is_some());
            prop_assert!((0.0..=1.0).contains(&d.confidence));
        }
        for d in p.documents_now.iter().chain(&p.documents_later) {
            prop_assert!(s.get(d.span.clone()).is_some());
        }
    }

    #[test]
    fn parse_never_panics_on_a_mangled_posting(
        cuts in prop::collection::vec((0usize..POSTING.len(), 0usize..40, prop::sample::select(VOCAB)), 0..30)
    ) {
        let mut s = POSTING.to_string();
        for (at, len, insert) in cuts {
            let a = char_boundary(&s, at);
            let b = char_boundary(&s, a + len);
            s.replace_range(a..b, insert);
        }
        let p = parse_posting(&s);
        for f in [&p.title, &p.organization, &p.reference, &p.location, &p.contract, &p.apply_email, &p.apply_address, &p.email_subject].into_iter().flatten() {
            prop_assert!(s.get(f.span.clone()).is_some());
        }
    }

    #[test]
    fn decoding_never_panics_on_random_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..4096),
        prefix in prop::sample::select(vec![&b""[..], b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xd0\xcf\x11\xe0"]),
        name in prop::sample::select(vec!["a.txt", "a.pdf", "a.docx", "a.odt", "a", "a.TXT", "a.png", "é.Pdf"]),
    ) {
        let mut input = prefix.to_vec();
        input.extend_from_slice(&bytes);
        if let Ok(text) = text_from_bytes(&input, name) {
            let _ = parse_posting(&text);
        }
    }
}

#[test]
fn truncated_and_patched_files_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/postings");
    let files = [
        "files/ttf.pdf",
        "files/core.pdf",
        "files/encrypted.pdf",
        "abidjan-assistant-rh.docx",
    ];
    for name in files {
        let bytes = std::fs::read(format!("{dir}/{name}")).unwrap();
        let mut seed = 0x2545_f491_u64;
        for cut in (0..bytes.len()).step_by((bytes.len() / 97).max(1)) {
            let _ = text_from_bytes(&bytes[..cut], name);
            // Flip a few bytes after the header.
            let mut patched = bytes.clone();
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = (seed as usize) % patched.len();
                patched[i] = (seed >> 32) as u8;
            }
            if let Ok(t) = text_from_bytes(&patched, name) {
                let _ = parse_posting(&t);
            }
        }
    }
}

fn timed(label: &str, text: &str) {
    let start = Instant::now();
    let p = parse_posting(text);
    let elapsed = start.elapsed();
    println!(
        "{label}: {:.1} MB parsed in {:.2?} ({:.1} MB/s); deadline found: {}",
        text.len() as f64 / 1e6,
        elapsed,
        text.len() as f64 / 1e6 / elapsed.as_secs_f64(),
        p.deadline.is_some()
    );
}

#[test]
fn ten_megabyte_inputs_parse() {
    const SIZE: usize = 10 * 1024 * 1024;
    let mut repeated = String::with_capacity(SIZE + POSTING.len());
    while repeated.len() < SIZE {
        repeated.push_str(POSTING);
    }
    timed("10 MB of repeated postings", &repeated);

    let one_line: String = POSTING.replace('\n', " ").repeat(SIZE / POSTING.len() + 1);
    timed("10 MB on a single line", &one_line);

    // Binary-looking text: every code point class, no structure.
    let mut seed = 88172645463325252u64;
    let mut noise = String::with_capacity(SIZE + 4);
    while noise.len() < SIZE {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let c = match seed % 10 {
            0..=5 => (b' ' + (seed >> 8) as u8 % 95) as char,
            6 => char::from_u32((seed >> 8) as u32 % 0x3000).unwrap_or('?'),
            7 => ['\n', '\t', '\u{a0}', '«', '»', '@', '/', '.'][(seed >> 8) as usize % 8],
            _ => char::from_digit((seed >> 8) as u32 % 10, 10).unwrap_or('0'),
        };
        noise.push(c);
    }
    timed("10 MB of noise", &noise);

    let chars = "é".repeat(SIZE / 2);
    timed("10 MB of one accented letter", &chars);
}
