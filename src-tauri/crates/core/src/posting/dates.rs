//! French and English dates and hours. Owns finding every date mention in a posting
//! ("26 décembre 2025 à 17h00", "1er juin", "17/05/2026", "March 30, 2018, 5 pm GMT"),
//! completing years that are missing or mistyped from the posting's other dates, settling
//! day-first versus month-first numeric dates, checking weekdays, and choosing the one
//! mention that is the application deadline from the words around it (not the start date,
//! the publication date or the contract period).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use super::pattern::{before, fold, Pat};
use super::timezone;
use super::{Language, ParseWarning};

const MONTHS: &[(&str, u32)] = &[
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

const EN_MONTHS: &[&str] = &[
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

const WEEKDAYS: &[(&str, Weekday)] = &[
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

fn alternation(words: &[&str]) -> String {
    let mut w: Vec<&str> = words.to_vec();
    w.sort_by_key(|s| std::cmp::Reverse(s.len()));
    w.join("|")
}

static DMY: LazyLock<Pat> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS.iter().map(|m| m.0).collect();
    Pat::scanner(&format!(
        r"\b(?P<d>[0-3]?\d)\s*(?:er|ere|eme|e|st|nd|rd|th)?(?:\s+of)?\s*(?:-\s*)?(?P<m>{})\b\.?(?:\s*[,-]?\s*(?P<y>\d{{3,4}})\b)?",
        alternation(&months)
    ))
});

static MDY: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(&format!(
        r"\b(?P<m>{})\b\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*,?\s*(?P<y>\d{{4}})\b)?",
        alternation(EN_MONTHS)
    ))
});

static NUMERIC: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(
        r"(?-u:\b)(?P<a>\d{1,2})(?P<s1>[/.-])(?P<b>\d{1,2})(?P<s2>[/.-])(?P<y>\d{4}|\d{2})(?-u:\b)",
    )
});

static ISO: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"(?-u:\b)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?-u:\b)"));

const TIME: &str = r"(?:(?P<h>[0-2]?\d)\s*(?:heures?|hrs?|h)(?:\s*(?P<mi>[0-5]\d))?(?:\s*(?:mn|min))?\b|(?P<h2>[0-2]?\d)[:.](?P<mi2>[0-5]\d)(?:\s*(?P<ap2>[ap]\.?\s*m)\b\.?)?|(?P<h3>[01]?\d)\s*(?P<ap3>[ap]\.?\s*m)\b\.?|(?P<noon>midi|noon|minuit|midnight)\b)";
const ZONE: &str = r"(?P<tz>heure locale|heure de \p{L}[\p{L}'-]*|heure d'\p{L}+|local time|\p{L}+ time|(?:gmt|utc)\s*[+-]\s*\d{1,2}|gmt|utc|tu|wat|cet|cest|est|edt|eat)\b";

static TIME_AFTER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(&format!(
        r"^\s*(?:,\s*)?(?:(?:a|at|by|before|avant|des|vers|-)\s*)?(?:(?:le|la)\s+)?\(?\s*{TIME}(?:\s*\(?\s*{ZONE}\s*\)?)?"
    ))
});

static TIME_BEFORE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(&format!(
        r"{TIME}(?:\s*\(?\s*{ZONE}\s*\)?)?\s*(?:,|\bon|\ble|\bdu|\bthe)?\s*(?:,\s*)?$"
    ))
});

static WEEKDAY_BEFORE: LazyLock<Pat> = LazyLock::new(|| {
    let days: Vec<&str> = WEEKDAYS.iter().map(|d| d.0).collect();
    Pat::new(&format!(
        r"\b(?P<wd>{})\s*,?\s*(?:(?:le|the)\s+)?$",
        alternation(&days)
    ))
});

static CONNECTIVE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:au plus tard|no later than|not later than|avant|before|jusqu'au|jusqu'a|until|till|d'ici|by)\s*(?:(?:le|the|on)\s+)?(?:,\s*)?$",
    )
});

