//! The contract: its kind (CDD, CDI, consultancy…) and its length.

use super::*;

pub(super) static CONTRACT_TYPES: LazyLock<Vec<(Pat, &'static str)>> = LazyLock::new(|| {
    [
        (r"\bcdd\b|contrat a duree determinee", "CDD"),
        (r"\bcdi\b|contrat a duree indeterminee", "CDI"),
    ]
    .iter()
    .map(|(p, v)| (Pat::scanner(p), *v))
    .collect()
});

pub(super) static DURATION: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:pour une duree de|d'une duree de|for a (?:period|duration) of|duree de)\s+(?P<v>\d+\s+(?:mois|ans?|annees?|semaines|jours|months?|years?|weeks|days)(?:\s+(?:renouvelables?|renewable))?)",
    )
});

pub(super) static LENGTH: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"(?:\p{L}[\p{L}-]*\s*\(\d+\)|\d+)\s+(?:mois|ans?|annees?|semaines|months?|years?|weeks)\b(?:\s+(?:renouvelables?|renewable))?",
    )
});

pub(super) static LENGTH_AFTER_KIND: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^\s*(?:de|d'une duree de|of|for)?\s*(?P<v>(?:\p{L}[\p{L}-]*\s*\(\d+\)|\d+)\s+(?:mois|ans?|annees?|semaines|months?|years?|weeks)\b(?:\s+(?:renouvelables?|renewable))?)",
    )
});

pub(super) static NUMBER_WORDS: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\b\p{L}[\p{L}-]*\s*\((\d+)\)"));

pub(super) static CONTRACT_LINE: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"(?m)^(?:contrat|contract)\s+(?P<v>cdd|cdi)\b"));

pub(super) static LEADING_ZERO: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\b0+(\d)"));

pub(super) fn contract_type(value: &str) -> String {
    for (p, canon) in CONTRACT_TYPES.iter() {
        if p.is_match(value) {
            return (*canon).to_string();
        }
    }
    let cut = value
        .find([':', '(', ',', ';'])
        .map_or(value, |i| value.get(..i).unwrap_or(value));
    cut.trim().to_string()
}

pub(super) fn duration_value(value: &str) -> String {
    // "douze (12) mois" → "12 mois".
    let value = NUMBER_WORDS.replace_all(value, "$1");
    let cut = value
        .find([',', ';', '('])
        .map_or(value.as_str(), |i| value.get(..i).unwrap_or(&value));
    // "06 mois" → "6 mois".
    LEADING_ZERO.replace_all(cut.trim(), "$1")
}

pub(super) fn contract(norm: &Normalized<'_>, hits: &[LabelHit]) -> Option<Found<String>> {
    let text = &norm.text;
    let mut kind = first_hit(hits, Field::ContractType).map(|h| {
        (
            h.value.clone(),
            contract_type(&clean_value(norm, h.value.clone())),
            0.9,
        )
    });
    if kind.is_none() {
        // "Contrat CDD : ..." lines without a colon after the label.
        kind = hits
            .iter()
            .find(|h| h.field == Field::ContractType)
            .map(|h| {
                (
                    h.value.clone(),
                    contract_type(&clean_value(norm, h.value.clone())),
                    0.8,
                )
            });
    }
    if kind.is_none() {
        kind = CONTRACT_LINE
            .captures(text)
            .and_then(|c| c.name("v"))
            .map(|v| (v.range(), v.as_str().to_uppercase(), 0.8));
    }
    if kind.is_none() {
        kind = CONTRACT_TYPES
            .iter()
            .find_map(|(p, canon)| p.find(text).map(|m| (m.range(), (*canon).to_string(), 0.6)));
    }
    let mut duration = first_hit(hits, Field::Duration).map(|h| {
        (
            h.value.clone(),
            duration_value(&clean_value(norm, h.value.clone())),
        )
    });
    if duration.is_none() {
        duration = DURATION
            .captures(text)
            .and_then(|c| c.name("v"))
            .map(|v| (v.range(), duration_value(&norm.display(v.range()))));
    }
    if let (Some(k), None) = (&kind, &duration) {
        // "CDD de 12 mois": the length sits in the type's own value or right after it.
        let raw = text.get(k.0.clone()).unwrap_or("");
        if let Some(v) = LENGTH.find(raw) {
            let r = (k.0.start + v.start())..(k.0.start + v.end());
            duration = Some((r.clone(), duration_value(&norm.display(r))));
        } else if let Some(v) = LENGTH_AFTER_KIND
            .captures(crate::posting::pattern::after(text, k.0.end, 60))
            .and_then(|c| c.name("v"))
        {
            let r = (k.0.end + v.start())..(k.0.end + v.end());
            duration = Some((r.clone(), duration_value(&norm.display(r))));
        }
    }
    let parts: Vec<&str> = [
        kind.as_ref().map(|k| k.1.as_str()),
        duration.as_ref().map(|d| d.1.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect();
    if parts.is_empty() {
        return None;
    }
    let span = match (&kind, &duration) {
        (Some(k), Some(d)) => {
            if k.0.start <= d.0.start {
                k.0.clone()
            } else {
                d.0.clone()
            }
        }
        (Some(k), None) => k.0.clone(),
        (None, Some(d)) => d.0.clone(),
        (None, None) => return None,
    };
    let confidence = kind.as_ref().map_or(0.7, |k| k.2);
    Some(found(norm, span, parts.join(", "), confidence))
}
