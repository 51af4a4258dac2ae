//! A parsed posting as the import screen shows it: each found value beside the span of text
//! it came from, and the application and checklist it proposes, ready to edit and create.
//!
//! Spans are given in UTF-16 code units, the unit of JavaScript strings, so the screen can
//! highlight the source text without re-counting accents and bullets itself.

use serde::Serialize;

use super::{Found, Language, ParseWarning, ParsedPosting, RequiredDocument};
use crate::model::{
    ApplicationInput, ApplyMethod, ChecklistItemInput, ChecklistStage, Deadline, DocumentKind,
    PieceRequirements, SendingRules,
};

/// The fields the import screen reviews, in the order it shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DraftFieldName {
    Title,
    Organization,
    Reference,
    Location,
    Contract,
    Deadline,
    ApplyEmail,
    /// One per address in copy.
    ApplyCc,
    ApplyAddress,
    EmailSubject,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DraftField {
    pub field: DraftFieldName,
    /// The value as found, for display ("2025-12-26 17:00" for a deadline).
    pub value: String,
    /// Where it came from in `PostingDraft::text`, in UTF-16 code units.
    pub start: u32,
    pub end: u32,
    pub confidence: f32,
    /// A guess (a year completed from other dates, a subject built from the reference).
    pub inferred: bool,
    pub warnings: Vec<ParseWarning>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DraftDocument {
    pub kind: DocumentKind,
    /// The words of the posting that asked for it.
    pub label: String,
    pub stage: ChecklistStage,
    pub start: u32,
    pub end: u32,
    /// What the posting asks of the piece (« copie légalisée », « de moins de 3 mois »).
    pub requirements: PieceRequirements,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PostingDraft {
    /// The posting's text as decoded (from a file or as pasted): what spans point into.
    pub text: String,
    pub language: Language,
    pub fields: Vec<DraftField>,
    pub documents: Vec<DraftDocument>,
    /// The application the posting describes, for the user to review.
    pub input: ApplicationInput,
    /// Its checklist: what the posting asks for now, then what only shortlisted candidates
    /// provide; always at least the CV and the cover letter.
    pub checklist: Vec<ChecklistItemInput>,
    /// Every post of an announcement for several, in order (empty for one post): the
    /// candidate picks one as the title, or creates one application per post.
    pub posts: Vec<String>,
    /// Set when the text was recognized in a picture or a scanned PDF: what the candidate
    /// must check.
    pub recognized: Option<RecognizedSource>,
    /// How the posting wants the files sent, when it says (« chaque pièce en PDF séparé,
    /// 2 Mo maximum »): kept with the application it creates.
    pub sending: Option<SendingRules>,
}

/// How a posting read from a picture was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RecognizedSource {
    /// The words the engine was unsure of, in `PostingDraft::text`, in UTF-16 code units.
    pub low_confidence: Vec<TextSpan>,
    /// Mean confidence of the words, 0–100.
    pub confidence: u8,
    pub pages_read: u32,
    /// More than `pages_read` when a long scan was read only in part.
    pub pages_total: u32,
}

/// A span of `PostingDraft::text`, in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TextSpan {
    pub start: u32,
    pub end: u32,
}

impl RecognizedSource {
    /// `low_confidence` are byte ranges of `text`, in order.
    pub fn new(text: &str, recognized: &crate::ocr::Recognized) -> Self {
        // One pass over the text for all the spans (there may be hundreds on a poor photo).
        let mut spans = Vec::with_capacity(recognized.low_confidence.len());
        let (mut byte, mut unit) = (0usize, 0u32);
        let mut advance = |to: usize| {
            let to = to.min(text.len());
            if to > byte {
                unit += text[byte..to]
                    .chars()
                    .map(|c| c.len_utf16() as u32)
                    .sum::<u32>();
                byte = to;
            }
            unit
        };
        for range in &recognized.low_confidence {
            if !(text.is_char_boundary(range.start.min(text.len()))
                && text.is_char_boundary(range.end.min(text.len())))
            {
                continue;
            }
            let start = advance(range.start);
            let end = advance(range.end);
            spans.push(TextSpan { start, end });
        }
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Self {
            low_confidence: spans,
            confidence: recognized.confidence.round().clamp(0.0, 100.0) as u8,
            pages_read: count(recognized.pages_read),
            pages_total: count(recognized.pages_total),
        }
    }
}

