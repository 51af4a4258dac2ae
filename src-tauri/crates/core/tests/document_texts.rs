//! The vault reads the text of its documents (a text layer, or OCR for a photo), keeps it
//! so that the candidate can search the vault by what a document says, and suggests the
//! kind and issue date the text gives, for the candidate to apply or ignore.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use postulo_core::error::{Error, Invalid};
use postulo_core::model::{DocumentKind, DocumentListItem, DocumentSuggestion};
use postulo_core::ocr::testset;
use postulo_core::store::Domain;
use postulo_core::Store;

fn fixture(name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/documents");
    std::fs::read_to_string(dir.join(name)).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn item(store: &Store, id: i64) -> DocumentListItem {
    store
        .documents(store.today())
        .unwrap()
        .into_iter()
        .find(|i| i.document.id == id)
        .unwrap()
}

/// The candidate types a last day for document `id` (and no issue date), as the edit
/// dialog does.
fn typed_last_day(store: &Store, id: i64, until: &str) -> postulo_core::model::Document {
    let doc = store.document(id).unwrap();
    store
        .update_document(
            id,
            postulo_core::model::DocumentUpdate {
                kind: doc.kind,
                title: doc.title,
                issued_on: None,
                valid_until: Some(day(until)),
                certified_on: None,
            },
        )
        .unwrap()
}

/// A typeset copy of a fixture document, added to the vault as `kind`.
fn add_typeset(
    store: &Store,
    dir: &Path,
    fixture_name: &str,
    kind: DocumentKind,
    title: &str,
    issued: Option<NaiveDate>,
) -> postulo_core::model::Document {
    let file = write(
        dir,
        &format!("{title}.pdf"),
        &testset::typeset(&fixture(fixture_name)),
    );
    store
        .add_document(&file, kind, title, issued)
        .unwrap()
        .document
}

fn read_all(store: &Store) {
    for id in store.unread_documents().unwrap() {
        store
            .read_document_text(id, &AtomicBool::new(false))
            .unwrap_or_else(|e| panic!("document {id}: is Tesseract installed? {e}"));
    }
}

fn found(store: &Store, query: &str) -> Vec<i64> {
    store
        .search_documents(query)
        .unwrap()
        .iter()
        .map(|m| m.document_id)
        .collect()
}

#[test]
fn the_vault_reads_its_documents_and_finds_them_by_what_they_say() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    // A diploma scanned to PDF and filed as « Autre », without its date.
    let licence = add_typeset(
        &store,
        dir.path(),
        "licence-ouagadougou.txt",
        DocumentKind::Other,
        "Scan 12",
        None,
    );
    // A criminal record filed as what it is, with its date.
    let casier = add_typeset(
        &store,
        dir.path(),
        "casier-bamako.txt",
        DocumentKind::CriminalRecord,
        "Casier",
        Some(day("2026-11-03")),
    );
    // A work certificate photographed with a phone, filed as an attestation.
    let page = testset::scan(&fixture("certificat-travail-abidjan.txt")).remove(0);
    let photo = write(
        dir.path(),
        "IMG_2031.jpg",
        &testset::phone_photo(&page, 11).jpeg,
    );
    let photo = store
        .add_document(&photo, DocumentKind::Attestations, "IMG_2031", None)
        .unwrap()
        .document;

    // Nothing read yet: newest first, and the search by content finds nothing.
    assert_eq!(
        store.unread_documents().unwrap(),
        vec![photo.id, casier.id, licence.id]
    );
    assert!(!item(&store, licence.id).text_read);
    assert!(found(&store, "ouagadougou").is_empty());

    let heard = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&heard);
    store.on_change(move |changes| sink.lock().unwrap().extend(changes.domains.clone()));
    read_all(&store);
    assert!(store.unread_documents().unwrap().is_empty());
    assert!(
        heard.lock().unwrap().contains(&Domain::Documents),
        "the window hears that the vault changed"
    );

    // What each text suggests, where it differs from what the vault records.
    let licence_item = item(&store, licence.id);
    assert!(licence_item.text_read);
    assert_eq!(
        licence_item.suggestion,
        Some(DocumentSuggestion {
            kind: Some(DocumentKind::DiplomaCopies),
            issued_on: Some(day("2019-12-20")),
        })
    );
    assert_eq!(item(&store, casier.id).suggestion, None, "already right");
    assert_eq!(
        item(&store, photo.id).suggestion,
        Some(DocumentSuggestion {
            kind: Some(DocumentKind::WorkCertificates),
            issued_on: Some(day("2025-07-04")),
        })
    );
    // Nothing was changed by reading.
    assert_eq!(store.document(licence.id).unwrap(), licence);

    // Searching: accents and case aside, every word, the passage around the first.
    assert_eq!(found(&store, "OUAGADOUGOU"), vec![licence.id]);
    assert_eq!(found(&store, "economiques licence"), vec![licence.id]);
    assert_eq!(found(&store, "bamako"), vec![casier.id]);
    assert_eq!(
        found(&store, "abidjan"),
        vec![photo.id],
        "read in the photo"
    );
    assert!(found(&store, "licence bamako").is_empty());
    assert!(found(&store, "   ").is_empty());
    let hit = store.search_documents("économiques").unwrap().remove(0);
    assert_eq!(hit.found, "Économiques");
    assert!(
        hit.before.ends_with("Licence en Sciences "),
        "{}",
        hit.before
    );
    assert!(hit.after.starts_with(" et de Gestion"), "{}", hit.after);
    assert!(!hit.after.contains('\n'));

    // Applying: the kind and the date, and the validity by the kind's rule.
    let applied = store.settle_document_suggestion(licence.id, true).unwrap();
    assert_eq!(applied.kind, DocumentKind::DiplomaCopies);
    assert_eq!(applied.issued_on, Some(day("2019-12-20")));
    assert_eq!(applied.title, "Scan 12");
    assert_eq!(item(&store, licence.id).suggestion, None);
    // Ignoring: nothing changes, and it is not suggested again.
    let ignored = store.settle_document_suggestion(photo.id, false).unwrap();
    assert_eq!(ignored, photo);
    assert_eq!(item(&store, photo.id).suggestion, None);
    read_all(&store);
    assert_eq!(item(&store, photo.id).suggestion, None);

    // A deleted document's text goes with it.
    store.delete_document(casier.id, true).unwrap();
    assert!(found(&store, "bamako").is_empty());
    assert!(matches!(
        store.document_text(casier.id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn a_file_read_in_the_add_dialog_is_not_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let casier = write(
        dir.path(),
        "casier.pdf",
        &testset::typeset(&fixture("casier-bamako.txt")),
    );
    let reading = store
        .read_new_document(&casier, &mut |_| {}, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(reading.facts.kind, Some(DocumentKind::CriminalRecord));
    // The candidate saw the suggestion in the dialog and chose « Autre » anyway.
    let doc = store
        .add_document(&casier, DocumentKind::Other, "Casier", None)
        .unwrap()
        .document;
    assert!(
        store.unread_documents().unwrap().is_empty(),
        "not read twice"
    );
    assert!(store
        .document_text(doc.id)
        .unwrap()
        .unwrap()
        .contains("BULLETIN N° 3"));
    assert_eq!(item(&store, doc.id).suggestion, None, "not suggested twice");
    assert_eq!(found(&store, "sikasso"), vec![doc.id]);

    // Another file, added without the dialog's reading, is read later.
    let licence = write(
        dir.path(),
        "licence.pdf",
        &testset::typeset(&fixture("licence-ouagadougou.txt")),
    );
    let other = store
        .add_document(&licence, DocumentKind::DiplomaCopies, "Licence", None)
        .unwrap()
        .document;
    assert_eq!(store.unread_documents().unwrap(), vec![other.id]);
    assert_eq!(store.document_text(other.id).unwrap(), None);
}

#[test]
fn a_document_with_nothing_to_read_is_read_once_and_a_missing_file_waits() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    // An ID photo: a picture with no words.
    let blank = testset::png(&image::GrayImage::from_pixel(600, 800, image::Luma([200])));
    let blank = write(dir.path(), "photo.png", &blank);
    let photo = store
        .add_document(&blank, DocumentKind::IdPhoto, "Photo", None)
        .unwrap()
        .document;
    store
        .read_document_text(photo.id, &AtomicBool::new(false))
        .unwrap();
    assert_eq!(store.document_text(photo.id).unwrap().as_deref(), Some(""));
    assert!(store.unread_documents().unwrap().is_empty());
    assert_eq!(item(&store, photo.id).suggestion, None);

    // A file gone from the vault (a disk trouble): said, and the document stays to read.
    let cv = write(
        dir.path(),
        "cv.pdf",
        &testset::typeset("Curriculum vitae\nAminata Diarra"),
    );
    let cv = store
        .add_document(&cv, DocumentKind::Cv, "CV", None)
        .unwrap()
        .document;
    std::fs::remove_file(store.document_file(cv.id).unwrap()).unwrap();
    let err = store
        .read_document_text(cv.id, &AtomicBool::new(false))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Validation {
                reason: Invalid::FileMissing,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.unread_documents().unwrap(), vec![cv.id]);
}

#[test]
fn applying_keeps_a_last_day_the_candidate_typed_and_recomputes_one_the_rule_gave() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    // A criminal record dated wrongly: its last day came from the 3-month rule.
    let casier = add_typeset(
        &store,
        dir.path(),
        "casier-bamako.txt",
        DocumentKind::CriminalRecord,
        "Casier",
        Some(day("2026-10-01")),
    );
    assert_eq!(casier.valid_until, Some(day("2026-12-31")));
    // A diploma filed as « Autre » with a last day the candidate typed.
    let licence = add_typeset(
        &store,
        dir.path(),
        "licence-ouagadougou.txt",
        DocumentKind::Other,
        "Licence",
        None,
    );
    let typed = typed_last_day(&store, licence.id, "2031-06-30");
    read_all(&store);

    let casier = store.settle_document_suggestion(casier.id, true).unwrap();
    assert_eq!(casier.issued_on, Some(day("2026-11-03")));
    assert_eq!(
        casier.valid_until,
        Some(day("2027-02-02")),
        "the rule, from the new date"
    );
    let licence = store.settle_document_suggestion(typed.id, true).unwrap();
    assert_eq!(licence.kind, DocumentKind::DiplomaCopies);
    assert_eq!(
        licence.valid_until,
        Some(day("2031-06-30")),
        "the candidate's own"
    );

    // A typed last day before the issue date the text gives cannot stand: the rule then.
    let medical = add_typeset(
        &store,
        dir.path(),
        "certificat-medical-dakar.txt",
        DocumentKind::Other,
        "Certificat",
        None,
    );
    let medical = typed_last_day(&store, medical.id, "2026-05-31");
    read_all(&store);
    let medical = store.settle_document_suggestion(medical.id, true).unwrap();
    assert_eq!(medical.kind, DocumentKind::MedicalCertificate);
    assert_eq!(medical.issued_on, Some(day("2026-10-18")));
    assert_eq!(medical.valid_until, Some(day("2027-01-17")));
}
