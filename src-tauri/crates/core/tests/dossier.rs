//! The dossier PDF, checked with real tools: qpdf finds no error, pdfinfo counts the cover
//! pages plus every document's pages, pdftotext reads the accented French, pdfimages gives
//! back the JPEGs byte for byte, the bookmarks are there; bad input is refused with a
//! message naming the document and leaves nothing behind.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::dossier_support::*;
use postulo_core::dossier::{self, DossierInput, SizeMode, MB};
use postulo_core::error::{DocumentRef, Invalid};
use postulo_core::model::{DocumentKind, Language};
use postulo_core::{Error, ErrorCode};

fn export(
    input: &DossierInput,
    dest: &Path,
    mode: SizeMode,
) -> postulo_core::Result<dossier::DossierSummary> {
    dossier::export(input, dest, mode, &mut |_| {}, &AtomicBool::new(false))
}

/// Every kind of file a candidate attaches, in one dossier.
struct Fixture {
    dir: tempfile::TempDir,
    input: DossierInput,
    jpegs: Vec<Vec<u8>>,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cv = write(d, "cv.pdf", &common::pdf(2, 1));
    let letter = write(d, "lettre.pdf", &common::pdf(1, 2));
    let photo = with_exif_orientation(&marked_jpeg(400, 300), 6);
    let photo_path = write(d, "diplome.jpg", &photo);
    let cmyk = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dossier/cmyk-adobe.jpg"),
    )
    .unwrap();
    let cmyk_path = write(d, "attestation.jpg", &cmyk);
    let grey = write(d, "casier.png", &grey_png(300, 420));
    let alpha = write(d, "signature.png", &alpha_png(200, 80));
    let sixteen = write(d, "carte.png", &grey_alpha_16_png(120, 80));
    let rgb16 = write(d, "photo-16.png", &rgb16_png(60, 80));
    let documents = vec![
        document(&cv, DocumentKind::Cv, "CV", "CV Aïssata Traoré 2025"),
        document(
            &letter,
            DocumentKind::CoverLetter,
            "Lettre de motivation",
            "Lettre – SMSPS",
        ),
        document(
            &photo_path,
            DocumentKind::DiplomaCopies,
            "Copies des diplômes",
            "Diplôme de Master (photo)",
        ),
        document(
            &cmyk_path,
            DocumentKind::Attestations,
            "Attestations",
            "Attestation de stage, œuvre sociale",
        ),
        document(
            &grey,
            DocumentKind::CriminalRecord,
            "Extrait de casier judiciaire",
            "Casier judiciaire n°3",
        ),
        document(
            &alpha,
            DocumentKind::Other,
            "Signature manuscrite",
            "signature",
        ),
        document(
            &sixteen,
            DocumentKind::IdDocument,
            "Pièce d'identité",
            "Carte d’identité (16 bits)",
        ),
        document(
            &rgb16,
            DocumentKind::IdPhoto,
            "Photo d'identité",
            "Photo 16 bits",
        ),
    ];
    Fixture {
        input: input(documents),
        jpegs: vec![photo, cmyk],
        dir,
    }
}

