//! The descriptive fields: title, organization, reference, duty station, contract, and the
//! posting's language. Owns the field labels of postings ("Intitulé du poste", "Lieu
//! d'affectation", "Duty Station", "Type de contrat"...), the fallbacks used when a posting
//! has no label (headers, "X recrute un(e) ...", "X est une ONG ..."), and re-casing of
//! values written in capitals from the posting's own spelling of each word.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::candidates::{self, Context, RankedField};
use super::normalize::Normalized;
use super::ranker::Model;
use super::timezone;
use super::{Found, Language, ParseWarning};
use crate::posting::pattern::{fold, is_shouting, Pat};
use contract::contract;
pub(crate) use language::{detect_language, Lexicon};
use reference::reference;
pub(crate) use reference::reference_from_subject;

mod contract;
mod language;
mod reference;

/// The fields this module finds.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    pub(crate) title: Option<Found<String>>,
    pub(crate) organization: Option<Found<String>>,
    pub(crate) reference: Option<Found<String>>,
    pub(crate) location: Option<Found<String>>,
    pub(crate) contract: Option<Found<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Organization,
    Location,
    Reference,
    ContractType,
    Duration,
}

/// Labels, as (field, labels that may be followed by a plain space, labels that need a
/// colon or a tab because they are also ordinary words).
const LABELS: &[(Field, &str, &str)] = &[
    (
        Field::Title,
        r"titre du poste|intitule du poste|intitule de poste|titre de poste|intitule de la fonction|intitule de l'emploi|poste a pourvoir|denomination du poste|libelle du poste|job title|position title|post title|title of (?:the )?(?:post|position)|vacancy title|functional title|titre fonctionnel",
        r"poste|titre|intitule|fonction|position|title|emploi|job|vacancy",
    ),
    (
        Field::Organization,
        r"nom de l'organisation|organisation recruteuse|organisme recruteur|structure recruteuse|hiring organi[sz]ation|nom de l'employeur",
        r"organisation|organisme|organization|employeur|employer|structure|entreprise|societe|agency|agence|institution|recruteur|ong|ngo",
    ),
    (
        Field::Location,
        r"lieux? d'affectation|lieu de travail|lieu du poste|lieu de service|lieu d'execution|poste base a|base d'affectation|pays (?:&|et) (?:base|lieu|ville) d'affectation|duty station|place of assignment|station d'affectation|localisation du poste|zone d'affectation|lieu de la mission|lieu d'emploi",
        r"lieu|localisation|location|ville|base|site|city|lieux",
    ),
    (
        Field::Reference,
        r"reference de l'offre|reference du poste|reference de l'avis|reference de l'annonce|n° de reference|numero de reference|reference number|job id|job opening id|vacancy (?:announcement )?(?:no|number|n°)|requisition (?:id|no)|numero de l'avis|avis n°",
        r"reference|ref\.?|ref n°|n° ref|ref\. n°",
    ),
    (
        Field::ContractType,
        r"type de contrat|nature du contrat|type d'engagement|type of contract|contract type|type of appointment|appointment type|nature de l'engagement|categorie de contrat|type de poste",
        r"contrat|contract",
    ),
    (
        Field::Duration,
        r"duree du contrat|duree de la mission|duree du poste|duree de l'engagement|duree de la consultance|duree de contrat|duree de l'affectation|duration of (?:the )?(?:contract|assignment|appointment)|contract duration|length of (?:contract|assignment)|duree prevue",
        r"duree|duration|period",
    ),
];

/// All labels in one pattern per kind (one regex run per line, not one per field); the
/// group `f<i>` that matched names the field `LABELS[i]`.
static LABEL_PATS: LazyLock<(Pat, Pat)> = LazyLock::new(|| {
    let group = |strict: bool| {
        LABELS
            .iter()
            .enumerate()
            .map(|(i, l)| format!("(?P<f{i}>{})", if strict { l.2 } else { l.1 }))
            .collect::<Vec<_>>()
            .join("|")
    };
    let loose = group(false);
    let strict = group(true);
    (
        Pat::new(&format!(
            r"^(?:{loose})\b\.?\s*(?:\(\w+\)\s*)?(?:[:\t-]\s*)?(?P<v>[^\t\n]*)"
        )),
        Pat::new(&format!(
            r"^(?:{strict})\s*(?:\(\w+\)\s*)?[:\t]\s*(?P<v>[^\t\n]*)"
        )),
    )
});

pub(crate) fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..text.len());
    out
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = text.get(r.clone()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | ':' | '.'));
    (r.start + lead)..(r.start + t.len()).max(r.start + lead)
}

pub(crate) struct LabelHit {
    pub(crate) field: Field,
    pub(crate) value: Range<usize>,
    pub(crate) strict: bool,
}

