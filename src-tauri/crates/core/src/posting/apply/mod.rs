//! How to apply. Owns choosing the e-mail address applications go to (not one given for
//! questions, complaints or fraud reports), the office where a paper file is dropped
//! ("déposés au bureau ... ou envoyés par email"), and the subject line or envelope mention
//! the posting demands ("en indiquant dans l'objet du mail : « REF N°... »").

use std::ops::Range;
use std::sync::LazyLock;

use super::normalize::Normalized;
use super::pattern::{after, before, fold, Pat};
use super::Found;

mod copies;
mod glued;
mod subject;

pub(crate) use copies::copies;

pub(super) static EMAIL: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
});

static APPLY_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:postuler|e-?mailing|candidatures?|dossiers?|envoy\w*|adress\w*|transmett\w*|transmis\w*|soumett\w*|soumis\w*|faire parvenir|par (?:e-?mail|courriel|mail)|apply|applications?|send|submit\w*|cv|resume|lettre de motivation|cover letter|adresse suivante|following (?:e-?mail )?address)\b",
    )
});

static INFO_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:informations?|renseignements?|questions?|precisions?|inquir\w*|queries|query|clarifications?|plaintes?|complaints?|signal\w*|fraud\w*|whistle\w*|abus|psea|harcelement|do not send|ne pas envoyer|support technique|technical (?:support|issues?)|desabonner|unsubscribe)\b",
    )
});

/// The end of a sentence: its mark and a space, or its mark glued to the next sentence by
/// a scraper (« à la direction.CandidatureEnvoyez ») after a word of small letters, so
/// that « S.A. » or « U.N. » are not taken for sentences.
pub(super) static SENTENCE_END: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"[.!?]\s|\p{Ll}\p{Ll}[.!?]\p{Lu}"));

/// Byte offset of the mark that ends the sentence matched by [`SENTENCE_END`].
pub(super) fn mark_at(m: &regex::Match<'_>) -> usize {
    m.start() + m.as_str().find(['.', '!', '?']).unwrap_or(0)
}

/// Drop-off verbs and the place preposition that follows them.
static DROP: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:\bdeposee?s?|\bdeposer|\bdepot (?:physique )?(?:des (?:dossiers|candidatures) )?|remise?s?|a remettre|envoyee?s? par (?:voie )?(?:postale|courrier)|par courrier|hand[- ]delivered|delivered|dropped off|submitted in person)(?:\s*,?\s*(?:sous pli ferme|contre recepisse|en (?:version )?papier|physiquement|en main propre|en \w+ exemplaires|,))*\s+(?:(?:au niveau du|au niveau de la|aupres du|aupres de la|a la|au|aux|a|chez|at|to)\s|aupres de l'|a l')",
    )
});

static DROP_STOP: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\s(?:ou (?:envoy|par |transmis|soumis|adress|a l'adresse (?:e-?mail|electronique)|sur |via |par voie)|or (?:by|sent|e-?mail|via)|au plus tard|avant le|avant |contre recepisse|sous pli|avec la mention|portant la mention|tous les jours|du lundi|les jours ouvrables|aux heures|entre \d|de \d+\s*h|no later|not later|by |before |during )",
    )
});

static ADDRESS_INTRO: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"^(?:l')?adresse (?:suivante|ci-dessous|ci-apres)\s*:?\s*"));

type ApplyFields = (
    Option<Found<String>>,
    Option<Found<String>>,
    Option<Found<String>>,
);

/// Finds the e-mail address, the drop-off address and the required subject.
pub(crate) fn extract(
    norm: &Normalized<'_>,
    reference: Option<&Found<String>>,
    title: Option<&Found<String>>,
) -> ApplyFields {
    (
        email(norm),
        address(norm),
        subject::subject(norm, reference, title),
    )
}

pub(super) fn sentence_before(text: &str, at: usize, max: usize) -> &str {
    let (_, w) = before(text, at, max);
    let cut = SENTENCE_END
        .find_iter(w)
        .last()
        .map_or(0, |m| mark_at(&m) + 1);
    w.get(cut..).unwrap_or("")
}

