//! What statuses and document kinds are called, in French and English, for everything the
//! core words (postulo-cli, the dossier's list of pieces, the calendar, e-mails). The names
//! live in `catalogue/labels.json`, which the interface reads too: a status or a piece is
//! called the same in the window, in the terminal and on the dossier.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::format::PerLanguage;
use crate::model::{
    AgeUnit, DocumentKind, Language, NoResponse, OrganizationType, PieceForm, PieceProblem,
    PieceRequirements, Status,
};

/// Names by stored code, in each language.
type Names = PerLanguage<HashMap<String, String>>;

#[derive(Debug, Default, Deserialize)]
struct Labels {
    statuses: Names,
    document_kinds: Names,
    organization_types: Names,
    export: PerLanguage<ExportWords>,
    /// Added to the title of a photographed document's straightened copy.
    straightened_copy: PerLanguage<String>,
    piece_forms: Names,
    piece_requirements: PerLanguage<RequirementWords>,
    no_response: PerLanguage<NoResponseWords>,
    piece_problems: PerLanguage<ProblemWords>,
}

/// Why an attached document falls short; `{form}`, `{dated}`, `{date}`, `{oldest}` are filled.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemWords {
    not_certified: String,
    undated: String,
    issued_on: String,
    certified_on: String,
    too_old: String,
    too_old_today: String,
    certified_after_deadline: String,
}

/// « Sans réponse depuis 34 jours »; `{n}` is the number of days. The window reads the
/// same words (ui/src/lib/i18n/views.*.ts).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoResponseWords {
    one: String,
    other: String,
    followed_up_one: String,
    followed_up_other: String,
}

/// How copies and an age limit are said; `{n}` is the number.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RequirementWords {
    handwritten: String,
    copies_one: String,
    copies_other: String,
    age_months_one: String,
    age_months_other: String,
    age_days_one: String,
    age_days_other: String,
    separator: String,
}

/// The words of the exports: the list's column headings (CSV, .xlsx) and the job search
/// log's (PDF). `{from}`, `{to}`, `{date}`, `{page}`, `{total}`, `{count}` are filled in.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportWords {
    pub title: String,
    pub organization: String,
    pub reference: String,
    pub location: String,
    pub status: String,
    pub sent_on: String,
    pub first_answer_on: String,
    pub deadline: String,
    pub time_zone: String,
    pub updated_at: String,
    pub documents_ready: String,
    pub documents_due: String,
    pub posting: String,
    /// The .xlsx sheet's name.
    pub sheet: String,
    pub journal_title: String,
    pub period: String,
    pub generated_on: String,
    pub page: String,
    pub created_on: String,
    pub follow_up: String,
    pub no_date: String,
    pub applications_one: String,
    pub applications_other: String,
    pub nothing: String,
}

/// The name of `code`; every code has one (a test checks), so the code itself is never shown.
fn name(names: &'static Names, language: Language, code: &'static str) -> &'static str {
    names.get(language).get(code).map_or(code, String::as_str)
}

/// Built into the binary; a test checks that every status and kind is named in both
/// languages, so the empty fallback can never ship.
static LABELS: LazyLock<Labels> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../../../catalogue/labels.json")).unwrap_or_default()
});

/// « À préparer », "To prepare".
pub fn status(status: Status, language: Language) -> &'static str {
    name(&LABELS.statuses, language, status.as_str())
}

/// « Extrait de casier judiciaire », "Criminal record extract".
pub fn document_kind(kind: DocumentKind, language: Language) -> &'static str {
    name(&LABELS.document_kinds, language, kind.as_str())
}

/// « ONG », "NGO".
pub fn organization_type(kind: OrganizationType, language: Language) -> &'static str {
    name(&LABELS.organization_types, language, kind.as_str())
}

/// What the title of a straightened copy ends with: « CV (redressé) ».
pub fn straightened_copy(language: Language) -> &'static str {
    LABELS.straightened_copy.get(language)
}