/// Drafts the application a pasted posting describes.
pub fn draft_from_text(text: &str, default_timezone: &str) -> PostingDraft {
    super::parse_posting(text).draft(text, default_timezone)
}

impl ParsedPosting {
    /// `default_timezone` is the user's zone, used when the posting names no place we know.
    pub fn draft(&self, text: &str, default_timezone: &str) -> PostingDraft {
        let utf16 = Utf16Offsets::new(text);
        let mut fields = Vec::new();
        let mut push = |name, found: &Option<Found<String>>| {
            if let Some(f) = found {
                fields.push(utf16.field(name, f.value.clone(), f));
            }
        };
        push(DraftFieldName::Title, &self.title);
        push(DraftFieldName::Organization, &self.organization);
        push(DraftFieldName::Reference, &self.reference);
        push(DraftFieldName::Location, &self.location);
        push(DraftFieldName::Contract, &self.contract);
        if let Some(d) = &self.deadline {
            let mut shown = d.value.date.format("%Y-%m-%d").to_string();
            if let Some(t) = d.value.time {
                shown.push_str(&t.format(" %H:%M").to_string());
            }
            fields.push(utf16.field(DraftFieldName::Deadline, shown, d));
        }
        let mut push = |name, found: &Option<Found<String>>| {
            if let Some(f) = found {
                fields.push(utf16.field(name, f.value.clone(), f));
            }
        };
        push(DraftFieldName::ApplyEmail, &self.apply_email);
        push(DraftFieldName::ApplyAddress, &self.apply_address);
        push(DraftFieldName::EmailSubject, &self.email_subject);
        for cc in &self.apply_cc {
            fields.push(utf16.field(DraftFieldName::ApplyCc, cc.value.clone(), cc));
        }

        let stage_docs = |docs: &[Found<RequiredDocument>], stage| {
            docs.iter()
                .map(|d| DraftDocument {
                    kind: d.value.kind,
                    label: d.value.label.clone(),
                    stage,
                    start: utf16.at(d.span.start),
                    end: utf16.at(d.span.end),
                    requirements: d.value.requirements,
                })
                .collect::<Vec<_>>()
        };
        let mut documents = stage_docs(&self.documents_now, ChecklistStage::Now);
        documents.extend(stage_docs(
            &self.documents_later,
            ChecklistStage::IfShortlisted,
        ));

        PostingDraft {
            text: text.to_owned(),
            language: self.language,
            fields,
            checklist: checklist(&documents),
            input: self.application_input(text, default_timezone),
            documents,
            posts: self.posts.iter().map(|p| p.value.clone()).collect(),
            recognized: None,
            sending: super::sending::read(text),
        }
    }

    fn application_input(&self, text: &str, default_timezone: &str) -> ApplicationInput {
        let value = |f: &Option<Found<String>>| f.as_ref().map(|f| f.value.clone());
        let apply_method = if self.apply_email.is_some() {
            Some(ApplyMethod::Email)
        } else if self.apply_address.is_some() {
            Some(ApplyMethod::InPerson)
        } else {
            None
        };
        ApplicationInput {
            title: value(&self.title).unwrap_or_default(),
            organization_type: self
                .organization
                .as_ref()
                .and_then(|o| super::organization_type::organization_type(&o.value, text)),
            organization: value(&self.organization).unwrap_or_default(),
            reference: value(&self.reference),
            location: value(&self.location),
            contract: value(&self.contract),
            apply_method,
            apply_email: value(&self.apply_email),
            apply_cc: self.apply_cc.iter().map(|c| c.value.clone()).collect(),
            apply_subject: value(&self.email_subject),
            apply_address: value(&self.apply_address),
            deadline: self.deadline.as_ref().map(|d| Deadline {
                date: d.value.date,
                time: d.value.time,
                timezone: d
                    .value
                    .timezone
                    .clone()
                    .unwrap_or_else(|| default_timezone.to_owned()),
            }),
            ..ApplicationInput::default()
        }
    }
}

