//! Postings that arrive as pictures: the test set's scan, phone photo, screenshot and
//! scanned PDF of real postings, read by the OCR engine and drafted as the text would be.
//! Needs Tesseract with its French and English data, which `cargo xtask test` installs;
//! without it these tests fail and say so.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use postulo_core::error::Invalid;
use postulo_core::ocr::{self, testset, OcrProgress};
use postulo_core::posting::{
    draft_from_picture, draft_from_text, read_posting_file, DraftFieldName, PostingDraft,
};
use postulo_core::Error;

const TZ: &str = "Africa/Abidjan";

/// A posting of the repository's corpus (`tests/fixtures/<folder>/<name>`).
fn posting(folder: &str, name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures")
        .join(folder)
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// A posting that fits on one page, so that one picture holds all its fields.
fn one_page(name: &str) -> (String, image::GrayImage) {
    let text = posting("posting-corpus", name);
    let mut pages = testset::scan(&text);
    assert_eq!(pages.len(), 1, "{name} fits on one page");
    (text, pages.remove(0))
}

fn field(draft: &PostingDraft, name: DraftFieldName) -> Option<String> {
    draft
        .fields
        .iter()
        .find(|f| f.field == name)
        .map(|f| f.value.clone())
}

fn read(bytes: Vec<u8>) -> PostingDraft {
    let mut pages = Vec::new();
    let draft = draft_from_picture(
        bytes,
        TZ,
        &mut |p: OcrProgress| pages.push(p),
        &AtomicBool::new(false),
    )
    .unwrap_or_else(|e| {
        panic!("OCR failed (is Tesseract installed? `cargo xtask test` installs it): {e}")
    });
    assert!(!pages.is_empty(), "progress is reported");
    draft
}

/// The critical fields read from the picture are those read from the text.
fn same_critical_fields(text: &PostingDraft, picture: &PostingDraft, what: &str) {
    for name in [
        DraftFieldName::Deadline,
        DraftFieldName::ApplyEmail,
        DraftFieldName::Reference,
    ] {
        assert_eq!(field(text, name), field(picture, name), "{what}: {name:?}");
    }
}

#[test]
fn a_clean_scan_reads_as_the_text_does() {
    let (text, page) = one_page("18_mds-douala-community-manager.txt");
    let draft = read(testset::png(&page));
    let recognized = draft.recognized.as_ref().expect("marked as recognized");
    assert!(recognized.confidence >= 85, "{recognized:?}");
    let from_text = draft_from_text(&text, TZ);
    assert!(field(&from_text, DraftFieldName::Reference).is_some());
    same_critical_fields(&from_text, &draft, "clean scan");
    assert!(
        testset::accuracy(&text, &draft.text) > 0.98,
        "{}",
        draft.text
    );
}

#[test]
fn a_phone_photo_at_an_angle_in_uneven_light_still_gives_the_critical_fields() {
    let (text, page) = one_page("76_pnud-tchad-consultant-meep.txt");
    let photo = testset::phone_photo(&page, 7);
    let draft = read(photo.jpeg);
    let from_text = draft_from_text(&text, TZ);
    for name in [DraftFieldName::ApplyEmail, DraftFieldName::Deadline] {
        if field(&from_text, name).is_some() {
            assert_eq!(
                field(&from_text, name),
                field(&draft, name),
                "{name:?}\n{}",
                draft.text
            );
        }
    }
    let recognized = draft.recognized.unwrap();
    assert!(recognized.confidence >= 60, "{recognized:?}");
}

#[test]
fn a_screenshot_and_a_scanned_pdf_are_read_too() {
    let (text, page) = one_page("24_ziac-stagiaire-informaticien.txt");
    let shot = read(testset::screenshot(&page));
    assert!(shot.recognized.as_ref().unwrap().confidence >= 75);
    same_critical_fields(&draft_from_text(&text, TZ), &shot, "screenshot");
    // At screen resolution an en dash and an em dash differ by a pixel or two: the subject
    // is right when only that differs (the recipient's filter ignores it too).
    let dashes = |s: Option<String>| s.map(|s| s.replace(['—', '–'], "-"));
    assert_eq!(
        dashes(field(&shot, DraftFieldName::EmailSubject)),
        dashes(field(
            &draft_from_text(&text, TZ),
            DraftFieldName::EmailSubject
        ))
    );

    let text = posting("postings", "coopi-bamako-2025.txt");
    let pages = testset::scan(&text);
    assert!(pages.len() > 1);

    // A PDF without a text layer, as a scanner writes it: opened like any posting file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("avis.pdf");
    std::fs::write(&path, testset::scanned_pdf(&pages)).unwrap();
    let mut seen = Vec::new();
    let draft =
        read_posting_file(&path, TZ, &mut |p| seen.push(p), &AtomicBool::new(false)).unwrap();
    let recognized = draft.recognized.as_ref().unwrap();
    assert_eq!(recognized.pages_read as usize, pages.len());
    assert_eq!(seen.last().map(|p| p.pages as usize), Some(pages.len()));
    same_critical_fields(&draft_from_text(&text, TZ), &draft, "scanned pdf");
    assert!(
        testset::accuracy(&text, &draft.text) > 0.95,
        "{}",
        draft.text
    );
}

#[test]
fn pictures_with_no_text_or_damaged_say_so_and_a_cancel_stops_at_once() {
    let blank = image::GrayImage::from_pixel(1200, 1600, image::Luma([250]));
    let none = draft_from_picture(
        testset::png(&blank),
        TZ,
        &mut |_| {},
        &AtomicBool::new(false),
    );
    assert!(
        matches!(
            none,
            Err(Error::Validation {
                reason: Invalid::NoTextRecognized,
                ..
            })
        ),
        "{none:?}"
    );
    let mut png = testset::png(&testset::scan("Bonjour")[0]);
    png.truncate(png.len() / 3);
    let damaged = ocr::recognize(png, &mut |_| {}, &AtomicBool::new(false));
    assert!(
        matches!(
            damaged,
            Err(Error::Validation {
                reason: Invalid::FileCorrupt,
                ..
            })
        ),
        "{damaged:?}"
    );
    let page = testset::png(&one_page("24_ziac-stagiaire-informaticien.txt").1);
    let cancelled = ocr::recognize(page, &mut |_| {}, &AtomicBool::new(true));
    assert!(matches!(cancelled, Err(Error::Cancelled)), "{cancelled:?}");
}

#[test]
fn the_sheet_is_found_in_phone_photos_within_two_percent_of_its_size() {
    let (_, page) = one_page("24_ziac-stagiaire-informaticien.txt");
    for seed in 1..=4 {
        let photo = testset::phone_photo(&page, seed);
        let picture = image::load_from_memory(&photo.jpeg).unwrap().into_luma8();
        let found = ocr::geometry::find_sheet(&picture).expect("a sheet on a table");
        let size = {
            let [tl, _, br, _] = photo.corners;
            ((br.0 - tl.0).powi(2) + (br.1 - tl.1).powi(2)).sqrt()
        };
        for (expected, found) in photo.corners.iter().zip(found) {
            let off = ((expected.0 - found.0).powi(2) + (expected.1 - found.1).powi(2)).sqrt();
            assert!(
                off / size < 0.02,
                "seed {seed}: {expected:?} found at {found:?}"
            );
        }
    }
    // A scan is the page already: nothing to cut.
    assert_eq!(ocr::geometry::find_sheet(&page), None);
}
