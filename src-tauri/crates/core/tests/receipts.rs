//! The receipt of a paper file handed in: kept with its day, place, number and photo; the
//! application moves to « Envoyée » on that day; bad days and photos are refused with
//! nothing changed.

#![allow(clippy::unwrap_used)] // test code

use crate::common::{application, day, pdf, write};
use chrono::{TimeZone, Utc};
use postulo_core::clock::Clock;
use postulo_core::error::Invalid;
use postulo_core::model::{DocumentKind, ReceiptInput, Status};
use postulo_core::{Error, Store};

/// Today is 2026-03-10 (evening in UTC: the same day on any African clock).
fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data"))
        .unwrap()
        .with_clock(Clock::fixed(
            Utc.with_ymd_and_hms(2026, 3, 10, 15, 0, 0).unwrap(),
        ));
    (dir, store)
}

fn receipt(on: &str, number: Option<&str>, document_id: Option<i64>) -> ReceiptInput {
    ReceiptInput {
        handed_in_on: day(on),
        place: Some("  Bureau du courrier, DRH  ".into()),
        number: number.map(str::to_owned),
        document_id,
    }
}

#[test]
fn a_receipt_is_kept_with_its_photo_and_the_application_is_sent_that_day() {
    let (dir, store) = store();
    let app = store
        .create_application(application(
            "Juriste",
            "Ministère de la Justice",
            Some("2026-03-31"),
        ))
        .unwrap();
    assert_eq!(store.receipt(app.id).unwrap(), None);
    let photo = write(dir.path(), "recepisse.pdf", &pdf(1, 7));
    let photo = store
        .add_document(
            &photo,
            DocumentKind::Other,
            "Récépissé — Ministère de la Justice",
            None,
        )
        .unwrap()
        .document;

    let kept = store
        .record_receipt(
            app.id,
            receipt("2026-03-09", Some("N° 2026/0457"), Some(photo.id)),
        )
        .unwrap();
    assert_eq!(kept.place.as_deref(), Some("Bureau du courrier, DRH"));
    assert_eq!(store.receipt(app.id).unwrap(), Some(kept.clone()));
    assert_eq!(store.application(app.id).unwrap().status, Status::Sent);
    // Sent on the day it was handed in, not on the day it was recorded.
    let timeline = store.status_history(app.id).unwrap();
    let sent = timeline
        .iter()
        .rev()
        .find(|e| e.to == Status::Sent)
        .unwrap();
    assert!(sent.at.starts_with("2026-03-09"), "{}", sent.at);

    // Corrected later (the number misread): the receipt is replaced, the status stays.
    let corrected = store
        .record_receipt(
            app.id,
            receipt("2026-03-09", Some("N° 2026/0475"), Some(photo.id)),
        )
        .unwrap();
    assert_eq!(store.receipt(app.id).unwrap(), Some(corrected));
    let sends = store
        .status_history(app.id)
        .unwrap()
        .iter()
        .filter(|e| e.to == Status::Sent)
        .count();
    assert_eq!(sends, 1);

    // The photo removed from the vault: the receipt stays, without it.
    store.delete_document(photo.id, true).unwrap();
    let left = store.receipt(app.id).unwrap().unwrap();
    assert_eq!(
        (left.number.as_deref(), left.document_id),
        (Some("N° 2026/0475"), None)
    );

    // Deleting the application deletes its receipt.
    store.delete_application(app.id).unwrap();
    assert_eq!(store.receipt(app.id).unwrap(), None);
}

#[test]
fn an_application_further_along_keeps_its_status() {
    let (_dir, store) = store();
    let app = store
        .create_application(application("Juriste", "Ministère", None))
        .unwrap();
    store.set_status(app.id, Status::Sent, None).unwrap();
    store.set_status(app.id, Status::Interview, None).unwrap();
    store
        .record_receipt(app.id, receipt("2026-03-10", None, None))
        .unwrap();
    assert_eq!(store.application(app.id).unwrap().status, Status::Interview);
}

#[test]
fn a_day_in_the_future_an_unknown_photo_or_application_changes_nothing() {
    let (_dir, store) = store();
    let app = store
        .create_application(application("Juriste", "Ministère", None))
        .unwrap();
    let err = store
        .record_receipt(app.id, receipt("2026-03-11", None, None))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "handed_in_on",
                reason: Invalid::InFuture
            }
        ),
        "{err:?}"
    );
    let err = store
        .record_receipt(app.id, receipt("2026-03-10", None, Some(999)))
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    let err = store
        .record_receipt(app.id + 50, receipt("2026-03-10", None, None))
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    let mut long = receipt("2026-03-10", None, None);
    long.number = Some("9".repeat(600));
    let err = store.record_receipt(app.id, long).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "number",
                reason: Invalid::TooLong
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.receipt(app.id).unwrap(), None);
    assert_eq!(store.application(app.id).unwrap().status, Status::ToPrepare);
}

#[test]
fn a_day_before_the_last_step_is_refused() {
    let (_dir, store) = store();
    let app = store
        .create_application(application("Juriste", "Ministère", None))
        .unwrap();
    // Marked ready today; handed in « last week » cannot come before it.
    store.set_status(app.id, Status::Ready, None).unwrap();
    let err = store
        .record_receipt(app.id, receipt("2026-03-02", None, None))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "handed_in_on",
                reason: Invalid::BeforePrevious
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.receipt(app.id).unwrap(), None);
    assert_eq!(store.application(app.id).unwrap().status, Status::Ready);
}

#[test]
fn an_application_postulo_expired_is_sent_on_the_day_the_receipt_proves() {
    let (_dir, store) = store();
    // Deadline on the 5th; the candidate handed the file in on the 4th but opens Postulo
    // only on the 10th, which has marked it « Expirée » meanwhile.
    let app = store
        .create_application(application("Juriste", "Ministère", Some("2026-03-05")))
        .unwrap();
    store.expire_overdue(store.now()).unwrap();
    assert_eq!(store.application(app.id).unwrap().status, Status::Expired);
    store
        .record_receipt(app.id, receipt("2026-03-04", Some("N° 88"), None))
        .unwrap();
    assert_eq!(store.application(app.id).unwrap().status, Status::Sent);
    let history = store.status_history(app.id).unwrap();
    assert!(
        history.iter().all(|e| e.to != Status::Expired),
        "{history:?}"
    );
    let sent = history.iter().find(|e| e.to == Status::Sent).unwrap();
    assert!(sent.at.starts_with("2026-03-04"), "{}", sent.at);

    // Marked « Expirée » by the candidate: that is their word, and it stays.
    let other = store
        .create_application(application("Greffier", "Ministère", None))
        .unwrap();
    store.set_status(other.id, Status::Expired, None).unwrap();
    store
        .record_receipt(other.id, receipt("2026-03-10", None, None))
        .unwrap();
    assert_eq!(store.application(other.id).unwrap().status, Status::Expired);
}
