//! What public-sector postings ask of each piece: its form, how many copies, how old it may
//! be at the deadline, and a certified copy's stamp date, kept by the store and checked
//! against the document attached.

#![allow(clippy::unwrap_used)] // test code

use crate::common::{application, day, pdf, write};
use chrono::{TimeZone, Utc};
use postulo_core::clock::Clock;
use postulo_core::error::Invalid;
use postulo_core::model::{
    ChecklistItemInput, ChecklistItemUpdate, ChecklistStage, DocumentKind, DocumentUpdate,
    ItemState, MaxAge, PieceForm, PieceProblem, PieceRequirements,
};
use postulo_core::{Error, Store};

/// A store whose today is 2026-03-10, and the folder the candidate's files come from.
fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data"))
        .unwrap()
        .with_clock(Clock::fixed(
            Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap(),
        ));
    (dir, store)
}

fn certified_record() -> PieceRequirements {
    PieceRequirements {
        form: Some(PieceForm::CertifiedCopy),
        copies: Some(2),
        max_age: Some(MaxAge::months(3)),
        handwritten: false,
    }
}

fn dates(kind: DocumentKind, issued: &str, certified: Option<&str>) -> DocumentUpdate {
    DocumentUpdate {
        kind,
        title: "Pièce".into(),
        issued_on: Some(day(issued)),
        valid_until: None,
        certified_on: certified.map(day),
    }
}

#[test]
fn requirements_are_kept_edited_and_read_back() {
    let (_dir, store) = store();
    let app = store
        .create_application(application(
            "Juriste",
            "Ministère de la Justice",
            Some("2026-03-31"),
        ))
        .unwrap();
    let mut input = ChecklistItemInput::new(DocumentKind::DiplomaCopies, ChecklistStage::Now);
    input.requirements = certified_record();
    let item = store.add_checklist_item(app.id, input).unwrap();
    assert_eq!(item.requirements, certified_record());

    // Edited like the rest of the item; clearing them says nothing is asked any more.
    let edited = store
        .update_checklist_item(
            item.id,
            ChecklistItemUpdate {
                kind: item.kind,
                label: None,
                stage: item.stage,
                state: ItemState::Missing,
                requirements: PieceRequirements {
                    form: Some(PieceForm::LegalizedCopy),
                    copies: None,
                    max_age: Some(MaxAge::days(90)),
                    handwritten: true,
                },
            },
        )
        .unwrap();
    assert_eq!(edited.requirements.form, Some(PieceForm::LegalizedCopy));
    assert_eq!(edited.requirements.max_age, Some(MaxAge::days(90)));
    assert!(edited.requirements.handwritten);
    let checklist = store.checklist(app.id, store.today()).unwrap();
    let read = checklist
        .entries
        .iter()
        .find(|e| e.item.id == item.id)
        .unwrap();
    assert_eq!(read.item.requirements, edited.requirements);

    // The default pieces ask nothing in particular.
    assert!(checklist.entries[0].item.requirements.is_empty());
}

#[test]
fn out_of_range_values_are_refused_and_nothing_changes() {
    let (_dir, store) = store();
    let app = store
        .create_application(application("Juriste", "Ministère", None))
        .unwrap();
    let before = store.checklist(app.id, store.today()).unwrap();
    let mut input = ChecklistItemInput::new(DocumentKind::DiplomaCopies, ChecklistStage::Now);
    input.requirements.copies = Some(0);
    let err = store.add_checklist_item(app.id, input).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "copies",
                reason: Invalid::OutOfRange
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.checklist(app.id, store.today()).unwrap(), before);
}

