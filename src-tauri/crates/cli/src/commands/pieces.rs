//! What a piece is asked as, read from the command line (`--form certifiee --copies 3
//! --max-age 3m`, `none` taking one off), and why an attached document falls short, worded
//! under the piece in `show`. The rule (what « de moins de 3 mois » accepts) is the core's.

use clap::ArgMatches;
use postulo_core::model::{AgeUnit, Language, MaxAge, PieceForm, PieceProblem, PieceRequirements};
use postulo_core::search::fold;

use super::{text, Ctx};
use crate::error::{CliError, CliResult};
use crate::texts::fill;
use crate::words::{key, yes_no};

/// The words people type for a form, beside its code and its French and English names.
const FORM_WORDS: [(PieceForm, &[&str]); 5] = [
    (PieceForm::Original, &["originale", "orig"]),
    (
        PieceForm::SimpleCopy,
        &["simple", "copie", "photocopie", "copy"],
    ),
    (
        PieceForm::CertifiedCopy,
        &["certifiee", "certifie", "copie certifiee", "certified"],
    ),
    (
        PieceForm::LegalizedCopy,
        &[
            "legalisee",
            "legalise",
            "copie legalisee",
            "legalized",
            "legalised",
        ],
    ),
    (
        PieceForm::CertifiedTranslation,
        &["traduction", "traduction certifiee", "translation"],
    ),
];

/// A form by its code (`certified_copy`), its name (« Copie certifiée conforme ») or a
/// word people use (`certifiee`); accents, case, `-` and `_` ignored.
pub fn parse_form(text: &str) -> Option<PieceForm> {
    let wanted = key(text);
    PieceForm::ALL.into_iter().find(|&form| {
        let names = [
            form.as_str(),
            postulo_core::labels::piece_form(form, Language::Fr),
            postulo_core::labels::piece_form(form, Language::En),
        ];
        let words = FORM_WORDS
            .iter()
            .filter(|(f, _)| *f == form)
            .flat_map(|(_, words)| words.iter().copied());
        names.into_iter().chain(words).any(|n| key(n) == wanted)
    })
}

/// `3m`, `3mois`, `3 months`, `90d`, `90j`, `90jours`. A count too large for any limit is
/// kept as the largest number, so that the core refuses it with its limits in the message
/// rather than the CLI calling it unreadable.
pub fn parse_max_age(text: &str) -> Option<MaxAge> {
    // Only spaces go (`3 mois`): a sign or a dot makes the age unreadable, not another.
    let folded: String = fold(text).chars().filter(|c| !c.is_whitespace()).collect();
    let split = folded.find(|c: char| !c.is_ascii_digit())?;
    let (count, unit) = folded.split_at(split);
    let unit = match unit {
        "d" | "j" | "day" | "days" | "jour" | "jours" => AgeUnit::Days,
        "m" | "mo" | "mois" | "month" | "months" => AgeUnit::Months,
        _ => return None,
    };
    Some(MaxAge {
        count: saturated(count)?,
        unit,
    })
}

/// `3` copies; as for ages, a huge number is left for the core to refuse.
pub fn parse_copies(text: &str) -> Option<u8> {
    let count = saturated(text.trim())?;
    Some(u8::try_from(count).unwrap_or(u8::MAX))
}

/// Digits only; a number too large for `u16` becomes `u16::MAX`.
fn saturated(digits: &str) -> Option<u16> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse().unwrap_or(u16::MAX))
}

/// `none` takes a requirement off (`aucun`, `aucune` as French speakers write it).
pub fn is_none(text: &str) -> bool {
    matches!(key(text).as_str(), "none" | "aucun" | "aucune")
}

/// One option of the command line: not given (`None`), taken off (`Some(None)`) or set.
fn given<T>(
    m: &ArgMatches,
    name: &str,
    parse: fn(&str) -> Option<T>,
    refused: impl FnOnce(&str) -> String,
) -> CliResult<Option<Option<T>>> {
    match text(m, name) {
        None => Ok(None),
        Some(value) if is_none(value) => Ok(Some(None)),
        Some(value) => parse(value)
            .map(|v| Some(Some(v)))
            .ok_or_else(|| CliError::Invalid(refused(value))),
    }
}