/// « Copie certifiée conforme », "Certified true copy".
pub fn piece_form(form: PieceForm, language: Language) -> &'static str {
    name(&LABELS.piece_forms, language, form.as_str())
}

/// « Copie légalisée · 3 exemplaires · de moins de 6 mois », « À écrire à la main »: what a
/// posting asks of a piece beyond its kind, empty when it asks nothing. The window writes it from the same
/// words (`catalogue/format-cases.json` holds the cases both pass).
pub fn piece_requirements(req: &PieceRequirements, language: Language) -> String {
    let words = LABELS.piece_requirements.get(language);
    let counted = |one: &str, other: &str, n: u64| crate::format::counted(n, language, one, other);
    let mut parts: Vec<String> = Vec::with_capacity(4);
    if req.handwritten {
        parts.push(words.handwritten.clone());
    }
    if let Some(form) = req.form {
        parts.push(piece_form(form, language).to_owned());
    }
    if let Some(copies) = req.copies {
        parts.push(counted(
            &words.copies_one,
            &words.copies_other,
            copies.into(),
        ));
    }
    if let Some(age) = req.max_age {
        let (one, other) = match age.unit {
            AgeUnit::Months => (&words.age_months_one, &words.age_months_other),
            AgeUnit::Days => (&words.age_days_one, &words.age_days_other),
        };
        parts.push(counted(one, other, age.count.into()));
    }
    parts.join(&words.separator)
}

/// « Sans réponse depuis 34 jours », « Relancée, sans réponse depuis 1 jour »: a sent
/// application without news, as the list, the board and postulo-cli say it.
pub fn no_response(silence: &NoResponse, language: Language) -> String {
    let w = LABELS.no_response.get(language);
    let (one, other) = if silence.followed_up {
        (&w.followed_up_one, &w.followed_up_other)
    } else {
        (&w.one, &w.other)
    };
    crate::format::counted(silence.days.into(), language, one, other)
}

/// « Délivré le 30 déc. 2025 : trop ancien à la date limite (accepté à partir du 31 déc.
/// 2025). »: why the document attached to a piece that asks `req` falls short. The window
/// writes it from the same words (`catalogue/format-cases.json` holds the cases both pass).
pub fn piece_problem(problem: PieceProblem, req: &PieceRequirements, language: Language) -> String {
    let words = LABELS.piece_problems.get(language);
    let day = |d| crate::format::day(d, language);
    match problem {
        PieceProblem::NotCertified => {
            let form = piece_form(req.form.unwrap_or(PieceForm::CertifiedCopy), language);
            words.not_certified.replace("{form}", form)
        }
        PieceProblem::Undated => words.undated.clone(),
        PieceProblem::CertifiedAfterDeadline { certified_on } => words
            .certified_after_deadline
            .replace("{date}", &day(certified_on)),
        PieceProblem::TooOld {
            dated_on,
            oldest_accepted,
            on_deadline,
        } => {
            // A certified copy is as old as its stamp: say which date was measured.
            let dated = if req.form.is_some_and(PieceForm::is_certified) {
                &words.certified_on
            } else {
                &words.issued_on
            };
            let template = if on_deadline {
                &words.too_old
            } else {
                &words.too_old_today
            };
            template
                .replace("{dated}", dated)
                .replace("{date}", &day(dated_on))
                .replace("{oldest}", &day(oldest_accepted))
        }
    }
}