#[test]
fn a_lossless_dossier_passes_the_real_tools() {
    let f = fixture();
    let out = f.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let dest = out.join("TRAORE_Aissata.pdf");
    let summary = export(&f.input, &dest, SizeMode::Lossless).unwrap();

    qpdf_check(&dest);
    let doc_pages: u32 = summary.documents.iter().map(|d| d.pages).sum();
    assert_eq!(doc_pages, 2 + 1 + 6);
    assert_eq!(summary.cover_pages, 2);
    assert_eq!(page_count(&dest) as u32, summary.cover_pages + doc_pages);
    assert_eq!(summary.pages, summary.cover_pages + doc_pages);
    assert_eq!(summary.bytes, std::fs::metadata(&dest).unwrap().len());
    assert!(summary.fits);
    // Nothing but the dossier in the folder: the temporary file was renamed.
    assert_eq!(entries(&out), ["TRAORE_Aissata.pdf"]);

    let info = pdfinfo(&dest);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    assert!(
        field("Title:").starts_with("Dossier de candidature — Aïssata TRAORÉ — Coordinateur·trice"),
        "{info}"
    );
    assert_eq!(field("Author:"), "Aïssata TRAORÉ", "{info}");
    assert_eq!(field("Page size:"), "595.276 x 841.89 pts (A4)", "{info}");

    let cover = pdftotext(&dest, 1, 2);
    for expected in [
        "DOSSIER DE CANDIDATURE",
        "Aïssata TRAORÉ",
        "Coordinateur·trice Santé Mentale",
        "Œuvre d’entraide « Sœurs du Sahel »",
        "REF N°013/12/CPSM-SP/BKO/2025",
        "26 déc. 2025, 17:00 (heure de Bamako)",
        "Par e-mail à recrutement@example.org",
        "« REF N°013/12/CPSM-SP/BKO/2025 – Coordinateur·trice SMSPS »",
        "Bordereau des pièces jointes",
        "Copies des diplômes",
        "Attestation de stage, œuvre sociale",
        "Pièce d'identité",
        "8 pièces, 9 pages",
    ] {
        assert!(cover.contains(expected), "{expected:?} not in:\n{cover}");
    }
    // The list says where each document starts: CV on 3, letter on 5, diploma on 6.
    let starts: Vec<u32> = summary.documents.iter().map(|d| d.first_page).collect();
    assert_eq!(starts, [3, 5, 6, 7, 8, 9, 10, 11]);
    let cv_line = cover
        .lines()
        .find(|l| l.contains("CV") && !l.contains("Aïssata"))
        .unwrap();
    assert!(cv_line.trim_end().ends_with('3'), "{cv_line}");

    // The JPEGs come back byte for byte (pdfimages -j writes DCT streams as they are).
    let images = f.dir.path().join("images");
    std::fs::create_dir(&images).unwrap();
    let mut c = tool("pdfimages");
    c.arg("-j").arg(&dest).arg(images.join("img"));
    run(c);
    let extracted: Vec<String> = entries(&images)
        .iter()
        .filter(|n| n.ends_with(".jpg"))
        .map(|n| sha256(&std::fs::read(images.join(n)).unwrap()))
        .collect();
    for original in &f.jpegs {
        assert!(
            extracted.contains(&sha256(original)),
            "a JPEG was re-encoded"
        );
    }

    // Alpha became a soft mask; 16 bits stayed 16 bits.
    let mut c = tool("pdfimages");
    c.arg("-list").arg(&dest);
    let list = run(c);
    assert!(list.lines().any(|l| l.contains("smask")), "{list}");
    // Columns: page num type width height color comp bpc ...
    assert!(
        list.lines()
            .any(|l| l.split_whitespace().nth(7) == Some("16")),
        "{list}"
    );

    // One bookmark for the list, one per document, each on its first page.
    let pdf = lopdf::Document::load(&dest).unwrap();
    let toc = pdf.get_toc().unwrap();
    let titles: Vec<&str> = toc.toc.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles.len(), 1 + f.input.documents.len(), "{titles:?}");
    assert_eq!(titles[0], "Bordereau des pièces jointes");
    assert_eq!(titles[3], "3. Copies des diplômes");
    let pages: Vec<u32> = toc.toc.iter().map(|t| t.page as u32).collect();
    assert_eq!(pages[1..], starts[..]);
}

/// Renders the cover, the list and a few pages for a person to look at; checks colours
/// that show the EXIF orientation and the CMYK inversion were honoured.
#[test]
fn rendered_pages_look_right() {
    let f = fixture();
    let dest = f.dir.path().join("dossier.pdf");
    export(&f.input, &dest, SizeMode::Lossless).unwrap();
    let review = std::env::temp_dir().join("postulo-dossier-review");
    std::fs::create_dir_all(&review).unwrap();
    for (page, name) in [(1, "cover"), (2, "list"), (3, "cv")] {
        render(&dest, page, 60, &review, name);
    }
    std::fs::copy(&dest, review.join("dossier.pdf")).unwrap();

    // Page 6: the photo, stored landscape with its red corner top-left, EXIF 6 (turn a
    // quarter clockwise): shown portrait with the red corner top-right.
    let photo = image::open(render(&dest, 6, 30, &review, "photo-exif6"))
        .unwrap()
        .to_rgb8();
    let (w, h) = photo.dimensions();
    assert!(h > w, "the page is portrait");
    let red = content_box(&photo, |p| p[0] > 150 && p[1] < 100 && p[2] < 100);
    let (cx, cy) = ((red.0 + red.2) / 2, (red.1 + red.3) / 2);
    assert!(
        cx > w / 2 && cy < h / 2,
        "red corner at {cx},{cy} on {w}×{h}"
    );

    // Page 7, the CMYK attestation: red, green, blue and black blocks, not their inverses.
    let cmyk = image::open(render(&dest, 7, 72, &review, "cmyk"))
        .unwrap()
        .to_rgb8();
    // Without the footer margin, where the page number is stamped.
    let (w, h) = cmyk.dimensions();
    let cmyk = image::imageops::crop_imm(&cmyk, 0, 0, w, h - 30).to_image();
    let (x0, y0, x1, y1) = content_box(&cmyk, |p| p.iter().any(|&c| c < 200));
    let at = |fx: f32, fy: f32| {
        let x = x0 + ((x1 - x0) as f32 * fx) as u32;
        let y = y0 + ((y1 - y0) as f32 * fy) as u32;
        cmyk.get_pixel(x, y).0
    };
    let (red, green, blue, black) = (
        at(0.25, 0.25),
        at(0.75, 0.25),
        at(0.25, 0.75),
        at(0.75, 0.75),
    );
    assert!(
        red[0] > 180 && red[1] < 90 && red[2] < 90,
        "red block: {red:?}"
    );
    assert!(green[1] > 120 && green[0] < 90, "green block: {green:?}");
    assert!(blue[2] > 120 && blue[0] < 90, "blue block: {blue:?}");
    assert!(black.iter().all(|&c| c < 80), "black block: {black:?}");
}