/// `current` with `--form`, `--copies`, `--max-age` and `--handwritten` applied, and whether any was given.
/// Every option is read before anything is saved, so one bad value changes nothing.
pub fn requirements(
    ctx: &Ctx,
    m: &ArgMatches,
    current: PieceRequirements,
) -> CliResult<(PieceRequirements, bool)> {
    let t = ctx.p();
    let codes: Vec<&str> = PieceForm::ALL.iter().map(|f| f.as_str()).collect();
    let form = given(m, "form", parse_form, |v| {
        fill(t.bad_form, &[&v, &codes.join(", ")])
    })?;
    let copies = given(m, "copies", parse_copies, |v| fill(t.bad_copies, &[&v]))?;
    let max_age = given(m, "max-age", parse_max_age, |v| fill(t.bad_age, &[&v]))?;
    let handwritten = given(m, "handwritten", yes_no, |v| fill(t.bad_yes_no, &[&v]))?;
    let any = form.is_some() || copies.is_some() || max_age.is_some() || handwritten.is_some();
    Ok((
        PieceRequirements {
            form: form.unwrap_or(current.form),
            copies: copies.unwrap_or(current.copies),
            max_age: max_age.unwrap_or(current.max_age),
            handwritten: handwritten.map_or(current.handwritten, |h| h.unwrap_or(false)),
        },
        any,
    ))
}

/// « Copie certifiée conforme · de moins de 3 mois », in the core's words; `None` when the
/// posting asks nothing beyond the kind.
pub fn asked(req: &PieceRequirements, lang: Language) -> Option<String> {
    (!req.is_empty()).then(|| postulo_core::labels::piece_requirements(req, lang))
}

/// Why the attached document will not be accepted as asked, in the core's words (the
/// window says the same).
pub fn problem(problem: PieceProblem, req: &PieceRequirements, lang: Language) -> String {
    postulo_core::labels::piece_problem(problem, req, lang)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    #[test]
    fn forms_are_read_by_code_name_and_usual_word() {
        for form in PieceForm::ALL {
            assert_eq!(parse_form(form.as_str()), Some(form));
            for lang in [Language::Fr, Language::En] {
                let name = postulo_core::labels::piece_form(form, lang);
                assert_eq!(parse_form(name), Some(form), "{name}");
            }
        }
        assert_eq!(parse_form("certifiée"), Some(PieceForm::CertifiedCopy));
        assert_eq!(parse_form("LÉGALISÉE"), Some(PieceForm::LegalizedCopy));
        assert_eq!(parse_form("originale"), Some(PieceForm::Original));
        assert_eq!(parse_form("simple"), Some(PieceForm::SimpleCopy));
        assert_eq!(
            parse_form("traduction"),
            Some(PieceForm::CertifiedTranslation)
        );
        assert_eq!(parse_form("certified-copy"), Some(PieceForm::CertifiedCopy));
        assert_eq!(parse_form("bidule"), None);
        assert_eq!(parse_form(""), None);
    }

    #[test]
    fn ages_are_read_in_days_and_months_in_both_languages() {
        for (text, count, unit) in [
            ("3m", 3, AgeUnit::Months),
            ("3mois", 3, AgeUnit::Months),
            ("3 mois", 3, AgeUnit::Months),
            ("3months", 3, AgeUnit::Months),
            ("1 month", 1, AgeUnit::Months),
            ("90d", 90, AgeUnit::Days),
            ("90j", 90, AgeUnit::Days),
            ("90 jours", 90, AgeUnit::Days),
            ("90days", 90, AgeUnit::Days),
            ("6M", 6, AgeUnit::Months),
        ] {
            assert_eq!(parse_max_age(text), Some(MaxAge { count, unit }), "{text}");
        }
        for bad in ["3x", "3", "m", "", "trois mois", "-3m", "3.5m", "3m2"] {
            assert_eq!(parse_max_age(bad), None, "{bad}");
        }
        // Too large: kept for the core to refuse with its limits.
        assert_eq!(parse_max_age("99999999d"), Some(MaxAge::days(u16::MAX)));
        assert_eq!(parse_max_age("0m"), Some(MaxAge::months(0)));
    }

    #[test]
    fn copies_and_none() {
        assert_eq!(parse_copies("3"), Some(3));
        assert_eq!(parse_copies(" 0 "), Some(0));
        assert_eq!(parse_copies("300"), Some(u8::MAX));
        assert_eq!(parse_copies("trois"), None);
        assert_eq!(parse_copies("-1"), None);
        assert!(is_none("none") && is_none("Aucune") && !is_none("non"));
    }
}
