//! The candidate's deliverable in the real app: an application whose CV (a two-page PDF)
//! and cover letter (a JPEG scan) are in the vault, its diplomas still missing. "Exporter
//! le dossier" → "il manque…" → "Continuer quand même" → the expected size → the native
//! save dialog → the file, checked with qpdf and pdfinfo; then "Préparer l'e-mail" → the
//! exact subject → an .eml draft saved through the native dialog.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use chrono::NaiveDate;
use postulo_core::model::{
    ApplicationInput, ApplyMethod, ChecklistItemInput, ChecklistStage, Deadline, DocumentKind,
    Profile,
};
use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

use crate::files::{write_jpeg, write_pdf};

const TITLE: &str = "Chargé(e) de suivi-évaluation";
const SUBJECT: &str = "REF-2026/07 – Candidature Chargé(e) de suivi-évaluation";

#[test]
fn export_the_dossier_and_save_the_email_draft() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("dossier");
    let data = root.join("data");
    let scans = root.join("scans");
    // Where the candidate saves: a folder with spaces in its name (typed with xdotool, which
    // is unreliable with accents).
    let out = root.join("Mes dossiers envoyes");
    for dir in [&data, &scans, &out] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let cv = scans.join("CV.pdf");
    write_pdf(&cv, 2);
    let letter = scans.join("lettre.jpg");
    write_jpeg(&letter);
    seed(&data, &cv, &letter);
    // The system's opener (xdg-open) replaced by a script that writes down what it was
    // asked to open: a folder, or the mailto: link.
    let opened = root.join("opened.txt");
    let opener = root.join("opener.sh");
    std::fs::write(
        &opener,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            opened.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let ui = Session::start_with(&env, &app, &data, &[("POSTULO_OPENER", opener.as_os_str())]);
    ui.find("[data-ready='true']");
    wait_for("the seeded row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    ui.click(&ui.find("[data-testid='application-title']"));
    wait_for("the application page", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-page-title']") == [TITLE]).then_some(())
    });

    // Ready, with a note the timeline keeps.
    env.screenshot("37-application-page");
    ui.click(&ui.find("[data-testid='status-note-open']"));
    ui.find("[data-testid='status-note-dialog']");
    ui.type_into(
        &ui.find("#status-note-note"),
        "Tout est prêt sauf les diplômes",
    );
    env.screenshot("38-status-note");
    ui.click(&ui.find("[data-testid='status-note-submit']"));
    wait_for("the note in the timeline", Duration::from_secs(10), || {
        ui.texts("[data-testid='history-event']")
            .into_iter()
            .find(|t| t.contains("Tout est prêt sauf les diplômes"))
    });
    assert_eq!(
        ui.execute(
            "return document.querySelector('[data-testid=\"status-select\"]').value;",
            serde_json::json!([])
        ),
        "ready"
    );

    // The diplomas are still missing: the dialog says so first; the candidate goes on.
    ui.click(&ui.find("[data-testid='export-dossier']"));
    let warnings = wait_for("the preflight", Duration::from_secs(20), || {
        ui.texts("[data-testid='preflight-warnings']")
            .into_iter()
            .next()
    });
    assert_eq!(
        warnings.replace('\u{a0}', " "),
        "Il manque une pièce demandée : Copies des diplômes."
    );
    env.screenshot("39-export-preflight");
    ui.click(&ui.find("[data-testid='preflight-continue']"));
    let expected = wait_for("the expected size", Duration::from_secs(30), || {
        ui.texts("[data-testid='expected-size']")
            .into_iter()
            .next()
            .filter(|t| t.starts_with("Taille prévue"))
    });
    assert!(expected.contains("5 pages"), "{expected}");
    let name = ui.texts("[data-testid='dossier-file-name']");
    assert_eq!(
        name,
        ["TRAORE_Aissata_Charge-e-de-suivi-evaluation_REF-2026-07.pdf"]
    );
    env.screenshot("40-export-dialog");

    // The candidate's own naming rule: the core previews it as it is typed, and it names
    // the dossier once saved.
    ui.click(&ui.find("[data-testid='name-rule-open']"));
    ui.set_value("[data-testid='name-rule-input']", "{Ref}_{NOM}");
    wait_for("the rule's preview", Duration::from_secs(10), || {
        ui.texts("[data-testid='name-rule-preview']")
            .into_iter()
            .find(|t| t == "REF-2026-07_TRAORE.pdf")
    });
    env.screenshot("40b-name-rule");
    ui.click(&ui.find("[data-testid='name-rule-save']"));
    wait_for("the new file name", Duration::from_secs(10), || {
        (ui.texts("[data-testid='dossier-file-name']") == ["REF-2026-07_TRAORE.pdf"]).then_some(())
    });

    let pdf = out.join("Dossier Aissata.pdf");
    ui.click(&ui.find("[data-testid='export-start']"));
    env.save_file_in_native_dialog("Enregistrer le dossier", &pdf, "41-export-save-dialog");
    let saved = wait_for("the export to finish", Duration::from_secs(60), || {
        if let Some(error) = ui.texts("[data-testid='export-error']").into_iter().next() {
            panic!("the export failed: {error}");
        }
        ui.texts("[data-testid='export-saved']")
            .into_iter()
            .next()
            .map(|t| t.replace('\u{a0}', " "))
    });
    assert_eq!(saved, format!("Dossier enregistré : {}", pdf.display()));
    env.screenshot("42-export-done");

    // The file, checked by real tools: a valid PDF with the cover, the list of enclosed
    // documents, the CV's two pages and the scan's page.
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert_eq!(pdf_pages(&pdf), 2 + 2 + 1);
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let pages = postulo_e2e::screenshot_dir().join("43-dossier-page");
    let render = Command::new("pdftoppm")
        .args(["-png", "-r", "50"])
        .arg(&pdf)
        .arg(&pages)
        .status()
        .unwrap();
    assert!(render.success());

    // "Ouvrir le dossier" opens the folder that holds the file.
    ui.click(&ui.find("[data-testid='open-folder']"));
    wait_for("the folder to be opened", Duration::from_secs(10), || {
        std::fs::read_to_string(&opened)
            .ok()
            .filter(|t| t.lines().any(|l| Path::new(l) == out))
    });

    // The e-mail: the exact subject, the dossier attached, an .eml saved where chosen.
    ui.click(&ui.find("[data-testid='prepare-email']"));
    let subject = wait_for("the e-mail's subject", Duration::from_secs(10), || {
        ui.texts("[data-testid='email-subject']").into_iter().next()
    });
    assert_eq!(subject, SUBJECT);
    assert_eq!(
        ui.texts("[data-testid='email-to']"),
        ["recrutement@sahelsante.org"]
    );
    env.screenshot("44-email-step");
    let eml = out.join("brouillon.eml");
    ui.click(&ui.find("[data-testid='email-eml']"));
    env.save_file_in_native_dialog("Enregistrer le brouillon", &eml, "45-email-save-dialog");
    wait_for("the draft to be saved", Duration::from_secs(20), || {
        if let Some(error) = ui
            .texts("[data-testid='email-action-error']")
            .into_iter()
            .next()
        {
            panic!("the draft failed: {error}");
        }
        (!ui.texts("[data-testid='email-done']").is_empty()).then_some(())
    });
    env.screenshot("46-email-saved");

    // For webmail: the mailto: link with recipient, subject and body, and the folder.
    std::fs::remove_file(&opened).unwrap();
    ui.click(&ui.find("[data-testid='email-mailto']"));
    let lines = wait_for(
        "the mail program and the folder",
        Duration::from_secs(10),
        || {
            std::fs::read_to_string(&opened)
                .ok()
                .filter(|t| t.lines().count() == 2)
        },
    );
    let mut lines = lines.lines();
    let mailto = lines.next().unwrap();
    assert!(
        mailto.starts_with(
            "mailto:recrutement@sahelsante.org?subject=REF-2026%2F07%20%E2%80%93%20Candidature"
        ),
        "{mailto}"
    );
    assert!(mailto.contains("&body=Madame%2C%20Monsieur%2C"), "{mailto}");
    assert_eq!(Path::new(lines.next().unwrap()), out);
    ui.quit();

    let message = std::fs::read_to_string(&eml).unwrap();
    assert!(message.contains("X-Unsent: 1\r\n"), "{message:.600}");
    assert!(message.contains("To: recrutement@sahelsante.org\r\n"));
    assert!(message.contains("Content-Type: application/pdf"));
    assert!(message.contains("Dossier"), "the attachment keeps its name");
}

