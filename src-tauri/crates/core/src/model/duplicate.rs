//! When two applications are the same post: the rule the warning before saving follows.
//!
//! Candidates enter the same post twice (imported from two sites, typed again a week
//! later), spelled a little differently: « Chargé(e) de suivi-évaluation (H/F) » and
//! « Charge de Suivi Evaluation ». Titles and organizations are compared after folding
//! accents and case, dropping gender marks and punctuation, and allowing a few typing
//! differences; two different references mean two different posts.

use std::sync::LazyLock;

use crate::posting::pattern::Pat;
use crate::search::fold;

/// How alike two folded texts must be (normalized Levenshtein, 0 to 1).
const SIMILAR: f64 = 0.88;

/// A text reduced to what identifies the post: folded, gender marks such as « (H/F) »,
/// « F/H » and the feminine endings « (e) », « (ve) » dropped, punctuation turned to
/// spaces, spaces collapsed.
pub fn duplicate_key(text: &str) -> String {
    let folded = fold(text);
    let without_marks = GENDER_MARKS.replace_all(&folded, " ");
    without_marks
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// « (H/F) », « F/H », « H / F », « (e) », « (es) », « (ve) », « (trice) »… on folded text.
static GENDER_MARKS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(r"\(?\b[hfm] ?/ ?[hfm]\b\)?|\((?:e|es|ne|nes|ve|se|le|trice|rice|euse)\)")
});

/// References compare without case, spaces, dashes or slashes: « CFA-OIM-CI/02-2025 » is
/// « cfa oim ci 02 2025 ».
pub fn reference_key(reference: &str) -> String {
    fold(reference)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn similar(a: &str, b: &str) -> bool {
    a == b || (!a.is_empty() && !b.is_empty() && strsim::normalized_levenshtein(a, b) >= SIMILAR)
}

/// What identifies a post, reduced once: the new application's keys are computed once and
/// compared with every saved one (see `Store::find_duplicates`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostKeys {
    title: String,
    organization: String,
    reference: Option<String>,
}

impl PostKeys {
    pub fn of(title: &str, organization: &str, reference: Option<&str>) -> Self {
        Self {
            title: duplicate_key(title),
            organization: duplicate_key(organization),
            reference: reference.map(reference_key).filter(|r| !r.is_empty()),
        }
    }

    /// The rule: same organization and same title (a few typing differences allowed),
    /// unless both have a reference and they differ. Two posts with the same reference at
    /// the same organization are the same post even when the titles were typed differently.
    pub fn same_post(&self, other: &PostKeys) -> bool {
        if !similar(&self.organization, &other.organization) {
            return false;
        }
        match (&self.reference, &other.reference) {
            (Some(a), Some(b)) => a == b,
            _ => similar(&self.title, &other.title),
        }
    }
}

/// [`PostKeys::same_post`] of two (title, organization, reference).
pub fn is_duplicate(
    (title_a, org_a, ref_a): (&str, &str, Option<&str>),
    (title_b, org_b, ref_b): (&str, &str, Option<&str>),
) -> bool {
    PostKeys::of(title_a, org_a, ref_a).same_post(&PostKeys::of(title_b, org_b, ref_b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_accents_case_gender_marks_and_punctuation() {
        assert_eq!(
            duplicate_key("Chargé(e) de Suivi-Évaluation (H/F)"),
            "charge de suivi evaluation"
        );
        assert_eq!(duplicate_key("Comptable F/H – CDD"), "comptable cdd");
        assert_eq!(
            duplicate_key("  Assistant(e)  Administratif(ve) "),
            "assistant administratif"
        );
        assert_eq!(reference_key("CFA-OIM-CI/02-2025"), "cfaoimci022025");
    }

    #[test]
    fn the_same_post_spelled_differently_is_a_duplicate() {
        assert!(is_duplicate(
            (
                "Chargé(e) de suivi-évaluation (H/F)",
                "Save the Children",
                None
            ),
            ("Charge de Suivi Evaluation", "SAVE THE CHILDREN", None),
        ));
        // One letter typed wrong in each.
        assert!(is_duplicate(
            (
                "Coordinateur des programmes",
                "Médecins sans frontières",
                None
            ),
            (
                "Coordinateur des programmmes",
                "Medecins sans frontiere",
                None
            ),
        ));
        // The same reference at the same organization, titles typed differently.
        assert!(is_duplicate(
            ("Comptable principal", "AGEROUTE", Some("AGR/2025/014")),
            ("Chef comptable", "Ageroute", Some("agr-2025-014")),
        ));
    }

    #[test]
    fn different_posts_are_not_duplicates() {
        // Same title, another employer.
        assert!(!is_duplicate(
            ("Comptable", "UNICEF", None),
            ("Comptable", "UNFPA", None),
        ));
        // Same employer, another post.
        assert!(!is_duplicate(
            ("Chauffeur", "Croix-Rouge", None),
            ("Logisticien", "Croix-Rouge", None),
        ));
        // Two references that differ: two recruitments of the same title.
        assert!(!is_duplicate(
            ("Comptable", "OIM", Some("CFA-OIM-CI-02-2025")),
            ("Comptable", "OIM", Some("CFA-OIM-CI-07-2025")),
        ));
        // Close words that mean another post.
        assert!(!is_duplicate(
            ("Assistant administratif", "PNUD", None),
            ("Assistant financier", "PNUD", None),
        ));
    }
}
