//! Reading a document of the vault: its text (the PDF's text layer, or what OCR recognizes
//! in a photo or a scan), and what that text suggests: the kind of document and the day it
//! was issued, which sets its validity. Suggestions only: nothing changes until the
//! candidate applies them. The text itself is kept, so that the vault can be searched by
//! what a document says.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};

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

/// The text read in a document's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentText {
    pub text: String,
    /// Mean confidence (0–100) when the text was recognized in a picture; `None` for a
    /// text layer.
    pub confidence: Option<u8>,
}

/// A file read before it is added: what it suggests, its text, and the hash its copy in
/// the vault will have (so that adding it does not read it a second time).
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFile {
    pub reading: DocumentReading,
    pub text: Option<DocumentText>,
    pub sha256: String,
}

/// Reads `path` and suggests its kind and issue date. A file with no readable text is not
/// an error for the vault (a photo of a face, an ID photo): nothing is suggested.
pub fn read_document(
    path: &Path,
    today: NaiveDate,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<ReadFile> {
    let meta = std::fs::metadata(path).map_err(super::source_error)?;
    if meta.len() > crate::posting::MAX_PICTURE_BYTES as u64 {
        return Err(Error::invalid("file", Invalid::FileTooLarge));
    }
    let bytes = std::fs::read(path).map_err(super::source_error)?;
    let sha256 = super::copy::hex(&Sha256::digest(&bytes));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = text_of_document(bytes, &name, progress, cancel)?;
    let reading = DocumentReading {
        facts: match &text {
            Some(t) => document_facts(&t.text, today),
            None => DocumentFacts {
                kind: None,
                issued_on: None,
            },
        },
        recognized_confidence: text.as_ref().and_then(|t| t.confidence),
    };
    Ok(ReadFile {
        reading,
        text,
        sha256,
    })
}

/// The text of a document's file, `name` giving the extension of a text file. `Ok(None)`:
/// the file holds no text to read (a photo of a face, a picture with no words), which is
/// an answer, not a failure.
pub fn text_of_document(
    bytes: Vec<u8>,
    name: &str,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<Option<DocumentText>> {
    match text_of_file(bytes, name, progress, cancel) {
        Ok(read) => Ok(Some(DocumentText {
            text: read.text,
            confidence: read
                .recognized
                .map(|r| r.confidence.round().clamp(0.0, 100.0) as u8),
        })),
        Err(Error::Validation {
            reason: Invalid::NoText | Invalid::NoTextRecognized,
            ..
        }) => Ok(None),
        Err(e) => Err(e),
    }
}
