//! The kinds of documents a posting asks for, their stored codes and how long they stay valid.
//!
//! The snake_case codes are stored in the database and produced by the posting parser:
//! never rename one.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Cv,
    CoverLetter,
    DiplomaCopies,
    CriminalRecord,
    WorkCertificates,
    Attestations,
    References,
    IdDocument,
    BirthCertificate,
    NationalityCertificate,
    IdPhoto,
    MedicalCertificate,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 13] = [
        Self::Cv,
        Self::CoverLetter,
        Self::DiplomaCopies,
        Self::CriminalRecord,
        Self::WorkCertificates,
        Self::Attestations,
        Self::References,
        Self::IdDocument,
        Self::BirthCertificate,
        Self::NationalityCertificate,
        Self::IdPhoto,
        Self::MedicalCertificate,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cv => "cv",
            Self::CoverLetter => "cover_letter",
            Self::DiplomaCopies => "diploma_copies",
            Self::CriminalRecord => "criminal_record",
            Self::WorkCertificates => "work_certificates",
            Self::Attestations => "attestations",
            Self::References => "references",
            Self::IdDocument => "id_document",
            Self::BirthCertificate => "birth_certificate",
            Self::NationalityCertificate => "nationality_certificate",
            Self::IdPhoto => "id_photo",
            Self::MedicalCertificate => "medical_certificate",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How long a piece of this kind is accepted after it was issued, when recruiters have a
    /// common rule: an extract of the criminal record or a medical certificate "de moins de
    /// 3 mois". Other kinds expire only when the user says so (an ID card's printed date).
    pub fn default_validity(self) -> Option<Months> {
        match self {
            Self::CriminalRecord | Self::MedicalCertificate => Some(Months::new(3)),
            _ => None,
        }
    }

    /// The last day a piece issued on `issued_on` is still accepted under the kind's rule.
    ///
    /// "De moins de 3 mois" is strict: issued on 15 October, it is no longer under three
    /// months old on 15 January, so the last accepted day is 14 January. Erring a day early
    /// costs the candidate nothing; a day late can cost the application.
    pub fn default_valid_until(self, issued_on: Option<NaiveDate>) -> Option<NaiveDate> {
        let months = self.default_validity()?;
        issued_on?.checked_add_months(months)?.pred_opt()
    }

    /// The name printed in the dossier and its list of enclosed documents.
    pub fn label(self, language: Language) -> &'static str {
        crate::labels::document_kind(self, language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_serde() {
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(k.as_str()), Some(k));
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
        assert_eq!(DocumentKind::parse("casier"), None);
    }

    #[test]
    fn criminal_record_and_medical_certificate_last_three_months() {
        let issued = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
        let last = NaiveDate::from_ymd_opt(2026, 1, 14).unwrap();
        assert_eq!(
            DocumentKind::CriminalRecord.default_valid_until(Some(issued)),
            Some(last)
        );
        assert_eq!(
            DocumentKind::MedicalCertificate.default_valid_until(Some(issued)),
            Some(last)
        );
        // The end of a long month falls back on the last day of the short one.
        let nov30 = NaiveDate::from_ymd_opt(2025, 11, 30).unwrap();
        assert_eq!(
            DocumentKind::CriminalRecord.default_valid_until(Some(nov30)),
            NaiveDate::from_ymd_opt(2026, 2, 27)
        );
        assert_eq!(DocumentKind::CriminalRecord.default_valid_until(None), None);
        for k in DocumentKind::ALL {
            if !matches!(
                k,
                DocumentKind::CriminalRecord | DocumentKind::MedicalCertificate
            ) {
                assert_eq!(k.default_valid_until(Some(issued)), None, "{k:?}");
            }
        }
    }
}