/// The smallest box holding every pixel that matches.
fn content_box(img: &image::RgbImage, matches: impl Fn(&[u8; 3]) -> bool) -> (u32, u32, u32, u32) {
    let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0, 0);
    for (x, y, p) in img.enumerate_pixels() {
        if matches(&p.0) {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
    }
    assert!(x0 <= x1, "nothing matched");
    (x0, y0, x1, y1)
}

#[test]
fn english_dossiers_speak_english() {
    let f = fixture();
    let mut input = f.input.clone();
    input.language = Language::En;
    let dest = f.dir.path().join("en.pdf");
    export(&input, &dest, SizeMode::Lossless).unwrap();
    let text = pdftotext(&dest, 1, 2);
    for expected in [
        "APPLICATION FILE",
        "Deadline",
        "26 Dec 2025, 17:00 (Bamako time)",
        "List of enclosed documents",
        "8 documents, 9 pages",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
}

#[test]
fn many_documents_continue_the_list_on_a_second_page() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(dir.path(), "page.pdf", &common::pdf(1, 9));
    let documents = (0..40)
        .map(|i| {
            document(
                &pdf,
                DocumentKind::Attestations,
                &format!("Attestation n°{i} — expérience à Mopti"),
                "Attestation",
            )
        })
        .collect();
    let dest = dir.path().join("long.pdf");
    let summary = export(&input(documents), &dest, SizeMode::Lossless).unwrap();
    assert!(summary.cover_pages >= 3, "{}", summary.cover_pages);
    assert_eq!(page_count(&dest) as u32, summary.cover_pages + 40);
    assert_eq!(summary.documents[0].first_page, summary.cover_pages + 1);
    let text = pdftotext(&dest, 3, 3);
    assert!(
        text.contains("Bordereau des pièces jointes (suite)"),
        "{text}"
    );
    qpdf_check(&dest);
}

fn document_error(err: &Error) -> (DocumentRef, Invalid) {
    match err {
        Error::Document { document, reason } => (document.clone(), *reason),
        other => panic!("expected a document error, got {other:?}"),
    }
}

/// Exports a dossier whose second document is `bad`; checks the error and that the
/// destination folder holds nothing.
fn refused(name: &str, bad: &[u8]) -> (DocumentRef, Invalid) {
    let dir = tempfile::tempdir().unwrap();
    let cv = write(dir.path(), "cv.pdf", &common::pdf(1, 1));
    let bad = write(dir.path(), name, bad);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let mut bad_doc = document(&bad, DocumentKind::Other, "Pièce", "Le document fautif");
    bad_doc.document_id = Some(42);
    let input = input(vec![document(&cv, DocumentKind::Cv, "CV", "CV"), bad_doc]);
    let err = export(&input, &out.join("dossier.pdf"), SizeMode::Lossless).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("Le document fautif"), "{err}");
    assert!(entries(&out).is_empty(), "{:?}", entries(&out));
    // The estimate refuses it the same way.
    let again = dossier::estimate(
        &input,
        SizeMode::Lossless,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert_eq!(document_error(&again), document_error(&err));
    let (doc, reason) = document_error(&err);
    assert_eq!(doc.id, Some(42));
    (doc, reason)
}

fn encrypt(args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let plain = write(dir.path(), "plain.pdf", &common::pdf(1, 5));
    let locked = dir.path().join("locked.pdf");
    let mut c = tool("qpdf");
    // RC4 (128-bit, the old default) still comes from many scanners and portals.
    c.arg("--allow-weak-crypto")
        .arg("--encrypt")
        .args(args)
        .arg("--")
        .arg(&plain)
        .arg(&locked);
    run(c);
    std::fs::read(locked).unwrap()
}

#[test]
fn a_pdf_that_needs_a_password_is_refused() {
    let locked = encrypt(&["secret", "owner-secret", "256"]);
    assert_eq!(refused("locked.pdf", &locked).1, Invalid::FileEncrypted);
    let rc4 = encrypt(&["secret", "owner", "128", "--use-aes=n"]);
    assert_eq!(refused("rc4.pdf", &rc4).1, Invalid::FileEncrypted);
}

#[test]
fn a_pdf_locked_only_against_changes_is_accepted() {
    // Anyone can open it (empty user password): a reader shows its pages, so do we.
    let locked = encrypt(&["", "owner-secret", "256", "--modify=none"]);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "attestation.pdf", &locked);
    let dest = dir.path().join("dossier.pdf");
    let summary = export(
        &input(vec![document(
            &path,
            DocumentKind::Attestations,
            "Attestation",
            "Attestation",
        )]),
        &dest,
        SizeMode::Lossless,
    )
    .unwrap();
    assert_eq!(summary.documents[0].pages, 1);
    qpdf_check(&dest);
}