/// Words before a date that say what the date is: positive for a deadline, negative for
/// start, publication or contract dates. The nearest one counts fully, others a quarter.
static CUES: LazyLock<(Pat, Vec<f32>)> = LazyLock::new(|| {
    let cues: &[(&str, f32)] = &[
        (
            r"date limite|dates? limites?|delai de (?:depot|reception|soumission|rigueur)|dernier delai|au plus tard|deadline|closing date|date de cloture|cloture des (?:candidatures|inscriptions|depots|dossiers)|no later than|not later than|latest by",
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

static DATELINE_PLACE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"(?:fait a\s+|^|\n)(?P<p>[\p{L}][\p{L}' -]{1,40}?)\s*,\s*(?:le\s+)?$")
});

static SENTENCE_END: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"[.!?]\s|\n\s*\n"));

#[derive(Debug, Clone, PartialEq)]
enum Year {
    Full(i32),
    /// Digits that cannot be a year ("202"): a typo whose prefix still narrows the choice.
    Partial(String),
    Missing,
}

/// One date found in the text (normalized offsets).
#[derive(Debug, Clone)]
struct Mention {
    /// From the weekday (or an hour written before the date) to the end of the hour.
    range: Range<usize>,
    day: u32,
    month: u32,
    year: Year,
    weekday: Option<(Weekday, String)>,
    /// For numeric dates with both parts <= 12: the two readings.
    ambiguous: Option<(u32, u32)>,
    time: Option<NaiveTime>,
    midnight: bool,
    zone_label: Option<String>,
    written: String,
    /// Written with digits only, day and month in either order ("17/05/2026").
    numeric: bool,
}

/// The deadline chosen among the date mentions.
#[derive(Debug, Clone)]
pub(crate) struct DeadlinePick {
    /// Normalized range: connective ("au plus tard") + date + hour.
    pub(crate) range: Range<usize>,
    pub(crate) date: NaiveDate,
    pub(crate) time: Option<NaiveTime>,
    /// Zone written next to the hour, already resolved against the local zone.
    pub(crate) zone_label: Option<String>,
    pub(crate) inferred: bool,
    pub(crate) warnings: Vec<ParseWarning>,
    pub(crate) confidence: f32,
}

/// What the date scan yields for the rest of the parser.
#[derive(Debug, Default)]
pub(crate) struct DateScan {
    pub(crate) deadline: Option<DeadlinePick>,
    /// The place of a dateline ("Fait à Bamako, le ..."), a hint for the time zone.
    pub(crate) dateline_place: Option<String>,
}

const MAX_MENTIONS: usize = 4000;

fn month_number(name: &str) -> Option<u32> {
    let f = fold(name);
    let f = f.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == f).map(|(_, m)| *m)
}

fn parse_year(s: &str) -> Year {
    match (s.len(), s.parse::<i32>()) {
        (4, Ok(y)) if (1950..=2100).contains(&y) => Year::Full(y),
        (2, Ok(y)) => Year::Full(2000 + y),
        (_, Ok(_)) => Year::Partial(s.to_string()),
        _ => Year::Missing,
    }
}

