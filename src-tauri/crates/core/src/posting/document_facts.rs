//! What a document of the candidate says about itself, read from its text (a scan read by
//! OCR, or a PDF's text layer): the kind of document its heading names (« Extrait du casier
//! judiciaire », « Certificat de travail »…) and the day it was issued (« délivré le 12
//! mars 2026 », « Fait à Bamako, le … »). Only suggestions: the vault shows them and the
//! candidate confirms.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;

use super::dates::full_dates;
use super::fields::detect_language;
use super::normalize::Normalized;
use super::pattern::fold;
use crate::model::DocumentKind;

/// What the text suggests; `None` where it says nothing clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentFacts {
    pub kind: Option<DocumentKind>,
    pub issued_on: Option<NaiveDate>,
}

/// The phrases a document's own heading names itself with, folded (no accents, lower
/// case), by kind. A specific phrase weighs more than a generic word, so that « attestation
/// de travail » is a work certificate, not an attestation.
const KIND_PHRASES: &[(DocumentKind, &[&str], f32)] = &[
    (
        DocumentKind::CriminalRecord,
        &[
            "casier judiciaire",
            "bulletin n° 3",
            "bulletin n°3",
            "criminal record",
            "police clearance",
        ],
        4.0,
    ),
    (
        DocumentKind::WorkCertificates,
        &[
            "certificat de travail",
            "attestation de travail",
            "attestation d'emploi",
            "attestation de stage",
            "attestation de service",
            "certificate of employment",
            "employment certificate",
        ],
        4.0,
    ),
    (
        DocumentKind::MedicalCertificate,
        &[
            "certificat medical",
            "aptitude physique",
            "certificat de visite medicale",
            "medical certificate",
        ],
        4.0,
    ),
    (
        DocumentKind::BirthCertificate,
        &[
            "acte de naissance",
            "jugement suppletif",
            "birth certificate",
        ],
        4.0,
    ),
    (
        DocumentKind::NationalityCertificate,
        &["certificat de nationalite", "certificate of nationality"],
        4.0,
    ),
    (
        DocumentKind::IdDocument,
        &[
            "carte nationale d'identite",
            "carte d'identite",
            "passeport",
            "passport",
            "identity card",
        ],
        3.0,
    ),
    (
        DocumentKind::DiplomaCopies,
        &[
            "diplome",
            "baccalaureat",
            "licence",
            "master",
            "doctorat",
            "brevet de technicien",
            "attestation de reussite",
            "releve de notes",
            "diploma",
            "degree",
            "bachelor",
        ],
        2.5,
    ),
    (
        DocumentKind::References,
        &[
            "lettre de recommandation",
            "letter of recommendation",
            "recommendation letter",
        ],
        3.0,
    ),
    (
        DocumentKind::CoverLetter,
        &["lettre de motivation", "cover letter"],
        3.0,
    ),
    (
        DocumentKind::Cv,
        &[
            "curriculum vitae",
            "experiences professionnelles",
            "work experience",
        ],
        2.0,
    ),
    (
        DocumentKind::Attestations,
        &["attestation", "certificate", "certifie que", "certify that"],
        1.0,
    ),
];

/// Below this score no kind is suggested: one passing generic word says nothing.
const KIND_THRESHOLD: f32 = 2.0;

/// Words just before a date that make it the issue date, and those that make it another
/// date (a birth, an expiry, a period of work).
static ISSUED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?:deliv?re(?:e)?\s+(?:a\s+[^,\n]{1,40},?\s*)?le|fait\s+a\s+[^,\n]{1,40},?\s*le|date\s+de\s+deliv?rance\s*:?|etabli(?:e)?\s+le|signe(?:e)?\s+le|issued\s+(?:on|at\s+[^,\n]{1,40},?\s*on)|date\s+of\s+issue\s*:?|done\s+(?:at|in)\s+[^,\n]{1,40},?\s*(?:on)?|^\s*[a-z' -]{2,30},\s*le)\s*$",
    )
    .ok()
});
static OTHER_DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?:\bn[eé]e?(?:\(e\))?\s+(?:a\s+[^,\n]{1,40},?\s*)?le|\bdate\s+de\s+naissance\s*[:.]?|\bborn\s+(?:in\s+[^,\n]{1,40},?\s*)?on|\bdate\s+of\s+birth\s*[:.]?|\bvalable\s+jusqu\S*|\bexpir\w*(?:\s+le)?\s*[:.]?|\bvalid\s+(?:until|thru)\s*[:.]?|\bdu|\bdepuis\s+le|\bfrom|\bau|\bto)\s*$",
    )
    .ok()
});

