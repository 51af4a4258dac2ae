//! The dossier de candidature: one PDF with a cover page, the list of enclosed documents
//! ("Bordereau des pièces jointes") and every document in checklist order.
//!
//! PDF documents' pages are copied as they are, JPEG scans embedded byte for byte, PNG
//! scans losslessly; one bookmark per document, page labels, title and author in the
//! metadata. The "e-mail" mode shrinks scans until the file fits a size limit.
//!
//! Everything is checked before anything is written, the file is written to a temporary
//! file beside the destination and renamed at the end: a failure or a cancel leaves the
//! destination as it was. [`estimate`] runs the same work into a byte counter, so the size
//! it announces is the size the export will have.
//!
//! The front end calls [`crate::Store::dossier_input`] (or builds a [`DossierInput`]),
//! shows [`crate::Store::dossier_preflight`], then [`estimate`] and [`export`].

mod assemble;
/// Also draws the job search log's pages (export/journal).
pub(crate) mod cover;
mod file_name;
mod folio;
mod geometry;
pub(crate) mod paper;
/// Also read by the vault, to tell a JPEG variant from a damaged file.
mod pdf;
pub(crate) mod pdf_intake;
mod picture;
mod piece_picture;
mod pieces;
mod png;
mod preflight;
mod shrink;
mod source;
/// Also words the job search log's deadlines (export/journal).
pub(crate) mod words;
mod writer;

use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::atomic_write::PartialFile;
use crate::error::{DocumentRef, Error, Result};
use crate::model::{Application, DocumentKind, Language, Profile};

pub use crate::model::PieceLimits;
pub use file_name::{
    ascii as ascii_file_part, dossier_file_name, piece_file_name, rule_has_placeholder,
    DEFAULT_FILE_NAME_RULE, MAX_RULE_CHARS, MAX_STEM_CHARS, PLACEHOLDERS,
};
pub use paper::{paper_file, Envelope, PaperInput, PaperPiece};
pub use pdf_intake::PdfFix;
pub use pieces::{estimate_pieces, export_pieces, PieceFile, PiecesSummary};
pub use preflight::{preflight, DocumentIssue, Preflight};
pub use words::{candidate_name, sending_summary};

/// Sizes are counted in decimal megabytes, as mail providers state their limits.
pub const MB: u64 = 1_000_000;
/// The e-mail size limit unless the user chose another.
pub const DEFAULT_EMAIL_LIMIT: u64 = 8 * MB;
/// The limits the UI offers.
pub const EMAIL_LIMITS: [u64; 5] = [5 * MB, 8 * MB, 10 * MB, 20 * MB, 25 * MB];

/// Everything a dossier is made from. Built by [`crate::Store::dossier_input`], or by hand.
#[derive(Debug, Clone)]
pub struct DossierInput {
    pub language: Language,
    pub profile: Profile,
    pub application: Application,
    /// In the order they go into the dossier.
    pub documents: Vec<DossierDocument>,
    /// The day printed as the preparation date (the user's local date).
    pub prepared_on: NaiveDate,
}

/// One enclosed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierDocument {
    /// The vault document, when it comes from the vault (named in errors).
    pub document_id: Option<i64>,
    /// The checklist item it fulfils.
    pub item_id: Option<i64>,
    pub kind: DocumentKind,
    /// What the list and the bookmark call it: the checklist's wording or the kind's name.
    pub label: String,
    /// The document's own title, printed under the label.
    pub title: String,
    /// The file (in the vault: `vault/ab/<sha256>.<ext>`).
    pub path: PathBuf,
    /// As recorded by the vault; the dossier still judges the file by its content.
    pub mime: String,
}

/// Full quality, or shrunk to fit an e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum SizeMode {
    /// Every document as it is.
    #[default]
    Lossless,
    /// Scans shrunk until the whole file is at most `limit_bytes`.
    Email { limit_bytes: u64 },
}

impl SizeMode {
    pub fn email_default() -> Self {
        Self::Email {
            limit_bytes: DEFAULT_EMAIL_LIMIT,
        }
    }
}

/// Which part of the work is under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "DossierStage"))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading and checking the documents.
    Reading,
    /// Shrinking scans (e-mail mode).
    Compressing,
    /// Writing the file.
    Writing,
}

/// Sent to the progress callback after each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "DossierProgress"))]
pub struct Progress {
    pub stage: Stage,
    pub done: u32,
    pub total: u32,
}

impl Progress {
    pub fn fraction(&self) -> f32 {
        if self.total == 0 {
            return 1.0;
        }
        (self.done as f32 / self.total as f32).min(1.0)
    }
}

/// One document as it ended up in the dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentSummary {
    pub document: DocumentRef,
    pub label: String,
    /// 1-based page of the dossier where it starts.
    pub first_page: u32,
    pub pages: u32,
    /// Bytes it takes in the dossier.
    pub bytes: u64,
    /// Re-encoded for the e-mail size limit.
    pub shrunk: bool,
}

