//! The posting's language, and how its words are written when it shouts them.

use super::*;

const FR_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "des",
    "du",
    "et",
    "pour",
    "avec",
    "dans",
    "est",
    "une",
    "au",
    "sur",
    "vous",
    "nous",
    "poste",
    "candidature",
    "candidatures",
    "de",
    "en",
    "aux",
    "par",
    "ou",
];

const EN_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "for",
    "with",
    "in",
    "is",
    "are",
    "you",
    "will",
    "position",
    "application",
    "applications",
    "on",
    "be",
    "or",
    "by",
    "an",
    "this",
];

/// French unless English words clearly dominate.
pub(crate) fn detect_language(text: &str) -> Language {
    let sample = text
        .get(..crate::posting::pattern::floor_boundary(text, 200_000))
        .unwrap_or(text);
    let (mut fr, mut en) = (0usize, 0usize);
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.len() <= 12)
    {
        let w = w.to_lowercase();
        if FR_WORDS.contains(&w.as_str()) {
            fr += 1;
        }
        if EN_WORDS.contains(&w.as_str()) {
            en += 1;
        }
    }
    if en > fr {
        Language::En
    } else {
        Language::Fr
    }
}

/// How the posting spells each word when not shouting, to re-case values in capitals.
pub(crate) struct Lexicon<'a> {
    text: &'a str,
    forms: Option<HashMap<String, HashMap<String, usize>>>,
}

const SMALL_WORDS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "au", "aux", "a", "à", "pour",
    "par", "sur", "dans", "avec", "of", "the", "and", "for", "in", "on", "an", "to", "un", "une",
    "ou", "or",
];

impl<'a> Lexicon<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Lexicon { text, forms: None }
    }

    fn forms(&mut self) -> &HashMap<String, HashMap<String, usize>> {
        let text = self.text;
        self.forms.get_or_insert_with(|| {
            let mut map: HashMap<String, HashMap<String, usize>> = HashMap::new();
            let mut prev_sig: Option<char> = None;
            let mut word_start: Option<usize> = None;
            let mut sentence_start = true;
            for (i, c) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                if c.is_alphabetic() {
                    if word_start.is_none() {
                        word_start = Some(i);
                    }
                    continue;
                }
                if let Some(s) = word_start.take() {
                    let w = text.get(s..i).unwrap_or("");
                    let caps = w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase());
                    let initial_cap = w.chars().next().is_some_and(|c| c.is_uppercase());
                    let sentence_initial = sentence_start && initial_cap;
                    if !(caps || sentence_initial) && w.len() < 40 {
                        *map.entry(fold(w))
                            .or_default()
                            .entry(w.to_string())
                            .or_default() += 1;
                    }
                    sentence_start = false;
                    prev_sig = None;
                }
                if !c.is_whitespace() {
                    prev_sig = Some(c);
                }
                if c == '\n' || matches!(prev_sig, Some('.') | Some(':') | Some('!') | Some('?')) {
                    sentence_start = true;
                } else if !c.is_whitespace() {
                    sentence_start = false;
                }
            }
            map
        })
    }

    /// "COORDINATEUR.TRICE DU CADRE ... AU MALI" → "Coordinateur.trice du Cadre ... au Mali".
    pub(crate) fn recase(&mut self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut first = true;
        let mut word = String::new();
        let chars: Vec<char> = s.chars().collect();
        let mut i = 0;
        while i <= chars.len() {
            let c = chars.get(i).copied();
            if let Some(c) = c.filter(|c| c.is_alphabetic()) {
                word.push(c);
                i += 1;
                continue;
            }
            if !word.is_empty() {
                let w = std::mem::take(&mut word);
                let mut cased = self.best_form(&w);
                if first {
                    let mut cs = cased.chars();
                    cased = cs
                        .next()
                        .map(|f| f.to_uppercase().chain(cs).collect())
                        .unwrap_or_default();
                    first = false;
                }
                out.push_str(&cased);
            }
            if let Some(c) = c {
                out.push(c);
            }
            i += 1;
        }
        out
    }

    fn best_form(&mut self, w: &str) -> String {
        let key = fold(w);
        let lower = w.to_lowercase();
        if let Some(forms) = self.forms().get(&key) {
            let best = forms.iter().max_by(|a, b| {
                a.1.cmp(b.1).then_with(|| {
                    let al = a.0.chars().next().is_some_and(|c| c.is_lowercase());
                    let bl = b.0.chars().next().is_some_and(|c| c.is_lowercase());
                    al.cmp(&bl)
                })
            });
            if let Some((form, _)) = best {
                return form.clone();
            }
        }
        if SMALL_WORDS.contains(&lower.as_str()) || w.chars().count() > 3 {
            lower
        } else {
            // Short unknown capitals are acronyms (RH, SIG, VIH).
            w.to_string()
        }
    }
}
