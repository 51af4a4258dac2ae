//! Accent- and case-tolerant regular expressions, and the folded form of words used for
//! look-ups. Postings come with accents dropped, in capitals or both ("DECEMBRE",
//! "Date limite de depot"), so every pattern is written in plain lowercase and widened here.

use regex::{Captures, Match, Regex, RegexBuilder};
use unicode_normalization::UnicodeNormalization;

/// A compiled pattern. A pattern that fails to compile is a programming error caught by the
/// tests (`debug_assert!`); in a release build it simply never matches, so parsing never panics.
#[derive(Debug)]
pub(crate) struct Pat(Option<Regex>);

impl Pat {
    /// Builds a case-insensitive pattern where each plain vowel or `c` also matches its
    /// accented forms and each literal space matches any run of white space.
    pub(crate) fn new(pattern: &str) -> Pat {
        Pat::raw(&format!("(?i){}", widen(pattern)))
    }

    /// Like [`Pat::new`], with ASCII word boundaries. A Unicode `\b` keeps the regex engine
    /// off its fast automaton as soon as the text holds a non-ASCII byte, which makes a pass
    /// over a huge paste ten times slower. For patterns that scan the whole text and whose
    /// boundaries sit next to plain letters or digits, the ASCII boundary means the same.
    pub(crate) fn scanner(pattern: &str) -> Pat {
        Pat::raw(&format!(
            "(?i){}",
            widen(pattern).replace(r"\b", r"(?-u:\b)")
        ))
    }

    /// Builds a pattern exactly as written (no widening).
    pub(crate) fn raw(pattern: &str) -> Pat {
        let built = RegexBuilder::new(pattern).size_limit(64 << 20).build();
        debug_assert!(built.is_ok(), "bad pattern {pattern}: {built:?}");
        Pat(built.ok())
    }

    pub(crate) fn is_match(&self, hay: &str) -> bool {
        self.0.as_ref().is_some_and(|r| r.is_match(hay))
    }

    pub(crate) fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.0.as_ref().and_then(|r| r.find(hay))
    }

    pub(crate) fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        self.0.as_ref().and_then(|r| r.captures(hay))
    }

    pub(crate) fn replace_all(&self, hay: &str, rep: &str) -> String {
        match &self.0 {
            Some(r) => r.replace_all(hay, rep).into_owned(),
            None => hay.to_string(),
        }
    }

    pub(crate) fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.iter().flat_map(move |r| r.find_iter(hay))
    }

    pub(crate) fn captures_iter<'r, 'h>(
        &'r self,
        hay: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.iter().flat_map(move |r| r.captures_iter(hay))
    }
}

fn accented(c: char) -> Option<&'static str> {
    Some(match c {
        'a' | 'A' => "[aàâäáã]",
        'e' | 'E' => "[eéèêë]",
        'i' | 'I' => "[iîïí]",
        'o' | 'O' => "[oôöó]",
        'u' | 'U' => "[uùûüú]",
        'c' | 'C' => "[cç]",
        _ => return None,
    })
}

/// Widens literal letters outside escapes, classes, repetition counts and group headers.
fn widen(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() * 3);
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            out.push(c);
            if let Some(&n) = chars.get(i + 1) {
                out.push(n);
                i += 2;
                if (n == 'p' || n == 'P') && chars.get(i) == Some(&'{') {
                    while i < chars.len() {
                        out.push(chars[i]);
                        i += 1;
                        if chars[i - 1] == '}' {
                            break;
                        }
                    }
                }
            } else {
                i += 1;
            }
            continue;
        }
        if in_class {
            if c == ']' {
                in_class = false;
            }
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                in_class = true;
                out.push(c);
                i += 1;
                // A leading `]` or `^]` is literal inside a class.
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    out.push(']');
                    i += 1;
                }
            }
            '(' if chars.get(i + 1) == Some(&'?') => {
                // Group header: flags "(?i)", "(?:", or a name "(?P<name>".
                let named = matches!(chars.get(i + 2), Some('P') | Some('<'));
                let stop = if named { '>' } else { ':' };
                while i < chars.len() {
                    let d = chars[i];
                    out.push(d);
                    i += 1;
                    if d == stop || (!named && d == ')') {
                        break;
                    }
                }
            }
            '{' => {
                while i < chars.len() {
                    out.push(chars[i]);
                    i += 1;
                    if chars[i - 1] == '}' {
                        break;
                    }
                }
            }
            ' ' => {
                out.push_str(r"\s+");
                i += 1;
            }
            '\'' => {
                out.push_str(r"'\s*");
                i += 1;
            }
            _ => {
                match accented(c) {
                    Some(class) => out.push_str(class),
                    None => out.push(c),
                }
                i += 1;
            }
        }
    }
    out
}

/// Lowercase, without diacritics, with ligatures spelled out: the key for look-ups.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            '\u{300}'..='\u{36f}' => {}
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '’' | '‘' | 'ʼ' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when the letters of `s` are (nearly) all capitals, as in "COORDINATEUR DU CADRE".
pub(crate) fn is_shouting(s: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    upper >= 4 && lower * 5 <= upper
}

/// Largest char boundary at or below `i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary at or above `i`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The text at most `max` bytes before `end` (on char boundaries).
pub(crate) fn before(s: &str, end: usize, max: usize) -> (usize, &str) {
    let end = floor_boundary(s, end);
    let start = ceil_boundary(s, end.saturating_sub(max));
    (start, s.get(start..end).unwrap_or(""))
}

/// The text at most `max` bytes from `start` (on char boundaries).
pub(crate) fn after(s: &str, start: usize, max: usize) -> &str {
    let start = ceil_boundary(s, start);
    let end = floor_boundary(s, start.saturating_add(max));
    s.get(start..end.max(start)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widening_keeps_syntax() {
        assert_eq!(widen(r"\d+"), r"\d+");
        assert!(Pat::new("decembre").is_match("DÉCEMBRE"));
        assert!(Pat::new("date limite").is_match("Date   limite"));
        assert!(Pat::new("(?P<x>lieu d'affectation)").is_match("Lieu d' affectation"));
        assert!(Pat::new(r"[a-z]{2}").is_match("ab"));
        assert!(!Pat::new("aout").is_match("avril"));
        assert!(Pat::new("aout").is_match("août"));
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("MŒURS"), "moeurs");
        assert!(is_shouting("COORDINATEUR.TRICE DU CADRE"));
        assert!(!is_shouting("Agent santé mentale"));
    }
}
