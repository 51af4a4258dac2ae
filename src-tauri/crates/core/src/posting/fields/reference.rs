//! The posting's reference (« Réf. : CFA-OIM-CI-02-2025 », "Vacancy No. …").

use super::*;

pub(super) static REF_HEADING: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:offre|avis|appel|vacance|vacancy|recrutement|announcement|annonce|poste|job|position|tdr|termes)\b[^\n]{0,60}?(?:\bn°|\bno\.|\bn\s*o\b|#|\bref\b\.?|\breference\b)\s*:?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9])",
    )
});

pub(super) static REF_INLINE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r#"(?:\breference (?:suivante|du poste|de l'offre|de l'annonce|de l'avis|de la vacance|of the (?:post|position|vacancy))?|\bref\.?|\b(?:vacancy|advert|advertisement) (?:no|number)\.?)\s*(?:(?:n°|nº|no\.?)\s*)?:?\s*"?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9])"#,
    )
});

pub(super) static REF_PREFIX: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"^(?:(?:reference|ref)\.?\s*)?(?:n°|no\.|nº|num(?:ero)?\.?|#)?\s*:?\s*")
});

pub(super) static TOKEN: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"[A-Za-z0-9][A-Za-z0-9/_.\-]*[A-Za-z0-9]"));

pub(super) fn reference_token(
    norm: &Normalized<'_>,
    r: Range<usize>,
    confidence: f32,
) -> Option<Found<String>> {
    let text = &norm.text;
    let s = text.get(r.clone())?;
    let skip = REF_PREFIX.find(s).map_or(0, |m| m.end());
    let t = TOKEN.find(s.get(skip..)?)?;
    let tok = t.as_str();
    // A reference has a digit (« CFA-OIM-CI-02-2025 ») or joins its parts with « _ »
    // (« PCQVP_Plateforme »); a word after « Référence » is not one.
    if !tok.chars().any(|c| c.is_ascii_digit() || c == '_') || tok.len() < 3 {
        return None;
    }
    let tr = (r.start + skip + t.start())..(r.start + skip + t.end());
    Some(found(norm, tr.clone(), norm.display(tr), confidence))
}

/// A subject the posting demands that is a code (« avec la mention en objet du mail
/// « INBIO0325GS » ») is the posting's reference: it names the post among the employer's
/// others, which is what a reference is for.
pub(crate) fn reference_from_subject(subject: &Found<String>) -> Option<Found<String>> {
    let v = subject.value.as_str();
    let code = v.len() >= 6
        && !v.contains(char::is_whitespace)
        && v.chars().any(|c| c.is_ascii_digit())
        && v.chars().any(char::is_alphabetic)
        && v.chars().all(|c| c.is_alphanumeric() || "-_/.".contains(c));
    code.then(|| {
        let mut f = subject.clone();
        f.confidence = f.confidence.min(0.7);
        f
    })
}

pub(super) fn reference(
    norm: &Normalized<'_>,
    hits: &[LabelHit],
    lines: &[Range<usize>],
) -> Option<Found<String>> {
    let text = &norm.text;
    for h in hits.iter().filter(|h| h.field == Field::Reference) {
        if let Some(f) = reference_token(norm, h.value.clone(), 0.9) {
            return Some(f);
        }
    }
    for r in lines.iter().take(60) {
        let Some(l) = text.get(r.clone()) else {
            continue;
        };
        if l.len() > 160 {
            continue;
        }
        if let Some(v) = REF_HEADING.captures(l).and_then(|c| c.name("v")) {
            if let Some(f) = reference_token(norm, (r.start + v.start())..(r.start + v.end()), 0.8)
            {
                return Some(f);
            }
        }
    }
    for c in REF_INLINE.captures_iter(text).take(200) {
        if let Some(v) = c.name("v") {
            if let Some(f) = reference_token(norm, v.range(), 0.7) {
                return Some(f);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::posting::parse_posting;

    fn reference(text: &str) -> Option<String> {
        parse_posting(text).reference.map(|r| r.value)
    }

    // Each text is from a real posting of the corpus.

    #[test]
    fn a_code_demanded_as_subject_is_the_reference() {
        assert_eq!(
            reference("doit être envoyé à l’adresse mail : i.amara@groupesaba.com  avec la mention en objet du mail « INBIO0325GS ». • NB : Seuls les candidat(e)s présélectionné(e)s seront contacté(e)s."),
            Some("INBIO0325GS".into())
        );
        assert_eq!(
            reference("soumettre leurs candidatures à l'adresse recrutementabidjan@iom.int  avec en objet : \"CFA-OIM-CI-02-2025\". Les candidatures doivent comporter un CV."),
            Some("CFA-OIM-CI-02-2025".into())
        );
        // A subject in words is not a reference.
        assert_eq!(
            reference("à rh@ong.org avec en objet : Candidature Comptable 2025."),
            None
        );
    }

    #[test]
    fn numbers_after_ref_no_and_advert_no() {
        assert_eq!(
            reference("Grade: NCRC 3 | Ref No.: NCRC/1/8/2025"),
            Some("NCRC/1/8/2025".into())
        );
        assert_eq!(reference("- Advert No.: 153/2025"), Some("153/2025".into()));
        assert_eq!(
            reference("en indiquant la référence N° 007/TCD/05/2018/IC. (Si cette référence n’est pas indiquée en objet de votre mail, votre offre ne peut être considérée)."),
            Some("007/TCD/05/2018/IC".into())
        );
    }

    #[test]
    fn a_labelled_reference_joined_by_an_underscore() {
        assert_eq!(
            reference("Référence : PCQVP_Plateforme"),
            Some("PCQVP_Plateforme".into())
        );
        assert_eq!(reference("Référence : Offre"), None);
    }
}
