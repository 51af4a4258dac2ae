//! Errors of the core, and the `{ code, message, field }` shape the UI receives.
//!
//! The UI reacts to a [`ErrorCode`] and a field name, never to the English text of
//! `message`, which is for logs and bug reports. The user-facing wording is translated in
//! the UI from the code, the field and the reason.

use std::path::PathBuf;

use serde::Serialize;

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
            Self::Io { .. } | Self::NoDataDir => ErrorCode::Io,
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
    Storage,
    Io,
    Internal,
}

/// What a command sends to the UI when it fails.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    pub reason: Option<Invalid>,
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let (field, reason) = match &e {
            Error::Validation { field, reason } => (Some((*field).to_owned()), Some(*reason)),
            _ => (None, None),
        };
        Self {
            code: e.code(),
            message: e.to_string(),
            field,
            reason,
        }
    }
}
