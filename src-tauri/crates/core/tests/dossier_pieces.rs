//! « Chaque pièce en PDF séparé, 2 Mo maximum »: one PDF per piece, named and numbered,
//! each shrunk to its limit, checked by qpdf and read back; and nothing written at all when
//! one piece cannot fit.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use std::sync::atomic::AtomicBool;

use crate::dossier_support::*;
use postulo_core::dossier::{self, PieceLimits, MB};
use postulo_core::error::DocumentRef;
use postulo_core::model::{DocumentKind, PieceFormat};

fn limits(per_piece_mb: u64) -> PieceLimits {
    PieceLimits {
        per_piece_bytes: Some(per_piece_mb * MB),
        total_bytes: None,
        format: PieceFormat::Pdf,
    }
}

#[test]
fn each_piece_is_its_own_pdf_under_its_limit() {
    let dir = tempfile::tempdir().unwrap();
    let cv = write(dir.path(), "cv.pdf", &common::pdf(2, 1));
    let photos = photos(dir.path(), 3);
    let input = input(vec![
        document(&cv, DocumentKind::Cv, "CV", "CV 2025"),
        document(
            &photos[0],
            DocumentKind::DiplomaCopies,
            "Copies des diplômes",
            "Licence",
        ),
        document(
            &photos[1],
            DocumentKind::CriminalRecord,
            "Extrait de casier judiciaire",
            "Casier",
        ),
        document(
            &photos[2],
            DocumentKind::WorkCertificates,
            "Certificats de travail",
            "Certificat",
        ),
    ]);
    let photo_bytes = std::fs::metadata(&photos[0]).unwrap().len();
    assert!(
        photo_bytes > MB,
        "the photos must need shrinking: {photo_bytes}"
    );

    let cancel = AtomicBool::new(false);
    let mut steps = Vec::new();
    let estimate =
        dossier::estimate_pieces(&input, limits(1), &mut |p| steps.push(p.done), &cancel).unwrap();
    assert_eq!(steps, [1, 2, 3, 4], "one step per piece");
    assert!(estimate.fits, "{estimate:?}");

    let parent = dir.path().join("Envoi UNICEF");
    let summary = dossier::export_pieces(
        &input,
        &parent,
        "TRAORE_Aissata_Juriste",
        limits(1),
        &mut |_| {},
        &cancel,
    )
    .unwrap();
    assert!(summary.fits);
    let out = parent.join("TRAORE_Aissata_Juriste");
    assert_eq!(
        summary.folder.as_deref(),
        Some(out.display().to_string().as_str())
    );
    let names: Vec<&str> = summary
        .pieces
        .iter()
        .map(|p| p.file_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "01_CV_TRAORE_Aissata.pdf",
            "02_Copies-des-diplomes_TRAORE_Aissata.pdf",
            "03_Extrait-de-casier-judiciaire_TRAORE_Aissata.pdf",
            "04_Certificats-de-travail_TRAORE_Aissata.pdf",
        ]
    );
    assert_eq!(entries(&out), {
        let mut sorted: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        sorted.sort();
        sorted
    });
    for piece in &summary.pieces {
        let path = out.join(&piece.file_name);
        let size = std::fs::metadata(&path).unwrap().len();
        assert_eq!(size, piece.bytes, "{}", piece.file_name);
        assert!(size <= MB, "{} is {size} bytes", piece.file_name);
        qpdf_check(&path);
        assert_eq!(page_count(&path), piece.pages as usize);
    }
    // The CV is the candidate's own PDF, untouched: its two pages and no cover before them.
    assert!(!summary.pieces[0].shrunk);
    assert_eq!(summary.pieces[0].pages, 2);
    let first = pdftotext(&out.join(names[0]), 1, 2);
    assert!(
        !first.contains("Dossier de candidature") && !first.contains("TRAORÉ"),
        "{first}"
    );
    assert!(summary.pieces[1..].iter().all(|p| p.shrunk && p.pages == 1));
    // The estimate announced the sizes written (the creation date may move a byte or two).
    for (e, w) in estimate.pieces.iter().zip(&summary.pieces) {
        assert!(e.bytes.abs_diff(w.bytes) < 64, "{} vs {}", e.bytes, w.bytes);
    }
    // A shrunk scan stays legible: rendered at 150 dpi it is a full page, not a thumbnail.
    let png = render(&out.join(names[2]), 1, 150, dir.path(), "casier");
    let image = image::open(&png).unwrap();
    assert!(
        image.width() >= 1000,
        "{}×{}",
        image.width(),
        image.height()
    );
    // Nothing left behind but the four pieces.
    assert_eq!(entries(&out).len(), 4);

    // Exported again: a folder of its own, never over the first one's files.
    let again = dossier::export_pieces(
        &input,
        &parent,
        "TRAORE_Aissata_Juriste",
        PieceLimits::default(),
        &mut |_| {},
        &cancel,
    )
    .unwrap();
    let second = parent.join("TRAORE_Aissata_Juriste (2)");
    assert_eq!(
        again.folder.as_deref(),
        Some(second.display().to_string().as_str())
    );
    assert_eq!(entries(&second).len(), 4);
    assert_eq!(entries(&out).len(), 4);
    assert!(!again.pieces[1].shrunk, "no limit: the scans as they are");
}

