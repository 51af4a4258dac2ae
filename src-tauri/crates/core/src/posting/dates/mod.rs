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

use super::timezone;
use super::{Language, ParseWarning};
use crate::posting::pattern::{before, fold, Pat};
use mentions::*;
use patterns::*;

mod mentions;
mod patterns;

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

/// Every date written with its year in `text` (normalized), in order, with where it is:
/// for documents that carry their own dates (an issue date), not a deadline.
pub(crate) fn full_dates(text: &str, lang: Language) -> Vec<(Range<usize>, NaiveDate)> {
    let mentions = find_mentions(text);
    let order = numeric_order(&mentions, lang);
    mentions
        .iter()
        .filter(|m| matches!(m.year, Year::Full(_)))
        .filter_map(|m| {
            resolve(m, order, &Known::default(), None).map(|r| (m.range.clone(), r.date))
        })
        .collect()
}
