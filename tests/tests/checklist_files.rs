//! The candidate's daily workflow in the real app: create an application, attach a PDF and
//! a scanned JPEG from the computer through the native file chooser, watch the progress
//! change, delete the originals, restart, and find everything there, served from the vault.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

use crate::files::{write_jpeg, write_pdf};

const TITLE: &str = "Chargé(e) de suivi-évaluation";

#[test]
fn attach_a_pdf_and_a_jpeg_from_disk_then_restart_and_find_them() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("checklist");
    let data = root.join("data");
    // Where a candidate keeps scans: a folder with a space in its name.
    let downloads = root.join("Mes documents");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::create_dir_all(&downloads).unwrap();
    let cv = downloads.join("CV Awa Traore.pdf");
    write_pdf(&cv, 2);
    let letter = downloads.join("lettre signee.jpg");
    write_jpeg(&letter);
    let cv_bytes = std::fs::read(&cv).unwrap();
    let letter_bytes = std::fs::read(&letter).unwrap();

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    ui.click(&ui.find("[data-testid='new-application']"));
    ui.type_into(&ui.find("input[name='title']"), TITLE);
    ui.type_into(&ui.find("input[name='organization']"), "ONG Sahel Santé");
    ui.set_value("input[name='deadline-date']", "2026-12-31");
    ui.click(&ui.find("[data-testid='save-application']"));
    wait_for("the new row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    open_application(&ui);

    // A new application asks for a CV and a cover letter, none ready yet.
    wait_for_progress(&ui, "0 pièce prête sur 2");
    env.screenshot("30-checklist-empty");

    attach_from_computer(&ui, &env, 0, &cv);
    wait_for_progress(&ui, "1 pièce prête sur 2");
    env.screenshot("31-checklist-pdf-attached");
    attach_from_computer(&ui, &env, 1, &letter);
    wait_for_progress(&ui, "2 pièces prêtes sur 2");
    env.screenshot("32-checklist-complete");
    ui.quit();

    // The vault holds its own copies: the originals can go.
    std::fs::remove_dir_all(&downloads).unwrap();

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    wait_for("the saved row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    open_application(&ui);
    wait_for_progress(&ui, "2 pièces prêtes sur 2");
    let attached = ui.texts("[data-testid='attached-document']");
    assert_eq!(attached.len(), 2, "{attached:?}");
    assert!(attached[0].contains("CV Awa Traore"), "{attached:?}");
    assert!(attached[1].contains("lettre signee"), "{attached:?}");
    env.screenshot("33-checklist-after-restart");

    // The vault page shows both documents with their thumbnails.
    ui.click(&ui.find("[data-testid='nav-vault']"));
    wait_for("two vault documents", Duration::from_secs(10), || {
        (ui.find_all("[data-testid='document-card']").len() == 2).then_some(())
    });
    wait_for("the thumbnails", Duration::from_secs(20), || {
        (ui.find_all("[data-testid='document-card'] img").len() == 2).then_some(())
    });
    env.screenshot("34-vault-after-restart");
    ui.quit();

    // In the database and the vault: the exact bytes, the page count, the file types.
    let store = Store::open_in(&data).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let docs = store.documents(today).unwrap();
    assert_eq!(docs.len(), 2);
    let by_mime = |mime: &str| {
        docs.iter()
            .map(|d| &d.document)
            .find(|d| d.mime == mime)
            .unwrap_or_else(|| panic!("no {mime} in the vault: {docs:?}"))
    };
    let pdf = by_mime("application/pdf");
    assert_eq!(pdf.page_count, Some(2));
    assert_eq!(
        std::fs::read(store.document_file(pdf.id).unwrap()).unwrap(),
        cv_bytes
    );
    let jpeg = by_mime("image/jpeg");
    assert_eq!(
        std::fs::read(store.document_file(jpeg.id).unwrap()).unwrap(),
        letter_bytes
    );
    let app_id = store.list_applications().unwrap()[0].id;
    let checklist = store.checklist(app_id, today).unwrap();
    let used: Vec<Option<i64>> = checklist
        .entries
        .iter()
        .map(|e| e.item.document_id)
        .collect();
    assert_eq!(used, vec![Some(pdf.id), Some(jpeg.id)]);
}

fn open_application(ui: &Session) {
    ui.click(&ui.find("[data-testid='application-title']"));
    wait_for("the application page", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-page-title']") == [TITLE]).then_some(())
    });
}

fn wait_for_progress(ui: &Session, expected: &str) {
    let mut last = Vec::new();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        last = ui.texts("[data-testid='progress-count']");
        if last.first().map(String::as_str) == Some(expected) {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let errors = ui.texts("[role='alert']");
    panic!("the progress reads {last:?}, not {expected:?} (alerts: {errors:?})");
}

/// Row `index` of the checklist → "Joindre" → "Depuis l'ordinateur…" → the native chooser
/// → the add dialog, whose kind is preset from the row → "Ajouter".
fn attach_from_computer(ui: &Session, env: &Environment, index: usize, file: &Path) {
    let buttons = ui.find_all("[data-testid='checklist-row'] [data-testid='attach']");
    ui.click(&buttons[index]);
    ui.click(&ui.find("[data-testid='picker-from-computer']"));
    env.choose_file_in_native_dialog(file, &format!("35-file-chooser-{index}"));
    let submit = ui.find("[data-testid='add-submit']");
    env.screenshot(&format!("36-add-dialog-{index}"));
    ui.click(&submit);
}
