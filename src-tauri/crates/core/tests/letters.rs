//! The cover letter: laid out the formal French way from the profile and the application,
//! written as a PDF (read back by poppler, checked by qpdf) and as a .docx (opened by
//! python-docx, printed by LibreOffice), refused with its unknown fields named, and kept in
//! the vault on the checklist's cover-letter item.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::dossier_support::{
    application, page_count, pdftotext, profile, python, qpdf_check, run, tool,
};
use chrono::NaiveDate;
use postulo_core::error::Invalid;
use postulo_core::letter::{self, default_template, Field, LetterFormat, LetterInput};
use postulo_core::model::{DocumentKind, ItemState, Language};
use postulo_core::{Error, Store};

fn input(language: Language) -> LetterInput {
    LetterInput {
        language,
        profile: profile(),
        application: application(),
        today: NaiveDate::from_ymd_opt(2025, 12, 7).unwrap(),
        place: Some("Bamako".into()),
        handwritten: false,
    }
}

#[test]
fn a_french_letter_has_every_part_of_the_formal_layout() {
    let letter = letter::compose(&input(Language::Fr), default_template(Language::Fr)).unwrap();
    assert_eq!(letter.sender[0], "Aïssata TRAORÉ");
    assert!(letter
        .sender
        .contains(&"Hamdallaye ACI 2000, Bamako".to_owned()));
    assert_eq!(letter.recipient[0], "Œuvre d’entraide « Sœurs du Sahel »");
    assert_eq!(letter.place_date, "Bamako, le 7 décembre 2025");
    assert_eq!(
        letter.subject,
        "Objet\u{a0}: Candidature au poste de Coordinateur·trice Santé Mentale et Soutien Psychosocial"
    );
    assert_eq!(
        letter.reference.as_deref(),
        Some("Réf.\u{a0}: REF N°013/12/CPSM-SP/BKO/2025")
    );
    assert_eq!(letter.salutation, "Madame, Monsieur,");
    assert_eq!(letter.body.len(), 3);
    assert!(letter.body[0].contains("au poste de Coordinateur·trice Santé Mentale"));
    assert!(letter.body[1].contains("Rejoindre Œuvre d’entraide « Sœurs du Sahel »"));
    assert!(letter.closing.contains("salutations distinguées"));
    assert_eq!(letter.signature, "Aïssata TRAORÉ");
    assert!(letter.empty_fields.is_empty());

    let english = letter::compose(&input(Language::En), default_template(Language::En)).unwrap();
    assert_eq!(english.salutation, "Dear Sir or Madam,");
    assert_eq!(english.place_date, "Bamako, 7 December 2025");
    assert!(english
        .subject
        .starts_with("Subject: Application for the position of"));
}

#[test]
fn unknown_fields_are_named_and_refused_and_empty_ones_said() {
    let template = "Poste : {Poste}. Salaire : {Salaire}. {Prime}";
    assert_eq!(letter::unknown_fields(template), ["Salaire", "Prime"]);
    assert!(matches!(
        letter::compose(&input(Language::Fr), template),
        Err(Error::Validation {
            field: "template",
            reason: Invalid::Unknown
        })
    ));
    let mut no_reference = input(Language::Fr);
    no_reference.application.reference = None;
    no_reference.place = None;
    let letter = letter::compose(&no_reference, "Réf. {Référence} pour {Poste}.").unwrap();
    assert_eq!(letter.empty_fields, [Field::Reference]);
    assert_eq!(letter.reference, None);
    assert_eq!(letter.place_date, "Le 7 décembre 2025");
    assert!(matches!(
        letter::compose(&input(Language::Fr), "  \n\n "),
        Err(Error::Validation {
            field: "template",
            reason: Invalid::Required
        })
    ));
}

