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
use super::pattern::{fold, is_shouting, Pat};
use super::ranker::Model;
use super::timezone;
use super::{Found, Language, ParseWarning};

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

static REF_HEADING: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:offre|avis|appel|vacance|vacancy|recrutement|announcement|annonce|poste|job|position|tdr|termes)\b[^\n]{0,60}?(?:\bn°|\bno\.|\bn\s*o\b|#|\bref\b\.?|\breference\b)\s*:?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9])",
    )
});

static REF_INLINE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r#"(?:\breference (?:suivante|du poste|de l'offre|de l'annonce|de l'avis|de la vacance|of the (?:post|position|vacancy))?|\bref\.?(?:\s*n°)?|\bvacancy (?:no|number)\.?)\s*:?\s*"?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9/_.-]*[A-Za-z0-9])"#,
    )
});

static REF_PREFIX: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"^(?:(?:reference|ref)\.?\s*)?(?:n°|no\.|nº|num(?:ero)?\.?|#)?\s*:?\s*")
});

static TOKEN: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"[A-Za-z0-9][A-Za-z0-9/_.\-]*[A-Za-z0-9]"));

static CONTRACT_TYPES: LazyLock<Vec<(Pat, &'static str)>> = LazyLock::new(|| {
    [
        (r"\bcdd\b|contrat a duree determinee", "CDD"),
        (r"\bcdi\b|contrat a duree indeterminee", "CDI"),
    ]
    .iter()
    .map(|(p, v)| (Pat::scanner(p), *v))
    .collect()
});

static DURATION: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:pour une duree de|d'une duree de|for a (?:period|duration) of|duree de)\s+(?P<v>\d+\s+(?:mois|ans?|annees?|semaines|jours|months?|years?|weeks|days)(?:\s+(?:renouvelables?|renewable))?)",
    )
});

static LENGTH: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"(?:\p{L}[\p{L}-]*\s*\(\d+\)|\d+)\s+(?:mois|ans?|annees?|semaines|months?|years?|weeks)\b(?:\s+(?:renouvelables?|renewable))?",
    )
});

static LENGTH_AFTER_KIND: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^\s*(?:de|d'une duree de|of|for)?\s*(?P<v>(?:\p{L}[\p{L}-]*\s*\(\d+\)|\d+)\s+(?:mois|ans?|annees?|semaines|months?|years?|weeks)\b(?:\s+(?:renouvelables?|renewable))?)",
    )
});

static NUMBER_WORDS: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\b\p{L}[\p{L}-]*\s*\((\d+)\)"));

static CONTRACT_LINE: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"(?m)^(?:contrat|contract)\s+(?P<v>cdd|cdi)\b"));

static LOCATION_CUT: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"\s+(?:avec|with|et deplacements)\b"));

static LEADING_ZERO: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\b0+(\d)"));

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
        .get(..super::pattern::floor_boundary(text, 200_000))
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

fn reference_token(
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

fn reference(
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

fn contract_type(value: &str) -> String {
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

fn duration_value(value: &str) -> String {
    // "douze (12) mois" → "12 mois".
    let value = NUMBER_WORDS.replace_all(value, "$1");
    let cut = value
        .find([',', ';', '('])
        .map_or(value.as_str(), |i| value.get(..i).unwrap_or(&value));
    // "06 mois" → "6 mois".
    LEADING_ZERO.replace_all(cut.trim(), "$1")
}

fn contract(norm: &Normalized<'_>, hits: &[LabelHit]) -> Option<Found<String>> {
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
            .captures(super::pattern::after(text, k.0.end, 60))
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
