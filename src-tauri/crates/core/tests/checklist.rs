//! Checklists: the pieces every application starts with, editing, reordering, what is due
//! when, and progress.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

use crate::common;

use crate::common::{application, day};
use postulo_core::error::Invalid;
use postulo_core::model::{
    ChecklistItemInput, ChecklistItemUpdate, ChecklistStage, ContactInput, DocumentKind,
    InterviewInput, ItemState, Status,
};
use postulo_core::{Error, Store};

fn kinds(store: &Store, app: i64) -> Vec<DocumentKind> {
    store
        .checklist(app, day("2026-01-01"))
        .unwrap()
        .entries
        .iter()
        .map(|e| e.item.kind)
        .collect()
}

fn positions_are_dense(store: &Store, app: i64) {
    let positions: Vec<i64> = store
        .checklist(app, day("2026-01-01"))
        .unwrap()
        .entries
        .iter()
        .map(|e| e.item.position)
        .collect();
    let expected: Vec<i64> = (0..positions.len() as i64).collect();
    assert_eq!(positions, expected);
}

#[test]
fn a_new_application_starts_with_cv_and_cover_letter() {
    let store = Store::open_in_memory().unwrap();
    let app = store
        .create_application(application("Logisticien", "PUI", Some("2026-02-01")))
        .unwrap();
    let checklist = store.checklist(app.id, day("2026-01-01")).unwrap();
    let items: Vec<_> = checklist
        .entries
        .iter()
        .map(|e| (e.item.kind, e.item.stage, e.item.state, e.item.due))
        .collect();
    assert_eq!(
        items,
        [
            (
                DocumentKind::Cv,
                ChecklistStage::Now,
                ItemState::Missing,
                true
            ),
            (
                DocumentKind::CoverLetter,
                ChecklistStage::Now,
                ItemState::Missing,
                true
            ),
        ]
    );
    assert_eq!((checklist.progress.ready, checklist.progress.due), (0, 2));
    assert_eq!(checklist.progress.missing.len(), 2);
    assert!(matches!(
        store.checklist(999, day("2026-01-01")),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn an_imported_posting_brings_its_own_checklist() {
    let store = Store::open_in_memory().unwrap();
    let mut other = ChecklistItemInput::new(DocumentKind::Other, ChecklistStage::Now);
    other.label = Some("Plan de travail de 2 pages".into());
    let app = store
        .create_application_with_checklist(
            application("Évaluateur", "ACF", None),
            vec![
                ChecklistItemInput::new(DocumentKind::Cv, ChecklistStage::Now),
                other,
                ChecklistItemInput::new(
                    DocumentKind::CriminalRecord,
                    ChecklistStage::IfShortlisted,
                ),
            ],
        )
        .unwrap();
    assert_eq!(
        kinds(&store, app.id),
        [
            DocumentKind::Cv,
            DocumentKind::Other,
            DocumentKind::CriminalRecord
        ]
    );
    // An invalid item refuses the whole application.
    let before = store.list_applications().unwrap().len();
    let err = store
        .create_application_with_checklist(
            application("Sans libellé", "ACF", None),
            vec![ChecklistItemInput::new(
                DocumentKind::Other,
                ChecklistStage::Now,
            )],
        )
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "label",
            reason: Invalid::Required
        }
    ));
    assert_eq!(store.list_applications().unwrap().len(), before);
}

#[test]
fn items_are_added_edited_removed_and_reordered_with_dense_positions() {
    let store = Store::open_in_memory().unwrap();
    let app = store
        .create_application(application("Médecin", "MSF", None))
        .unwrap();
    let diplomas = store
        .add_checklist_item(
            app.id,
            ChecklistItemInput::new(DocumentKind::DiplomaCopies, ChecklistStage::Now),
        )
        .unwrap();
    assert_eq!(diplomas.position, 2);
    let id_doc = store
        .add_checklist_item(
            app.id,
            ChecklistItemInput::new(DocumentKind::IdDocument, ChecklistStage::Now),
        )
        .unwrap();
    use DocumentKind::*;
    assert_eq!(
        kinds(&store, app.id),
        [Cv, CoverLetter, DiplomaCopies, IdDocument]
    );

    // Move the last to the top, then the top to the end (clamped), then to the middle.
    let order = store.move_checklist_item(id_doc.id, 0).unwrap();
    assert_eq!(
        order.iter().map(|i| i.kind).collect::<Vec<_>>(),
        [IdDocument, Cv, CoverLetter, DiplomaCopies]
    );
    positions_are_dense(&store, app.id);
    store.move_checklist_item(id_doc.id, 99).unwrap();
    assert_eq!(
        kinds(&store, app.id),
        [Cv, CoverLetter, DiplomaCopies, IdDocument]
    );
    store.move_checklist_item(id_doc.id, 1).unwrap();
    assert_eq!(
        kinds(&store, app.id),
        [Cv, IdDocument, CoverLetter, DiplomaCopies]
    );
    store.move_checklist_item(id_doc.id, -5).unwrap();
    assert_eq!(
        kinds(&store, app.id),
        [IdDocument, Cv, CoverLetter, DiplomaCopies]
    );
    positions_are_dense(&store, app.id);

    // Remove one in the middle: the rest close the gap.
    let cv = store.checklist(app.id, day("2026-01-01")).unwrap().entries[1]
        .item
        .clone();
    store.remove_checklist_item(cv.id).unwrap();
    assert_eq!(
        kinds(&store, app.id),
        [IdDocument, CoverLetter, DiplomaCopies]
    );
    positions_are_dense(&store, app.id);
    assert!(matches!(
        store.remove_checklist_item(cv.id),
        Err(Error::NotFound { .. })
    ));

    // Edit: the posting's own words, and waive a piece.
    let edited = store
        .update_checklist_item(
            diplomas.id,
            ChecklistItemUpdate {
                kind: DiplomaCopies,
                label: Some("Copies certifiées conformes des diplômes".into()),
                stage: ChecklistStage::Now,
                state: ItemState::Waived,
                requirements: Default::default(),
            },
        )
        .unwrap();
    assert_eq!(
        edited.label.as_deref(),
        Some("Copies certifiées conformes des diplômes")
    );
    assert!(!edited.due);
    let progress = store.checklist(app.id, day("2026-01-01")).unwrap().progress;
    assert_eq!((progress.ready, progress.due), (0, 2));
}

