//! The candidate's whole journey in the real app, from the first start to « Envoyée », in
//! French and in English (issue 20): the first steps on the empty screen, the profile, a CV
//! into the vault through the native file chooser, a posting pasted and reviewed (its
//! passed deadline moved), the pieces attached (one from the vault, one from the computer),
//! and the application moved to « Envoyée », which then says what it was sent with.
//!
//! Screenshots in target/e2e-screenshots/ (50-…).

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::time::Duration;

use postulo_core::model::{Language, Settings};
use postulo_core::Store;
use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};

use crate::files::write_pdf;

/// What the journey reads on screen, in the app's language.
struct Words {
    lang: &'static str,
    posting: String,
    title_contains: &'static str,
    sent_with: &'static str,
    deadline_passed: &'static str,
}

fn french() -> Words {
    let posting =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/postings/coopi-bamako-2025.txt");
    Words {
        lang: "fr",
        posting: std::fs::read_to_string(&posting).unwrap_or_else(|e| {
            panic!(
                "{} (shared/ sits beside the repository): {e}",
                posting.display()
            )
        }),
        title_contains: "Coordinateur",
        sent_with: "Envoyée avec : CV, Lettre de motivation.",
        deadline_passed: "passée",
    }
}

fn english() -> Words {
    Words {
        lang: "en",
        // A short notice as NGOs write them in English.
        posting: "Vacancy announcement\n\n\
                  Save the Children International is recruiting a\n\
                  Monitoring and Evaluation Officer\n\
                  Duty station: Niamey, Niger\n\
                  Contract: fixed term, 12 months\n\n\
                  How to apply\n\
                  Please send your CV and a cover letter to recruitment.niger@savethechildren.org \
                  with the subject \"MEO-NIA-2025\" no later than 10 January 2025 at 5 pm.\n"
            .into(),
        title_contains: "Monitoring and Evaluation Officer",
        sent_with: "Sent with: CV, Cover letter.",
        deadline_passed: "passed",
    }
}

/// Waits until an element of `css` holds `wanted`; French text carries no-break spaces
/// before « : » (the app's typography), compared as plain spaces.
fn wait_text(ui: &Session, what: &str, css: &str, wanted: &str) {
    wait_for(what, Duration::from_secs(15), || {
        ui.texts(css)
            .iter()
            .any(|t| t.replace('\u{a0}', " ").contains(wanted))
            .then_some(())
    });
}

fn journey(words: &Words) {
    let env = Environment::start();
    let root = fresh_dir(&format!("journey-{}", words.lang));
    let data = root.join("data");
    let downloads = root.join("Mes documents");
    std::fs::create_dir_all(&downloads).unwrap();
    let cv = downloads.join("CV Awa Traore.pdf");
    write_pdf(&cv, 2);
    let letter = downloads.join("Lettre de motivation.pdf");
    write_pdf(&letter, 1);
    if words.lang == "en" {
        // The candidate chose English at some point: the app starts in it.
        Store::open_in(&data)
            .unwrap()
            .update_settings(&Settings {
                language: Language::En,
            })
            .unwrap();
    }
    let shot = |name: &str| env.screenshot(&format!("50-journey-{}-{name}", words.lang));

    let ui = Session::start(&env, &app_binary(), &data);
    ui.set_window_rect(0, 0, 1366, 768);
    ui.find("[data-ready='true']");

    // 1. The first start leads to the three first steps, none done.
    ui.click(&ui.find("[data-testid='nav-list']"));
    ui.find("[data-testid='empty-state']");
    assert_eq!(ui.find_all("[data-testid='first-step']").len(), 3);
    shot("1-first-steps");

    // 2. The profile, from its step.
    ui.click(&ui.find("[data-testid='first-step-profile']"));
    ui.type_into(&ui.find("#profile-first_name"), "Awa");
    ui.type_into(&ui.find("#profile-last_name"), "Traoré");
    ui.type_into(&ui.find("#profile-email"), "awa.traore@example.org");
    ui.click(&ui.find("[data-testid='save-profile']"));
    ui.find("[data-testid='profile-saved']");

    // 3. A CV into the vault, through the native file chooser.
    ui.click(&ui.find("[data-testid='nav-vault']"));
    ui.click(&ui.find("[data-testid='vault-add']"));
    env.choose_file_in_native_dialog(&cv, &format!("50-journey-{}-2-chooser", words.lang));
    ui.click(&ui.find("[data-testid='add-submit']"));
    ui.find("[data-testid='document-card']");
    shot("3-vault");

    // 4. A posting pasted, reviewed: its deadline has passed, so it is said, and moved.
    ui.click(&ui.find("[data-testid='import-posting-nav']"));
    ui.set_value("textarea[name='posting-text']", &words.posting);
    ui.click(&ui.find("[data-testid='analyse-posting']"));
    ui.find("[data-testid='create-from-posting']");
    let review = ui.text(&ui.find("#main"));
    assert!(
        review.to_lowercase().contains(words.deadline_passed),
        "the review does not say the deadline has passed:\n{review}"
    );
    ui.set_value("input[name='deadline-date']", "2031-01-10");
    // A title the parser left empty (never a wrong one): the candidate types it.
    let title_field = ui.find("input[name='title']");
    if ui
        .property(&title_field, "value")
        .unwrap_or_default()
        .is_empty()
    {
        ui.type_into(&title_field, words.title_contains);
    }
    shot("4-review");
    ui.click(&ui.find("[data-testid='create-from-posting']"));
    ui.find("[data-testid='view-application']");
    let title = ui.text(&ui.find("[data-testid='application-page-title']"));
    assert!(title.contains(words.title_contains), "{title}");

    // 5. The CV from the vault, the letter from the computer (the checklist starts with
    // them, in that order).
    let attach = |index: usize| {
        let buttons = ui.find_all("[data-testid='checklist-row'] [data-testid='attach']");
        ui.click(&buttons[index]);
    };
    let ready = |n: usize| {
        wait_for(
            &format!("{n} piece(s) ready"),
            Duration::from_secs(10),
            || {
                (ui.find_all("[data-testid='item-state'][data-state='ready']")
                    .len()
                    == n)
                    .then_some(())
            },
        );
    };
    attach(0);
    ui.click(&ui.find("[data-testid='picker-document']"));
    ready(1);
    attach(1);
    ui.click(&ui.find("[data-testid='picker-from-computer']"));
    env.choose_file_in_native_dialog(&letter, &format!("50-journey-{}-5-chooser", words.lang));
    ui.click(&ui.find("[data-testid='add-submit']"));
    ready(2);
    shot("5-pieces");

    // 6. « Envoyée »: nothing missing, so no question; the page says what was sent.
    ui.set_value("[data-testid='status-select']", "sent");
    wait_text(
        &ui,
        "what was sent",
        "[data-testid='progress-sent']",
        words.sent_with,
    );
    assert!(
        ui.try_find("[role='dialog']").is_none(),
        "a question was asked"
    );
    shot("6-sent");
    ui.quit();

    // What the candidate did is what the store holds.
    let store = Store::open_in(&data).unwrap();
    let apps = store.list_applications().unwrap();
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].status, postulo_core::model::Status::Sent);
    assert_eq!(
        apps[0].deadline.as_ref().map(|d| d.date.to_string()),
        Some("2031-01-10".into())
    );
    assert_eq!(store.profile().unwrap().first_name, "Awa");
}

#[test]
fn the_journey_from_the_first_start_to_sent_in_french() {
    journey(&french());
}

#[test]
fn the_journey_from_the_first_start_to_sent_in_english() {
    journey(&english());
}
