//! Names in a posting: a place appended to a title, the name an acronym stands for, a
//! title with or without its article, an e-mail domain that spells the employer.

use super::patterns::*;
use super::*;

/// Where a place written at the end of `s` starts ("… - CAMEROUN", "… BURKINA FASO"), if
/// `s` ends with one and has words before it.
pub(super) fn trailing_place(s: &str) -> Option<usize> {
    let places = timezone::places_in(s, 20);
    let (r, _) = places.last()?;
    let rest = s.get(r.end..)?;
    if !rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return None;
    }
    let before = s.get(..r.start)?;
    // "… au Mali", "… in Freetown": a place the title itself introduces stays (« à
    // Kédougou » has a cut of its own, `PLACE_CUT`).
    let last_word = fold(before.split_whitespace().last().unwrap_or(""));
    if matches!(
        last_word.as_str(),
        "a" | "au" | "aux" | "en" | "de" | "du" | "des" | "d" | "in" | "at" | "of" | "for" | "pour"
    ) || last_word.ends_with('\'')
    {
        return None;
    }
    let cut = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '(' | '/')
    });
    (!cut.is_empty()).then_some(cut.len())
}

/// The capitalized name right before an acronym's parenthesis: "Fédération Nationale des
/// Organisations de Santé de Côte d'Ivoire (FENOS-CI)".
pub(super) fn name_before(text: &str, paren: usize) -> Option<Range<usize>> {
    let (start, window) = crate::posting::pattern::before(text, paren, 200);
    // A name does not run across lines ("Contexte\nPremière Urgence Internationale (PUI)").
    let (start, window) = match window.rfind('\n') {
        Some(nl) => (start + nl + 1, window.get(nl + 1..).unwrap_or("")),
        None => (start, window),
    };
    let window = window.trim_end();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in window.split(|c: char| c.is_whitespace()) {
        words.push((pos, w));
        pos += w.len() + 1;
    }
    let mut first = None;
    for &(at, w) in words.iter().rev() {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric());
        if clean.is_empty() && w != "&" {
            if w.is_empty() {
                continue;
            }
            break;
        }
        if w.ends_with([',', '.', ';', ':']) && first.is_some() {
            break;
        }
        let lower = fold(clean);
        let lower = lower
            .rsplit(['\'', '’'])
            .next()
            .unwrap_or(&lower)
            .to_string();
        if clean.chars().next().is_some_and(char::is_uppercase) {
            first = Some(at);
        } else if CONNECTORS.contains(&lower.as_str()) || w.contains(['\'', '’']) {
            continue;
        } else {
            break;
        }
        if first.is_some() && window.len() - at > 150 {
            break;
        }
    }
    let at = first?;
    let mut s = start + at;
    // Leading articles are not part of the name.
    let rest = text.get(s..start + window.len())?;
    if let Some(m) = ARTICLE.find(rest) {
        s += m.end();
    }
    let r = trim(text, s..start + window.len());
    (r.len() >= 4 && text.get(r.clone())?.split_whitespace().count() >= 2).then_some(r)
}

/// A title without what does not change the post: a count or an article before it
/// ("02", "un(e)", "le/la"), « (H/F) » after it.
pub(super) fn title_group(key: &str) -> String {
    let mut words: Vec<&str> = key.split(' ').collect();
    while words.len() > 1
        && words.first().is_some_and(|w| {
            matches!(
                *w,
                "un" | "une" | "e" | "des" | "le" | "la" | "l" | "the" | "a" | "an"
            ) || w.chars().all(|c| c.is_ascii_digit())
        })
    {
        words.remove(0);
    }
    while words.len() > 2 {
        let n = words.len();
        let tail = (words[n - 2], words[n - 1]);
        if matches!(tail, ("h", "f") | ("f", "h") | ("m", "f") | ("f", "m")) {
            words.truncate(n - 2);
        } else {
            break;
        }
    }
    words.join(" ")
}

/// One value for a name, its acronym and both together, when the posting defines the
/// acronym ("Action Contre la Faim (ACF)"): they name one employer, so their
/// probabilities add up instead of splitting.
pub(super) fn merge_acronyms(ctx: &Context<'_>, out: &mut [Candidate]) {
    let text = ctx.text();
    let defs: Vec<(String, String)> = ACRONYM_DEF
        .captures_iter(head(text))
        .take(40)
        .filter_map(|c| {
            let (all, a) = (c.get(0)?, c.name("a")?);
            let full = name_before(text, all.start())?;
            Some((
                lexicon::key(&fold(text.get(full)?)),
                lexicon::key(&fold(a.as_str())),
            ))
        })
        .collect();
    for c in out.iter_mut() {
        if let Some((full, acr)) = defs
            .iter()
            .find(|(full, acr)| c.key == *full || c.key == *acr || c.key == format!("{full} {acr}"))
        {
            c.key = format!("{full} {acr}");
        }
    }
}

/// The name an acronym stands for, as the posting defines it: "PUI" →
/// "Première Urgence Internationale (PUI)" (its normalized range). A candidate reads the
/// name better than the letters.
pub(crate) fn expand_acronym(ctx: &Context<'_>, acronym: &str) -> Option<Range<usize>> {
    let text = ctx.text();
    ACRONYM_DEF
        .captures_iter(head(text))
        .take(40)
        .find_map(|c| {
            let (all, a) = (c.get(0)?, c.name("a")?);
            if a.as_str() != acronym {
                return None;
            }
            let full = name_before(text, all.start())?;
            Some(full.start..all.end())
        })
}

/// Whether the apply e-mail's domain spells the candidate or its initials
/// ("recrutement@ropcci.org" for "ROPC-CI" or "Réseau des Organisations…").
pub(super) fn matches_domain(ctx: &Context<'_>, key: &str) -> bool {
    let Some(domain) = ctx.domain.as_deref() else {
        return false;
    };
    if domain.len() < 2 || matches!(domain, "gmail" | "yahoo" | "hotmail" | "outlook") {
        return false;
    }
    let compact: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
    let initials: String = key
        .split([' ', '-'])
        .filter(|w| w.len() > 3 || w.chars().all(|c| c.is_ascii_digit()))
        .filter_map(|w| w.chars().next())
        .collect();
    (compact.len() >= 2 && (domain.contains(&compact) || compact.contains(domain)))
        || (initials.len() >= 2 && domain.starts_with(&initials))
}