pub(crate) fn label_hits(norm: &Normalized<'_>, lines: &[Range<usize>]) -> Vec<LabelHit> {
    let text = &norm.text;
    let mut hits = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let Some(l) = text.get(line.clone()) else {
            continue;
        };
        if l.is_empty() {
            continue;
        }
        let (loose, strict_pat) = &*LABEL_PATS;
        {
            let (caps, strict) = match loose.captures(l).filter(|_| l.len() <= 200) {
                Some(c) => (c, false),
                None => match strict_pat.captures(l) {
                    Some(c) => (c, true),
                    None => continue,
                },
            };
            let Some(field) = (0..LABELS.len())
                .find(|i| caps.name(&format!("f{i}")).is_some())
                .map(|i| LABELS[i].0)
            else {
                continue;
            };
            let Some(v) = caps.name("v") else { continue };
            let mut value = trim_range(text, (line.start + v.start())..(line.start + v.end()));
            if value.is_empty() {
                // "Duty Station:" with the value on the next non-empty line.
                if let Some(next) = lines
                    .iter()
                    .skip(li + 1)
                    .take(3)
                    .find(|r| text.get((*r).clone()).is_some_and(|s| !s.trim().is_empty()))
                {
                    let nl = text.get(next.clone()).unwrap_or("");
                    if nl.len() <= 150 && !nl.contains(':') {
                        value = trim_range(text, next.clone());
                    }
                }
            }
            if !value.is_empty() {
                hits.push(LabelHit {
                    field,
                    value,
                    strict,
                });
            }
        }
    }
    hits
}

fn found(norm: &Normalized<'_>, r: Range<usize>, value: String, confidence: f32) -> Found<String> {
    Found::new(value, norm.to_original(r), confidence)
}

fn clean_value(norm: &Normalized<'_>, r: Range<usize>) -> String {
    norm.display(r)
        .trim_matches(|c: char| c == '"' || c == '«' || c == '»' || c.is_whitespace())
        .to_string()
}

fn recased(
    norm: &Normalized<'_>,
    r: Range<usize>,
    written: &str,
    confidence: f32,
    lexicon: &mut Lexicon<'_>,
) -> Found<String> {
    let written = written.to_string();
    if is_shouting(&written) {
        let mut f = found(norm, r, lexicon.recase(&written), confidence);
        f.warnings.push(ParseWarning::Recased { written });
        f
    } else {
        found(norm, r, written, confidence)
    }
}

fn first_hit(hits: &[LabelHit], field: Field) -> Option<&LabelHit> {
    hits.iter()
        .find(|h| h.field == field && !h.strict)
        .or_else(|| hits.iter().find(|h| h.field == field))
}

/// The fields found by labels and patterns: reference and contract. The title, the
/// organization and the duty station are ranked ([`ranked`]).
pub(crate) fn extract(norm: &Normalized<'_>, hits: &[LabelHit]) -> Fields {
    let lines = lines(&norm.text);
    Fields {
        reference: reference(norm, hits, &lines),
        contract: contract(norm, hits),
        ..Fields::default()
    }
}

/// Title, organization and duty station: every candidate scored by `model`, the best kept
/// only when clearly best.
pub(crate) fn ranked(
    norm: &Normalized<'_>,
    ctx: &Context<'_>,
    hits: &[LabelHit],
    model: &Model,
    lang: Language,
    lexicon: &mut Lexicon<'_>,
) -> Fields {
    let mut f = Fields::default();
    for field in RankedField::ALL {
        let cands = candidates::generate(ctx, hits, field);
        let Some(choice) = model.field(field).choose(&cands) else {
            continue;
        };
        let Some(c) = cands.get(choice.index) else {
            continue;
        };
        let confidence = choice.probability as f32;
        match field {
            RankedField::Title => {
                let mut t = recased(norm, c.range.clone(), &c.value, confidence, lexicon);
                t.value = without_article_or_gender(&t.value).to_string();
                // "recrute un chauffeur" → "Chauffeur".
                let mut cs = t.value.chars();
                t.value = cs
                    .next()
                    .map(|c| c.to_uppercase().chain(cs).collect())
                    .unwrap_or_default();
                f.title = Some(t);
            }
            RankedField::Organization => {
                let expanded = (c.value.split_whitespace().count() == 1)
                    .then(|| candidates::expand_acronym(ctx, &c.value))
                    .flatten();
                if let Some(r) = expanded {
                    let value = clean_value(norm, r.clone());
                    f.organization = Some(found(norm, r, value, confidence));
                    continue;
                }
                let value = if is_shouting(&c.value) {
                    spelled_elsewhere(norm, &c.value).unwrap_or_else(|| c.value.clone())
                } else {
                    c.value.clone()
                };
                f.organization = Some(found(norm, c.range.clone(), value, confidence));
            }
            RankedField::Location => {
                let value = location_value(&c.value, lang, lexicon);
                f.location = Some(found(norm, c.range.clone(), value, confidence));
            }
        }
    }
    f
}

