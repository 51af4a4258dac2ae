//! Finding every date mention in a posting, with its hour and zone when written.

use super::patterns::*;
use super::*;

pub(super) fn month_number(name: &str) -> Option<u32> {
    let f = fold(name);
    let f = f.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == f).map(|(_, m)| *m)
}

pub(super) fn parse_year(s: &str) -> Year {
    match (s.len(), s.parse::<i32>()) {
        (4, Ok(y)) if (1950..=2100).contains(&y) => Year::Full(y),
        (2, Ok(y)) => Year::Full(2000 + y),
        (_, Ok(_)) => Year::Partial(s.to_string()),
        _ => Year::Missing,
    }
}

pub(super) fn cap_u32(c: &regex::Captures<'_>, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// The hour right after a date, if any: (end offset, time, midnight?, zone label).
pub(super) fn time_after(
    text: &str,
    at: usize,
) -> Option<(usize, NaiveTime, bool, Option<String>)> {
    let window = crate::posting::pattern::after(text, at, 80);
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
    let tz = c.name("tz").or_else(|| c.name("tz4"));
    let zone = tz.and_then(|z| zone_written(z.as_str()));
    let end = if tz.is_some() && zone.is_none() {
        tz.map_or(end, |z| {
            window.get(..z.start()).unwrap_or("").trim_end().len()
        })
    } else {
        end
    };
    Some((at + end, t, midnight, zone))
}

/// Zone abbreviations that are also French words ("est", "tu") count only in capitals.
pub(super) fn zone_written(z: &str) -> Option<String> {
    let short = z.len() <= 4 && !z.contains(['+', '-']);
    if short && z.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    Some(z.to_string())
}

pub(super) fn time_from(c: &regex::Captures<'_>) -> Option<(NaiveTime, bool)> {
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
    } else if let Some(h) = cap_u32(c, "h4") {
        (h, cap_u32(c, "mi4").unwrap_or(0), None)
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

pub(super) fn find_mentions(text: &str) -> Vec<Mention> {
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
                end = y.end();
            }
        }
        // « le18 Avril », « 2025Seul »: a scraper glued the date to its neighbours; the
        // date is the day to the year.
        let start = c.name("d").map_or(all.start(), |d| d.start());
        raw.push((start..end, d, month, year, None, false));
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

pub(super) fn last_time_end(out: &[Mention]) -> usize {
    out.last().map_or(0, |m| m.range.end)
}