#[test]
fn corrupt_and_truncated_files_are_refused() {
    let pdf = common::pdf(3, 1);
    assert_eq!(
        refused("cut.pdf", &pdf[..pdf.len() * 2 / 3]).1,
        Invalid::FileCorrupt
    );
    assert_eq!(
        refused("junk.pdf", b"%PDF-1.4\nthis is not a PDF at all\n%%EOF\n").1,
        Invalid::FileCorrupt
    );
    let jpeg = marked_jpeg(200, 200);
    assert_eq!(
        refused("cut.jpg", &jpeg[..jpeg.len() / 2]).1,
        Invalid::FileCorrupt
    );
    let png = grey_png(100, 100);
    assert_eq!(
        refused("cut.png", &png[..png.len() - 30]).1,
        Invalid::FileCorrupt
    );
    assert_eq!(refused("notes.txt", b"just some text").1, Invalid::FileType);
    assert_eq!(refused("empty.pdf", b"").1, Invalid::FileEmpty);
    assert_eq!(refused("cv.docx", &common::docx()).1, Invalid::ConvertToPdf);
}

#[test]
fn huge_pictures_are_refused_from_their_header() {
    // 20000 × 20000 = 400 megapixels, announced by a few hundred bytes: never decoded.
    assert_eq!(
        refused("bomb.png", &common::png_claiming(20_000, 20_000)).1,
        Invalid::ImageTooLarge
    );
    assert_eq!(
        refused("bomb.jpg", &jpeg_claiming(20_000, 20_000)).1,
        Invalid::ImageTooLarge
    );
    // In e-mail mode too (which decodes pictures).
    let dir = tempfile::tempdir().unwrap();
    let bomb = write(
        dir.path(),
        "bomb.png",
        &common::png_claiming(20_000, 20_000),
    );
    let input = input(vec![document(
        &bomb,
        DocumentKind::Other,
        "Scan",
        "Scan géant",
    )]);
    let err = export(&input, &dir.path().join("x.pdf"), SizeMode::email_default()).unwrap_err();
    assert_eq!(document_error(&err).1, Invalid::ImageTooLarge);
}

#[test]
fn a_file_gone_from_the_vault_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let cv = write(dir.path(), "cv.pdf", &common::pdf(1, 1));
    let mut gone = document(
        &dir.path().join("ab").join("deadbeef.pdf"),
        DocumentKind::CriminalRecord,
        "Casier",
        "Casier judiciaire de mai",
    );
    gone.document_id = Some(9);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let err = export(
        &input(vec![document(&cv, DocumentKind::Cv, "CV", "CV"), gone]),
        &out.join("d.pdf"),
        SizeMode::Lossless,
    )
    .unwrap_err();
    let (doc, reason) = document_error(&err);
    assert_eq!(
        (doc.id, doc.title.as_str(), reason),
        (Some(9), "Casier judiciaire de mai", Invalid::FileMissing)
    );
    let api = postulo_core::ApiError::from(err);
    assert_eq!(api.field.as_deref(), Some("document"));
    assert_eq!(
        api.document.map(|d| d.title),
        Some("Casier judiciaire de mai".to_owned())
    );
    assert!(entries(&out).is_empty());
}

#[test]
fn a_cancelled_export_leaves_nothing_and_keeps_an_existing_file() {
    let f = fixture();
    let out = f.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let dest = out.join("dossier.pdf");
    std::fs::write(&dest, b"the previous export").unwrap();
    for cancel_after in [1, 5, 12] {
        let cancel = AtomicBool::new(false);
        let mut steps = 0;
        let mut progress = |p: dossier::Progress| {
            steps += 1;
            assert!(p.done <= p.total);
            if steps == cancel_after {
                cancel.store(true, Ordering::Relaxed);
            }
        };
        let err = dossier::export(&f.input, &dest, SizeMode::Lossless, &mut progress, &cancel)
            .unwrap_err();
        assert!(matches!(err, Error::Cancelled), "{err:?}");
        assert_eq!(err.code(), ErrorCode::Cancelled);
        assert_eq!(entries(&out), ["dossier.pdf"]);
        assert_eq!(std::fs::read(&dest).unwrap(), b"the previous export");
    }
}

#[test]
fn progress_goes_from_start_to_end() {
    let f = fixture();
    for mode in [
        SizeMode::Lossless,
        SizeMode::Email {
            limit_bytes: 20_000,
        },
    ] {
        let mut seen = Vec::new();
        dossier::export(
            &f.input,
            &f.dir.path().join("d.pdf"),
            mode,
            &mut |p| seen.push(p),
            &AtomicBool::new(false),
        )
        .unwrap();
        let last = seen.last().unwrap();
        assert_eq!(last.done, last.total, "{mode:?}");
        assert!((last.fraction() - 1.0).abs() < f32::EPSILON);
        // The bar only moves forward, whatever the number of settings tried.
        assert!(
            seen.windows(2).all(|w| w[0].fraction() <= w[1].fraction()),
            "{seen:?}"
        );
        assert!(
            seen.windows(2).all(|w| w[0].total == w[1].total),
            "{seen:?}"
        );
    }
}

