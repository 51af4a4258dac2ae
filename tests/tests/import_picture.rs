//! A posting that arrives as a phone photo, imported in the real app: opened through the
//! native file chooser, read by text recognition with its progress, reviewed with the
//! notice that it came from a picture, and created.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::ocr::testset;
use postulo_core::Store;
use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};

#[test]
fn a_photographed_posting_is_read_reviewed_and_created() {
    let posting = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/posting-corpus/76_pnud-tchad-consultant-meep.txt");
    let text = std::fs::read_to_string(&posting).unwrap();
    let data = fresh_dir("import-picture");
    let photo = data.join("annonce PNUD.jpg");
    let page = testset::scan(&text).remove(0);
    std::fs::write(&photo, testset::phone_photo(&page, 5).jpeg).unwrap();

    let app = app_binary();
    let env = Environment::start();
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    ui.click(&ui.find("[data-testid='import-posting-nav']"));
    ui.click(&ui.find("[data-testid='open-posting-file']"));
    env.choose_file_in_native_dialog(&photo, "22-import-photo-chooser");

    // Reading takes seconds: the screen says so and offers to stop.
    let reading = wait_for("the reading under way", Duration::from_secs(30), || {
        let shown = ui.texts("[data-testid='import-progress']").join(" ");
        let stop = ui.try_find("[data-testid='stop-reading']");
        (shown.contains("Lecture du texte de l'image") && stop.is_some()).then_some(shown)
    });
    env.screenshot("22b-import-photo-reading");
    assert!(!reading.is_empty());

    let note = wait_for("the review of the photo", Duration::from_secs(120), || {
        ui.try_find("[data-testid='recognized-note']")
            .map(|n| ui.text(&n))
    });
    assert!(note.contains("Texte lu dans une image"), "{note}");
    let email = ui.find("input[name='apply_email']");
    assert_eq!(
        ui.attribute(&email, "value")
            .or_else(|| Some(ui.text(&email))),
        Some("procurement.td@undp.org".to_owned())
    );
    env.screenshot("22c-import-photo-review");
    // What the import leaves empty rather than guess, the candidate types.
    for (name, value) in [
        ("title", "Consultant national MEEP"),
        ("organization", "PNUD Tchad"),
    ] {
        let input = ui.find(&format!("input[name='{name}']"));
        if ui.property(&input, "value").unwrap_or_default().is_empty() {
            ui.type_into(&input, value);
        }
    }
    ui.click(&ui.find("[data-testid='create-from-posting']"));
    ui.find("[data-testid='view-application']");
    ui.quit();

    let store = Store::open_in(&data).unwrap();
    let apps = store.list_applications().unwrap();
    assert_eq!(apps.len(), 1);
    assert_eq!(
        apps[0].apply_email.as_deref(),
        Some("procurement.td@undp.org")
    );
    assert_eq!(apps[0].reference.as_deref(), Some("007/TCD/05/2018/IC"));
    let kept = store.posting_text(apps[0].id).unwrap().unwrap_or_default();
    assert!(
        kept.contains("procurement.td@undp.org"),
        "the text read is kept: {kept}"
    );
}
