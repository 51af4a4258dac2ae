//! Errors of the core, and the `{ code, message, field }` shape the UI receives.
//!
//! The UI reacts to a [`ErrorCode`] and a field name, never to the English text of
//! `message`, which is for logs and bug reports. The user-facing wording is translated in
//! the UI from the code, the field and the reason.

use std::path::PathBuf;

use serde::Serialize;

use crate::model::ApplicationRef;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a value was refused. Serialized in snake_case for the UI's translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Invalid {
    Required,
    TooLong,
    Email,
    Url,
    TimeZone,
    Date,
    Time,
    Unknown,
    /// A name with a path separator, `..` or a control character.
    FileName,
    /// Not a PDF, JPEG, PNG, DOCX or ODT (judged by content, not by extension).
    FileType,
    /// The file is empty (0 bytes).
    FileEmpty,
    /// The file is over the vault's size limit (100 MB).
    FileTooLarge,
    /// The file exists but cannot be read (permissions, a broken disk, a folder).
    FileUnreadable,
    /// The file is not (or no longer) there.
    FileMissing,
    /// The file changed size while it was being copied (still downloading?).
    FileChanged,
    /// An image over 100 megapixels: refused rather than decoded.
    ImageTooLarge,
    Phone,
    /// The same value already exists where it must be unique.
    Duplicate,
    /// The file is damaged or is not what its name says.
    FileCorrupt,
    /// A PDF protected by a password: the candidate gives it (an unlocked copy is kept) or
    /// removes it first.
    FileEncrypted,
    /// The password given does not open the PDF.
    WrongPassword,
    /// The file holds no text (a scanned posting without a text layer).
    NoText,
    /// A Word or OpenDocument file cannot go into the dossier PDF: save it as PDF first.
    ConvertToPdf,
    /// The piece is asked written by hand (« demande manuscrite »): it takes the scan or the
    /// photo of the handwritten page, not a letter typed by Postulo.
    Handwritten,
    /// A picture the dossier cannot embed as it is (a 12-bit, lossless or arithmetic-coded
    /// JPEG, a JPEG without its size in the header).
    ImageUnsupported,
    /// The file chosen to restore is not a Postulo backup.
    NotABackup,
    /// A Postulo backup that is incomplete or altered (a part missing, a hash that does not
    /// match, a database that fails its integrity check): nothing is restored from it.
    BackupDamaged,
    /// A backup written by a newer Postulo.
    BackupNewer,
    /// The date of something already done (sent on, followed up on) is in the future.
    InFuture,
    /// A dated step of the timeline falls before the step it follows.
    BeforePrevious,
    /// Only a sent application can be followed up.
    NotSent,
    /// Text recognition (OCR) is not installed with this copy of Postulo (the engine or
    /// its French and English data missing).
    OcrUnavailable,
    /// The text recognition engine failed on this picture (it stopped or took too long).
    OcrFailed,
    /// A picture or scanned PDF in which no text could be recognized.
    NoTextRecognized,
    /// A number outside what is accepted (0 copies, an age of 1,000 months).
    OutOfRange,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity} {id} was not found")]
    NotFound { entity: &'static str, id: i64 },
    #[error("invalid value for {field}: {reason:?}")]
    Validation {
        field: &'static str,
        reason: Invalid,
    },
    #[error(
        "the database {path} was written by a newer version of Postulo \
         (schema {found}; this version knows up to {supported})"
    )]
    DatabaseNewer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no data folder could be determined for this user; set POSTULO_DATA_DIR")]
    NoDataDir,
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    #[error("{entity} {id} is used by {} application(s)", applications.len())]
    InUse {
        entity: &'static str,
        id: i64,
        applications: Vec<ApplicationRef>,
    },
    #[error("this store has no data folder, so it has no document vault")]
    NoVault,
    /// One document of a dossier cannot be used as it is; `reason` says why (file_missing,
    /// file_corrupt, file_encrypted, image_too_large, image_unsupported, convert_to_pdf).
    #[error("the document {:?} cannot be put in the dossier: {reason:?}", document.title)]
    Document {
        document: DocumentRef,
        reason: Invalid,
    },
    /// The user cancelled a long operation; nothing was written.
    #[error("cancelled")]
    Cancelled,
}

/// Names the document an error is about, so the UI can say which one and link to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentRef {
    /// The vault document, when the file came from the vault.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub id: Option<i64>,
    pub title: String,
}

impl Error {
    pub(crate) fn invalid(field: &'static str, reason: Invalid) -> Self {
        Self::Validation { field, reason }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// The stable code the UI switches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::NotFound { .. } => ErrorCode::NotFound,
            Self::Validation { .. } => ErrorCode::Validation,
            Self::DatabaseNewer { .. } => ErrorCode::DatabaseNewer,
            Self::Database(e) if is_busy(e) => ErrorCode::Conflict,
            Self::Open { .. } | Self::Database(_) | Self::Corrupt(_) => ErrorCode::Storage,
            Self::Io { .. } | Self::NoDataDir | Self::NoVault => ErrorCode::Io,
            Self::InUse { .. } => ErrorCode::InUse,
            Self::Document { .. } => ErrorCode::Validation,
            Self::Cancelled => ErrorCode::Cancelled,
        }
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    Validation,
    Conflict,
    DatabaseNewer,
    /// Deleting it would break something that uses it; `in_use_by` says what.
    InUse,
    Storage,
    Io,
    Internal,
    /// The user stopped the operation (an export); nothing was written.
    Cancelled,
}

/// What a command sends to the UI when it fails.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    pub reason: Option<Invalid>,
    /// With [`ErrorCode::InUse`]: the applications to name when asking "delete anyway?".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub in_use_by: Option<Vec<ApplicationRef>>,
    /// With a dossier's [`Error::Document`]: the document that could not be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub document: Option<DocumentRef>,
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let (field, reason) = match &e {
            Error::Validation { field, reason } => (Some((*field).to_owned()), Some(*reason)),
            Error::Document { reason, .. } => (Some("document".to_owned()), Some(*reason)),
            _ => (None, None),
        };
        let document = match &e {
            Error::Document { document, .. } => Some(document.clone()),
            _ => None,
        };
        let in_use_by = match &e {
            Error::InUse { applications, .. } => Some(applications.clone()),
            _ => None,
        };
        Self {
            code: e.code(),
            message: e.to_string(),
            field,
            reason,
            in_use_by,
            document,
        }
    }
}