#[test]
fn email_mode_fits_the_limit_and_the_estimate_tells_the_size() {
    let dir = tempfile::tempdir().unwrap();
    let cv = write(dir.path(), "cv.pdf", &common::pdf(2, 1));
    let mut documents = vec![document(&cv, DocumentKind::Cv, "CV", "CV")];
    for (i, p) in photos(dir.path(), 3).iter().enumerate() {
        documents.push(document(
            p,
            DocumentKind::WorkCertificates,
            "Certificats de travail",
            &format!("Certificat {i}"),
        ));
    }
    let input = input(documents);
    let lossless = export(&input, &dir.path().join("full.pdf"), SizeMode::Lossless).unwrap();
    let limit = MB;
    assert!(
        lossless.bytes > 2 * limit,
        "the photos must need shrinking: {}",
        lossless.bytes
    );

    let mode = SizeMode::Email { limit_bytes: limit };
    let estimate = dossier::estimate(&input, mode, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    let dest = dir.path().join("email.pdf");
    let summary = export(&input, &dest, mode).unwrap();
    assert!(summary.fits, "{summary:?}");
    assert!(summary.bytes <= limit, "{} > {limit}", summary.bytes);
    assert_eq!(summary.bytes, std::fs::metadata(&dest).unwrap().len());
    // Same work, same size (only the creation date may differ by a byte or two).
    assert!(
        estimate.bytes.abs_diff(summary.bytes) < 64,
        "{} vs {}",
        estimate.bytes,
        summary.bytes
    );
    assert!(summary.documents[1..].iter().all(|d| d.shrunk));
    assert!(!summary.documents[0].shrunk, "PDFs are never touched");
    assert!(summary.jpeg_quality.is_some());
    qpdf_check(&dest);
    assert_eq!(page_count(&dest), page_count(&dir.path().join("full.pdf")));
    // The PDF's pages kept their bytes: the CV page content is the original.
    let text = pdftotext(&dest, 1, 1);
    assert!(text.contains("Aïssata TRAORÉ"));
}

#[test]
fn email_mode_names_the_documents_that_cannot_fit() {
    let dir = tempfile::tempdir().unwrap();
    // A PDF of 1.5 MB of incompressible data: PDFs are never shrunk, so it cannot fit 1 MB.
    let big = big_pdf(&noise(1_500_000));
    let big = write(dir.path(), "annexes.pdf", &big);
    let photo = photos(dir.path(), 1).remove(0);
    let mut big_doc = document(&big, DocumentKind::Other, "Annexes", "Annexes scannées");
    big_doc.document_id = Some(3);
    let input = input(vec![
        document(&photo, DocumentKind::DiplomaCopies, "Diplôme", "Diplôme"),
        big_doc,
    ]);
    let mode = SizeMode::Email { limit_bytes: MB };
    let estimate = dossier::estimate(&input, mode, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert!(!estimate.fits);
    assert_eq!(
        estimate.too_large,
        [DocumentRef {
            id: Some(3),
            title: "Annexes scannées".into()
        }]
    );
    // Exporting anyway is the candidate's choice: it works, at the smallest setting.
    let summary = export(&input, &dir.path().join("d.pdf"), mode).unwrap();
    assert!(!summary.fits);
    assert_eq!(summary.too_large, estimate.too_large);
}

#[test]
fn the_candidate_chooses_the_naming_rule_and_it_is_kept() {
    use postulo_core::error::Invalid;
    use postulo_core::{Error, Store};

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open_in(&data).unwrap();
    store.update_profile(profile()).unwrap();
    let mut input = common::application("Agent de saisie", "Première Urgence", None);
    input.reference = Some("PU/BKO/2025-31".into());
    let app = store.create_application(input).unwrap();
    let name = |store: &Store| store.dossier_file_name(app.id, None, Language::Fr).unwrap();

    assert_eq!(
        store.dossier_name_rule().unwrap(),
        "{NOM}_{Prenom}_{Poste}_{Ref}"
    );
    assert_eq!(
        name(&store),
        "TRAORE_Aissata_Agent-de-saisie_PU-BKO-2025-31.pdf"
    );
    // A rule tried before it is saved (the dialog's preview) changes nothing; spaces become
    // underscores, which survive every mail gateway.
    assert_eq!(
        store
            .dossier_file_name(app.id, Some("{Ref} {Organisation}"), Language::Fr)
            .unwrap(),
        "PU-BKO-2025-31_Premiere-Urgence.pdf"
    );
    assert_eq!(
        name(&store),
        "TRAORE_Aissata_Agent-de-saisie_PU-BKO-2025-31.pdf"
    );

    let saved = store
        .set_dossier_name_rule("  Candidature_{Nom}_{Organisation}  ")
        .unwrap();
    assert_eq!(saved, "Candidature_{Nom}_{Organisation}");
    assert_eq!(name(&store), "Candidature_Traore_Premiere-Urgence.pdf");

    // Refused, and the saved rule stays: no placeholder (every dossier alike), too long.
    let refused = |rule: &str| match store.set_dossier_name_rule(rule) {
        Err(Error::Validation { field, reason }) => (field, reason),
        other => panic!("{rule:?} was not refused: {other:?}"),
    };
    assert_eq!(
        refused("mon dossier"),
        ("file_name_rule", Invalid::Required)
    );
    assert_eq!(refused("{Inconnu}"), ("file_name_rule", Invalid::Required));
    assert_eq!(
        refused(&format!("{{NOM}}{}", "x".repeat(200))),
        ("file_name_rule", Invalid::TooLong)
    );
    drop(store);
    let store = Store::open_in(&data).unwrap();
    assert_eq!(name(&store), "Candidature_Traore_Premiere-Urgence.pdf");

    // Emptied: back to the default.
    assert_eq!(
        store.set_dossier_name_rule(" ").unwrap(),
        "{NOM}_{Prenom}_{Poste}_{Ref}"
    );
    assert_eq!(
        name(&store),
        "TRAORE_Aissata_Agent-de-saisie_PU-BKO-2025-31.pdf"
    );
}

#[test]
fn the_store_builds_checks_and_names_an_applications_dossier() {
    use postulo_core::model::{ChecklistItemInput, ChecklistStage, DocumentUpdate};
    use postulo_core::Store;

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir(&files).unwrap();
    store.update_profile(profile()).unwrap();
    let app = store
        .create_application_with_checklist(
            common::application("Agent de saisie", "Première Urgence", Some("2025-12-26")),
            vec![
                ChecklistItemInput::new(DocumentKind::Cv, ChecklistStage::Now),
                ChecklistItemInput::new(DocumentKind::CoverLetter, ChecklistStage::Now),
                ChecklistItemInput::new(DocumentKind::CriminalRecord, ChecklistStage::Now),
                ChecklistItemInput::new(DocumentKind::IdDocument, ChecklistStage::Now),
                ChecklistItemInput::new(DocumentKind::DiplomaCopies, ChecklistStage::IfShortlisted),
            ],
        )
        .unwrap();
    let today = common::day("2025-12-12");
    let add = |name: &str, bytes: &[u8], kind, issued: Option<&str>| {
        let path = write(&files, name, bytes);
        store
            .add_document(&path, kind, "", issued.map(common::day))
            .unwrap()
            .document
    };
    let cv = add("CV Aïssata.pdf", &common::pdf(2, 1), DocumentKind::Cv, None);
    // Issued in January: valid three months, so expired by December.
    let record = add(
        "casier.jpg",
        &marked_jpeg(300, 400),
        DocumentKind::CriminalRecord,
        Some("2025-01-10"),
    );
    let id_card = add(
        "cni.png",
        &grey_png(200, 130),
        DocumentKind::IdDocument,
        None,
    );
    let diploma = add(
        "master.pdf",
        &common::pdf(1, 3),
        DocumentKind::DiplomaCopies,
        None,
    );
    store
        .update_document(
            id_card.id,
            DocumentUpdate {
                kind: DocumentKind::IdDocument,
                title: "Carte d’identité".into(),
                issued_on: None,
                // Valid today, but no longer on the deadline's day.
                valid_until: Some(common::day("2025-12-20")),
                certified_on: None,
            },
        )
        .unwrap();
    let items = store.checklist(app.id, today).unwrap().entries;
    store.attach_document(items[0].item.id, cv.id).unwrap();
    store.attach_document(items[2].item.id, record.id).unwrap();
    store.attach_document(items[3].item.id, id_card.id).unwrap();
    store.attach_document(items[4].item.id, diploma.id).unwrap();

    let input = store.dossier_input(app.id, Language::Fr, today).unwrap();
    // Due and ready, in checklist order; the diploma is asked only once shortlisted.
    let ids: Vec<Option<i64>> = input.documents.iter().map(|d| d.document_id).collect();
    assert_eq!(ids, [Some(cv.id), Some(record.id), Some(id_card.id)]);
    assert_eq!(input.documents[1].label, "Extrait de casier judiciaire");

    let report = store.dossier_preflight(app.id, today).unwrap();
    assert_eq!(
        report.missing.iter().map(|m| m.kind).collect::<Vec<_>>(),
        [DocumentKind::CoverLetter]
    );
    assert_eq!(
        report
            .expired
            .iter()
            .map(|d| d.document.id)
            .collect::<Vec<_>>(),
        [Some(record.id)]
    );
    assert_eq!(
        report
            .expires_before_deadline
            .iter()
            .map(|d| d.document.id)
            .collect::<Vec<_>>(),
        [Some(id_card.id)]
    );
    assert!(!report.blocks_export() && !report.is_clear());
    assert_eq!(report.documents, 3);

    let name = store.dossier_file_name(app.id, None, Language::Fr).unwrap();
    assert_eq!(name, "TRAORE_Aissata_Agent-de-saisie.pdf");
    let dest = dir.path().join(&name);
    let summary = export(&input, &dest, SizeMode::Lossless).unwrap();
    assert_eq!(page_count(&dest) as u32, summary.cover_pages + 2 + 1 + 1);
    qpdf_check(&dest);

    // A file gone from the vault: the preflight says so, the export names it.
    std::fs::remove_file(&input.documents[1].path).unwrap();
    let report = store.dossier_preflight(app.id, today).unwrap();
    assert_eq!(
        report
            .vanished
            .iter()
            .map(|d| d.document.id)
            .collect::<Vec<_>>(),
        [Some(record.id)]
    );
    assert!(report.blocks_export());
    let err = export(&input, &dir.path().join("again.pdf"), SizeMode::Lossless).unwrap_err();
    assert_eq!(
        document_error(&err),
        (
            DocumentRef {
                id: Some(record.id),
                title: record.title.clone()
            },
            Invalid::FileMissing
        )
    );
}

#[test]
fn an_empty_dossier_still_has_its_cover_and_list() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("vide.pdf");
    let summary = export(&input(Vec::new()), &dest, SizeMode::email_default()).unwrap();
    assert_eq!((summary.pages, summary.cover_pages), (2, 2));
    qpdf_check(&dest);
    assert!(pdftotext(&dest, 2, 2).contains("0 pièce, 0 page"));
}

/// A page that inherits its size and fonts from its page tree, in a file with object
/// streams and a cross-reference stream (as qpdf, Word and most generators write them).
#[test]
fn inherited_attributes_and_object_streams_survive_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let content = "BT /F1 24 Tf 40 300 Td (Bonjour Bamako) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 300 400] \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let pdf = common::pdf_of("", &objects);
    let plain = write(dir.path(), "plain.pdf", &pdf);
    let packed = dir.path().join("packed.pdf");
    let mut c = tool("qpdf");
    c.args(["--object-streams=generate", "--compress-streams=y"])
        .arg(&plain)
        .arg(&packed);
    run(c);

    let dest = dir.path().join("dossier.pdf");
    let input = input(vec![
        document(&plain, DocumentKind::Attestations, "Attestation", "simple"),
        document(
            &packed,
            DocumentKind::Attestations,
            "Attestation",
            "compacte",
        ),
    ]);
    let summary = export(&input, &dest, SizeMode::Lossless).unwrap();
    qpdf_check(&dest);
    for page in [3, 4] {
        assert!(
            pdftotext(&dest, page, page).contains("Bonjour Bamako"),
            "page {page}"
        );
        let mut c = tool("pdfinfo");
        c.args(["-f", &page.to_string(), "-l", &page.to_string()])
            .arg(&dest);
        let info = run(c);
        assert!(info.contains("300 x 400 pts"), "{info}");
    }
    assert_eq!(summary.pages, 4);
}

