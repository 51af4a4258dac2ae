//! How Postulo writes a day and a file size, in French and English, for everything the
//! core words (postulo-cli, the dossier's cover, the calendar, notifications). The tables
//! live in `catalogue/formats.json`, which the interface reads too; both pass the cases of
//! `catalogue/format-cases.json`, so a day or a size reads the same in the window, in the
//! terminal and on the dossier.

use std::sync::LazyLock;

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::model::Language;

#[derive(Debug, Default, Deserialize)]
struct Tables {
    months_short: PerLanguage<Vec<String>>,
    months_long: PerLanguage<Vec<String>>,
    size_units: PerLanguage<Units>,
    decimal_separator: PerLanguage<String>,
    unit_separator: PerLanguage<String>,
    day_numeric: PerLanguage<String>,
}

/// A value of the catalogue in each language (`{"fr": …, "en": …}`), for this module and
/// [`crate::labels`].
#[derive(Debug, Default, Deserialize)]
pub(crate) struct PerLanguage<T> {
    fr: T,
    en: T,
}

impl<T> PerLanguage<T> {
    pub(crate) fn get(&self, language: Language) -> &T {
        match language {
            Language::Fr => &self.fr,
            Language::En => &self.en,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
struct Units {
    kb: String,
    mb: String,
}

/// Built into the binary; a test parses it, so an empty fallback can never ship.
static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../../../catalogue/formats.json")).unwrap_or_default()
});

/// `26 déc. 2025` / `26 Dec 2025`.
pub fn day(date: NaiveDate, language: Language) -> String {
    day_with(&TABLES.months_short, date, language)
}

/// The day, its month from `months`, the year.
fn day_with(months: &PerLanguage<Vec<String>>, date: NaiveDate, language: Language) -> String {
    let month = months
        .get(language)
        .get(date.month0() as usize)
        .map_or("", String::as_str);
    format!("{} {month} {}", date.day(), date.year())
}

/// `7 décembre 2025` / `7 December 2025`: the day in full, as a letter is dated.
pub fn day_long(date: NaiveDate, language: Language) -> String {
    day_with(&TABLES.months_long, date, language)
}

/// `sept. 2026` / `Sep 2026` for a `YYYY-MM` month (the statistics' months), as the
/// window's `monthName` writes it; anything else comes back as given.
pub fn month(year_month: &str, language: Language) -> String {
    let parsed = year_month
        .split_once('-')
        .filter(|(y, m)| y.len() == 4 && m.len() == 2)
        .and_then(|(y, m)| Some((y.parse::<u32>().ok()?, m.parse::<usize>().ok()?)));
    let name = parsed.and_then(|(year, m)| {
        let names = TABLES.months_short.get(language);
        Some((year, names.get(m.checked_sub(1)?)?))
    });
    match name {
        Some((year, name)) => format!("{name} {year}"),
        None => year_month.to_owned(),
    }
}

/// `14/03/2025` / `2025-03-14`: a day in digits, for the exported list, where a spreadsheet
/// must read it as a date.
pub fn day_numeric(date: NaiveDate, language: Language) -> String {
    let mut out = String::new();
    // A pattern chrono cannot read (never shipped: a test formats every case) falls back
    // to ISO 8601 rather than failing an export.
    if write!(out, "{}", date.format(day_numeric_pattern(language))).is_err() {
        out = date.format("%Y-%m-%d").to_string();
    }
    out
}

/// The strftime pattern of [`day_numeric`] (the .xlsx date format is derived from it).
pub fn day_numeric_pattern(language: Language) -> &'static str {
    TABLES.day_numeric.get(language)
}

/// Whether `n` takes the singular: French counts 0 and 1 as one (« 0 candidature »,
/// « 1 page »), English only 1 ("0 applications"). The one rule of the core, for every
/// count it words and for postulo-cli; the window's is `isSingular`
/// (ui/src/lib/components/vault/documents.ts), and both pass `plurals` in
/// `catalogue/format-cases.json`.
pub fn is_singular(n: u64, language: Language) -> bool {
    match language {
        Language::Fr => n < 2,
        Language::En => n == 1,
    }
}

/// `one` or `other` as `n` asks, with `{n}` filled in: `counted(0, Fr, "{n} page", "{n}
/// pages")` is « 0 page ».
pub fn counted(n: u64, language: Language, one: &str, other: &str) -> String {
    let template = if is_singular(n, language) { one } else { other };
    template.replace("{n}", &n.to_string())
}

