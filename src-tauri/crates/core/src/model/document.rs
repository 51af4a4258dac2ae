//! A document in the vault (one exact file version) and whether it is still accepted.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Deadline, DocumentKind};
use crate::error::{Error, Invalid, Result};

/// How many days before its end a document is reported as "expiring soon".
pub const EXPIRING_SOON_DAYS: i64 = 30;

/// Longest title or displayed file name we keep; also what file systems accept.
pub const MAX_NAME_CHARS: usize = 250;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Document {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    pub kind: DocumentKind,
    pub title: String,
    /// The name the file had on the user's computer, cleaned for display.
    pub original_name: String,
    /// Path inside the vault: `ab/<sha256>.<ext>`.
    pub stored_file: String,
    #[cfg_attr(test, ts(type = "number"))]
    pub size_bytes: i64,
    pub sha256: String,
    pub mime: String,
    /// `None` when the file has no pages (a DOCX) or its page tree could not be read.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub page_count: Option<i64>,
    #[cfg_attr(test, ts(type = "string | null"))]
    pub issued_on: Option<NaiveDate>,
    /// Last day the document is accepted, inclusive.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub valid_until: Option<NaiveDate>,
    /// For a certified or legalized copy: the day it was stamped, which is what « copie
    /// certifiée de moins de 3 mois » measures.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub certified_on: Option<NaiveDate>,
    pub has_thumbnail: bool,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// Removed from the vault, but kept for the sent applications that hold it: what was
    /// sent stays what was sent. The vault no longer lists it.
    pub archived: bool,
    /// The newer version « Renouveler » added in its place.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub replaced_by: Option<i64>,
}

/// What the user can change about a document after adding it. The file itself never
/// changes: a new version is a new document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentUpdate {
    pub kind: DocumentKind,
    pub title: String,
    #[cfg_attr(test, ts(type = "string | null"))]
    pub issued_on: Option<NaiveDate>,
    /// `None` applies the kind's rule (3 months for a criminal record), if any.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub valid_until: Option<NaiveDate>,
    /// The day a certified or legalized copy was stamped; `None` for anything else.
    #[serde(default)]
    #[cfg_attr(test, ts(type = "string | null"))]
    pub certified_on: Option<NaiveDate>,
}

impl DocumentUpdate {
    pub(crate) fn normalized(mut self) -> Result<Self> {
        self.title = validate_title(&self.title)?;
        self.valid_until = self
            .valid_until
            .or_else(|| self.kind.default_valid_until(self.issued_on));
        check_dates(self.issued_on, self.valid_until)?;
        Ok(self)
    }

    /// Also refuses a certification in the future or before the document itself was issued.
    pub(crate) fn normalized_on(self, today: NaiveDate) -> Result<Self> {
        let update = self.normalized()?;
        if let Some(certified) = update.certified_on {
            if certified > today {
                return Err(Error::invalid("certified_on", Invalid::InFuture));
            }
            if update.issued_on.is_some_and(|issued| certified < issued) {
                return Err(Error::invalid("certified_on", Invalid::Date));
            }
        }
        Ok(update)
    }
}

fn check_dates(issued_on: Option<NaiveDate>, until: Option<NaiveDate>) -> Result<()> {
    if let (Some(issued), Some(until)) = (issued_on, until) {
        if until < issued {
            return Err(Error::invalid("valid_until", Invalid::Date));
        }
    }
    Ok(())
}

/// The result of adding a file: the document, and whether the same content of the same
/// kind was already in the vault (then nothing new was stored and the existing row is
/// returned, so the UI can say "déjà dans vos documents").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AddedDocument {
    pub document: Document,
    pub already_in_vault: bool,
    /// Set when the vault keeps a copy made so that the PDF can go into a dossier: unlocked
    /// with its password, or repaired (and which pages were lost): the candidate is told.
    pub fixed: Option<crate::dossier::PdfFix>,
}

/// Whether a document is still accepted on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Validity {
    /// No end date known.
    NoExpiry,
    Valid,
    /// Ends within [`EXPIRING_SOON_DAYS`] days.
    ExpiringSoon,
    Expired,
}

impl Validity {
    pub fn needs_attention(self) -> bool {
        matches!(self, Self::ExpiringSoon | Self::Expired)
    }
}

/// The document's standing on `today` (the user's local date).
pub fn document_status(doc: &Document, today: NaiveDate) -> Validity {
    validity(doc.valid_until, today)
}

pub(crate) fn validity(valid_until: Option<NaiveDate>, today: NaiveDate) -> Validity {
    match valid_until {
        None => Validity::NoExpiry,
        Some(until) if until < today => Validity::Expired,
        Some(until) if (until - today).num_days() <= EXPIRING_SOON_DAYS => Validity::ExpiringSoon,
        Some(_) => Validity::Valid,
    }
}