/// The candidate, the application (e-mail with a required subject), the two documents in
/// the vault, attached to the CV and cover letter the checklist starts with.
fn seed(data: &Path, cv: &Path, letter: &Path) {
    let store = Store::open_in(data).unwrap();
    store
        .update_profile(Profile {
            first_name: "Aïssata".into(),
            last_name: "Traoré".into(),
            email: Some("aissata.traore@example.org".into()),
            phone: Some("+223 76 12 34 56".into()),
            postal_address: None,
        })
        .unwrap();
    let application = store
        .create_application(ApplicationInput {
            title: TITLE.into(),
            organization: "ONG Sahel Santé".into(),
            organization_type: None,
            reference: Some("REF-2026/07".into()),
            location: Some("Bamako".into()),
            contract: None,
            source_url: None,
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("recrutement@sahelsante.org".into()),
            apply_subject: Some(SUBJECT.into()),
            apply_cc: Vec::new(),
            apply_url: None,
            apply_address: None,
            deadline: Some(Deadline {
                date: NaiveDate::from_ymd_opt(2030, 12, 31).unwrap(),
                time: None,
                timezone: "Africa/Bamako".into(),
            }),
            notes: None,
        })
        .unwrap();
    let cv = store
        .add_document(cv, DocumentKind::Cv, "CV Aïssata Traoré", None)
        .unwrap()
        .document;
    let letter = store
        .add_document(letter, DocumentKind::CoverLetter, "Lettre signée", None)
        .unwrap()
        .document;
    let today = chrono::Local::now().date_naive();
    let checklist = store.checklist(application.id, today).unwrap();
    let ids: Vec<i64> = checklist.entries.iter().map(|e| e.item.id).collect();
    assert_eq!(ids.len(), 2, "a new application asks for a CV and a letter");
    store.attach_document(ids[0], cv.id).unwrap();
    store.attach_document(ids[1], letter.id).unwrap();
    store
        .add_checklist_item(
            application.id,
            ChecklistItemInput {
                kind: DocumentKind::DiplomaCopies,
                label: None,
                stage: ChecklistStage::Now,
                requirements: Default::default(),
            },
        )
        .unwrap();
}

fn pdf_pages(pdf: &Path) -> u32 {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(info.status.success(), "pdfinfo failed");
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count from pdfinfo"))
}
