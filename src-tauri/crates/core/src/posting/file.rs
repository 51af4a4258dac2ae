//! A posting file opened or dropped by the candidate, read into a draft: its text layer
//! when it has one (.txt, .pdf, .docx, .odt), else the text recognized in its pictures (a
//! photo, a screenshot, a scanned PDF).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::draft::{draft_from_text, PostingDraft, RecognizedSource};
use super::input::{text_from_bytes, InputError, MAX_FILE_BYTES};
use crate::error::{Error, Invalid, Result};
use crate::ocr::{self, OcrProgress, Recognized};

/// Largest picture or scanned PDF read: a 50-megapixel phone photo is 15–30 MB; a text
/// file stays under [`MAX_FILE_BYTES`].
pub const MAX_PICTURE_BYTES: usize = 64 * 1024 * 1024;

/// Reads a posting file and drafts the application it describes, as [`read_posting_file`]
/// does but with no progress and no way to cancel (pictures included).
pub fn draft_from_file(path: &Path, default_timezone: &str) -> Result<PostingDraft> {
    read_posting_file(path, default_timezone, &mut |_| {}, &AtomicBool::new(false))
}

/// Reads a posting file and drafts the application it describes. A picture, or a PDF with
/// no text layer, is read by text recognition: `progress` hears of each page, `cancel`
/// stops it. Problems with the file are validation errors on the field `file`, so the
/// screen can say what is wrong with it in the user's language.
pub fn read_posting_file(
    path: &Path,
    default_timezone: &str,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<PostingDraft> {
    let invalid = |reason| Error::invalid("file", reason);
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => invalid(Invalid::FileMissing),
        _ => invalid(Invalid::FileUnreadable),
    })?;
    if !meta.is_file() {
        return Err(invalid(Invalid::FileUnreadable));
    }
    if meta.len() > MAX_PICTURE_BYTES as u64 {
        return Err(invalid(Invalid::FileTooLarge));
    }
    let bytes = std::fs::read(path).map_err(|_| invalid(Invalid::FileUnreadable))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(draft_of(
        text_of_file(bytes, &name, progress, cancel)?,
        default_timezone,
    ))
}

/// The draft of a file's text, with what the candidate must check when it was recognized.
fn draft_of(read: FileText, default_timezone: &str) -> PostingDraft {
    let mut draft = draft_from_text(&read.text, default_timezone);
    draft.recognized = read
        .recognized
        .as_ref()
        .map(|r| RecognizedSource::new(&read.text, r));
    draft
}

/// The text of a posting file, and how it was recognized when it came from pictures.
#[derive(Debug, Clone, PartialEq)]
pub struct FileText {
    pub text: String,
    pub recognized: Option<Recognized>,
}

/// The text of a posting file: its text layer when it has one (.txt, .pdf, .docx, .odt),
/// else the text recognized in its pictures (a photo, a screenshot, a scanned PDF).
/// `name` gives the extension for text files. Used by the import and by the measuring
/// tools alike, so that both read a file the same way.
pub fn text_of_file(
    bytes: Vec<u8>,
    name: &str,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<FileText> {
    let invalid = |reason| Error::invalid("file", reason);
    if bytes.len() > MAX_PICTURE_BYTES {
        return Err(invalid(Invalid::FileTooLarge));
    }
    if ocr::is_picture(&bytes) {
        return recognized(bytes, progress, cancel);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(invalid(Invalid::FileTooLarge));
    }
    let text = match text_from_bytes(&bytes, name) {
        Ok(text) => text,
        // A PDF without a text layer is a scan: its pages are pictures to read.
        Err(InputError::NoText) if bytes.starts_with(b"%PDF-") => {
            return recognized(bytes, progress, cancel);
        }
        Err(e) => {
            return Err(invalid(match e {
                InputError::Unsupported { .. } => Invalid::FileType,
                InputError::Corrupt { .. } => Invalid::FileCorrupt,
                InputError::EncryptedPdf => Invalid::FileEncrypted,
                InputError::NoText => Invalid::NoText,
                InputError::TooLarge { .. } => Invalid::FileTooLarge,
            }))
        }
    };
    // A file in an 8-bit encoding grows when decoded (é: one byte, then two).
    if text.len() > super::MAX_TEXT_BYTES {
        return Err(invalid(Invalid::FileTooLarge));
    }
    Ok(FileText {
        text,
        recognized: None,
    })
}

fn recognized(
    bytes: Vec<u8>,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<FileText> {
    let recognized = ocr::recognize(bytes, progress, cancel)?;
    Ok(FileText {
        text: recognized.text.clone(),
        recognized: Some(recognized),
    })
}

/// Drafts the application from the text recognized in a picture or a scanned PDF, with
/// the words to check marked.
pub fn draft_from_picture(
    bytes: Vec<u8>,
    default_timezone: &str,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<PostingDraft> {
    if bytes.len() > MAX_PICTURE_BYTES {
        return Err(Error::invalid("file", Invalid::FileTooLarge));
    }
    Ok(draft_of(
        recognized(bytes, progress, cancel)?,
        default_timezone,
    ))
}
