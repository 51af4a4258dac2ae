//! The candidate's data as the rest of the program sees it.

mod application;
mod checklist;
mod contact;
mod deadline;
mod document;
mod document_kind;
pub(crate) mod hh_mm;
mod interview;
mod profile;
mod settings;
mod status;
mod timeline;
mod view;

pub use application::{Application, ApplicationInput, ApplyMethod};
pub(crate) use deadline::local_instant;
pub use deadline::Deadline;
pub(crate) use settings::normalized_offsets;
pub use settings::{
    DesktopSettings, Language, ReminderSettings, Settings, DEFAULT_DEADLINE_OFFSETS,
    DEFAULT_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS, MAX_OFFSETS, MAX_OFFSET_MINUTES,
};
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
pub use interview::{Interview, InterviewInput};
pub use profile::Profile;
pub use timeline::{TimelineEvent, EXPIRED_NOTE, REOPENED_NOTE};
pub use view::{
    ApplicationListItem, ApplicationQuery, ApplicationRef, Dashboard, DocumentAlert,
    DocumentListItem, DocumentUse, SortKey,
};