/// The words of the exports in `language`.
pub fn export_words(language: Language) -> &'static ExportWords {
    LABELS.export.get(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_and_kind_is_named_in_both_languages() {
        let labels: Labels =
            serde_json::from_str(include_str!("../../../../catalogue/labels.json")).unwrap();
        for lang in [Language::Fr, Language::En].map(|l| labels.statuses.get(l)) {
            for s in Status::ALL {
                assert!(lang.get(s.as_str()).is_some_and(|n| !n.is_empty()), "{s:?}");
            }
            assert_eq!(
                lang.len(),
                Status::ALL.len(),
                "no name for a status that is not"
            );
        }
        for lang in [Language::Fr, Language::En].map(|l| labels.document_kinds.get(l)) {
            for k in DocumentKind::ALL {
                assert!(lang.get(k.as_str()).is_some_and(|n| !n.is_empty()), "{k:?}");
            }
            assert_eq!(lang.len(), DocumentKind::ALL.len());
        }
        for lang in [Language::Fr, Language::En].map(|l| labels.organization_types.get(l)) {
            for t in OrganizationType::ALL {
                assert!(lang.get(t.as_str()).is_some_and(|n| !n.is_empty()), "{t:?}");
            }
            assert_eq!(lang.len(), OrganizationType::ALL.len());
        }
        assert_eq!(
            organization_type(OrganizationType::Un, Language::Fr),
            "Nations unies"
        );
        for words in [Language::Fr, Language::En].map(|l| labels.export.get(l)) {
            assert!(!words.journal_title.is_empty() && words.page.contains("{total}"));
        }
        for lang in [Language::Fr, Language::En].map(|l| labels.piece_forms.get(l)) {
            for f in PieceForm::ALL {
                assert!(lang.get(f.as_str()).is_some_and(|n| !n.is_empty()), "{f:?}");
            }
            assert_eq!(lang.len(), PieceForm::ALL.len());
        }
        assert_eq!(status(Status::ToPrepare, Language::Fr), "À préparer");
        assert_eq!(
            document_kind(DocumentKind::CriminalRecord, Language::En),
            "Criminal record extract"
        );
    }

    /// French counts 0 and 1 days as one; a follow-up changes the wording.
    #[test]
    fn no_response_is_said_with_its_days_in_both_languages() {
        let silence = |days, followed_up| NoResponse {
            since: "2026-10-01T09:00:00.000Z".into(),
            days,
            followed_up,
        };
        assert_eq!(
            no_response(&silence(34, false), Language::Fr),
            "Sans réponse depuis 34 jours"
        );
        assert_eq!(
            no_response(&silence(1, true), Language::Fr),
            "Relancée, sans réponse depuis 1 jour"
        );
        assert_eq!(
            no_response(&silence(0, false), Language::En),
            "No response for 0 days"
        );
        assert_eq!(
            no_response(&silence(1, false), Language::En),
            "No response for 1 day"
        );
    }

    /// The same cases as the interface's Vitest test.
    #[test]
    fn piece_requirements_read_as_the_shared_cases_say() {
        #[derive(Deserialize)]
        struct Case {
            requirements: PieceRequirements,
            fr: String,
            en: String,
        }
        #[derive(Deserialize)]
        struct Cases {
            piece_requirements: Vec<Case>,
        }
        let cases: Cases =
            serde_json::from_str(include_str!("../../../../catalogue/format-cases.json")).unwrap();
        assert!(cases.piece_requirements.len() >= 5);
        for c in &cases.piece_requirements {
            assert_eq!(piece_requirements(&c.requirements, Language::Fr), c.fr);
            assert_eq!(piece_requirements(&c.requirements, Language::En), c.en);
        }
    }

    /// The same cases as the interface's Vitest test.
    #[test]
    fn piece_problems_read_as_the_shared_cases_say() {
        #[derive(Deserialize)]
        struct Case {
            problem: PieceProblem,
            form: Option<PieceForm>,
            fr: String,
            en: String,
        }
        #[derive(Deserialize)]
        struct Cases {
            piece_problems: Vec<Case>,
        }
        let cases: Cases =
            serde_json::from_str(include_str!("../../../../catalogue/format-cases.json")).unwrap();
        assert!(cases.piece_problems.len() >= 5);
        for c in &cases.piece_problems {
            let req = PieceRequirements {
                form: c.form,
                ..Default::default()
            };
            assert_eq!(piece_problem(c.problem, &req, Language::Fr), c.fr);
            assert_eq!(piece_problem(c.problem, &req, Language::En), c.en);
        }
    }
}