#[test]
fn the_attached_document_is_checked_against_the_deadline() {
    let (dir, store) = store();
    let app = store
        .create_application(application(
            "Juriste",
            "Ministère de la Justice",
            Some("2026-03-31"),
        ))
        .unwrap();
    let mut input = ChecklistItemInput::new(DocumentKind::CriminalRecord, ChecklistStage::Now);
    input.requirements = PieceRequirements {
        max_age: Some(MaxAge::months(3)),
        ..Default::default()
    };
    let record_item = store.add_checklist_item(app.id, input).unwrap();
    let mut input = ChecklistItemInput::new(DocumentKind::DiplomaCopies, ChecklistStage::Now);
    input.requirements = PieceRequirements {
        form: Some(PieceForm::CertifiedCopy),
        max_age: Some(MaxAge::months(6)),
        ..Default::default()
    };
    let diploma_item = store.add_checklist_item(app.id, input).unwrap();

    let file = write(dir.path(), "casier.pdf", &pdf(1, 1));
    let record = store
        .add_document(&file, DocumentKind::CriminalRecord, "Casier", None)
        .unwrap()
        .document;
    let file = write(dir.path(), "licence.pdf", &pdf(1, 2));
    let diploma = store
        .add_document(&file, DocumentKind::DiplomaCopies, "Licence", None)
        .unwrap()
        .document;
    store.attach_document(record_item.id, record.id).unwrap();
    store.attach_document(diploma_item.id, diploma.id).unwrap();

    let problems = |store: &Store| -> Vec<Option<PieceProblem>> {
        let checklist = store.checklist(app.id, store.today()).unwrap();
        [record_item.id, diploma_item.id]
            .iter()
            .map(|id| {
                checklist
                    .entries
                    .iter()
                    .find(|e| e.item.id == *id)
                    .unwrap()
                    .problem
            })
            .collect()
    };
    // No dates yet: the age cannot be checked, and a plain scan is no certified copy.
    assert_eq!(
        problems(&store),
        [
            Some(PieceProblem::Undated),
            Some(PieceProblem::NotCertified)
        ]
    );

    // Issued 2025-12-20: under 3 months on the deadline (31 March). A 2019 diploma
    // certified on 2026-01-15: the stamp is under 6 months old.
    store
        .update_document(
            record.id,
            dates(DocumentKind::CriminalRecord, "2025-12-31", None),
        )
        .unwrap();
    store
        .update_document(
            diploma.id,
            dates(
                DocumentKind::DiplomaCopies,
                "2019-07-01",
                Some("2026-01-15"),
            ),
        )
        .unwrap();
    assert_eq!(problems(&store), [None, None]);

    // Issued the day before the limit: too old on the deadline, and said with both dates.
    store
        .update_document(
            record.id,
            dates(DocumentKind::CriminalRecord, "2025-12-30", None),
        )
        .unwrap();
    assert_eq!(
        problems(&store)[0],
        Some(PieceProblem::TooOld {
            dated_on: day("2025-12-30"),
            oldest_accepted: day("2025-12-31"),
            on_deadline: true,
        })
    );

    // The deadline moves a month later: the same certified copy is now too old too.
    let later = application("Juriste", "Ministère de la Justice", Some("2026-07-31"));
    store.update_application(app.id, later).unwrap();
    assert_eq!(
        problems(&store)[1],
        Some(PieceProblem::TooOld {
            dated_on: day("2026-01-15"),
            oldest_accepted: day("2026-01-31"),
            on_deadline: true,
        })
    );
}

#[test]
fn a_certification_date_is_refused_in_the_future_or_before_the_issue() {
    let (dir, store) = store();
    let file = write(dir.path(), "licence.pdf", &pdf(1, 3));
    let doc = store
        .add_document(&file, DocumentKind::DiplomaCopies, "Licence", None)
        .unwrap()
        .document;
    for (update, reason) in [
        (
            dates(
                DocumentKind::DiplomaCopies,
                "2019-07-01",
                Some("2026-03-11"),
            ),
            Invalid::InFuture,
        ),
        (
            dates(
                DocumentKind::DiplomaCopies,
                "2019-07-01",
                Some("2019-06-30"),
            ),
            Invalid::Date,
        ),
    ] {
        let err = store.update_document(doc.id, update).unwrap_err();
        assert!(
            matches!(err, Error::Validation { field: "certified_on", reason: r } if r == reason),
            "{err:?}"
        );
        assert_eq!(store.document(doc.id).unwrap(), doc, "nothing changed");
    }
    let today = store
        .update_document(
            doc.id,
            dates(
                DocumentKind::DiplomaCopies,
                "2019-07-01",
                Some("2026-03-10"),
            ),
        )
        .unwrap();
    assert_eq!(today.certified_on, Some(day("2026-03-10")));
}