fn cap_u32(c: &regex::Captures<'_>, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// The hour right after a date, if any: (end offset, time, midnight?, zone label).
fn time_after(text: &str, at: usize) -> Option<(usize, NaiveTime, bool, Option<String>)> {
    let window = super::pattern::after(text, at, 80);
    let c = TIME_AFTER.captures(window)?;
    let (t, midnight) = time_from(&c)?;
    let end = c.get(0).map_or(0, |m| m.end());
    // "2023-12-10 00:00:00 Z", a site's timestamp: midnight to the second gives a day, not
    // an hour (an hour to meet is written "00h" or "minuit", never with its seconds).
    if t == NaiveTime::MIN
        && window
            .get(end..)
            .is_some_and(|rest| rest.starts_with(":00"))
    {
        return None;
    }
    let end = window.get(..end).unwrap_or("").trim_end().len();
    let zone = c.name("tz").and_then(|z| zone_written(z.as_str()));
    let end = if c.name("tz").is_some() && zone.is_none() {
        c.name("tz").map_or(end, |z| {
            window.get(..z.start()).unwrap_or("").trim_end().len()
        })
    } else {
        end
    };
    Some((at + end, t, midnight, zone))
}

/// Zone abbreviations that are also French words ("est", "tu") count only in capitals.
fn zone_written(z: &str) -> Option<String> {
    let short = z.len() <= 4 && !z.contains(['+', '-']);
    if short && z.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    Some(z.to_string())
}

fn time_from(c: &regex::Captures<'_>) -> Option<(NaiveTime, bool)> {
    if let Some(n) = c.name("noon") {
        let f = fold(n.as_str());
        return if f == "midi" || f == "noon" {
            NaiveTime::from_hms_opt(12, 0, 0).map(|t| (t, false))
        } else {
            NaiveTime::from_hms_opt(23, 59, 0).map(|t| (t, true))
        };
    }
    let (h, mi, ap) = if let Some(h) = cap_u32(c, "h") {
        (h, cap_u32(c, "mi").unwrap_or(0), None)
    } else if let Some(h) = cap_u32(c, "h2") {
        (h, cap_u32(c, "mi2").unwrap_or(0), c.name("ap2"))
    } else {
        (cap_u32(c, "h3")?, 0, c.name("ap3"))
    };
    let mut h = h;
    if let Some(ap) = ap {
        let pm = fold(ap.as_str()).starts_with('p');
        if h == 0 || h > 12 {
            return None;
        }
        h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    }
    if h == 24 && mi == 0 {
        return NaiveTime::from_hms_opt(23, 59, 0).map(|t| (t, true));
    }
    NaiveTime::from_hms_opt(h, mi, 0).map(|t| (t, false))
}

fn find_mentions(text: &str) -> Vec<Mention> {
    // (range, first number, second number, year, ambiguous readings, numeric form)
    type Raw = (Range<usize>, u32, u32, Year, Option<(u32, u32)>, bool);
    let mut raw: Vec<Raw> = Vec::new();
    for c in DMY.captures_iter(text).take(MAX_MENTIONS) {
        let (Some(all), Some(d), Some(m)) = (c.get(0), cap_u32(&c, "d"), c.name("m")) else {
            continue;
        };
        let Some(month) = month_number(m.as_str()) else {
            continue;
        };
        let mut end = all.end();
        let mut year = Year::Missing;
        if let Some(y) = c.name("y") {
            // "27 mai à 17h": the digits are an hour, not a year.
            let next = text.get(y.end()..).and_then(|s| s.chars().next());
            if matches!(next, Some('h') | Some('H') | Some(':')) {
                end = m.end()
                    + text
                        .get(m.end()..)
                        .map_or(0, |s| usize::from(s.starts_with('.')));
            } else {
                year = parse_year(y.as_str());
            }
        }
        raw.push((all.start()..end, d, month, year, None, false));
    }
    for c in MDY.captures_iter(text).take(MAX_MENTIONS) {
        let (Some(all), Some(d), Some(m)) = (c.get(0), cap_u32(&c, "d"), c.name("m")) else {
            continue;
        };
        let Some(month) = month_number(m.as_str()) else {
            continue;
        };
        let year = c
            .name("y")
            .map_or(Year::Missing, |y| parse_year(y.as_str()));
        // "May 2025" alone is month + year, caught by DMY's refusal; here a day is required
        // and a following hour "May 5 pm" is not a day.
        raw.push((all.start()..all.end(), d, month, year, None, false));
    }
    for c in NUMERIC.captures_iter(text).take(MAX_MENTIONS) {
        let (Some(all), Some(a), Some(b), Some(y)) =
            (c.get(0), cap_u32(&c, "a"), cap_u32(&c, "b"), c.name("y"))
        else {
            continue;
        };
        if c.name("s1").map(|m| m.as_str()) != c.name("s2").map(|m| m.as_str()) {
            continue;
        }
        // Part of a longer run of numbers (phone, version, reference): not a date.
        let prev = text.get(..all.start()).and_then(|s| s.chars().next_back());
        let next = text
            .get(all.end()..)
            .map(|s| s.chars().take(2).collect::<Vec<_>>());
        if matches!(prev, Some('/') | Some('.') | Some('-')) && all.start() > 1 {
            let p2 = text
                .get(..all.start() - 1)
                .and_then(|s| s.chars().next_back());
            if p2.is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
        }
        if let Some(n) = next {
            if n.len() == 2 && matches!(n[0], '/' | '.' | '-') && n[1].is_ascii_digit() {
                continue;
            }
        }
        let ambiguous = (a <= 12 && b <= 12 && a != b).then_some((a, b));
        raw.push((all.range(), a, b, parse_year(y.as_str()), ambiguous, true));
    }
    for c in ISO.captures_iter(text).take(MAX_MENTIONS) {
        let (Some(all), Some(m), Some(d)) = (c.get(0), cap_u32(&c, "m"), cap_u32(&c, "d")) else {
            continue;
        };
        let year = c
            .name("y")
            .map_or(Year::Missing, |y| parse_year(y.as_str()));
        // Stored as (day, month) like the day-first numeric form, never ambiguous.
        raw.push((all.range(), d, m, year, None, false));
    }
    raw.sort_by_key(|r| (r.0.start, std::cmp::Reverse(r.0.end)));
    let mut out: Vec<Mention> = Vec::new();
    let mut last_end = 0;
    for (range, a, b, year, ambiguous, numeric) in raw {
        if range.start < last_end {
            continue;
        }
        last_end = range.end;
        let written = text.get(range.clone()).unwrap_or("").to_string();
        let mut m = Mention {
            range,
            day: a,
            month: b,
            year,
            weekday: None,
            ambiguous,
            time: None,
            midnight: false,
            zone_label: None,
            written,
            numeric,
        };
        let (wstart, w) = before(text, m.range.start, 40);
        if let Some(c) = WEEKDAY_BEFORE.captures(w) {
            if let (Some(all), Some(wd)) = (c.get(0), c.name("wd")) {
                let f = fold(wd.as_str());
                if let Some((_, day)) = WEEKDAYS.iter().find(|(n, _)| *n == f) {
                    m.weekday = Some((*day, wd.as_str().to_string()));
                    m.range.start = wstart + all.start();
                }
            }
        }
        if let Some((end, t, midnight, tz)) = time_after(text, m.range.end) {
            m.time = Some(t);
            m.midnight = midnight;
            m.zone_label = tz;
            m.range.end = end;
        } else {
            let (bstart, w) = before(text, m.range.start, 60);
            if let Some(c) = TIME_BEFORE.captures(w) {
                if let (Some(all), Some((t, midnight))) = (c.get(0), time_from(&c)) {
                    let start = bstart + all.start();
                    if start >= last_time_end(&out) {
                        m.time = Some(t);
                        m.midnight = midnight;
                        m.zone_label = c.name("tz").and_then(|z| zone_written(z.as_str()));
                        m.range.start = start
                            + w.get(all.start()..)
                                .map_or(0, |s| s.len() - s.trim_start().len());
                    }
                }
            }
        }
        last_end = last_end.max(m.range.end);
        out.push(m);
    }
    out
}

fn last_time_end(out: &[Mention]) -> usize {
    out.last().map_or(0, |m| m.range.end)
}

/// Whether the posting writes numeric dates day-first, from any date with a part > 12.
fn numeric_order(mentions: &[Mention], lang: Language) -> Option<bool> {
    let mut day_first = 0;
    let mut month_first = 0;
    for m in mentions.iter().filter(|m| m.numeric) {
        if m.ambiguous.is_none() {
            if m.day > 12 && m.month <= 12 {
                day_first += 1;
            } else if m.month > 12 && m.day <= 12 {
                month_first += 1;
            }
        }
    }
    match (day_first, month_first) {
        (0, 0) if lang == Language::Fr => Some(true),
        (0, 0) => None,
        (d, m) => Some(d >= m),
    }
}

/// Dates written in full in the posting, to complete the others.
#[derive(Default)]
struct Known {
    by_day: HashMap<(u32, u32), Vec<i32>>,
    years: std::collections::BTreeSet<i32>,
}

struct Resolved {
    date: NaiveDate,
    inferred: bool,
    warnings: Vec<ParseWarning>,
    ambiguous: bool,
}

fn resolve(
    m: &Mention,
    order: Option<bool>,
    known: &Known,
    reference: Option<NaiveDate>,
) -> Option<Resolved> {
    let mut warnings = Vec::new();
    let (mut day, mut month) = (m.day, m.month);
    let mut ambiguous = false;
    if m.ambiguous.is_some() {
        match order {
            Some(true) => {}
            Some(false) => std::mem::swap(&mut day, &mut month),
            None => {
                ambiguous = true;
            }
        }
    } else if m.numeric && month > 12 && day <= 12 {
        std::mem::swap(&mut day, &mut month);
    }
    let (year, inferred) = match &m.year {
        Year::Full(y) => (*y, false),
        other => {
            let prefix = match other {
                Year::Partial(p) => p.clone(),
                _ => String::new(),
            };
            let fits = |y: &i32| y.to_string().starts_with(&prefix);
            let same_day = known
                .by_day
                .get(&(day, month))
                .and_then(|years| years.iter().copied().find(fits));
            let year = same_day.or_else(|| {
                reference.filter(|r| fits(&r.year())).map(|r| {
                    let y = r.year();
                    match NaiveDate::from_ymd_opt(y, month, day) {
                        Some(d) if d < r && fits(&(y + 1)) => y + 1,
                        _ => y,
                    }
                })
            });
            let year = year.or_else(|| known.years.iter().rev().copied().find(fits))?;
            warnings.push(ParseWarning::YearInferred {
                written: m.written.clone(),
                year,
            });
            (year, true)
        }
    };
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    if ambiguous {
        let other = NaiveDate::from_ymd_opt(year, day, month);
        warnings.push(ParseWarning::AmbiguousDayMonth {
            written: m.written.clone(),
            chosen: date.to_string(),
            other: other.map(|d| d.to_string()).unwrap_or_default(),
        });
    }
    if let Some((wd, written)) = &m.weekday {
        if date.weekday() != *wd {
            warnings.push(ParseWarning::WeekdayMismatch {
                written: written.clone(),
                date: date.to_string(),
                actual: weekday_name(date.weekday(), fold(written).ends_with("day")).to_string(),
            });
        }
    }
    if m.midnight {
        warnings.push(ParseWarning::MidnightAsEndOfDay);
    }
    Some(Resolved {
        date,
        inferred,
        warnings,
        ambiguous,
    })
}

/// The weekday in the language it was written in.
fn weekday_name(w: Weekday, english: bool) -> &'static str {
    if english {
        return WEEKDAYS
            .iter()
            .skip(7)
            .find(|(_, d)| *d == w)
            .map_or("", |(n, _)| n);
    }
    match w {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}

/// Score of the words before a mention, and whether they mark it as a dateline.
fn cue_score(text: &str, start: usize) -> (f32, Option<String>) {
    let (_, window) = before(text, start, 200);
    // Only the sentence (or paragraph) the date belongs to.
    let cut = SENTENCE_END.find_iter(window).last().map_or(0, |m| m.end());
    let window = window.get(cut..).unwrap_or("");
    let (pat, weights) = &*CUES;
    let mut hits: Vec<(usize, f32)> = Vec::new();
    for c in pat.captures_iter(window) {
        let Some(all) = c.get(0) else { continue };
        if let Some(i) = (0..weights.len()).find(|i| c.name(&format!("c{i}")).is_some()) {
            hits.push((all.end(), weights[i]));
        }
    }
    let mut score = 0.0;
    if let Some(&(_, nearest)) = hits.iter().max_by_key(|h| h.0) {
        score = nearest + 0.25 * (hits.iter().map(|h| h.1).sum::<f32>() - nearest);
    }
    let mut dateline = None;
    if let Some(c) = DATELINE_PLACE.captures(window) {
        if let Some(p) = c.name("p") {
            if timezone::lookup(p.as_str()).is_some() {
                dateline = Some(p.as_str().trim().to_string());
                score -= 8.0;
            }
        }
    }
    (score, dateline)
}

/// Scans `text` (normalized) for dates and picks the deadline.
pub(crate) fn scan(text: &str, lang: Language) -> DateScan {
    let mentions = find_mentions(text);
    let order = numeric_order(&mentions, lang);
    let mut known = Known::default();
    for m in mentions.iter().filter(|m| matches!(m.year, Year::Full(_))) {
        if let Some(r) = resolve(m, order, &Known::default(), None) {
            let years = known
                .by_day
                .entry((r.date.day(), r.date.month()))
                .or_default();
            if !years.contains(&r.date.year()) {
                years.push(r.date.year());
            }
            known.years.insert(r.date.year());
        }
    }
    let cues: Vec<(f32, Option<String>)> = mentions
        .iter()
        .map(|m| cue_score(text, m.range.start))
        .collect();
    let mut scan = DateScan {
        dateline_place: cues.iter().rev().find_map(|c| c.1.clone()),
        ..DateScan::default()
    };
    // The publication date anchors years left out elsewhere ("1er juin").
    let reference = mentions
        .iter()
        .zip(&cues)
        .filter(|(_, c)| c.0 < 0.0)
        .filter_map(|(m, _)| match m.year {
            Year::Full(_) => resolve(m, order, &known, None).map(|r| r.date),
            _ => None,
        })
        .max();

    let mut best: Option<(f32, usize, Resolved)> = None;
    let mut by_date: HashMap<NaiveDate, usize> = HashMap::new();
    let mut candidates: Vec<(usize, NaiveDate)> = Vec::new();
    for (i, (m, (cue, _))) in mentions.iter().zip(&cues).enumerate() {
        let Some(r) = resolve(m, order, &known, reference) else {
            continue;
        };
        let mut score = *cue;
        if score <= 0.0 {
            continue;
        }
        if m.time.is_some() {
            score += 2.0;
        }
        if r.inferred {
            score -= 1.0;
        }
        *by_date.entry(r.date).or_default() += 1;
        candidates.push((i, r.date));
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, i, r));
        }
    }
    let Some((score, mut i, r)) = best else {
        return scan;
    };
    // "Closing date: 15 Jul 2025" then "... before 15 July 2025 at 23:59": same day, and the
    // mention that gives the hour says more.
    if mentions.get(i).is_some_and(|m| m.time.is_none()) {
        if let Some(k) = candidates
            .iter()
            .find(|(k, d)| *d == r.date && mentions.get(*k).is_some_and(|m| m.time.is_some()))
        {
            i = k.0;
        }
    }
    let Some(m) = mentions.get(i) else {
        return scan;
    };
    // Start the highlighted text at "au plus tard", "avant le", "by"... when present.
    let (cstart, w) = before(text, m.range.start, 60);
    let start = CONNECTIVE
        .find(w)
        .map_or(m.range.start, |c| cstart + c.start());
    let mut confidence: f32 = if score >= 9.0 {
        0.9
    } else if score >= 5.0 {
        0.75
    } else {
        0.5
    };
    if r.inferred {
        confidence -= 0.2;
    }
    if r.ambiguous {
        confidence -= 0.25;
    }
    if by_date.len() > 1 {
        confidence -= 0.05;
    }
    scan.deadline = Some(DeadlinePick {
        range: start..m.range.end,
        date: r.date,
        time: m.time,
        zone_label: m.zone_label.clone(),
        inferred: r.inferred,
        warnings: r.warnings,
        confidence: confidence.clamp(0.05, 1.0),
    });
    scan
}