/// What an export produced, or what [`estimate`] expects it to produce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DossierSummary {
    pub bytes: u64,
    pub pages: u32,
    /// The cover and the list of enclosed documents.
    pub cover_pages: u32,
    pub documents: Vec<DocumentSummary>,
    /// The e-mail limit, in e-mail mode.
    pub limit_bytes: Option<u64>,
    /// At most the limit (always true without one).
    pub fits: bool,
    /// When it does not fit even at the smallest setting: the fewest, largest documents
    /// whose removal would make it fit.
    pub too_large: Vec<DocumentRef>,
    /// The JPEG quality and resolution scans were shrunk to, in e-mail mode.
    pub jpeg_quality: Option<u8>,
    pub dpi: Option<u32>,
}

/// How big the dossier will be, without writing it: the same work as [`export`], written to
/// a byte counter. In e-mail mode, the scans are shrunk as the export would (seconds for a
/// dozen photos: hence the progress and the cancel).
pub fn estimate(
    input: &DossierInput,
    mode: SizeMode,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<DossierSummary> {
    let mut tracker = Tracker::new(input, mode, progress, cancel);
    let prepared = assemble::prepare(input, mode, true, &mut tracker)?;
    let target = Path::new("(size estimate)");
    let (_, summary) = assemble::write(input, &prepared, std::io::sink(), target, &mut tracker)?;
    Ok(summary)
}

/// Writes the dossier to `destination` (replacing a file that is there: the native save
/// dialog has asked). The file is written beside it under a temporary name, synced to disk
/// and renamed at the end; on any error or a cancel, the temporary file is removed and the
/// destination is untouched.
pub fn export(
    input: &DossierInput,
    destination: &Path,
    mode: SizeMode,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<DossierSummary> {
    let mut tracker = Tracker::new(input, mode, progress, cancel);
    let prepared = assemble::prepare(input, mode, true, &mut tracker)?;
    let partial = PartialFile::beside(destination, ".pdf.part")?;
    let out = BufWriter::with_capacity(1 << 20, partial.as_file());
    let (out, summary) = assemble::write(input, &prepared, out, destination, &mut tracker)?;
    out.into_inner()
        .map_err(|e| Error::io(partial.path(), e.into_error()))?;
    tracker.check()?;
    partial.commit(destination)?;
    Ok(summary)
}

/// Counts steps for the progress callback and answers "cancelled?".
pub(crate) struct Tracker<'a> {
    progress: &'a mut dyn FnMut(Progress),
    pub(crate) cancel: &'a AtomicBool,
    done: u32,
    total: u32,
}

impl<'a> Tracker<'a> {
    fn new(
        input: &DossierInput,
        mode: SizeMode,
        progress: &'a mut dyn FnMut(Progress),
        cancel: &'a AtomicBool,
    ) -> Self {
        let n = input.documents.len() as u32;
        // Reading each document, writing each, the cover; in e-mail mode, decoding each and
        // at most [`assemble::MAX_STEPS_TRIED`] encodings of all the scans.
        let shrinking = if matches!(mode, SizeMode::Email { .. }) {
            n + assemble::MAX_STEPS_TRIED
        } else {
            0
        };
        Self {
            progress,
            cancel,
            done: 0,
            total: 2 * n + shrinking + 1,
        }
    }

    fn check(&self) -> Result<()> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        Ok(())
    }

    /// One step done; fails if the user cancelled meanwhile.
    fn step(&mut self, stage: Stage) -> Result<()> {
        self.done = (self.done + 1).min(self.total);
        (self.progress)(Progress {
            stage,
            done: self.done,
            total: self.total,
        });
        self.check()
    }

    /// Skips `n` planned steps that turned out not to be needed (settings not tried), so
    /// that the fraction only ever grows.
    fn skip(&mut self, n: u32, stage: Stage) -> Result<()> {
        self.done = (self.done + n).min(self.total);
        (self.progress)(Progress {
            stage,
            done: self.done,
            total: self.total,
        });
        self.check()
    }
}

#[cfg(test)]
mod tests {
    use ts_rs::{Config, TS};

    use super::*;

    /// The shell sends these to the UI: they must have TypeScript bindings (listed in
    /// `bindings.rs` when the commands are wired).
    #[test]
    fn the_types_the_ui_receives_have_typescript_bindings() {
        let cfg = Config::new().with_large_int("number");
        let texts = [
            SizeMode::export_to_string(&cfg).unwrap(),
            Progress::export_to_string(&cfg).unwrap(),
            DossierSummary::export_to_string(&cfg).unwrap(),
            Preflight::export_to_string(&cfg).unwrap(),
            crate::mail::EmailDraft::export_to_string(&cfg).unwrap(),
            crate::mail::SizeWarning::export_to_string(&cfg).unwrap(),
        ];
        assert!(texts[0].contains("\"mode\": \"email\""), "{}", texts[0]);
        assert!(texts[2].contains("bytes: number"), "{}", texts[2]);
    }
}