/// One checklist item per kind (a posting may name the CV twice), in the posting's order;
/// a kind asked now is not asked again for the shortlist. CV and cover letter always.
fn checklist(documents: &[DraftDocument]) -> Vec<ChecklistItemInput> {
    let mut items: Vec<ChecklistItemInput> = Vec::new();
    for essential in [DocumentKind::Cv, DocumentKind::CoverLetter] {
        if !documents.iter().any(|d| d.kind == essential) {
            items.push(ChecklistItemInput::new(essential, ChecklistStage::Now));
        }
    }
    for doc in documents {
        let duplicate = items.iter().any(|i| {
            i.kind == doc.kind
                && (doc.kind != DocumentKind::Other || i.label.as_deref() == Some(&doc.label))
        });
        if !duplicate {
            let mut item = ChecklistItemInput::new(doc.kind, doc.stage);
            if doc.kind == DocumentKind::Other {
                item.label = Some(doc.label.clone());
            }
            item.requirements = doc.requirements;
            items.push(item);
        }
    }
    // CV and cover letter first, as the checklist of a new application always starts.
    items.sort_by_key(|i| match i.kind {
        DocumentKind::Cv => 0,
        DocumentKind::CoverLetter => 1,
        _ => 2,
    });
    items
}

/// Byte offsets → UTF-16 offsets, for one text.
struct Utf16Offsets<'t> {
    text: &'t str,
}

impl<'t> Utf16Offsets<'t> {
    fn new(text: &'t str) -> Self {
        Self { text }
    }

    fn at(&self, byte: usize) -> u32 {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let units: usize = self.text[..byte].chars().map(char::len_utf16).sum();
        u32::try_from(units).unwrap_or(u32::MAX)
    }

