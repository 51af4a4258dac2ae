//! The paper file: cover sheet, checklist of the pieces in the order asked, envelope label,
//! read back by poppler (pdfinfo, pdftotext) and checked by qpdf, as a printer would get it.

#![allow(clippy::unwrap_used, clippy::panic)] // test code

use crate::dossier_support;

use crate::common::{application, pdf, write};
use crate::dossier_support::{page_count, pdfinfo, pdftotext, qpdf_check};
use chrono::{TimeZone, Utc};
use postulo_core::clock::Clock;
use postulo_core::dossier::Envelope;
use postulo_core::model::{
    ApplyMethod, ChecklistItemInput, ChecklistItemUpdate, ChecklistStage, DocumentKind, ItemState,
    Language, MaxAge, PieceForm, PieceRequirements, Profile,
};
use postulo_core::{Error, Store};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data"))
        .unwrap()
        .with_clock(Clock::fixed(
            Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap(),
        ));
    store
        .update_profile(Profile {
            first_name: "Aïssata".into(),
            last_name: "Traoré".into(),
            email: Some("aissata.traore@example.org".into()),
            phone: Some("+223 76 12 34 56".into()),
            postal_address: Some("Rue 312, porte 45\nHamdallaye ACI 2000\nBamako".into()),
        })
        .unwrap();
    (dir, store)
}

/// A public-sector posting handed in at an office: the CV attached, a certified diploma in
/// two copies, a criminal record under three months, a waived piece and one asked later.
fn public_post(store: &Store, dir: &std::path::Path) -> i64 {
    let mut input = application(
        "Assistant administratif et financier",
        "Ministère de la Santé et de l’Hygiène Publique",
        Some("2026-03-31"),
    );
    input.reference = Some("AVIS N°2026-014/MSHP".into());
    input.apply_method = Some(ApplyMethod::InPerson);
    input.apply_email = None;
    input.apply_address = Some(
        "Direction des Ressources Humaines\nBureau 12, 2e étage\nQuartier du Fleuve, Bamako".into(),
    );
    let app = store.create_application(input).unwrap();
    let mut diploma = ChecklistItemInput::new(DocumentKind::DiplomaCopies, ChecklistStage::Now);
    diploma.label = Some("Copie du diplôme de Licence".into());
    diploma.requirements = PieceRequirements {
        form: Some(PieceForm::CertifiedCopy),
        copies: Some(2),
        max_age: None,
        handwritten: false,
    };
    store.add_checklist_item(app.id, diploma).unwrap();
    let mut record = ChecklistItemInput::new(DocumentKind::CriminalRecord, ChecklistStage::Now);
    record.requirements.max_age = Some(MaxAge::months(3));
    store.add_checklist_item(app.id, record).unwrap();
    let mut photos = ChecklistItemInput::new(DocumentKind::Other, ChecklistStage::Now);
    photos.label = Some("Deux photos d’identité".into());
    let photos = store.add_checklist_item(app.id, photos).unwrap();
    store
        .update_checklist_item(
            photos.id,
            ChecklistItemUpdate {
                kind: photos.kind,
                label: photos.label.clone(),
                stage: photos.stage,
                state: ItemState::Waived,
                requirements: photos.requirements,
            },
        )
        .unwrap();
    let mut later = ChecklistItemInput::new(DocumentKind::Other, ChecklistStage::IfShortlisted);
    later.label = Some("Certificat médical".into());
    store.add_checklist_item(app.id, later).unwrap();

    let checklist = store.checklist(app.id, store.today()).unwrap();
    let cv_item = checklist.entries[0].item.id;
    let file = write(dir, "cv.pdf", &pdf(2, 1));
    let cv = store
        .add_document(&file, DocumentKind::Cv, "CV 2026", None)
        .unwrap()
        .document;
    store.attach_document(cv_item, cv.id).unwrap();
    app.id
}

/// Page `n`'s size in points, as pdfinfo prints it.
fn page_size(pdf: &std::path::Path, n: usize) -> (f32, f32) {
    let mut c = dossier_support::tool("pdfinfo");
    c.args(["-f", &n.to_string(), "-l", &n.to_string()])
        .arg(pdf);
    let info = dossier_support::run(c);
    let line = info
        .lines()
        .find(|l| {
            l.starts_with(&format!("Page {n:>4} size:"))
                || l.starts_with(&format!("Page    {n} size:"))
        })
        .unwrap_or_else(|| panic!("no size for page {n}:\n{info}"));
    let numbers: Vec<f32> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[1], numbers[2])
}