#[test]
fn the_letter_as_pdf_reads_back_whole_on_one_page() {
    let dir = tempfile::tempdir().unwrap();
    let letter = letter::compose(&input(Language::Fr), default_template(Language::Fr)).unwrap();
    let path = dir.path().join("lettre.pdf");
    std::fs::write(&path, letter::write(&letter, LetterFormat::Pdf).unwrap()).unwrap();
    qpdf_check(&path);
    assert_eq!(page_count(&path), 1);
    let text = pdftotext(&path, 1, 1);
    for expected in [
        "Aïssata TRAORÉ",
        "Bamako, le 7 décembre 2025",
        "Objet : Candidature au poste de",
        "Madame, Monsieur,",
        "salutations distinguées",
        "Sœurs du Sahel",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // A long body goes on to a second page rather than off the first.
    let long = vec!["Une phrase de plus pour allonger le corps de la lettre."; 20].join(" ");
    let long = format!("{long}\n\n{long}\n\n{long}\n\n{long}");
    let letter = letter::compose(&input(Language::Fr), &long).unwrap();
    let path = dir.path().join("longue.pdf");
    std::fs::write(&path, letter::write(&letter, LetterFormat::Pdf).unwrap()).unwrap();
    qpdf_check(&path);
    assert_eq!(page_count(&path), 2);
    assert!(
        pdftotext(&path, 2, 2).contains("Aïssata TRAORÉ"),
        "the signature on page 2"
    );
}

#[test]
fn the_letter_as_docx_opens_in_python_docx_and_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    let letter = letter::compose(&input(Language::Fr), default_template(Language::Fr)).unwrap();
    let path = dir.path().join("lettre.docx");
    std::fs::write(&path, letter::write(&letter, LetterFormat::Docx).unwrap()).unwrap();

    let mut c = std::process::Command::new(python());
    c.args([
        "-c",
        "import sys, docx; d = docx.Document(sys.argv[1]); \
         print('\\n'.join(p.text for p in d.paragraphs))",
    ])
    .arg(&path);
    let text = run(c);
    for expected in [
        "Aïssata TRAORÉ",
        "Bamako, le 7 décembre 2025",
        "Madame, Monsieur,",
        "Réf.\u{a0}: REF N°013/12/CPSM-SP/BKO/2025",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }

    // LibreOffice prints it as a one-page PDF with the same words.
    let out = dir.path().join("out");
    let profile_dir = dir.path().join("lo-profile");
    let mut c = tool("soffice");
    c.arg(format!(
        "-env:UserInstallation=file://{}",
        profile_dir.display()
    ))
    .args(["--headless", "--convert-to", "pdf", "--outdir"])
    .arg(&out)
    .arg(&path);
    run(c);
    let printed = out.join("lettre.pdf");
    assert!(printed.is_file(), "LibreOffice wrote no PDF");
    assert_eq!(page_count(&printed), 1);
    assert!(pdftotext(&printed, 1, 1).contains("salutations distinguées"));
}

#[test]
fn the_letter_goes_to_the_vault_on_the_cover_letter_item() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    store.update_profile(profile()).unwrap();
    let a = application();
    let created = store
        .create_application(postulo_core::model::ApplicationInput {
            title: a.title.clone(),
            organization: a.organization.clone(),
            reference: a.reference.clone(),
            ..crate::common::application("x", "y", None)
        })
        .unwrap();
    let input = store
        .letter_input(created.id, Language::Fr, Some("Bamako".into()))
        .unwrap();
    let letter = letter::compose(&input, default_template(Language::Fr)).unwrap();
    let item = store.attach_letter(created.id, &letter).unwrap();
    assert_eq!(item.kind, DocumentKind::CoverLetter);
    assert_eq!(item.state, ItemState::Ready);
    let document = store.document(item.document_id.unwrap()).unwrap();
    assert_eq!(document.kind, DocumentKind::CoverLetter);
    assert_eq!(
        document.title,
        "Lettre de motivation — Œuvre d’entraide « Sœurs du Sahel »"
    );
    let kept = store.document_file(document.id).unwrap();
    assert!(kept.is_file());
    assert!(pdftotext(&kept, 1, 1).contains("Madame, Monsieur,"));
    // Only one cover-letter item: the default checklist's was used.
    let checklist = store.checklist(created.id, store.today()).unwrap();
    let letters = checklist
        .entries
        .iter()
        .filter(|e| e.item.kind == DocumentKind::CoverLetter)
        .count();
    assert_eq!(letters, 1);
}

