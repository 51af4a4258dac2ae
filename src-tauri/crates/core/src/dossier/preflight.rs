//! What to tell the candidate before exporting: pieces still missing, documents out of
//! date (or that will be by the deadline), and documents that cannot go into the PDF. The
//! first two are warnings (the candidate may go on); the last two stop the export.

use chrono::NaiveDate;
use serde::Serialize;

use super::DossierDocument;
use crate::error::DocumentRef;
use crate::model::{Checklist, DocumentKind, MissingItem, Validity};

/// A document the candidate should look at before sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentIssue {
    pub item_id: i64,
    pub kind: DocumentKind,
    /// The checklist's wording, or `None` for the kind's own name.
    pub label: Option<String>,
    pub document: DocumentRef,
    pub valid_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Preflight {
    /// Due pieces with no document yet.
    pub missing: Vec<MissingItem>,
    /// Attached documents no longer valid today.
    pub expired: Vec<DocumentIssue>,
    /// Attached documents valid today but not on the deadline's day.
    pub expires_before_deadline: Vec<DocumentIssue>,
    /// Word or OpenDocument files: to be saved as PDF first (blocks the export).
    pub convert_to_pdf: Vec<DocumentIssue>,
    /// Files gone from the vault (blocks the export).
    pub vanished: Vec<DocumentIssue>,
    /// Documents that will go into the dossier.
    pub documents: u32,
    /// Something must be fixed before exporting (a Word file, a file gone from the vault):
    /// the window offers no export then. Decided here, once ([`Preflight::blocks_export`]).
    pub blocks_export: bool,
    /// Nothing to say: the window exports straight away ([`Preflight::is_clear`]).
    pub clear: bool,
}

impl Preflight {
    /// Nothing to say: export straight away.
    pub fn is_clear(&self) -> bool {
        self.missing.is_empty()
            && self.expired.is_empty()
            && self.expires_before_deadline.is_empty()
            && self.convert_to_pdf.is_empty()
            && self.vanished.is_empty()
    }

    /// The export would fail: something must be fixed first.
    pub fn blocks_export(&self) -> bool {
        !self.convert_to_pdf.is_empty() || !self.vanished.is_empty()
    }
}

/// The report for a checklist and the documents chosen for its dossier (as
/// [`crate::Store::dossier_input`] lists them: due, ready items with a document).
pub fn preflight(checklist: &Checklist, included: &[DossierDocument]) -> Preflight {
    let mut report = Preflight {
        missing: checklist.progress.missing.clone(),
        documents: included.len() as u32,
        ..Preflight::default()
    };
    for doc in included {
        let Some(entry) = checklist
            .entries
            .iter()
            .find(|e| Some(e.item.id) == doc.item_id)
        else {
            continue;
        };
        let issue = DocumentIssue {
            item_id: entry.item.id,
            kind: entry.item.kind,
            label: entry.item.label.clone(),
            document: DocumentRef {
                id: doc.document_id,
                title: doc.title.clone(),
            },
            valid_until: entry.document.as_ref().and_then(|d| d.valid_until),
        };
        if !doc.path.is_file() {
            report.vanished.push(issue.clone());
        }
        if matches!(
            doc.mime.as_str(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                | "application/vnd.oasis.opendocument.text"
        ) {
            report.convert_to_pdf.push(issue.clone());
        }
        match entry.document.as_ref().map(|d| d.validity) {
            Some(Validity::Expired) => report.expired.push(issue),
            _ if entry.expires_before_deadline => report.expires_before_deadline.push(issue),
            _ => {}
        }
    }
    report.blocks_export = report.blocks_export();
    report.clear = report.is_clear();
    report
}