#[test]
fn shortlisting_makes_the_later_pieces_due() {
    let store = Store::open_in_memory().unwrap();
    let app = store
        .create_application(application("Coordinateur", "COOPI", Some("2026-02-01")))
        .unwrap();
    let record = store
        .add_checklist_item(
            app.id,
            ChecklistItemInput::new(DocumentKind::CriminalRecord, ChecklistStage::IfShortlisted),
        )
        .unwrap();
    assert!(!record.due);
    let progress = |s: &Store| {
        let p = s.checklist(app.id, day("2026-01-01")).unwrap().progress;
        (p.ready, p.due, p.missing.len())
    };
    assert_eq!(progress(&store), (0, 2, 2));
    store.set_status(app.id, Status::Sent, None).unwrap();
    assert_eq!(progress(&store), (0, 2, 2));
    store.set_status(app.id, Status::Shortlisted, None).unwrap();
    assert_eq!(progress(&store), (0, 3, 3));
    let checklist = store.checklist(app.id, day("2026-01-01")).unwrap();
    assert!(checklist.entries.iter().all(|e| e.item.due));
    assert_eq!(
        checklist.progress.missing.last().map(|m| m.kind),
        Some(DocumentKind::CriminalRecord)
    );
    // The list shows the same progress, from its single query.
    let listed = store.search_applications(&Default::default()).unwrap();
    assert_eq!(listed[0].progress, checklist.progress);
    // Rejected: nothing more is owed.
    store.set_status(app.id, Status::Rejected, None).unwrap();
    assert_eq!(progress(&store), (0, 2, 2));
}

#[test]
fn attaching_makes_an_item_ready_and_detaching_missing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let source = common::write(dir.path(), "cv.pdf", &common::pdf(1, 0));
    let doc = store
        .add_document(&source, DocumentKind::Cv, "CV", None)
        .unwrap()
        .document;
    let app = store
        .create_application(application("Comptable", "PNUD", None))
        .unwrap();
    let cv = store.checklist(app.id, day("2026-01-01")).unwrap().entries[0]
        .item
        .clone();
    let ready = store.attach_document(cv.id, doc.id).unwrap();
    assert_eq!(
        (ready.state, ready.document_id),
        (ItemState::Ready, Some(doc.id))
    );
    let checklist = store.checklist(app.id, day("2026-01-01")).unwrap();
    assert_eq!((checklist.progress.ready, checklist.progress.due), (1, 2));
    assert_eq!(
        checklist.entries[0].document.as_ref().map(|d| d.id),
        Some(doc.id)
    );
    let missing = store.detach_document(cv.id).unwrap();
    assert_eq!(
        (missing.state, missing.document_id),
        (ItemState::Missing, None)
    );

    // Waiving an item with a document detaches it: a document means ready.
    store.attach_document(cv.id, doc.id).unwrap();
    let waived = store
        .update_checklist_item(
            cv.id,
            ChecklistItemUpdate {
                kind: DocumentKind::Cv,
                label: None,
                stage: ChecklistStage::Now,
                state: ItemState::Waived,
                requirements: Default::default(),
            },
        )
        .unwrap();
    assert_eq!(
        (waived.state, waived.document_id),
        (ItemState::Waived, None)
    );
    // Marking ready without a file is allowed (an original brought in person).
    let ready = store
        .update_checklist_item(
            cv.id,
            ChecklistItemUpdate {
                kind: DocumentKind::Cv,
                label: None,
                stage: ChecklistStage::Now,
                state: ItemState::Ready,
                requirements: Default::default(),
            },
        )
        .unwrap();
    assert_eq!(ready.state, ItemState::Ready);

    assert!(matches!(
        store.attach_document(cv.id, 12345),
        Err(Error::NotFound {
            entity: "document",
            ..
        })
    ));
    assert!(matches!(
        store.attach_document(12345, doc.id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn deleting_an_application_removes_its_checklist_contacts_and_interviews() {
    let store = Store::open_in_memory().unwrap();
    let app = store
        .create_application(application("Chef de projet", "Oxfam", None))
        .unwrap();
    store
        .add_contact(
            app.id,
            ContactInput {
                name: "Mme Diarra".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .add_interview(
            app.id,
            InterviewInput {
                date: day("2026-01-12"),
                time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                timezone: "Africa/Bamako".into(),
                place: None,
                notes: None,
            },
        )
        .unwrap();
    let item = store.checklist(app.id, day("2026-01-01")).unwrap().entries[0]
        .item
        .clone();
    store.delete_application(app.id).unwrap();
    assert!(matches!(
        store.remove_checklist_item(item.id),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        store.contacts(app.id),
        Err(Error::NotFound { .. })
    ));
    // A new application never sees the old one's rows.
    let next = store
        .create_application(application("Chef de projet", "Oxfam", None))
        .unwrap();
    assert!(store.contacts(next.id).unwrap().is_empty());
    assert!(store.interviews(next.id).unwrap().is_empty());
}
