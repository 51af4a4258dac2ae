//! Announcements for several posts: « POSTE 1 : Chauffeur », « - 02 Superviseurs »,
//! "Assistant Director Research – 3 Positions"… Owns finding every post such an
//! announcement lists, so that the candidate picks the one to apply for (or creates one
//! application per post, sharing the checklist and the deadline).
//!
//! A post is a short line that names a job (after its number, count or article), in a list:
//! a bullet or numbered item, or a « Poste N » label, with at least one other such line
//! close by. One job named in a list is not an announcement for several posts.

use std::ops::Range;
use std::sync::LazyLock;

use super::fields::{Field, LabelHit};
use super::lexicon;
use super::normalize::Normalized;
use super::pattern::{fold, Pat};

/// Lines at most this far apart belong to one list of posts.
const NEAR: usize = 8;
/// A post's line is short; longer lines are sentences about it.
const MAX_WORDS: usize = 14;
/// Announcements list a few dozen posts at most; more is a table of something else.
const MAX_POSTS: usize = 40;

/// « Poste 1 : », « POSTE N°2 - », "Position 3:", « Lot 1 : ».
static POST_LABEL: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"^(?:poste|position|post|profil|lot)\s*(?:n°|no\.?|#)?\s*\d{1,2}\s*[:.)–—-]\s*")
});

/// What may stand before the job in a list item: numbering, a count, an article.
static LEAD: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[-.)/]\s+)?(?:\(?\d{1,4}\)?\s*x?\s+|un\s*\(\s*\d+\s*\)\s+|une?\s*\(\s*\d+\s*\)\s+|une?\s+|des\s+|deux\s+|trois\s+|quatre\s+|cinq\s+|\d{1,3}x\s*)?(?:\(\s*\d{1,4}\s*\)\s*)?",
    )
});

/// The number of a numbered item: "1.", "2-", "3)".
static NUMBERING: LazyLock<Pat> = LazyLock::new(|| Pat::new(r"^\s*(?P<n>\d{1,2})\s*[-.)/]\s+"));

/// "– 4 Posts", "(3 postes)", "- 2 Positions" after a post.
static POSTS_SUFFIX: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"\s*[(–—-]?\s*\d{1,3}\s*(?:posts?|positions?|postes?)\)?\s*$"));

/// A line that is a sentence or a field, not a post: it says what the post does or needs.
static NOT_A_POST: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"(?:\b(?:ans d'experience|years of experience|experience|diplome|degree|niveau|bac\s*\+|master|licence|bachelor|minimum|au moins|at least|capacite|ability|connaissance|knowledge|maitrise|candidature|application|a pourvoir|vacancies)\b|@|https?://|^[«\x22\x{201C}])",
    )
});