/// Reads what the document says about itself. `today`: an issue date is never after it.
pub fn document_facts(text: &str, today: NaiveDate) -> DocumentFacts {
    let norm = Normalized::new(text);
    let folded = fold(&norm.text);
    DocumentFacts {
        kind: kind_of(&folded),
        issued_on: issued_on(&norm.text, today),
    }
}

fn kind_of(folded: &str) -> Option<DocumentKind> {
    // The heading is at the top: a phrase in the first third counts twice, and the first
    // specific kind the text names (its title: « CURRICULUM VITAE », « EXTRAIT DU CASIER
    // JUDICIAIRE ») wins over what its body mentions (the diplomas a CV lists).
    let top = folded.len() / 3;
    let mut scores: Vec<(DocumentKind, f32, Option<FirstAt>)> = Vec::new();
    for (kind, phrases, weight) in KIND_PHRASES {
        let mut score = 0.0;
        let mut first: Option<FirstAt> = None;
        // Each phrase counts once, where it first comes.
        for phrase in *phrases {
            let at = folded
                .match_indices(phrase)
                .map(|(at, _)| at)
                .find(|&at| whole_word(folded, at, phrase.len()));
            if let Some(at) = at {
                score += if at < top { 2.0 * weight } else { *weight };
                // Earliest, then longest: « attestation de stage » over « attestation ».
                let key = (at, usize::MAX - phrase.len());
                if first.is_none_or(|f| key < f) {
                    first = Some(key);
                }
            }
        }
        scores.push((*kind, score, first));
    }
    let heading = scores
        .iter()
        .filter(|(kind, _, first)| *kind != DocumentKind::Attestations && first.is_some())
        .min_by_key(|(_, _, first)| *first)
        .map(|(kind, _, _)| *kind);
    scores
        .into_iter()
        .map(|(kind, score, _)| {
            (
                kind,
                score + if Some(kind) == heading { HEADING } else { 0.0 },
            )
        })
        .filter(|(_, score)| *score >= KIND_THRESHOLD)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(kind, _)| kind)
}

/// Where a kind is first named: its byte offset, then the phrase's length reversed (the
/// longer phrase first at the same place).
type FirstAt = (usize, usize);

/// What naming a kind first (as a title does) adds to it.
const HEADING: f32 = 10.0;

