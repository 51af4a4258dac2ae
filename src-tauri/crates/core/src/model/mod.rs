//! The candidate's data as the rest of the program sees it.

mod application;
mod checklist;
mod contact;
mod deadline;
mod document;
mod document_kind;
mod duplicate;
mod follow_up;
pub(crate) mod hh_mm;
mod interview;
mod piece;
mod profile;
mod receipt;
mod sending;
mod settings;
mod stats;
mod status;
mod timeline;
mod view;

pub(crate) use application::{cc_column, cc_from_column, MAX_TEXT};
pub use application::{Application, ApplicationInput, ApplyMethod, OrganizationType};
pub(crate) use deadline::local_instant;
pub use deadline::Deadline;
pub use receipt::{Receipt, ReceiptInput};
pub use sending::{
    KeptSendingRules, PieceFormat, PieceLimits, RulesSource, SendingLayout, SendingRules,
    MAX_LIMIT_BYTES, MIN_LIMIT_BYTES,
};
pub(crate) use settings::normalized_offsets;
pub use settings::{
    DesktopSettings, Language, ReminderSettings, Settings, DEFAULT_DEADLINE_OFFSETS,
    DEFAULT_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS, MAX_OFFSETS, MAX_OFFSET_MINUTES,
};
pub(crate) use stats::median;
pub use stats::{source_site, GroupCount, MonthCount, Statistics, StatsPeriod, StatusCount};
pub use status::Status;

pub use checklist::{
    default_items, AttachedDocument, Checklist, ChecklistEntry, ChecklistItem, ChecklistItemInput,
    ChecklistItemUpdate, ChecklistProgress, ChecklistStage, ItemState, MissingItem,
    SHORTLIST_REACHED,
};
pub use contact::{Contact, ContactInput};
pub use document::{
    document_status, expires_before_deadline, sanitize_file_name, AddedDocument, Document,
    DocumentUpdate, Validity, EXPIRING_SOON_DAYS, MAX_NAME_CHARS,
};
pub(crate) use document::{validate_title, validity};
pub use document_kind::DocumentKind;
pub use duplicate::{duplicate_key, is_duplicate, reference_key, PostKeys};
pub use follow_up::{
    no_response, FollowUp, NoResponse, DEFAULT_NO_RESPONSE_DAYS, MAX_NO_RESPONSE_DAYS,
};
pub use interview::{Interview, InterviewInput};
pub use piece::{
    AgeUnit, MaxAge, PieceForm, PieceProblem, PieceRequirements, MAX_AGE_COUNT, MAX_COPIES,
};
pub use profile::Profile;
pub use timeline::{TimelineEvent, EXPIRED_NOTE, REOPENED_NOTE};
pub use view::{
    ApplicationListItem, ApplicationPage, ApplicationQuery, ApplicationRef, ContentMatch,
    Dashboard, DocumentAlert, DocumentListItem, DocumentSuggestion, DocumentUse, SortKey,
    UpcomingInterview,
};
