//! One step of an application's history: a status change, when, and why.

use serde::{Deserialize, Serialize};

use super::Status;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TimelineEvent {
    /// RFC 3339, UTC.
    pub at: String,
    /// `None` for the creation of the application.
    pub from: Option<Status>,
    pub to: Status,
    pub note: Option<String>,
}

/// The note recorded when Postulo itself marks an application expired.
pub const EXPIRED_NOTE: &str = "Date limite dépassée sans envoi";

/// The note recorded when a deadline moved into the future lifts « Expirée ».
pub const REOPENED_NOTE: &str = "Date limite repoussée : candidature rouverte";
