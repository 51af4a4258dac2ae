//! The vault's suggestions on the documents of tests/fixtures/documents: each one's kind and
//! issue date read from its text, then from a phone photo of it through OCR.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use chrono::NaiveDate;
use postulo_core::model::DocumentKind;
use postulo_core::ocr::testset;
use postulo_core::posting::document_facts;
use postulo_core::vault::read_document;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/documents")
}

fn expected() -> Vec<(String, DocumentKind, NaiveDate)> {
    let raw = std::fs::read_to_string(fixtures().join("expected.json")).unwrap();
    let list: Vec<serde_json::Value> = serde_json::from_str(&raw).unwrap();
    list.iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap().to_owned(),
                serde_json::from_value(r["kind"].clone()).unwrap(),
                r["issued_on"].as_str().unwrap().parse().unwrap(),
            )
        })
        .collect()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

#[test]
fn each_document_says_its_kind_and_issue_date() {
    for (file, kind, issued) in expected() {
        let text = std::fs::read_to_string(fixtures().join(&file)).unwrap();
        let facts = document_facts(&text, today());
        assert_eq!(facts.kind, Some(kind), "{file}");
        assert_eq!(facts.issued_on, Some(issued), "{file}");
    }
}

#[test]
fn a_photographed_certificate_is_read_by_the_vault() {
    let (file, kind, issued) = expected().remove(1);
    let text = std::fs::read_to_string(fixtures().join(&file)).unwrap();
    let page = testset::scan(&text).remove(0);
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("certificat.jpg");
    std::fs::write(&photo, testset::phone_photo(&page, 11).jpeg).unwrap();
    let mut pages = 0;
    let reading = read_document(
        &photo,
        today(),
        &mut |_| pages += 1,
        &AtomicBool::new(false),
    )
    .unwrap_or_else(|e| panic!("is Tesseract installed? {e}"))
    .reading;
    assert_eq!(pages, 1);
    assert_eq!(reading.facts.kind, Some(kind));
    assert_eq!(reading.facts.issued_on, Some(issued));
    assert!(reading.recognized_confidence.unwrap() >= 60);

    // A picture without text (an ID photo) suggests nothing and is no error.
    let blank = dir.path().join("photo.png");
    std::fs::write(
        &blank,
        testset::png(&image::GrayImage::from_pixel(600, 800, image::Luma([200]))),
    )
    .unwrap();
    let none = read_document(&blank, today(), &mut |_| {}, &AtomicBool::new(false))
        .unwrap()
        .reading;
    assert_eq!(none.facts.kind, None);
    assert_eq!(none.recognized_confidence, None);
}

#[test]
fn a_photographed_diploma_gets_a_straightened_a4_copy_and_keeps_its_original() {
    use postulo_core::model::Language;
    use postulo_core::Store;

    let (file, kind, issued) = expected().remove(2);
    let text = std::fs::read_to_string(fixtures().join(&file)).unwrap();
    let page = testset::scan(&text).remove(0);
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("licence.jpg");
    std::fs::write(&photo, testset::phone_photo(&page, 4).jpeg).unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let original = store
        .add_document(&photo, kind, "Licence", Some(issued))
        .unwrap()
        .document;

    let copy = store
        .add_straightened_copy(original.id, Language::Fr)
        .unwrap()
        .document;
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.title, "Licence (redressé)");
    assert_eq!((copy.kind, copy.issued_on), (kind, Some(issued)));
    assert_eq!(copy.mime, "image/jpeg");
    // The original is untouched, both are in the vault.
    assert_eq!(store.document(original.id).unwrap(), original);
    let bytes = std::fs::read(store.document_file(copy.id).unwrap()).unwrap();
    let straight = image::load_from_memory(&bytes).unwrap().into_luma8();
    // A4 portrait at 200 dpi, the table around the sheet gone: its corners are paper.
    assert_eq!(straight.dimensions(), (1654, 2339));
    for (x, y) in [(5, 5), (1648, 5), (5, 2333), (1648, 2333)] {
        assert!(
            straight.get_pixel(x, y).0[0] > 200,
            "corner {x},{y} is not paper"
        );
    }
    assert!(
        bytes.len() < 700_000,
        "small enough to e-mail: {} bytes",
        bytes.len()
    );
    // And it reads: the issue date is found on the straightened page too.
    let reading = read_document(
        &store.document_file(copy.id).unwrap(),
        today(),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap()
    .reading;
    assert_eq!(reading.facts.issued_on, Some(issued));

    // A PDF cannot be straightened: said as a wrong file type.
    let pdf = dir.path().join("cv.pdf");
    std::fs::write(&pdf, testset::typeset("Curriculum vitae")).unwrap();
    let cv = store
        .add_document(&pdf, DocumentKind::Cv, "CV", None)
        .unwrap()
        .document;
    assert!(store.add_straightened_copy(cv.id, Language::Fr).is_err());
}