/// A PDF whose three pages share their resources by reference (the font too), the second
/// turned a quarter (`/Rotate 90`), the third cropped: what scanners and word processors
/// write.
fn shared_resources_pdf() -> Vec<u8> {
    let content = "BT /F1 24 Tf 40 200 Td (Bonjour Bamako) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /MediaBox [0 0 300 400] >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /Resources 7 0 R /Contents 6 0 R >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /Resources 7 0 R /Contents [6 0 R] /Rotate 90 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /Resources 7 0 R /Contents 6 0 R \
         /CropBox [20 20 280 380] >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Font 8 0 R >>".to_owned(),
        "<< /F1 9 0 R >>".to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>".to_owned(),
    ];
    common::pdf_of("", &objects)
}

#[test]
fn every_page_of_the_dossier_carries_its_number_and_the_documents_stay_whole() {
    let dir = tempfile::tempdir().unwrap();
    let scan = write(dir.path(), "attestation.pdf", &shared_resources_pdf());
    let photo = write(dir.path(), "casier.png", &grey_png(300, 420));
    let dest = dir.path().join("dossier.pdf");
    let mut input = input(vec![
        document(&scan, DocumentKind::Attestations, "Attestations", "scan"),
        document(&photo, DocumentKind::CriminalRecord, "Casier", "photo"),
    ]);
    // The candidate's own notes are for them, never for the recruiter.
    input.application.notes = Some("Prétentions : 900 000 FCFA, ne pas le dire".into());
    let summary = export(&input, &dest, SizeMode::Lossless).unwrap();
    let everything = pdftotext(&dest, 1, summary.pages as usize);
    assert!(!everything.contains("900 000"), "{everything}");
    qpdf_check(&dest);
    let total = summary.pages as usize;
    assert_eq!(total, summary.cover_pages as usize + 4);
    for page in 1..=total {
        let text = pdftotext(&dest, page, page);
        let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
        // pdftotext may close up « 1 / 6 » into « 1/6 ». On the turned page it reads the
        // page's own (turned) text after the number: where the number stands is checked
        // on the rendered page below.
        let number = format!("{page}/{total}");
        let turned = page == summary.cover_pages as usize + 2;
        assert!(
            last.replace(' ', "").ends_with(&number)
                || (turned && text.replace(' ', "").contains(&number)),
            "page {page}: {last:?}\n{text}"
        );
        if (summary.cover_pages as usize + 1..=summary.cover_pages as usize + 3).contains(&page) {
            // The page's own text, in its own font, is still there.
            assert!(text.contains("Bonjour Bamako"), "page {page}:\n{text}");
        }
    }

    // Looked at as shown: the turned page's number is upright at its bottom right (the page
    // shows 400 × 300 points; at 72 dpi, one pixel a point).
    let turned = summary.cover_pages as usize + 2;
    let png = render(&dest, turned, 72, dir.path(), "turned");
    let img = image::open(&png).unwrap().to_luma8();
    assert_eq!(img.dimensions(), (400, 300));
    let ink = |x0: u32, x1: u32, y0: u32, y1: u32| {
        (x0..x1)
            .flat_map(|x| (y0..y1).map(move |y| (x, y)))
            .filter(|&(x, y)| img.get_pixel(x, y).0[0] < 200)
            .count()
    };
    assert!(
        ink(330, 373, 276, 287) > 10,
        "no number at the bottom right"
    );
    assert_eq!(
        ink(0, 300, 276, 300),
        0,
        "ink where the number should not be"
    );

    // A piece sent on its own is left as it is: no number.
    let pieces = dossier::export_pieces(
        &input,
        dir.path(),
        "pieces",
        dossier::PieceLimits::default(),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let folder = PathBuf::from(pieces.folder.unwrap());
    for piece in &pieces.pieces {
        let text = pdftotext(&folder.join(&piece.file_name), 1, piece.pages as usize);
        assert!(!text.contains(" / "), "{}: {text}", piece.file_name);
    }
}

/// What the vault says when a PDF is added that the dossier could not take as it is.
#[test]
fn the_vault_says_at_once_when_a_pdf_cannot_go_into_a_dossier_and_mends_what_it_can() {
    use postulo_core::dossier::PdfFix;
    use postulo_core::Store;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let invalid = |e: Error| match e {
        Error::Validation { field, reason } => (field, reason),
        other => panic!("expected a validation error, got {other:?}"),
    };

    // Protected: refused at once, then kept as an unlocked copy with the right password.
    let locked = write(
        dir.path(),
        "releve.pdf",
        &encrypt(&["secret", "owner-secret", "256"]),
    );
    let refused = store.add_document(&locked, DocumentKind::Attestations, "", None);
    assert_eq!(
        invalid(refused.unwrap_err()),
        ("file", Invalid::FileEncrypted)
    );
    let wrong =
        store.add_protected_document(&locked, DocumentKind::Attestations, "", None, "sekret");
    assert_eq!(
        invalid(wrong.unwrap_err()),
        ("password", Invalid::WrongPassword)
    );
    assert!(store
        .documents(common::day("2026-01-01"))
        .unwrap()
        .is_empty());
    let unlocked = store
        .add_protected_document(&locked, DocumentKind::Attestations, "", None, "secret")
        .unwrap();
    assert_eq!(unlocked.fixed, Some(PdfFix::Unlocked));
    assert_eq!(unlocked.document.page_count, Some(1));

    // Cut short (an interrupted download) just before page 2's content: page 1 is kept,
    // pages 2 and 3 are named as lost.
    let whole = common::pdf(3, 1);
    let at = whole.windows(7).position(|w| w == b"6 0 obj").unwrap();
    let cut = write(dir.path(), "diplome.pdf", &whole[..at]);
    let repaired = store
        .add_document(&cut, DocumentKind::DiplomaCopies, "", None)
        .unwrap();
    let Some(PdfFix::Repaired {
        pages_kept,
        pages_lost,
    }) = repaired.fixed.clone()
    else {
        panic!("not repaired: {:?}", repaired.fixed);
    };
    assert_eq!((pages_kept, pages_lost), (1, vec![2, 3]));
    let pages_kept = 1;
    assert_eq!(repaired.document.page_count, Some(i64::from(pages_kept)));

    // Nothing readable: refused, nothing kept.
    let junk = write(
        dir.path(),
        "scan.pdf",
        b"%PDF-1.4\nthis is not a PDF at all\n%%EOF\n",
    );
    let refused = store.add_document(&junk, DocumentKind::Other, "Scan", None);
    assert_eq!(
        invalid(refused.unwrap_err()),
        ("file", Invalid::FileCorrupt)
    );
    assert_eq!(store.documents(common::day("2026-01-01")).unwrap().len(), 2);

    // Both copies go into a dossier.
    let dest = dir.path().join("dossier.pdf");
    let docs = [&unlocked.document, &repaired.document]
        .iter()
        .map(|d| {
            document(
                &store.document_file(d.id).unwrap(),
                d.kind,
                "Pièce",
                &d.title,
            )
        })
        .collect();
    let summary = export(&input(docs), &dest, SizeMode::Lossless).unwrap();
    qpdf_check(&dest);
    assert_eq!(
        summary.documents.iter().map(|d| d.pages).sum::<u32>(),
        1 + pages_kept
    );
}
