//! The posting import in the real app: paste a real posting, review what was found, create
//! the application in one click, and find it in the database with its checklist and text.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::model::{ChecklistStage, DocumentKind};
use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

#[test]
fn a_pasted_posting_becomes_an_application_with_its_checklist() {
    let posting =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/postings/coopi-bamako-2025.txt");
    let text = std::fs::read_to_string(&posting).unwrap_or_else(|e| {
        panic!(
            "{} (shared/ must sit beside the repository): {e}",
            posting.display()
        )
    });
    let app = app_binary();
    let env = Environment::start();
    let data = postulo_e2e::screenshot_dir()
        .parent()
        .expect("target/")
        .join("e2e-data")
        .join(format!("import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).unwrap();

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    ui.click(&ui.find("[data-testid='import-posting-nav']"));
    ui.set_value("textarea[name='posting-text']", &text);
    ui.click(&ui.find("[data-testid='analyse-posting']"));

    // The review shows the exact subject the recruiter filters on, highlighted in the text.
    ui.find("[data-testid='posting-source']");
    wait_for("the highlighted e-mail", Duration::from_secs(20), || {
        let marks = ui.texts("[data-testid='posting-source'] mark");
        marks
            .iter()
            .any(|m| m.contains("assist.admin.bamako@coopi.org"))
            .then_some(())
    });
    env.screenshot("20-import-review");
    // The posting closed on 26 December 2025: the review says so before anything is created.
    let passed = ui.find("[data-testid='deadline-passed']");
    assert!(
        ui.text(&passed).contains("Cette date limite est dépassée"),
        "{}",
        ui.text(&passed)
    );
    ui.execute(
        "document.querySelector(\"[data-testid='deadline-passed']\").scrollIntoView({block: 'center'})",
        serde_json::Value::Array(Vec::new()),
    );
    env.screenshot("20b-import-deadline-passed");
    ui.click(&ui.find("[data-testid='create-from-posting']"));
    wait_for(
        "the new application's page",
        Duration::from_secs(20),
        || {
            let titles = ui.texts("[data-testid='application-page-title']");
            (titles.first().map(String::as_str)
                == Some("Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial"))
            .then_some(())
        },
    );
    env.screenshot("21-import-created");
    ui.quit();

    let store = Store::open_in(&data).unwrap();
    let apps = store.list_applications().unwrap();
    assert_eq!(apps.len(), 1);
    let created = &apps[0];
    assert_eq!(
        created.apply_subject.as_deref(),
        Some("REF N°013/12/CPSM-SP/BKO/2025")
    );
    assert_eq!(
        created.apply_email.as_deref(),
        Some("assist.admin.bamako@coopi.org")
    );
    let deadline = created.deadline.as_ref().unwrap();
    assert_eq!(deadline.date.to_string(), "2025-12-26");
    assert_eq!(deadline.timezone, "Africa/Bamako");
    assert_eq!(
        store.posting_text(created.id).unwrap().as_deref(),
        Some(text.as_str())
    );
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    let items: Vec<_> = store
        .checklist(created.id, today)
        .unwrap()
        .entries
        .into_iter()
        .map(|e| (e.item.kind, e.item.stage))
        .collect();
    assert!(
        items.contains(&(DocumentKind::Cv, ChecklistStage::Now)),
        "{items:?}"
    );
    assert!(
        items.contains(&(DocumentKind::CoverLetter, ChecklistStage::Now)),
        "{items:?}"
    );
    assert!(
        items.contains(&(DocumentKind::CriminalRecord, ChecklistStage::IfShortlisted)),
        "{items:?}"
    );
}
