//! The pieces an application must include ("pièces à fournir"), and how far along they are.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DocumentKind, PieceProblem, PieceRequirements, Status, Validity};
use crate::error::{Error, Invalid, Result};

/// When a piece is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ChecklistStage {
    /// With the application.
    Now,
    /// Only from shortlisted candidates (often the criminal record, certified copies).
    IfShortlisted,
}

/// Statuses from which the pieces asked "only if shortlisted" are due.
pub const SHORTLIST_REACHED: [Status; 4] = [
    Status::Shortlisted,
    Status::Interview,
    Status::Offer,
    Status::Accepted,
];

impl ChecklistStage {
    pub const ALL: [ChecklistStage; 2] = [Self::Now, Self::IfShortlisted];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Now => "now",
            Self::IfShortlisted => "if_shortlisted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Whether a piece of this stage is due for an application in `status`. A rejected or
    /// withdrawn application owes nothing more, so its later pieces never become due.
    pub fn is_due(self, status: Status) -> bool {
        match self {
            Self::Now => true,
            Self::IfShortlisted => SHORTLIST_REACHED.contains(&status),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    Missing,
    Ready,
    /// The candidate decided it is not needed: it no longer counts.
    Waived,
}

impl ItemState {
    pub const ALL: [ItemState; 3] = [Self::Missing, Self::Ready, Self::Waived];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Ready => "ready",
            Self::Waived => "waived",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// One line of an application's checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ChecklistItem {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    pub kind: DocumentKind,
    /// The posting's own words ("3 lettres de référence"); required for kind `other`.
    pub label: Option<String>,
    pub stage: ChecklistStage,
    pub state: ItemState,
    /// Form, copies and age limit, as the posting asks them.
    pub requirements: PieceRequirements,
    /// The exact vault document (file version) this application uses.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub document_id: Option<i64>,
    /// 0-based, dense within the application.
    #[cfg_attr(test, ts(type = "number"))]
    pub position: i64,
    /// Derived from the stage and the application's status; waived items are never due.
    pub due: bool,
}

/// What the user (or the posting parser) gives to create or edit an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ChecklistItemInput {
    pub kind: DocumentKind,
    pub label: Option<String>,
    pub stage: ChecklistStage,
    #[serde(default)]
    pub requirements: PieceRequirements,
}

impl ChecklistItemInput {
    pub fn new(kind: DocumentKind, stage: ChecklistStage) -> Self {
        Self {
            kind,
            label: None,
            stage,
            requirements: PieceRequirements::default(),
        }
    }

    pub(crate) fn normalized(mut self) -> Result<Self> {
        self.label = self
            .label
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty());
        match &self.label {
            Some(l) if l.chars().count() > MAX_LABEL => {
                return Err(Error::invalid("label", Invalid::TooLong))
            }
            None if self.kind == DocumentKind::Other => {
                return Err(Error::invalid("label", Invalid::Required))
            }
            _ => {}
        }
        self.requirements = self.requirements.validated()?;
        Ok(self)
    }
}

/// Edits to an item. A state other than `ready` detaches the document, so that an item
/// with a document is always ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ChecklistItemUpdate {
    pub kind: DocumentKind,
    pub label: Option<String>,
    pub stage: ChecklistStage,
    pub state: ItemState,
    /// Required on the wire (no default): an edit that left it out would clear what the
    /// posting asks without anyone noticing.
    pub requirements: PieceRequirements,
}

const MAX_LABEL: usize = 500;

/// The document attached to an item, as the checklist shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AttachedDocument {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub original_name: String,
    #[cfg_attr(test, ts(type = "number | null"))]
    pub page_count: Option<i64>,
    #[cfg_attr(test, ts(type = "string | null"))]
    pub valid_until: Option<NaiveDate>,
    pub validity: Validity,
    /// Removed from the vault since, kept for this application (see `Document::archived`).
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ChecklistEntry {
    pub item: ChecklistItem,
    pub document: Option<AttachedDocument>,
    /// The attached document stops being accepted before the application's deadline.
    pub expires_before_deadline: bool,
    /// The attached document is not in the form or not as recent as the posting asks.
    pub problem: Option<PieceProblem>,
}