pub(super) fn sentence_after(text: &str, at: usize, max: usize) -> &str {
    let w = after(text, at, max);
    let cut = SENTENCE_END.find(w).map_or(w.len(), |m| mark_at(&m));
    w.get(..cut).unwrap_or("")
}

fn email(norm: &Normalized<'_>) -> Option<Found<String>> {
    let text = &norm.text;
    let mut best: Option<(i32, Range<usize>)> = None;
    let mut count = 0;
    for m in EMAIL.find_iter(text).take(500) {
        count += 1;
        let ctx = sentence_before(text, m.start(), 300);
        let next = sentence_after(text, m.end(), 120);
        let score = 2 * APPLY_WORDS.find_iter(ctx).count().min(4) as i32
            + APPLY_WORDS.find_iter(next).count().min(2) as i32
            - 6 * INFO_WORDS.find_iter(ctx).count().min(3) as i32
            - 2 * INFO_WORDS.find_iter(next).count().min(2) as i32;
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, m.range()));
        }
    }
    let (score, r) = best?;
    let r = match text.get(r.clone()) {
        Some(a) => {
            let u = glued::unglued(a);
            (r.start + u.start)..(r.start + u.end)
        }
        None => r,
    };
    if score <= 0 && !(count == 1 && score == 0) {
        return None;
    }
    let confidence = if score >= 4 {
        0.9
    } else if score > 0 {
        0.7
    } else {
        0.4
    };
    // Addresses are written « Recrutement@ONG.org » as often as not; mail servers read
    // them without case, and the draft shows them as they are usually typed.
    let value = norm.display(r.clone()).to_lowercase();
    Some(Found::new(value, norm.to_original(r), confidence))
}

fn address(norm: &Normalized<'_>) -> Option<Found<String>> {
    let text = &norm.text;
    for m in DROP.find_iter(text).take(100) {
        let mut start = m.end();
        let window = after(text, start, 400);
        if let Some(intro) = ADDRESS_INTRO.find(window) {
            start += intro.end();
        }
        let window = after(text, start, 400);
        let folded_head = fold(window.get(..window.len().min(20)).unwrap_or(""));
        if folded_head.starts_with("plus tard") || folded_head.starts_with("plus tot") {
            continue;
        }
        // Walk to the end of the address: sentence end outside brackets, a stop phrase, or
        // a blank line.
        let mut depth = 0i32;
        let mut end = window.len();
        let mut prev = ' ';
        for (i, c) in window.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                '\n' if prev == '\n' => {
                    end = i;
                    break;
                }
                ';' if depth <= 0 => {
                    end = i;
                    break;
                }
                _ => {}
            }
            if c == '.' && depth <= 0 {
                let next = window.get(i + 1..).and_then(|s| s.chars().next());
                if next.is_none_or(char::is_whitespace) {
                    end = i;
                    break;
                }
            }
            prev = c;
        }
        if let Some(stop) = DROP_STOP.find(window.get(..end).unwrap_or("")) {
            end = stop.start();
        }
        let raw = window
            .get(..end)
            .unwrap_or("")
            .trim_end_matches([',', ' ', '\n', ':']);
        if raw.trim().len() < 4 || raw.contains('@') {
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let r = (start + lead)..(start + raw.len());
        // An address laid out on its own lines reads best with commas between the lines.
        let block = text
            .get(..start)
            .unwrap_or("")
            .trim_end_matches([' ', '\t'])
            .ends_with(":\n")
            || raw.starts_with('\n');
        let value = if block {
            // Take the lines from the source so typography survives.
            let o = norm.to_original(r.clone());
            norm.original
                .get(o)
                .unwrap_or("")
                .lines()
                .map(super::normalize::display)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            norm.display(r.clone())
        };
        return Some(Found::new(value, norm.to_original(r), 0.75));
    }
    None
}