/// A title without what only introduces it: « Un Responsable … (H/F) » is the post
/// « Responsable … » (the article belongs to the sentence it was cut from, « (H/F) » says
/// the post is open to all, which every post is), so that a subject built from the title
/// is the one the posting asks for.
fn without_article_or_gender(title: &str) -> &str {
    let mut t = title.trim();
    for article in ["Un(e) ", "Une ", "Un ", "UN(E) ", "UNE ", "UN "] {
        if let Some(rest) = t.strip_prefix(article) {
            if rest.starts_with(char::is_uppercase) {
                t = rest;
            }
            break;
        }
    }
    for gender in ["(H/F)", "(F/H)", "(h/f)", "(f/h)", "(M/F)", "(F/M)"] {
        if let Some(rest) = t.strip_suffix(gender) {
            if !rest.trim().is_empty() {
                t = rest.trim_end();
            }
            break;
        }
    }
    t
}

/// The same words written without capitals elsewhere in the posting ("UNITED NATIONS OFFICE
/// FOR ..." in the header, "the United Nations Office for ..." in the text).
fn spelled_elsewhere(norm: &Normalized<'_>, shouted: &str) -> Option<String> {
    let words: Vec<String> = shouted
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| regex::escape(&fold(w)))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let pat = Pat::new(&format!(r"\b{}\b", words.join(r"[^\p{L}\p{N}]+")));
    let found = pat.find_iter(&norm.text).take(20).find_map(|m| {
        let v = norm.display(m.range());
        (!is_shouting(&v)).then(|| {
            // Keep the header's punctuation around the words ("(UNOSR)").
            let head = shouted.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
            let tail_start =
                shouted
                    .rfind(|c: char| c.is_alphanumeric())
                    .map_or(shouted.len(), |i| {
                        i + shouted
                            .get(i..)
                            .and_then(|s| s.chars().next())
                            .map_or(1, char::len_utf8)
                    });
            let mut out = shouted.get(..head).unwrap_or("").to_string();
            out.push_str(&v);
            let tail = shouted.get(tail_start..).unwrap_or("");
            out.push_str(tail);
            out
        })
    });
    found
}

static LOCATION_CUT: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"\s+(?:avec|with|et deplacements)\b"));

/// A duty station as shown: "MALI, BAMAKO" → "Bamako, Mali" (city first, names as the
/// gazetteer spells them when written in capitals, as written otherwise).
fn location_value(written: &str, lang: Language, lexicon: &mut Lexicon<'_>) -> String {
    // Keep the place, not what follows it ("Bamako avec déplacements fréquents").
    let written = match LOCATION_CUT.find(written) {
        Some(m) if m.start() > 0 => written.get(..m.start()).unwrap_or(written).to_string(),
        _ => written.to_string(),
    };
    let parts = timezone::split_location(&written);
    let places: Vec<_> = parts.iter().map(|p| timezone::lookup(p)).collect();
    if !parts.is_empty() && places.iter().all(Option::is_some) && parts.len() <= 3 {
        let mut named: Vec<(bool, String)> = parts
            .iter()
            .zip(places.iter().flatten())
            .map(|(p, place)| {
                let name = if is_shouting(p)
                    || p.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
                {
                    match lang {
                        Language::Fr => place.fr.to_string(),
                        Language::En => place.en.to_string(),
                    }
                } else {
                    p.clone()
                };
                (place.country, name)
            })
            .collect();
        named.sort_by_key(|(country, _)| *country);
        named
            .into_iter()
            .map(|(_, n)| n)
            .collect::<Vec<_>>()
            .join(", ")
    } else if is_shouting(&written) {
        lexicon.recase(&written)
    } else {
        written
    }
}

#[cfg(test)]
mod tests {
    use super::without_article_or_gender as clean;

    #[test]
    fn a_title_loses_its_article_and_gender_mark() {
        // « recrute Un Responsable de Département Nutrition et Santé (H/F) » (ACF).
        assert_eq!(
            clean("Un Responsable de Département Nutrition et Santé (H/F)"),
            "Responsable de Département Nutrition et Santé"
        );
        assert_eq!(clean("UN(E) COMPTABLE"), "COMPTABLE");
        // An article before a small letter is part of the words; a title that is only a
        // mark is left alone.
        assert_eq!(clean("Une équipe mobile"), "Une équipe mobile");
        assert_eq!(clean("(H/F)"), "(H/F)");
    }
}