/// True when the document stops being accepted before the application's deadline day, so
/// that it would be out of date when the recruiter opens the file. The deadline's own day
/// is compared in the deadline's zone, which is the day written in the posting.
pub fn expires_before_deadline(
    valid_until: Option<NaiveDate>,
    deadline: Option<&Deadline>,
) -> bool {
    match (valid_until, deadline) {
        (Some(until), Some(deadline)) => until < deadline.date,
        _ => false,
    }
}

/// A title the user typed. Titles end up in exported file names and bookmarks, so path
/// separators, `..` and control characters are refused rather than silently changed.
pub(crate) fn validate_title(title: &str) -> Result<String> {
    let title = title.trim();
    if title.is_empty() {
        return Err(Error::invalid("title", Invalid::Required));
    }
    if title.chars().count() > MAX_NAME_CHARS {
        return Err(Error::invalid("title", Invalid::TooLong));
    }
    if title.contains(['/', '\\']) || title.contains("..") || title.chars().any(char::is_control) {
        return Err(Error::invalid("title", Invalid::FileName));
    }
    Ok(title.to_owned())
}

/// A file name from the user's disk, made safe to show and to reuse as a title: no path
/// separators, no control characters, no `..`, at most [`MAX_NAME_CHARS`] characters.
pub fn sanitize_file_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len().min(MAX_NAME_CHARS * 4));
    for c in name.chars() {
        if c == '/' || c == '\\' || c.is_control() {
            continue;
        }
        // Collapse runs of dots so that no `..` survives.
        if c == '.' && out.ends_with('.') {
            continue;
        }
        out.push(c);
    }
    let trimmed = out.trim().trim_start_matches('.');
    trimmed.chars().take(MAX_NAME_CHARS).collect::<String>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn validity_on_a_given_day() {
        let today = day("2026-01-10");
        assert_eq!(validity(None, today), Validity::NoExpiry);
        assert_eq!(validity(Some(day("2026-01-09")), today), Validity::Expired);
        assert_eq!(
            validity(Some(day("2026-01-10")), today),
            Validity::ExpiringSoon
        );
        assert_eq!(
            validity(Some(day("2026-02-09")), today),
            Validity::ExpiringSoon
        );
        assert_eq!(validity(Some(day("2026-02-10")), today), Validity::Valid);
    }

    #[test]
    fn expiring_before_the_deadline_day() {
        let deadline = Deadline {
            date: day("2026-01-15"),
            time: None,
            timezone: "Africa/Bamako".into(),
        };
        assert!(expires_before_deadline(
            Some(day("2026-01-14")),
            Some(&deadline)
        ));
        assert!(!expires_before_deadline(
            Some(day("2026-01-15")),
            Some(&deadline)
        ));
        assert!(!expires_before_deadline(None, Some(&deadline)));
        assert!(!expires_before_deadline(Some(day("2020-01-01")), None));
    }

    #[test]
    fn titles_with_path_parts_or_too_long_are_refused() {
        for bad in ["../../etc/passwd", "a/b", "a\\b", "x..y", "tab\there"] {
            assert!(
                matches!(
                    validate_title(bad),
                    Err(Error::Validation {
                        field: "title",
                        reason: Invalid::FileName
                    })
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            validate_title(&"é".repeat(251)),
            Err(Error::Validation {
                reason: Invalid::TooLong,
                ..
            })
        ));
        assert_eq!(
            validate_title("  Diplôme de master  ").unwrap(),
            "Diplôme de master"
        );
    }

    #[test]
    fn file_names_are_cleaned_for_display() {
        assert_eq!(sanitize_file_name("..\\..\\CV\u{0}.pdf"), "CV.pdf");
        assert_eq!(sanitize_file_name("CV..final.pdf"), "CV.final.pdf");
        assert_eq!(sanitize_file_name(&"a".repeat(300)).chars().count(), 250);
        assert_eq!(
            sanitize_file_name("Attestation n°2 – été.pdf"),
            "Attestation n°2 – été.pdf"
        );
    }

    #[test]
    fn updates_apply_the_kind_rule_and_refuse_an_end_before_the_issue() {
        let u = DocumentUpdate {
            kind: DocumentKind::CriminalRecord,
            title: "Casier".into(),
            issued_on: Some(day("2025-12-01")),
            valid_until: None,
            certified_on: None,
        }
        .normalized()
        .unwrap();
        assert_eq!(u.valid_until, Some(day("2026-02-28")));
        let bad = DocumentUpdate {
            kind: DocumentKind::IdDocument,
            title: "CNI".into(),
            issued_on: Some(day("2025-12-01")),
            valid_until: Some(day("2025-11-01")),
            certified_on: None,
        };
        assert!(matches!(
            bad.normalized(),
            Err(Error::Validation {
                field: "valid_until",
                ..
            })
        ));
    }
}
