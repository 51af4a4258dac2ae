//! Month and weekday names in French and English, and the patterns of dates, hours, zones
//! and the words that announce a deadline.

use super::*;

pub(super) const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("january", 1),
    ("jan", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("february", 2),
    ("feb", 2),
    ("mars", 3),
    ("march", 3),
    ("mar", 3),
    ("avril", 4),
    ("avr", 4),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juin", 6),
    ("june", 6),
    ("jun", 6),
    ("juillet", 7),
    ("juil", 7),
    ("july", 7),
    ("jul", 7),
    ("aout", 8),
    ("august", 8),
    ("aug", 8),
    ("septembre", 9),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("octobre", 10),
    ("october", 10),
    ("oct", 10),
    ("novembre", 11),
    ("november", 11),
    ("nov", 11),
    ("decembre", 12),
    ("december", 12),
    ("dec", 12),
];

pub(super) const EN_MONTHS: &[&str] = &[
    "january",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "jan",
];

pub(super) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

pub(super) fn alternation(words: &[&str]) -> String {
    let mut w: Vec<&str> = words.to_vec();
    w.sort_by_key(|s| std::cmp::Reverse(s.len()));
    w.join("|")
}

pub(super) static DMY: LazyLock<Pat> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS.iter().map(|m| m.0).collect();
    Pat::scanner(&format!(
        r"(?:\b|le|au|du)(?P<d>[0-3]?\d)\s*(?:er|ere|eme|e|st|nd|rd|th)?(?:\s+of)?\s*(?:[,-]\s*)?(?P<m>{})\b\.?(?:\s*[,-]?\s*(?P<y>\d{{3,4}})(?:\b|\p{{L}}))?",
        alternation(&months)
    ))
});

pub(super) static MDY: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(&format!(
        r"\b(?P<m>{})\b\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*,?\s*(?P<y>\d{{4}})\b)?",
        alternation(EN_MONTHS)
    ))
});

pub(super) static NUMERIC: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(
        r"(?-u:\b)(?P<a>\d{1,2})(?P<s1>[/.-])(?P<b>\d{1,2})(?P<s2>[/.-])(?P<y>\d{4}|\d{2})(?-u:\b)",
    )
});

pub(super) static ISO: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"(?-u:\b)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?-u:\b)"));

pub(super) const TIME: &str = r"(?:(?P<h>[0-2]?\d)\s*(?:heures?|hrs?|h)(?:\s*(?P<mi>[0-5]\d))?(?:\s*(?:mn|min))?\b|(?P<h2>[0-2]?\d)[:.](?P<mi2>[0-5]\d)(?:\s*(?P<ap2>[ap]\.?\s*m)\b\.?)?|(?P<h3>[01]?\d)\s*(?P<ap3>[ap]\.?\s*m)\b\.?|(?P<noon>midi|noon|minuit|midnight)\b)";
pub(super) const ZONE: &str = r"(?P<tz>heure locale|heure de \p{L}[\p{L}'-]*|heure d'\p{L}+|local time|\p{L}+ time|(?:gmt|utc)\s*[+-]\s*\d{1,2}|gmt|utc|tu|wat|cet|cest|est|edt|eat)\b";

/// "at 1700 (Brussels time)", "1700 hrs": four digits are an hour only with a unit or a
/// zone, or every year would be one.
pub(super) const MILITARY: &str = r"(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s*(?:(?:hrs?|hours)\b|\(?\s*(?P<tz4>\p{L}+ time|heure de \p{L}[\p{L}'-]*|gmt|utc|wat)\b\s*\)?)";

pub(super) static TIME_AFTER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(&format!(
        r"^\s*(?:,\s*)?(?:(?:a|at|by|before|avant|des|vers|-)\s*)?(?:(?:le|la)\s+)?\(?\s*(?:{TIME}(?:\s*\(?\s*{ZONE}\s*\)?)?|{MILITARY})"
    ))
});

pub(super) static TIME_BEFORE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(&format!(
        r"{TIME}(?:\s*\(?\s*{ZONE}\s*\)?)?\s*(?:,|\bon|\ble|\bdu|\bthe)?\s*(?:,\s*)?$"
    ))
});

pub(super) static WEEKDAY_BEFORE: LazyLock<Pat> = LazyLock::new(|| {
    let days: Vec<&str> = WEEKDAYS.iter().map(|d| d.0).collect();
    Pat::new(&format!(
        r"\b(?P<wd>{})\s*,?\s*(?:(?:le|the)\s+)?$",
        alternation(&days)
    ))
});

pub(super) static CONNECTIVE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:au plus tard|no later than|not later than|avant|before|jusqu'au|jusqu'a|until|till|d'ici|by)\s*(?:(?:le|the|on)\s+){0,2}(?:,\s*)?$",
    )
});

/// Words before a date that say what the date is: positive for a deadline, negative for
/// start, publication or contract dates. The nearest one counts fully, others a quarter.
pub(super) static CUES: LazyLock<(Pat, Vec<f32>)> = LazyLock::new(|| {
    let cues: &[(&str, f32)] = &[
        (
            r"date limite|dates? limites?|delai limite|(?:are|is) due|due date|closes|plus tard|later than|delai de (?:depot|reception|soumission|rigueur)|dernier delai|au plus tard|deadline|closing date|date de cloture|cloture des (?:candidatures|inscriptions|depots|dossiers)|no later than|not later than|latest by",
            10.0,
        ),
        (
            r"applications? (?:must|should|will) be (?:received|submitted|sent)|candidatures? (?:doivent|devront) (?:parvenir|etre)",
            7.0,
        ),
        (r"avant le|before", 7.0),
        (
            r"date d'expiration|date expiration|expire[sd]?|expiration",
            6.0,
        ),
        (r"avant|jusqu'au|jusqu'a|until|till|d'ici", 5.0),
        (r"\bby", 3.0),
        (
            r"date de debut|debut (?:du contrat|de la mission|des activites|du poste)|prise de (?:fonction|service|poste)|entree en (?:fonction|service)|date d'arrivee|arrivee souhaitee|demarrage|start(?:ing)? date|commencement|expected start|entry on duty|date de publication|date publication|publiee? le|date de diffusion|posted|posting date|date of (?:issue|posting|publication)|issued|fait a|entretiens?|interviews?|tests? ecrits?|written (?:test|exam)|convoqu|nee? le|born|periode d'affichage|affichee? le|du\s+\d|from|contrat du|date de naissance|envoye\s*:|sent\s*:|date d'envoi",
            -10.0,
        ),
    ];
    let pattern = cues
        .iter()
        .enumerate()
        .map(|(i, (p, _))| format!("(?P<c{i}>{p})"))
        .collect::<Vec<_>>()
        .join("|");
    (
        Pat::new(&format!(r"\b(?:{pattern})\b")),
        cues.iter().map(|c| c.1).collect(),
    )
});

pub(super) static DATELINE_PLACE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"(?:fait a\s+|^|\n)(?P<p>[\p{L}][\p{L}' -]{1,40}?)\s*,\s*(?:le\s+)?$")
});

pub(super) static SENTENCE_END: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"[.!?]\s|\n\s*\n"));
