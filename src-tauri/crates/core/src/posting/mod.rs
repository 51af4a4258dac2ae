//! Job posting text → the fields of a draft application.
//!
//! [`parse_posting`] reads a posting as pasted or imported (see [`input`] for files) and finds
//! what a careful reader would: title, organization, reference, duty station, contract, the
//! deadline with its hour and time zone, how to apply (e-mail address, paper drop-off
//! address, required e-mail subject) and the documents asked for now and only from
//! shortlisted candidates. It works offline from the language of postings in general
//! (French first, English second), never panics and runs in time linear in the input.
//!
//! Every value is a [`Found`]: the value, the byte range of the original text it came from
//! (for highlighting), a confidence, and whether it was guessed (`inferred`), with warnings
//! that say why. [`report`] writes a result in the `expected.json` format used by the tests.

mod apply;
mod candidates;
mod dates;
mod document_facts;
mod document_phrases;
mod documents;
mod draft;
mod fields;
mod file;
pub mod input;
pub mod learn;
mod lexicon;
mod normalize;
mod organization_type;
pub(crate) mod pattern;
mod piece_requirements;
mod posts;
pub mod ranker;
pub mod report;
mod sending;
mod timezone;

pub use document_facts::{document_facts, DocumentFacts};
pub use draft::{
    draft_from_text, DraftDocument, DraftField, DraftFieldName, PostingDraft, RecognizedSource,
    TextSpan,
};
pub use file::{
    draft_from_file, draft_from_picture, read_posting_file, text_of_file, FileText,
    MAX_PICTURE_BYTES,
};
pub use sending::read as sending_rules;

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use crate::model::{DocumentKind, PieceRequirements};
use normalize::Normalized;

/// Longest posting text an application keeps, in bytes of UTF-8. A posting is a few pages;
/// 10 MB of text is a pasted mistake, not a posting. A file is refused when it is read if
/// its text is longer, so that the candidate never reviews a draft that cannot be saved.
pub const MAX_TEXT_BYTES: usize = 10 * 1024 * 1024;

/// A value found in the posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found<T> {
    /// The value, cleaned for display.
    pub value: T,
    /// Byte range of the source in the text given to [`parse_posting`].
    pub span: Range<usize>,
    /// How sure the parser is, from 0 to 1.
    pub confidence: f32,
    /// True when part of the value is not written in the posting but deduced.
    pub inferred: bool,
    /// Why the value may need a second look.
    pub warnings: Vec<ParseWarning>,
}

impl<T> Found<T> {
    fn new(value: T, span: Range<usize>, confidence: f32) -> Self {
        Found {
            value,
            span,
            confidence,
            inferred: false,
            warnings: Vec::new(),
        }
    }
}

/// Something the user should check about a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ParseWarning {
    /// The year was missing or mistyped ("27 mai 202") and was taken from the posting's
    /// other dates.
    YearInferred {
        /// The date as written.
        written: String,
        /// The year used.
        year: i32,
    },
    /// The weekday written does not fall on the date; the date was kept.
    WeekdayMismatch {
        /// The weekday as written.
        written: String,
        /// The date kept (ISO).
        date: String,
        /// The weekday of that date.
        actual: String,
    },
    /// A numeric date reads both day-first and month-first and nothing in the posting
    /// settles it; day-first was chosen.
    AmbiguousDayMonth {
        /// The date as written.
        written: String,
        /// The reading kept (ISO).
        chosen: String,
        /// The other reading (ISO), empty when it is not a valid date.
        other: String,
    },
    /// "minuit" / "midnight" was read as the end of that day (23:59).
    MidnightAsEndOfDay,
    /// No duty station gave the time zone; it was guessed from places named in the posting.
    TimezoneGuessed {
        /// The IANA zone guessed.
        zone: String,
    },
    /// The posting asks for the reference (or title) as subject without quoting a subject
    /// line; the subject was built from it.
    SubjectBuilt,
    /// The value was written in capitals and was re-cased from the posting's own spelling.
    Recased {
        /// The value as written.
        written: String,
    },
}

impl ParseWarning {
    /// A short English explanation, for logs and as a fallback label.
    pub fn message(&self) -> String {
        match self {
            ParseWarning::YearInferred { written, year } => {
                format!("year of \"{written}\" not written in full; {year} taken from the posting's other dates")
            }
            ParseWarning::WeekdayMismatch {
                written,
                date,
                actual,
            } => {
                format!(
                    "\"{written}\" does not match {date}, which is a {actual}; the date was kept"
                )
            }
            ParseWarning::AmbiguousDayMonth {
                written,
                chosen,
                other,
            } => {
                format!("\"{written}\" may be {chosen} or {other}; day-first assumed")
            }
            ParseWarning::MidnightAsEndOfDay => "midnight read as the end of that day".into(),
            ParseWarning::TimezoneGuessed { zone } => {
                format!("time zone {zone} guessed from places named in the posting")
            }
            ParseWarning::SubjectBuilt => {
                "the subject is not quoted; it was built from the reference or title".into()
            }
            ParseWarning::Recased { written } => format!("re-cased from \"{written}\""),
        }
    }
}

/// Language of the posting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "PostingLanguage"))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// French.
    Fr,
    /// English.
    En,
}

/// When the application deadline falls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The day. Without `time`, the end of that day.
    pub date: NaiveDate,
    /// The hour, when the posting gives one.
    pub time: Option<NaiveTime>,
    /// IANA time zone, from the hour's own zone, the duty station or places named.
    pub timezone: Option<String>,
}

