//! The posting's reference (« Réf. : CFA-OIM-CI-02-2025 », "Vacancy No. …").

use super::*;

pub(super) static REF_HEADING: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:offre|avis|appel|vacance|vacancy|recrutement|announcement|annonce|poste|job|position|tdr|termes)\b[^\n]{0,60}?(?:\bn°|\bno\.|\bn\s*o\b|#|\bref\b\.?|\breference\b)\s*:?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9])",
    )
});

pub(super) static REF_INLINE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r#"(?:\breference (?:suivante|du poste|de l'offre|de l'annonce|de l'avis|de la vacance|of the (?:post|position|vacancy))?|\bref\.?(?:\s*n°)?|\bvacancy (?:no|number)\.?)\s*:?\s*"?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9])"#,
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
    if !tok.chars().any(|c| c.is_ascii_digit()) || tok.len() < 3 {
        return None;
    }
    let tr = (r.start + skip + t.start())..(r.start + skip + t.end());
    Some(found(norm, tr.clone(), norm.display(tr), confidence))
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
