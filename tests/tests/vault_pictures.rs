//! A photographed document in the real app's vault: chosen through the native chooser, read
//! in the background with its kind and issue date offered (applied only on « Appliquer »),
//! then straightened into a clean A4 copy beside the original.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::model::DocumentKind;
use postulo_core::ocr::testset;
use postulo_core::Store;
use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};

#[test]
fn a_photographed_certificate_is_read_suggested_and_straightened() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/documents/certificat-travail-abidjan.txt"),
    )
    .unwrap();
    let data = fresh_dir("vault-pictures");
    let photo = data.join("certificat SID.jpg");
    let page = testset::scan(&text).remove(0);
    std::fs::write(&photo, testset::phone_photo(&page, 2).jpeg).unwrap();

    let app = app_binary();
    let env = Environment::start();
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    ui.click(&ui.find("[data-testid='nav-vault']"));
    ui.click(&ui.find("[data-testid='vault-add']"));
    env.choose_file_in_native_dialog(&photo, "40-vault-photo-chooser");

    let suggestion = wait_for(
        "the suggestion read in the photo",
        Duration::from_secs(90),
        || {
            ui.try_find("[data-testid='add-suggestion']")
                .map(|s| ui.text(&s))
        },
    );
    // The kind was already guessed from the file's name (« certificat »): only what would
    // change something is offered, here the date of issue read at the bottom of the sheet.
    assert!(
        suggestion.contains("délivré le 4 juil. 2025"),
        "{suggestion}"
    );
    assert!(
        !suggestion.contains("Certificats de travail"),
        "{suggestion}"
    );
    let kind = ui.find("[data-testid='add-kind']");
    assert_eq!(
        ui.property(&kind, "value").as_deref(),
        Some("work_certificates")
    );
    env.screenshot("40b-vault-suggestion");
    // Nothing set until the candidate applies it.
    let issued = ui.find("[data-testid='add-issued']");
    assert_eq!(ui.property(&issued, "value").as_deref(), Some(""));
    ui.click(&ui.find("[data-testid='apply-suggestion']"));
    // Shown the French way (the field is the app's DateInput, not the system's).
    assert_eq!(ui.property(&issued, "value").as_deref(), Some("04/07/2025"));
    ui.click(&ui.find("[data-testid='add-submit']"));
    wait_for("the document in the vault", Duration::from_secs(20), || {
        (ui.texts("[data-testid='document-card']").len() == 1).then_some(())
    });

    // « Redresser la photo »: a clean copy beside the original.
    ui.click(&ui.find("[data-testid='straighten-document']"));
    let notice = wait_for("the straightened copy", Duration::from_secs(60), || {
        let cards = ui.texts("[data-testid='document-card']");
        (cards.len() == 2).then(|| ui.text(&ui.find("[data-testid='vault-notice']")))
    });
    assert!(notice.contains("Copie redressée ajoutée"), "{notice}");
    env.screenshot("41-vault-straightened");
    ui.quit();

    let store = Store::open_in(&data).unwrap();
    let docs = store.documents(chrono::Local::now().date_naive()).unwrap();
    assert_eq!(docs.len(), 2);
    for doc in &docs {
        assert_eq!(doc.document.kind, DocumentKind::WorkCertificates);
        assert_eq!(
            doc.document.issued_on.map(|d| d.to_string()).as_deref(),
            Some("2025-07-04")
        );
    }
    assert!(docs
        .iter()
        .any(|d| d.document.title.ends_with("(redressé)")));
}

#[test]
fn documents_already_in_the_vault_are_read_in_the_background_and_found_by_what_they_say() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/documents/licence-ouagadougou.txt"),
    )
    .unwrap();
    let data = fresh_dir("vault-contents");
    // Added before this version read texts (or by postulo-cli): a photographed diploma
    // filed as « Autre », without its date.
    let photo = data.join("IMG_0412.jpg");
    let page = testset::scan(&text).remove(0);
    std::fs::write(&photo, testset::phone_photo(&page, 6).jpeg).unwrap();
    let id = {
        let store = Store::open_in(&data).unwrap();
        store
            .add_document(&photo, DocumentKind::Other, "Scan mars 2025", None)
            .unwrap()
            .document
            .id
    };

    let app = app_binary();
    let env = Environment::start();
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    ui.click(&ui.find("[data-testid='nav-vault']"));
    // Read a few seconds after start, then shown on its card without reopening the page.
    let suggestion = wait_for(
        "the suggestion read in the background",
        Duration::from_secs(90),
        || {
            ui.try_find("[data-testid='document-suggestion']")
                .map(|s| ui.text(&s))
        },
    );
    assert!(
        suggestion.contains("Copies des diplômes, délivré le 20 déc. 2019"),
        "{suggestion}"
    );
    assert!(ui.try_find("[data-testid='vault-unread']").is_none());

    // Found by a word of its text that is in neither its title nor its file name.
    ui.type_into(&ui.find("#vault-search"), "ouagadougou");
    let found = wait_for("the passage found", Duration::from_secs(10), || {
        ui.try_find("[data-testid='document-found'] mark")
            .map(|m| ui.text(&m))
    });
    assert_eq!(found, "Ouagadougou");
    env.screenshot("42-vault-found-by-content");

    ui.click(&ui.find("[data-testid='suggestion-apply']"));
    wait_for("the suggestion applied", Duration::from_secs(10), || {
        ui.try_find("[data-testid='document-suggestion']")
            .is_none()
            .then_some(())
    });
    ui.quit();

    let store = Store::open_in(&data).unwrap();
    let doc = store.document(id).unwrap();
    assert_eq!(doc.kind, DocumentKind::DiplomaCopies);
    assert_eq!(
        doc.issued_on.map(|d| d.to_string()).as_deref(),
        Some("2019-12-20")
    );
    assert_eq!(doc.title, "Scan mars 2025");
}