    fn field<T>(&self, field: DraftFieldName, value: String, found: &Found<T>) -> DraftField {
        DraftField {
            field,
            value,
            start: self.at(found.span.start),
            end: self.at(found.span.end),
            confidence: found.confidence,
            inferred: found.inferred,
            warnings: found.warnings.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, Invalid};
    use crate::posting::{draft_from_file, parse_posting};

    const POSTING: &str = "Avis de recrutement\n\
        Intitulé du poste : Chargé(e) de suivi-évaluation\n\
        Organisation : Œuvre d'entraide\n\
        Lieu d'affectation : Bamako, Mali\n\
        Les dossiers (CV et lettre de motivation) sont à envoyer à recrutement@entraide.org \
        au plus tard le 26 décembre 2026 à 17h00. Seuls les candidats présélectionnés \
        fourniront un extrait de casier judiciaire.";

    #[test]
    fn spans_are_utf16_offsets_into_the_text() {
        let draft = parse_posting(POSTING).draft(POSTING, "Africa/Dakar");
        let units: Vec<u16> = draft.text.encode_utf16().collect();
        for field in &draft.fields {
            let source = String::from_utf16_lossy(&units[field.start as usize..field.end as usize]);
            assert!(!source.trim().is_empty(), "{field:?}");
        }
        let email = draft
            .fields
            .iter()
            .find(|f| f.field == DraftFieldName::ApplyEmail)
            .unwrap();
        let source = String::from_utf16_lossy(&units[email.start as usize..email.end as usize]);
        assert!(source.contains("recrutement@entraide.org"), "{source}");
    }

    #[test]
    fn proposes_the_application_and_its_checklist() {
        let draft = parse_posting(POSTING).draft(POSTING, "Africa/Dakar");
        assert_eq!(draft.input.apply_method, Some(ApplyMethod::Email));
        assert_eq!(
            draft.input.apply_email.as_deref(),
            Some("recrutement@entraide.org")
        );
        let deadline = draft.input.deadline.as_ref().unwrap();
        assert_eq!(deadline.date.to_string(), "2026-12-26");
        assert_eq!(deadline.timezone, "Africa/Bamako");
        let kinds: Vec<_> = draft.checklist.iter().map(|i| (i.kind, i.stage)).collect();
        assert_eq!(
            kinds,
            [
                (DocumentKind::Cv, ChecklistStage::Now),
                (DocumentKind::CoverLetter, ChecklistStage::Now),
                (DocumentKind::CriminalRecord, ChecklistStage::IfShortlisted),
            ]
        );
    }

    #[test]
    fn what_is_asked_of_a_piece_reaches_the_checklist() {
        let text = "Dossier de candidature :\n\
            - un CV détaillé ;\n\
            - une copie certifiée conforme du diplôme ;\n\
            - un extrait de casier judiciaire datant de moins de trois (03) mois.\n";
        let draft = parse_posting(text).draft(text, "Africa/Dakar");
        let item = |kind| {
            draft
                .checklist
                .iter()
                .find(|i| i.kind == kind)
                .unwrap()
                .requirements
        };
        assert_eq!(
            item(DocumentKind::DiplomaCopies).form,
            Some(crate::model::PieceForm::CertifiedCopy)
        );
        assert_eq!(
            item(DocumentKind::CriminalRecord).max_age,
            Some(crate::model::MaxAge::months(3))
        );
        assert!(item(DocumentKind::Cv).is_empty());
        let doc = draft
            .documents
            .iter()
            .find(|d| d.kind == DocumentKind::CriminalRecord)
            .unwrap();
        assert_eq!(
            doc.requirements.max_age,
            Some(crate::model::MaxAge::months(3))
        );
    }

    #[test]
    fn file_problems_are_validation_errors_on_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = draft_from_file(&dir.path().join("absent.txt"), "UTC").unwrap_err();
        assert!(matches!(
            missing,
            Error::Validation {
                field: "file",
                reason: Invalid::FileMissing
            }
        ));
        let pdf = dir.path().join("annonce.pdf");
        std::fs::write(&pdf, b"%PDF-1.4 truncated garbage").unwrap();
        let corrupt = draft_from_file(&pdf, "UTC").unwrap_err();
        assert!(matches!(
            corrupt,
            Error::Validation {
                field: "file",
                reason: Invalid::FileCorrupt
            }
        ));
        let exe = dir.path().join("annonce.exe");
        std::fs::write(&exe, b"MZ\x90\x00").unwrap();
        let unsupported = draft_from_file(&exe, "UTC").unwrap_err();
        assert!(matches!(
            unsupported,
            Error::Validation {
                field: "file",
                reason: Invalid::FileType
            }
        ));
        let empty = dir.path().join("vide.txt");
        std::fs::write(&empty, b"").unwrap();
        let none = draft_from_file(&empty, "UTC").unwrap_err();
        assert!(matches!(
            none,
            Error::Validation {
                field: "file",
                reason: Invalid::NoText
            }
        ));
    }

    #[test]
    fn a_latin1_file_reads_like_the_utf8_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("annonce.txt");
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(POSTING);
        std::fs::write(&path, &latin1).unwrap();
        let from_file = draft_from_file(&path, "Africa/Dakar").unwrap();
        assert_eq!(
            from_file.input,
            draft_from_text(POSTING, "Africa/Dakar").input
        );
    }

    #[test]
    fn a_posting_with_nothing_recognisable_still_gives_cv_and_cover_letter() {
        let text = "Bonjour, merci de votre intérêt.";
        let draft = parse_posting(text).draft(text, "Africa/Abidjan");
        assert!(draft.input.deadline.is_none());
        let kinds: Vec<_> = draft.checklist.iter().map(|i| i.kind).collect();
        assert_eq!(kinds, [DocumentKind::Cv, DocumentKind::CoverLetter]);
    }
}
