//! What the list, the dashboard and the vault screens show, computed by the store in a
//! few queries rather than assembled by the UI from many calls.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{ChecklistProgress, Deadline, Document, DocumentKind, NoResponse, Status, Validity};

/// An application named in a message or a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApplicationRef {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub organization: String,
}

/// A line of the applications list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApplicationListItem {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub organization: String,
    pub reference: Option<String>,
    pub location: Option<String>,
    pub deadline: Option<Deadline>,
    /// The deadline's instant, RFC 3339 UTC.
    pub deadline_utc: Option<String>,
    pub status: Status,
    pub created_at: String,
    pub updated_at: String,
    pub progress: ChecklistProgress,
    /// Sent, and no news for the settings' number of days (see `model::no_response`).
    pub no_response: Option<NoResponse>,
}

/// Some rows of the list, in its order, and how many rows the whole list has: the list
/// view asks only for the rows in sight ([`crate::Store::list_page`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ApplicationPage {
    /// How many applications match the query.
    pub total: u32,
    /// The position of the first row given, from 0.
    pub offset: u32,
    pub items: Vec<ApplicationListItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    /// Nearest deadline first; applications without one last.
    #[default]
    Deadline,
    Created,
    /// Alphabetical, ignoring accents and case.
    Title,
    Organization,
}

impl SortKey {
    /// Every order the list offers.
    pub const ALL: [SortKey; 4] = [
        SortKey::Deadline,
        SortKey::Created,
        SortKey::Title,
        SortKey::Organization,
    ];
}

/// Search, filters and order of the list. The default lists everything by deadline.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct ApplicationQuery {
    /// Words that must all appear in the title, organization, reference, place or
    /// contract, ignoring accents and case ("evaluation" finds "Évaluation").
    pub text: Option<String>,
    /// Empty means every status.
    pub statuses: Vec<Status>,
    /// Deadline day (as the posting states it) on or after this day.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub deadline_from: Option<NaiveDate>,
    /// Deadline day on or before this day.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub deadline_to: Option<NaiveDate>,
    /// Exact organization, ignoring accents and case.
    pub organization: Option<String>,
    pub sort: SortKey,
    pub descending: bool,
}

/// The first screen: what is due next and what needs doing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Dashboard {
    /// Applications still to send whose deadline has not passed, nearest first, each with
    /// its progress (so what is missing shows there, not in a second line).
    pub next_deadlines: Vec<ApplicationListItem>,
    /// Interviews to come (and those begun within the last hours), soonest first.
    pub interviews: Vec<UpcomingInterview>,
    /// Applications in progress with due pieces still missing, nearest deadline first,
    /// other than those already under `next_deadlines`: each application is listed once.
    pub incomplete: Vec<ApplicationListItem>,
    /// Documents expired, expiring within 30 days, or expiring before the deadline of an
    /// application that uses them.
    pub documents: Vec<DocumentAlert>,
    /// Sent applications without news for a while, the longest silence first: time to
    /// follow up.
    pub no_response: Vec<ApplicationListItem>,
}

/// An interview on the dashboard, with the application it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct UpcomingInterview {
    pub interview: super::Interview,
    pub application: ApplicationRef,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentAlert {
    pub document: Document,
    pub validity: Validity,
    /// Applications still to send whose deadline falls after the document's last day.
    pub expires_before: Vec<ApplicationRef>,
}

/// A line of the vault screen: the document and who uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentListItem {
    pub document: Document,
    pub validity: Validity,
    pub used_by: Vec<DocumentUse>,
    /// Whether the vault has read the document's text yet (in the background, after it
    /// was added): until then, searching by content cannot find it.
    pub text_read: bool,
    /// What the document's text suggests and the candidate has neither applied nor
    /// ignored; only what differs from the document as it is.
    pub suggestion: Option<DocumentSuggestion>,
}

/// What a document's text says of it, where that differs from what the vault records:
/// « EXTRAIT DU CASIER JUDICIAIRE … délivré le 12 mars 2026 ».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentSuggestion {
    pub kind: Option<DocumentKind>,
    #[cfg_attr(test, ts(type = "string | null"))]
    pub issued_on: Option<NaiveDate>,
}

/// A document whose text holds every word searched for, with the passage around the
/// first of them, cut in three so that the window can mark the word found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ContentMatch {
    #[cfg_attr(test, ts(type = "number"))]
    pub document_id: i64,
    pub before: String,
    pub found: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentUse {
    pub application: ApplicationRef,
    #[cfg_attr(test, ts(type = "number"))]
    pub checklist_item_id: i64,
    pub expires_before_deadline: bool,
    /// The application is being prepared: a new version of the document can go to it (a
    /// sent one keeps what it was sent with).
    pub preparing: bool,
}