/// A piece still missing, for "il manque : casier judiciaire, …".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MissingItem {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    pub kind: DocumentKind,
    pub label: Option<String>,
}

/// "3/5 pièces prêtes": `ready` of `due`, and what is missing. Only due items count.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ChecklistProgress {
    pub ready: u32,
    pub due: u32,
    pub missing: Vec<MissingItem>,
}

impl ChecklistProgress {
    pub fn is_complete(&self) -> bool {
        self.ready >= self.due
    }

    /// Progress of a set of items, in their order.
    pub fn of<'a>(items: impl IntoIterator<Item = &'a ChecklistItem>) -> Self {
        let mut progress = Self::default();
        for item in items.into_iter().filter(|i| i.due) {
            match item.state {
                ItemState::Ready => progress.ready += 1,
                ItemState::Missing => progress.missing.push(MissingItem {
                    id: item.id,
                    kind: item.kind,
                    label: item.label.clone(),
                }),
                // A waived item is never due (see `ChecklistItem::due`).
                ItemState::Waived => continue,
            }
            progress.due += 1;
        }
        progress
    }
}

/// An application's whole checklist, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Checklist {
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    pub entries: Vec<ChecklistEntry>,
    pub progress: ChecklistProgress,
}

/// What every new application starts with.
pub fn default_items() -> Vec<ChecklistItemInput> {
    vec![
        ChecklistItemInput::new(DocumentKind::Cv, ChecklistStage::Now),
        ChecklistItemInput::new(DocumentKind::CoverLetter, ChecklistStage::Now),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64, stage: ChecklistStage, state: ItemState, status: Status) -> ChecklistItem {
        ChecklistItem {
            id,
            application_id: 1,
            kind: DocumentKind::Cv,
            label: None,
            stage,
            state,
            requirements: PieceRequirements::default(),
            document_id: None,
            position: id,
            due: stage.is_due(status) && state != ItemState::Waived,
        }
    }

    #[test]
    fn later_items_are_due_only_once_shortlisted() {
        for st in Status::ALL {
            assert!(ChecklistStage::Now.is_due(st));
            assert_eq!(
                ChecklistStage::IfShortlisted.is_due(st),
                matches!(
                    st,
                    Status::Shortlisted | Status::Interview | Status::Offer | Status::Accepted
                ),
                "{st:?}"
            );
        }
    }

    #[test]
    fn progress_counts_due_items_only() {
        use ChecklistStage::*;
        use ItemState::*;
        let status = Status::Ready;
        let items = [
            item(1, Now, Ready, status),
            item(2, Now, Missing, status),
            item(3, Now, Waived, status),
            item(4, IfShortlisted, Missing, status),
        ];
        let p = ChecklistProgress::of(&items);
        assert_eq!((p.ready, p.due), (1, 2));
        assert_eq!(p.missing.iter().map(|m| m.id).collect::<Vec<_>>(), [2]);
        assert!(!p.is_complete());
    }

    #[test]
    fn kind_other_needs_a_label() {
        let input = ChecklistItemInput::new(DocumentKind::Other, ChecklistStage::Now);
        assert!(matches!(
            input.normalized(),
            Err(Error::Validation {
                field: "label",
                reason: Invalid::Required
            })
        ));
        let mut input = ChecklistItemInput::new(DocumentKind::Other, ChecklistStage::Now);
        input.label = Some("  Plan d'action  ".into());
        assert_eq!(
            input.normalized().unwrap().label.as_deref(),
            Some("Plan d'action")
        );
    }

    #[test]
    fn names_round_trip() {
        for s in ChecklistStage::ALL {
            assert_eq!(ChecklistStage::parse(s.as_str()), Some(s));
        }
        for s in ItemState::ALL {
            assert_eq!(ItemState::parse(s.as_str()), Some(s));
        }
    }
}