fn whole_word(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn issued_on(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lang = detect_language(text);
    let dates = full_dates(text, lang);
    let (issued, other) = (ISSUED.as_ref()?, OTHER_DATE.as_ref()?);
    let mut best: Option<(f32, NaiveDate)> = None;
    for (range, date) in dates {
        if date > today {
            continue;
        }
        // The words before the date on its line, or on the line above when the date starts
        // its line (a label above its value, as on an identity card).
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let mut before = fold(&text[line_start..range.start]);
        if before.trim().is_empty() && line_start > 0 {
            let above = text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
            before = fold(&text[above..line_start - 1]);
        }
        if other.is_match(&before) {
            continue;
        }
        let mut score = 0.0;
        if issued.is_match(&before) {
            score += 3.0;
        }
        // Signatures and datelines are at the bottom of a certificate.
        if range.start * 10 > text.len() * 6 {
            score += 1.0;
        }
        if score >= 1.0 && best.is_none_or(|(s, d)| score > s || (score == s && date > d)) {
            best = Some((score, date));
        }
    }
    best.map(|(_, date)| date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
    }

    #[test]
    fn a_criminal_record_extract_and_its_issue_date() {
        let text = "RÉPUBLIQUE DU MALI\nUn Peuple – Un But – Une Foi\n\
            TRIBUNAL DE GRANDE INSTANCE DE LA COMMUNE III DU DISTRICT DE BAMAKO\n\
            EXTRAIT DU CASIER JUDICIAIRE\nBULLETIN N° 3\n\
            Nom : TRAORÉ\nPrénoms : Aïssata\nNée le 4 février 1994 à Ségou\n\
            Néant\n\nDélivré à Bamako, le 12 mars 2026\nLe Greffier en Chef";
        let facts = document_facts(text, today());
        assert_eq!(facts.kind, Some(DocumentKind::CriminalRecord));
        assert_eq!(facts.issued_on, NaiveDate::from_ymd_opt(2026, 3, 12));
    }

    #[test]
    fn a_work_certificate_is_not_an_attestation_and_its_period_is_not_its_date() {
        let text = "CERTIFICAT DE TRAVAIL\n\nJe soussigné, Directeur des Ressources Humaines de \
            la société SOTRA, certifie que M. Kouassi Yao a été employé du 1er janvier 2019 au \
            31 décembre 2023 en qualité de comptable.\nEn foi de quoi la présente attestation \
            lui est délivrée pour servir et valoir ce que de droit.\n\n\
            Fait à Abidjan, le 15/01/2024\nLe Directeur";
        let facts = document_facts(text, today());
        assert_eq!(facts.kind, Some(DocumentKind::WorkCertificates));
        assert_eq!(facts.issued_on, NaiveDate::from_ymd_opt(2024, 1, 15));
    }

    #[test]
    fn a_diploma_in_english_and_a_text_that_says_nothing() {
        let text = "UNIVERSITY OF GHANA\nThis is to certify that\nKofi Mensah\nhaving \
            satisfied the requirements was awarded the degree of\nBACHELOR OF SCIENCE\n\
            Date of issue: 20 July 2021";
        let facts = document_facts(text, today());
        assert_eq!(facts.kind, Some(DocumentKind::DiplomaCopies));
        assert_eq!(facts.issued_on, NaiveDate::from_ymd_opt(2021, 7, 20));
        let nothing = document_facts("Liste des courses : riz, huile, sucre.", today());
        assert_eq!(
            nothing,
            DocumentFacts {
                kind: None,
                issued_on: None
            }
        );
    }

    #[test]
    fn a_birth_or_an_expiry_is_never_the_issue_date_and_words_are_whole() {
        let birth = "ACTE DE NAISSANCE\nNé à Ségou, le 4 février 1994\nDressé le 10 février 1994";
        assert_eq!(
            document_facts(birth, today()).issued_on,
            NaiveDate::from_ymd_opt(1994, 2, 10)
        );
        let card = "CARTE NATIONALE D'IDENTITÉ\nDate de naissance\n12/05/1990\n\
                    Date d'expiration :\n01/01/2026\nDélivrée le\n02/01/2016";
        let facts = document_facts(card, today());
        assert_eq!(facts.kind, Some(DocumentKind::IdDocument));
        assert_eq!(facts.issued_on, NaiveDate::from_ymd_opt(2016, 1, 2));
        // « donné le » is not « né le », « Bissau » does not end with the word « au ».
        let given = "ATTESTATION\nFait à Bissau, le 3 mars 2025";
        assert_eq!(
            document_facts(given, today()).issued_on,
            NaiveDate::from_ymd_opt(2025, 3, 3)
        );
    }

    #[test]
    fn a_cv_listing_its_diplomas_is_a_cv() {
        let cv = "CURRICULUM VITAE\nAïssata TRAORÉ\nFORMATION\n2019 : Master en gestion\n\
                  2017 : Licence en économie\n2014 : Baccalauréat série G2\nEXPÉRIENCES PROFESSIONNELLES";
        assert_eq!(document_facts(cv, today()).kind, Some(DocumentKind::Cv));
    }

    #[test]
    fn a_date_after_today_is_never_an_issue_date() {
        let facts = document_facts("ATTESTATION\nFait à Dakar, le 3 janvier 2027", today());
        assert_eq!(facts.issued_on, None);
    }
}