/// Bytes as a person reads them, in decimal units as mail providers state their limits:
/// `851 ko` (rounded up: it is not under 850 ko), `1,2 Mo` (a tenth under 10 MB, `8 Mo`
/// rather than `8,0 Mo`), `25 Mo`.
/// Integer arithmetic, so that the interface's copy rounds exactly alike.
pub fn size(bytes: u64, language: Language) -> String {
    let units = TABLES.size_units.get(language);
    let space = TABLES.unit_separator.get(language);
    let kb = bytes.div_ceil(1000);
    if kb < 1000 {
        return format!("{kb}{space}{}", units.kb);
    }
    let tenths = (bytes + 50_000) / 100_000;
    if tenths < 100 && !tenths.is_multiple_of(10) {
        let comma = TABLES.decimal_separator.get(language);
        return format!("{}{comma}{}{space}{}", tenths / 10, tenths % 10, units.mb);
    }
    let whole = if tenths < 100 {
        tenths / 10
    } else {
        (bytes + 500_000) / 1_000_000
    };
    format!("{whole}{space}{}", units.mb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Cases {
        days: Vec<DayCase>,
        days_numeric: Vec<DayCase>,
        sizes: Vec<SizeCase>,
        plurals: Vec<PluralCase>,
    }

    /// Whether `n` is singular in each language.
    #[derive(Deserialize)]
    struct PluralCase {
        n: u64,
        fr: bool,
        en: bool,
    }

    #[derive(Deserialize)]
    struct DayCase {
        date: NaiveDate,
        fr: String,
        en: String,
    }

    #[derive(Deserialize)]
    struct SizeCase {
        bytes: u64,
        fr: String,
        en: String,
    }

    #[test]
    fn months_read_as_the_window_writes_them() {
        assert_eq!(month("2026-09", Language::Fr), "sept. 2026");
        assert_eq!(month("2026-09", Language::En), "Sep 2026");
        assert_eq!(month("2026-13", Language::Fr), "2026-13");
        assert_eq!(month("2026-00", Language::Fr), "2026-00");
        assert_eq!(month("bientôt", Language::En), "bientôt");
    }

    #[test]
    fn the_shared_tables_parse() {
        let tables: Tables =
            serde_json::from_str(include_str!("../../../../catalogue/formats.json")).unwrap();
        assert_eq!(tables.months_short.fr.len(), 12);
        assert_eq!(tables.months_short.en.len(), 12);
        assert_eq!(tables.months_long.fr.len(), 12);
        assert_eq!(tables.months_long.en.len(), 12);
    }

    #[test]
    fn a_letter_s_day_is_written_in_full() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        assert_eq!(day_long(d, Language::Fr), "1 février 2026");
        assert_eq!(day_long(d, Language::En), "1 February 2026");
    }

    /// The same cases as the interface's Vitest test.
    #[test]
    fn days_and_sizes_read_as_the_shared_cases_say() {
        let cases: Cases =
            serde_json::from_str(include_str!("../../../../catalogue/format-cases.json")).unwrap();
        assert!(cases.days.len() >= 5 && cases.sizes.len() >= 10);
        for c in &cases.days {
            assert_eq!(day(c.date, Language::Fr), c.fr);
            assert_eq!(day(c.date, Language::En), c.en);
        }
        for c in &cases.days_numeric {
            assert_eq!(day_numeric(c.date, Language::Fr), c.fr);
            assert_eq!(day_numeric(c.date, Language::En), c.en);
        }
        assert!(cases.plurals.len() >= 3);
        for c in &cases.plurals {
            assert_eq!(is_singular(c.n, Language::Fr), c.fr, "{} in French", c.n);
            assert_eq!(is_singular(c.n, Language::En), c.en, "{} in English", c.n);
        }
        assert_eq!(counted(0, Language::Fr, "{n} page", "{n} pages"), "0 page");
        assert_eq!(counted(0, Language::En, "{n} page", "{n} pages"), "0 pages");
        for c in &cases.sizes {
            assert_eq!(size(c.bytes, Language::Fr), c.fr, "{} bytes", c.bytes);
            assert_eq!(size(c.bytes, Language::En), c.en, "{} bytes", c.bytes);
        }
    }
}