/// Every post the posting lists, in order, when it lists at least two; otherwise none.
pub(crate) fn find(norm: &Normalized<'_>, hits: &[LabelHit]) -> Vec<(Range<usize>, String)> {
    let text = &norm.text;
    // "Job Title: Programs Officer" … "Job Title: Finance Officer": one posting, one title
    // label per post.
    let mut labelled: Vec<(Range<usize>, String)> = Vec::new();
    for h in hits.iter().filter(|h| h.field == Field::Title) {
        let value = norm.display(h.value.clone());
        let key = lexicon::key(&fold(&value));
        if NOT_A_POST.is_match(&value) || value.split_whitespace().count() > MAX_WORDS {
            continue;
        }
        if !labelled.iter().any(|(_, v)| lexicon::key(&fold(v)) == key) {
            labelled.push((h.value.clone(), value));
        }
    }
    if labelled.len() >= 2 {
        labelled.truncate(MAX_POSTS);
        return labelled;
    }
    // (line index, value, labelled, item number)
    let mut lines: Vec<(usize, Range<usize>, bool, Option<u32>)> = Vec::new();
    let mut start = 0;
    for (index, end) in text
        .match_indices('\n')
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .enumerate()
    {
        let range = start..end;
        start = end + 1;
        let Some(line) = text.get(range.clone()) else {
            continue;
        };
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.len() > 200 {
            continue;
        }
        let bullet = norm.bullet_lines.binary_search(&range.start).is_ok();
        let offset = range.start + (line.len() - line.trim_start().len());
        let (labelled, skip) = match POST_LABEL.find(trimmed) {
            Some(m) => (true, m.end()),
            None => (false, 0),
        };
        let rest = trimmed.get(skip..).unwrap_or("");
        let numbered = LEAD.find(rest).is_some_and(|m| {
            m.as_str()
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '(')
        });
        if !(labelled || bullet || numbered) {
            continue;
        }
        let lead_match = LEAD.find(rest);
        let lead = lead_match.map_or(0, |m| m.end());
        // "12x Sauveteur Minier", "(02) Magasiniers": a count says it is a post even when
        // the job is not in the lexicon.
        let counted = lead_match.is_some_and(|m| {
            let l = m.as_str();
            l.contains(|c: char| c.is_ascii_digit()) && !NUMBERING.is_match(l)
        });
        let value = rest.get(lead..).unwrap_or("").trim_end();
        let value = value.trim_end_matches([':', ';', ',', '.']).trim_end();
        // "Human Resource Management Officer – 4 Posts": the post without its count.
        let value = match POSTS_SUFFIX.find(value) {
            Some(m) if m.start() > 0 => value.get(..m.start()).unwrap_or(value),
            _ => value,
        };
        let folded = fold(value);
        let words = value.split_whitespace().count();
        // A numbered item may name its job last ("Records Management Officer III").
        let numbered_item = NUMBERING.is_match(rest) || labelled;
        let names_a_job = lexicon::starts_with_job_noun(&folded)
            || numbered_item && words <= 8 && lexicon::has_job_noun(&folded)
            || counted && words <= 8 && value.starts_with(char::is_uppercase);
        if words > MAX_WORDS
            || words == 0
            || trimmed.ends_with('.') && !labelled
            || !names_a_job
            || NOT_A_POST.is_match(value)
        {
            continue;
        }
        let number = NUMBERING
            .captures(rest)
            .and_then(|c| c.name("n"))
            .and_then(|n| n.as_str().parse::<u32>().ok());
        let begin = offset + skip + lead;
        lines.push((index, begin..begin + value.len(), labelled, number));
    }
    // Keep the lines that have another post line close by (or a « Poste N » label).
    let mut posts: Vec<(Range<usize>, String)> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for (i, (index, range, labelled, number)) in lines.iter().enumerate() {
        let near = |j: usize| {
            lines
                .get(j)
                .is_some_and(|(k, _, _, _)| k.abs_diff(*index) <= NEAR)
        };
        // "1. Senior HR Officer" … "2. HR Officer": numbered items in sequence form a list
        // however long each post's description is.
        let in_sequence = |j: usize, step: i64| {
            lines.get(j).is_some_and(|(_, _, _, n)| {
                matches!((n, number), (Some(a), Some(b)) if i64::from(*a) - i64::from(*b) == step)
            })
        };
        let listed = (i > 0 && (near(i - 1) || in_sequence(i - 1, -1)))
            || near(i + 1)
            || in_sequence(i + 1, 1);
        if !(listed || *labelled && lines.len() > 1) {
            continue;
        }
        let value = norm.display(range.clone());
        let key = lexicon::key(&fold(&value));
        if !keys.contains(&key) {
            keys.push(key);
            posts.push((range.clone(), value));
        }
        if posts.len() == MAX_POSTS {
            break;
        }
    }
    if posts.len() < 2 {
        return Vec::new();
    }
    posts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts(text: &str) -> Vec<String> {
        let norm = Normalized::new(text);
        let lines = crate::posting::fields::lines(&norm.text);
        let hits = crate::posting::fields::label_hits(&norm, &lines);
        find(&norm, &hits).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn lists_every_post_of_an_announcement_for_several() {
        let text = "L'ONG X recrute pour son projet :\n\n- 02 Chauffeurs\n- Un (01) Comptable principal (H/F)\n- 3 Animateurs communautaires\n\nProfil :\n- Diplôme de comptabilité\n";
        assert_eq!(
            posts(text),
            [
                "Chauffeurs",
                "Comptable principal (H/F)",
                "Animateurs communautaires"
            ]
        );
        let labelled = "POSTE 1 : Chargé de suivi-évaluation\nMissions : ...\n\nPOSTE 2 : Assistant administratif\nMissions : ...";
        assert_eq!(
            posts(labelled),
            ["Chargé de suivi-évaluation", "Assistant administratif"]
        );
        let numbered = "1. Senior Human Resource Management Officer\nDuties:\n- Plan\n- Report\n- Advise\n- Train\n- Audit\n- Hire\n- Pay\n- Review\n- Count\n2. Human Resource Management Officer – 4 Posts\nDuties:\n- Plan";
        assert_eq!(
            posts(numbered),
            [
                "Senior Human Resource Management Officer",
                "Human Resource Management Officer"
            ]
        );
        let titles =
            "Job Title: Programs Officer\nDuties...\n\nJob Title: Finance Officer\nDuties...";
        assert_eq!(posts(titles), ["Programs Officer", "Finance Officer"]);
        let counted = "Postes :\n• 12x Sauveteur Minier\n• 3x Magasinier\n";
        assert_eq!(posts(counted), ["Sauveteur Minier", "Magasinier"]);
    }

    #[test]
    fn a_single_post_and_lists_of_tasks_or_requirements_are_not_several_posts() {
        let text = "Poste : Chauffeur\n\nTâches :\n- Conduire le véhicule\n- Entretenir le véhicule\n\nProfil :\n- Ingénieur en génie civil, 5 ans d'expérience\n- Permis B\n";
        assert!(posts(text).is_empty());
        let one = "Nous recrutons :\n- 01 Chauffeur\n\nDate limite : 3 mars 2026";
        assert!(posts(one).is_empty());
    }
}
