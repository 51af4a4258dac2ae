//! The real app, built with its UI embedded, driven like a user: create an application,
//! quit, start again, find it; switch to English. Screenshots in target/e2e-screenshots/.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::time::Duration;

use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

const TITLE: &str = "Coordinateur·trice Santé Mentale — « Bamako »";

#[test]
fn create_an_application_quit_restart_and_find_it() {
    let app = app_binary();
    let env = Environment::start();
    let data = tempfile_dir();

    // First run: an empty list, then a new application typed through the form.
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    assert!(ui.find_all("[data-testid='application-row']").is_empty());
    env.screenshot("01-first-run-empty");

    let new_button = ui.find("[data-testid='new-application']");
    assert_eq!(
        ui.texts("[data-testid='new-application']")[0],
        "Nouvelle candidature"
    );
    ui.click(&new_button);
    ui.type_into(&ui.find("input[name='title']"), TITLE);
    ui.type_into(
        &ui.find("input[name='organization']"),
        "COOPI – Cooperazione Internazionale",
    );
    ui.type_into(
        &ui.find("input[name='reference']"),
        "013/12/CPSM-SP/BKO/2025",
    );
    ui.set_value("input[name='deadline-date']", "2026-12-26");
    ui.set_value("input[name='deadline-time']", "17:00");
    env.screenshot("02-form-filled");
    ui.click(&ui.find("[data-testid='save-application']"));

    // The list refreshes after the save: wait for the row to show the title.
    wait_for("the new row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    env.screenshot("03-application-created");
    // Move and resize the window, then close it as a user would: it must come back there.
    ui.set_window_rect(40, 30, 1000, 640);
    let placed = ui.window_rect();
    std::thread::sleep(Duration::from_secs(1)); // the app saves the place 0.5 s after a move
    ui.close_window();

    // What the UI saved is really in the database, with the typed values.
    {
        let store = Store::open_in(&data).expect("open the app's database");
        let apps = store.list_applications().expect("list");
        assert_eq!(apps.len(), 1);
        assert_eq!(apps[0].title, TITLE);
        assert_eq!(
            apps[0].reference.as_deref(),
            Some("013/12/CPSM-SP/BKO/2025")
        );
        let deadline = apps[0].deadline.as_ref().expect("a deadline");
        assert_eq!(deadline.date.to_string(), "2026-12-26");
        assert_eq!(
            deadline
                .time
                .map(|t| t.format("%H:%M").to_string())
                .as_deref(),
            Some("17:00")
        );
    }

    // Second run: the application is still there; English is one click away.
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    wait_for("the saved row", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(())
    });
    env.screenshot("04-after-restart");
    assert_eq!(
        ui.window_rect(),
        placed,
        "the window did not come back where it was"
    );

    ui.click(&ui.find("[data-testid='settings-menu']"));
    ui.click(&ui.find("[data-testid='language-en']"));
    wait_for("English labels", Duration::from_secs(10), || {
        let texts = ui.texts("[data-testid='new-application']");
        (texts.first().map(String::as_str) == Some("New application")).then_some(())
    });
    env.screenshot("05-english");
    ui.quit();

    let store = Store::open_in(&data).expect("open the app's database");
    assert_eq!(store.settings().expect("settings").language.as_str(), "en");
}

/// A fresh data folder under target/, kept after the test for inspection.
fn tempfile_dir() -> std::path::PathBuf {
    let dir = postulo_e2e::screenshot_dir()
        .parent()
        .expect("target/ above the screenshots")
        .join("e2e-data")
        .join(format!("run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create the data folder");
    dir
}