/// A document the posting asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequiredDocument {
    /// What kind of document.
    pub kind: DocumentKind,
    /// The words of the posting ("Curriculum Vitae actualisé", "copies légalisées des diplômes").
    pub label: String,
    /// For [`DocumentKind::Other`]: a short stable code ("p11", "application_form").
    pub other: Option<String>,
    /// What the posting asks of this piece: « copie légalisée », « en 2 exemplaires »,
    /// « de moins de 3 mois ». Empty when it says nothing.
    pub requirements: PieceRequirements,
}

impl RequiredDocument {
    /// The code written in `expected.json`: `cv`, `cover_letter`, ... `other:attestations`,
    /// `other:<label>`.
    pub fn code(&self) -> String {
        documents::kind_code(self.kind, self.other.as_deref())
    }
}

/// Everything found in a posting. `None` / empty means not found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParsedPosting {
    /// Language of the posting.
    pub language: Language,
    /// Title of the post.
    pub title: Option<Found<String>>,
    /// Hiring organization.
    pub organization: Option<Found<String>>,
    /// The posting's reference.
    pub reference: Option<Found<String>>,
    /// Duty station.
    pub location: Option<Found<String>>,
    /// Contract type and length ("CDD, 9 mois").
    pub contract: Option<Found<String>>,
    /// Application deadline.
    pub deadline: Option<Found<Deadline>>,
    /// The deadline as a reader sees it in the posting ("au plus tard le 17 mai 2026"):
    /// the text of `deadline.span` without layout or emphasis marks.
    pub deadline_text: Option<String>,
    /// Where to e-mail the application (not an address given only for questions).
    pub apply_email: Option<Found<String>>,
    /// Addresses the posting asks to put in copy, in its order.
    pub apply_cc: Vec<Found<String>>,
    /// Where to drop a paper application.
    pub apply_address: Option<Found<String>>,
    /// The subject line (or envelope mention) the posting demands.
    pub email_subject: Option<Found<String>>,
    /// Documents to send with the application, in order of appearance.
    pub documents_now: Vec<Found<RequiredDocument>>,
    /// Documents asked only from shortlisted or selected candidates.
    pub documents_later: Vec<Found<RequiredDocument>>,
    /// Every post of an announcement for several, in order; empty for one post.
    pub posts: Vec<Found<String>>,
}

/// Reads a job posting. Never panics; time is linear in the length of `text`.
pub fn parse_posting(text: &str) -> ParsedPosting {
    parse_posting_with(text, &ranker::SHIPPED)
}

/// [`parse_posting`] with another model for the ranked fields (title, organization, duty
/// station): for cross-validation, which fits a model without the posting it reads.
pub fn parse_posting_with(text: &str, model: &ranker::Model) -> ParsedPosting {
    let norm = Normalized::new(text);
    let language = fields::detect_language(&norm.text);
    let mut lexicon = fields::Lexicon::new(&norm.text);
    let lines = fields::lines(&norm.text);
    let hits = fields::label_hits(&norm, &lines);
    let mut f = fields::extract(&norm, &hits);
    let scan = dates::scan(&norm.text, language);
    let (apply_email, _, quoted_subject) = apply::extract(&norm, f.reference.as_ref(), None);
    let ctx = candidates::Context::new(
        &norm,
        quoted_subject.as_ref().map(|s| s.value.as_str()),
        apply_email.as_ref().map(|e| e.value.as_str()),
    );
    let ranked = fields::ranked(&norm, &ctx, &hits, model, language, &mut lexicon);
    f.title = ranked.title;
    f.organization = ranked.organization;
    f.location = ranked.location;
    let (apply_email, apply_address, email_subject) =
        apply::extract(&norm, f.reference.as_ref(), f.title.as_ref());
    if f.reference.is_none() {
        f.reference = email_subject
            .as_ref()
            .and_then(fields::reference_from_subject);
    }
    let apply_cc = apply::copies(&norm, apply_email.as_ref().map(|e| e.value.as_str()));
    let (documents_now, documents_later) = documents::extract(&norm, language);
    let posts = posts::find(&norm, &hits)
        .into_iter()
        .map(|(r, value)| Found::new(value, norm.to_original(r), 0.8))
        .collect();

    let deadline = scan.deadline.map(|d| {
        let local = f
            .location
            .as_ref()
            .and_then(|l| timezone::zone_for_location(&l.value))
            .or_else(|| {
                scan.dateline_place
                    .as_deref()
                    .and_then(timezone::zone_for_location)
            });
        let mut warnings = d.warnings;
        let timezone = match (&d.zone_label, local) {
            // "17:00 GMT" in Abidjan is Abidjan's time: the places named settle which zone
            // of that offset, even when the duty station was left empty.
            (Some(label), local) => timezone::zone_for_label(
                label,
                local.or_else(|| timezone::zone_from_mentions(&norm.text)),
            ),
            (None, Some(z)) => Some(z.to_string()),
            (None, None) => timezone::zone_from_mentions(&norm.text).map(|z| {
                warnings.push(ParseWarning::TimezoneGuessed {
                    zone: z.to_string(),
                });
                z.to_string()
            }),
        };
        let span = norm.to_original(d.range.clone());
        let text = norm.display(d.range);
        (
            Found {
                value: Deadline {
                    date: d.date,
                    time: d.time,
                    timezone,
                },
                span,
                confidence: d.confidence,
                inferred: d.inferred,
                warnings,
            },
            text,
        )
    });
    let (deadline, deadline_text) = match deadline {
        Some((d, t)) => (Some(d), Some(t)),
        None => (None, None),
    };
    ParsedPosting {
        language,
        title: f.title,
        organization: f.organization,
        reference: f.reference,
        location: f.location,
        contract: f.contract,
        deadline,
        deadline_text,
        apply_email,
        apply_cc,
        apply_address,
        email_subject,
        documents_now,
        documents_later,
        posts,
    }
}