#[test]
fn the_candidates_template_is_kept_per_language_and_bad_ones_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let fr = store.letter_template(Language::Fr).unwrap();
    assert!(fr.is_default);
    assert_eq!(fr.template, default_template(Language::Fr));
    assert_eq!(fr.fields[0], "Poste");
    assert_eq!(
        store.letter_template(Language::En).unwrap().fields[0],
        "Position"
    );

    let mine = "Candidature au poste de {Poste}.\n\nCordialement.";
    let saved = store.set_letter_template(Language::Fr, mine).unwrap();
    assert!(!saved.is_default);
    assert_eq!(store.letter_template(Language::Fr).unwrap().template, mine);
    assert!(store.letter_template(Language::En).unwrap().is_default);

    // Unknown fields and a ten-page template: refused, the saved one kept.
    assert!(matches!(
        store.set_letter_template(Language::Fr, "{Salaire}"),
        Err(Error::Validation {
            field: "template",
            reason: Invalid::Unknown
        })
    ));
    let huge = "x".repeat(letter::MAX_TEMPLATE_CHARS + 1);
    assert!(matches!(
        store.set_letter_template(Language::Fr, &huge),
        Err(Error::Validation {
            reason: Invalid::TooLong,
            ..
        })
    ));
    assert_eq!(store.letter_template(Language::Fr).unwrap().template, mine);
    // Emptied: back to Postulo's.
    assert!(
        store
            .set_letter_template(Language::Fr, "  ")
            .unwrap()
            .is_default
    );

    // The preview names what the editor must show, and never fails on what was typed.
    let mut input = input(Language::Fr);
    input.application.reference = None;
    let preview = letter::preview(&input, "Réf. {Référence}, poste {Poste}, {Prime}");
    assert_eq!(preview.unknown_fields, ["Prime"]);
    assert!(preview.letter.is_none());
    let preview = letter::preview(&input, "Réf. {Référence}, poste {Poste}.");
    assert_eq!(preview.empty_fields, ["Référence"]);
    assert!(preview.letter.unwrap().body[0]
        .ends_with("poste Coordinateur·trice Santé Mentale et Soutien Psychosocial."));
}

/// Kaolack's « avis de recrutement »: its first piece is « une demande manuscrite adressée à
/// Monsieur le Médecin-Chef ».
const KAOLACK: &str = include_str!("fixtures/postings/senegal-avis-comptable-kaolack.txt");

#[test]
fn a_letter_asked_by_hand_is_a_draft_never_attached_and_the_paper_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    store.update_profile(profile()).unwrap();
    let draft = postulo_core::posting::draft_from_text(KAOLACK, "Africa/Dakar");
    let by_hand: Vec<DocumentKind> = draft
        .checklist
        .iter()
        .filter(|i| i.requirements.handwritten)
        .map(|i| i.kind)
        .collect();
    assert_eq!(by_hand, [DocumentKind::CoverLetter]);
    // The review is where the candidate names the region's medical office.
    let mut input = draft.input;
    input.organization = "Région Médicale de Kaolack".into();
    let created = store
        .create_application_from_posting(input, draft.checklist, &draft.text)
        .unwrap();
    assert!(store.letter_is_handwritten(created.id).unwrap());

    // The editor is told, and the draft is still written (to copy out by hand).
    let input = store
        .letter_input(created.id, Language::Fr, Some("Kaolack".into()))
        .unwrap();
    assert!(input.handwritten);
    let preview = letter::preview(&input, default_template(Language::Fr));
    assert!(preview.handwritten);
    let composed = letter::compose(&input, default_template(Language::Fr)).unwrap();
    assert!(!letter::write(&composed, LetterFormat::Pdf)
        .unwrap()
        .is_empty());

    // Attaching the typed letter is refused, and nothing reaches the vault.
    let before = store.documents(store.today()).unwrap().len();
    match store.attach_letter(created.id, &composed) {
        Err(Error::Validation { field, reason }) => {
            assert_eq!((field, reason), ("handwritten", Invalid::Handwritten));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(store.documents(store.today()).unwrap().len(), before);
    let letter_item = store.letter_item(created.id).unwrap().unwrap();
    assert_eq!(letter_item.state, ItemState::Missing);
    assert_eq!(letter_item.document_id, None);

    // The paper file's checklist says it, as the window does.
    let pdf = dir.path().join("papier.pdf");
    store
        .write_paper_file(
            created.id,
            Language::Fr,
            postulo_core::dossier::Envelope::C4,
            &pdf,
            store.today(),
        )
        .unwrap();
    let text = pdftotext(&pdf, 1, page_count(&pdf))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("À écrire à la main"), "{text}");

    // Once the candidate says a typed letter will do, it is attached as any other.
    let mut requirements = letter_item.requirements;
    requirements.handwritten = false;
    store
        .update_checklist_item(
            letter_item.id,
            postulo_core::model::ChecklistItemUpdate {
                kind: letter_item.kind,
                label: letter_item.label.clone(),
                stage: letter_item.stage,
                state: letter_item.state,
                requirements,
            },
        )
        .unwrap();
    let attached = store.attach_letter(created.id, &composed).unwrap();
    assert_eq!(attached.state, ItemState::Ready);
}
