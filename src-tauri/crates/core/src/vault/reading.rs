//! Reading a document the candidate adds to the vault: its text (the PDF's text layer, or
//! what OCR recognizes in a photo or a scan), and what that text suggests: the kind of
//! document and the day it was issued, which sets its validity. Suggestions only: the add
//! dialog shows them and nothing changes until the candidate applies them.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Invalid, Result};
use crate::ocr::OcrProgress;
use crate::posting::{document_facts, text_of_file, DocumentFacts};

/// What reading a document found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentReading {
    pub facts: DocumentFacts,
    /// The text came from text recognition (a photo or a scan), with this mean confidence
    /// (0–100); `None` for a document with a text layer.
    pub recognized_confidence: Option<u8>,
}

/// Reads `path` and suggests its kind and issue date. A file with no readable text is not
/// an error for the vault (a photo of a face, an ID photo): nothing is suggested.
pub fn read_document(
    path: &Path,
    today: NaiveDate,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<DocumentReading> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::invalid("file", Invalid::FileMissing),
        _ => Error::invalid("file", Invalid::FileUnreadable),
    })?;
    if meta.len() > crate::posting::MAX_PICTURE_BYTES as u64 {
        return Err(Error::invalid("file", Invalid::FileTooLarge));
    }
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::invalid("file", Invalid::FileMissing),
        _ => Error::invalid("file", Invalid::FileUnreadable),
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match text_of_file(bytes, &name, progress, cancel) {
        Ok(read) => Ok(DocumentReading {
            facts: document_facts(&read.text, today),
            recognized_confidence: read
                .recognized
                .map(|r| r.confidence.round().clamp(0.0, 100.0) as u8),
        }),
        Err(Error::Validation {
            reason: Invalid::NoText | Invalid::NoTextRecognized,
            ..
        }) => Ok(DocumentReading {
            facts: DocumentFacts {
                kind: None,
                issued_on: None,
            },
            recognized_confidence: None,
        }),
        Err(e) => Err(e),
    }
}