/// « Format JPEG »: each piece one picture, its pages one under the other, under its limit,
/// every page drawn.
#[test]
fn the_pieces_go_as_jpeg_pictures_when_the_portal_takes_only_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let cv = write(dir.path(), "cv.pdf", &common::pdf(2, 1));
    let photos = photos(dir.path(), 1);
    let input = input(vec![
        document(&cv, DocumentKind::Cv, "CV", "CV 2025"),
        document(
            &photos[0],
            DocumentKind::CriminalRecord,
            "Extrait de casier judiciaire",
            "Casier",
        ),
    ]);
    let jpeg = PieceLimits {
        per_piece_bytes: Some(MB),
        total_bytes: None,
        format: PieceFormat::Jpeg,
    };
    let cancel = AtomicBool::new(false);
    let parent = dir.path().join("Portail");
    let summary =
        dossier::export_pieces(&input, &parent, "Envoi", jpeg, &mut |_| {}, &cancel).unwrap();
    assert!(summary.fits, "{summary:?}");
    let names: Vec<&str> = summary
        .pieces
        .iter()
        .map(|p| p.file_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "01_CV_TRAORE_Aissata.jpg",
            "02_Extrait-de-casier-judiciaire_TRAORE_Aissata.jpg"
        ]
    );
    let out = parent.join("Envoi");
    assert_eq!(entries(&out).len(), 2, "nothing but the two pictures");
    for piece in &summary.pieces {
        let path = out.join(&piece.file_name);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(bytes.len() as u64, piece.bytes);
        assert!(
            piece.bytes <= MB,
            "{} is {} bytes",
            piece.file_name,
            piece.bytes
        );
        assert_eq!(
            image::guess_format(&bytes).unwrap(),
            image::ImageFormat::Jpeg
        );
    }
    // The CV's two A4 pages, one under the other, at 150 dpi.
    let cv = image::open(out.join(names[0])).unwrap();
    assert_eq!(summary.pieces[0].pages, 2);
    assert!((1230..=1250).contains(&cv.width()), "{}", cv.width());
    assert!(
        (2 * 1745..=2 * 1760).contains(&cv.height()),
        "{}",
        cv.height()
    );
    // Both pages drawn, not white: each half holds its blue rectangle.
    let rgb = cv.to_rgb8();
    for half in [cv.height() / 4, 3 * cv.height() / 4] {
        let row: Vec<_> = (0..cv.width()).map(|x| rgb.get_pixel(x, half)).collect();
        assert!(
            row.iter().any(|p| p[2] > 150 && p[0] < 100),
            "no blue on row {half}"
        );
    }

    // A limit no picture of the scan can meet: the piece is named, and nothing is written.
    let tiny = PieceLimits {
        per_piece_bytes: Some(20_000),
        ..jpeg
    };
    let refused =
        dossier::export_pieces(&input, &parent, "Trop petit", tiny, &mut |_| {}, &cancel).unwrap();
    assert!(!refused.fits);
    assert!(refused.pieces.iter().any(|p| !p.fits));
    assert!(!parent.join("Trop petit").exists());
}

#[test]
fn a_piece_that_cannot_fit_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(dir.path(), "annexes.pdf", &big_pdf(&noise(1_500_000)));
    let photo = photos(dir.path(), 1).remove(0);
    let mut annexes = document(&big, DocumentKind::Other, "Annexes", "Annexes scannées");
    annexes.document_id = Some(3);
    let input = input(vec![
        document(&photo, DocumentKind::DiplomaCopies, "Diplôme", "Diplôme"),
        annexes,
    ]);
    let out = dir.path().join("envoi");
    let summary = dossier::export_pieces(
        &input,
        &out,
        "Dossier",
        limits(1),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(!summary.fits);
    let too_large: Vec<&DocumentRef> = summary
        .pieces
        .iter()
        .filter(|p| !p.fits)
        .map(|p| &p.document)
        .collect();
    assert_eq!(
        too_large,
        [&DocumentRef {
            id: Some(3),
            title: "Annexes scannées".into()
        }]
    );
    assert!(summary.pieces[0].fits, "the photo alone fits once shrunk");
    assert_eq!(summary.folder, None);
    assert!(entries(&out).is_empty(), "nothing half-done is exported");
}

#[test]
fn a_total_limit_counts_all_the_pieces_together() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.pdf", &big_pdf(&noise(600_000)));
    let b = write(dir.path(), "b.pdf", &big_pdf(&noise(600_000)));
    let input = input(vec![
        document(&a, DocumentKind::Cv, "CV", "CV"),
        document(
            &b,
            DocumentKind::CoverLetter,
            "Lettre de motivation",
            "Lettre",
        ),
    ]);
    let out = dir.path().join("envoi");
    let within_each = PieceLimits {
        per_piece_bytes: Some(MB),
        total_bytes: Some(MB),
        format: PieceFormat::Pdf,
    };
    let summary = dossier::export_pieces(
        &input,
        &out,
        "Dossier",
        within_each,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(summary.pieces.iter().all(|p| p.fits));
    assert!(summary.total_bytes > MB);
    assert!(!summary.fits);
    assert!(entries(&out).is_empty(), "nothing left behind");
}

#[test]
fn no_piece_no_export_and_a_cancel_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let err = dossier::export_pieces(
        &input(Vec::new()),
        dir.path(),
        "Dossier",
        limits(2),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            postulo_core::Error::Validation {
                field: "documents",
                ..
            }
        ),
        "{err:?}"
    );
    let cv = write(dir.path(), "cv.pdf", &common::pdf(1, 1));
    let out = dir.path().join("envoi");
    let err = dossier::export_pieces(
        &input(vec![document(&cv, DocumentKind::Cv, "CV", "CV")]),
        &out,
        "Dossier",
        limits(2),
        &mut |_| {},
        &AtomicBool::new(true),
    )
    .unwrap_err();
    assert!(matches!(err, postulo_core::Error::Cancelled), "{err:?}");
    assert!(entries(&out).is_empty(), "nothing left behind");
}