#[test]
fn the_paper_file_has_its_cover_sheet_checklist_and_envelope_label() {
    let (dir, store) = store();
    let id = public_post(&store, dir.path());
    let dest = dir.path().join("out").join("dossier-papier.pdf");
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    store
        .write_paper_file(id, Language::Fr, Envelope::C4, &dest, store.today())
        .unwrap();
    qpdf_check(&dest);
    assert_eq!(page_count(&dest), 3, "{}", pdfinfo(&dest));

    // pdftotext gives the no-break spaces of French punctuation as spaces.
    let cover = pdftotext(&dest, 1, 1).replace('\u{a0}', " ");
    for expected in [
        "Aïssata TRAORÉ",
        "Hamdallaye ACI 2000",
        "+223 76 12 34 56",
        "Ministère de la Santé",
        "À l’attention du service du recrutement",
        "Direction des Ressources Humaines",
        "Quartier du Fleuve, Bamako",
        "Objet : candidature au poste d’Assistant administratif et financier",
        "Réf. : AVIS N°2026-014/MSHP",
        "Date limite de dépôt : 31 mars 2026, 17:00 (heure de Bamako)",
        "Pièces jointes",
        "Copie du diplôme de Licence — Copie certifiée conforme",
    ] {
        assert!(
            cover.contains(expected),
            "« {expected} » not on the cover sheet:\n{cover}"
        );
    }

    let checklist = pdftotext(&dest, 2, 2).replace('\u{a0}', " ");
    let order: Vec<usize> = [
        "CV",
        "Lettre de motivation",
        "Copie du diplôme de Licence",
        "Extrait de casier judiciaire",
    ]
    .iter()
    .map(|label| {
        checklist
            .find(label)
            .unwrap_or_else(|| panic!("« {label} » not on the checklist:\n{checklist}"))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "pieces out of order:\n{checklist}"
    );
    assert!(checklist.contains("2 exemplaires"), "{checklist}");
    assert!(checklist.contains("de moins de 3 mois"), "{checklist}");
    assert_eq!(checklist.matches("Prête").count(), 1, "{checklist}");
    assert_eq!(checklist.matches("Manquante").count(), 3, "{checklist}");
    assert!(
        checklist.contains("4 pièces, 5 exemplaires en tout"),
        "{checklist}"
    );
    // Waived and later pieces are not to be put in the envelope.
    assert!(
        !checklist.contains("photos") && !checklist.contains("médical"),
        "{checklist}"
    );

    let label = pdftotext(&dest, 3, 3);
    for expected in [
        "Expéditeur",
        "Aïssata TRAORÉ",
        "CANDIDATURE",
        "AVIS N°2026-014/MSHP",
        "Direction des Ressources Humaines",
    ] {
        assert!(
            label.contains(expected),
            "« {expected} » not on the label:\n{label}"
        );
    }
    let (w, h) = page_size(&dest, 3);
    assert!(
        (w - 918.4).abs() < 1.0 && (h - 649.1).abs() < 1.0,
        "C4 is 324 × 229 mm: {w} × {h}"
    );
    let (w, h) = page_size(&dest, 1);
    assert!(
        (w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0,
        "A4: {w} × {h}"
    );
}

#[test]
fn each_envelope_gets_its_size_and_english_its_words() {
    let (dir, store) = store();
    let id = public_post(&store, dir.path());
    for (envelope, (mm_w, mm_h)) in [
        (Envelope::Dl, (220.0, 110.0)),
        (Envelope::C5, (229.0, 162.0)),
    ] {
        let dest = dir.path().join(format!("{}.pdf", envelope.as_str()));
        store
            .write_paper_file(id, Language::En, envelope, &dest, store.today())
            .unwrap();
        let (w, h) = page_size(&dest, 3);
        let pt = 72.0 / 25.4;
        assert!(
            (w - mm_w * pt).abs() < 1.0 && (h - mm_h * pt).abs() < 1.0,
            "{envelope:?}: {w} × {h}"
        );
        let cover = pdftotext(&dest, 1, 1);
        assert!(
            cover.contains("Subject: application for the position of Assistant"),
            "{cover}"
        );
        assert!(
            cover.contains("For the attention of the recruitment team"),
            "{cover}"
        );
        let label = pdftotext(&dest, 3, 3);
        assert!(
            label.contains("APPLICATION") && label.contains("From"),
            "{label}"
        );
    }
}

#[test]
fn a_long_checklist_goes_on_over_more_pages_and_loses_no_piece() {
    let (dir, store) = store();
    let id = public_post(&store, dir.path());
    for n in 1..=30 {
        let mut input = ChecklistItemInput::new(DocumentKind::Other, ChecklistStage::Now);
        input.label = Some(format!(
            "Attestation de travail n°{n} (employeur précédent, avec cachet et signature)"
        ));
        input.requirements.form = Some(PieceForm::LegalizedCopy);
        store.add_checklist_item(id, input).unwrap();
    }
    let dest = dir.path().join("long.pdf");
    store
        .write_paper_file(id, Language::Fr, Envelope::C4, &dest, store.today())
        .unwrap();
    let pages = page_count(&dest);
    assert!(
        pages >= 4,
        "30 more pieces need another checklist page: {pages}"
    );
    let lists = pdftotext(&dest, 2, pages - 1);
    for n in 1..=30 {
        assert!(
            lists.contains(&format!("Attestation de travail n°{n} ")),
            "n°{n} missing:\n{lists}"
        );
    }
    assert!(
        lists.contains("Liste de contrôle du dossier (suite)"),
        "{lists}"
    );
    assert!(lists.contains("34 pièces"), "{lists}");
}

#[test]
fn an_unknown_application_or_a_folder_that_cannot_be_written_changes_nothing() {
    let (dir, store) = store();
    let id = public_post(&store, dir.path());
    let dest = dir.path().join("dossier.pdf");
    std::fs::write(&dest, b"earlier file").unwrap();
    let err = store
        .write_paper_file(id + 100, Language::Fr, Envelope::C4, &dest, store.today())
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert_eq!(std::fs::read(&dest).unwrap(), b"earlier file");
    let missing = dir.path().join("no-such-folder").join("dossier.pdf");
    let err = store
        .write_paper_file(id, Language::Fr, Envelope::C4, &missing, store.today())
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(!missing.exists());
}
