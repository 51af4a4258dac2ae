//! The journey's core with the keyboard alone (issue 20): real key presses through WebDriver
//! actions, no click. A new application typed and saved (Ctrl+N, Tab, Enter), found from the
//! search box (Ctrl+K, ↓, Enter), then moved to « Envoyée » from the board's « Déplacer
//! vers… » menu; the question about the missing pieces answered from the keyboard too.
//!
//! Screenshots in target/e2e-screenshots/ (55-…).

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::time::Duration;

use postulo_core::model::Status;
use postulo_core::Store;
use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};
use serde_json::{json, Value};

// WebDriver's codes for the keys that are not characters.
const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const CONTROL: &str = "\u{E009}";
const ARROW_DOWN: &str = "\u{E015}";

/// Presses `key` (with Control held when `control`), as the keyboard does.
fn press(ui: &Session, key: &str, control: bool) {
    let mut actions: Vec<Value> = Vec::new();
    if control {
        actions.push(json!({ "type": "keyDown", "value": CONTROL }));
    }
    actions.push(json!({ "type": "keyDown", "value": key }));
    actions.push(json!({ "type": "keyUp", "value": key }));
    if control {
        actions.push(json!({ "type": "keyUp", "value": CONTROL }));
    }
    ui.perform(json!([{ "type": "key", "id": "keyboard", "actions": actions }]));
}

/// Types `text` key by key.
fn type_keys(ui: &Session, text: &str) {
    let actions: Vec<Value> = text
        .chars()
        .flat_map(|c| {
            let c = c.to_string();
            [
                json!({ "type": "keyDown", "value": c }),
                json!({ "type": "keyUp", "value": c }),
            ]
        })
        .collect();
    ui.perform(json!([{ "type": "key", "id": "keyboard", "actions": actions }]));
}

/// Whether the focused element matches `css`.
fn focused(ui: &Session, css: &str) -> bool {
    ui.execute(
        "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
        json!([css]),
    ) == json!(true)
}

/// Waits until the focus is on `css`.
fn wait_focus(ui: &Session, css: &str) {
    wait_for(
        &format!("the focus on {css}"),
        Duration::from_secs(10),
        || focused(ui, css).then_some(()),
    );
}

/// Presses Tab until the focus reaches `css`, as a keyboard user moves through the page;
/// fails when it never does (something the keyboard cannot reach).
fn tab_to(ui: &Session, css: &str) {
    for _ in 0..80 {
        if focused(ui, css) {
            return;
        }
        press(ui, TAB, false);
    }
    panic!("Tab never reaches {css}");
}

#[test]
fn a_new_application_reaches_sent_with_the_keyboard_alone() {
    let env = Environment::start();
    let data = fresh_dir("keyboard");
    let ui = Session::start(&env, &app_binary(), &data);
    ui.set_window_rect(0, 0, 1366, 768);
    ui.find("[data-ready='true']");

    // Ctrl+N, the title, Tab, the organization, Enter.
    press(&ui, "n", true);
    wait_focus(&ui, "input[name='title']");
    type_keys(&ui, "Assistant logistique");
    press(&ui, TAB, false);
    wait_focus(&ui, "input[name='organization']");
    type_keys(&ui, "PAM Mali");
    press(&ui, ENTER, false);
    wait_for("the dialog to close", Duration::from_secs(10), || {
        ui.try_find("[role='dialog']").is_none().then_some(())
    });
    ui.find("[data-testid='application-row']");
    env.screenshot("55-keyboard-created");

    // Ctrl+K, ↓ to the first row, Enter opens it.
    press(&ui, "k", true);
    wait_focus(&ui, "input[type='search'], [role='searchbox']");
    press(&ui, ARROW_DOWN, false);
    wait_focus(
        &ui,
        "[data-testid='application-row'] *, [data-testid='application-row']",
    );
    press(&ui, ENTER, false);
    ui.find("[data-testid='view-application']");
    env.screenshot("56-keyboard-opened");

    // To the board by Tab, then the card's « Déplacer vers… » menu: ↓ opens it, ↓ walks
    // it, Enter picks « Envoyée ».
    tab_to(&ui, "[data-testid='nav-board']");
    press(&ui, ENTER, false);
    ui.find("#main[data-view='board']");
    tab_to(&ui, "[data-testid='move-menu']");
    press(&ui, ARROW_DOWN, false);
    wait_focus(&ui, "[role='menuitem']");
    for _ in 0..12 {
        let label = ui.execute(
            "return document.activeElement.textContent.trim();",
            json!([]),
        );
        if label == json!("Envoyée") {
            break;
        }
        press(&ui, ARROW_DOWN, false);
    }
    env.screenshot("57-keyboard-menu");
    press(&ui, ENTER, false);

    // Pieces are missing: the question comes, its safe answer focused; Tab, then Enter on
    // « move anyway ».
    ui.find("[role='dialog']");
    env.screenshot("58-keyboard-question");
    tab_to(&ui, "[role='dialog'] [data-testid='confirm-delete']");
    press(&ui, ENTER, false);
    wait_for("the dialog to close", Duration::from_secs(10), || {
        ui.try_find("[role='dialog']").is_none().then_some(())
    });
    env.screenshot("59-keyboard-sent");
    ui.quit();

    let store = Store::open_in(&data).unwrap();
    let apps = store.list_applications().unwrap();
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].title, "Assistant logistique");
    assert_eq!(apps[0].organization, "PAM Mali");
    assert_eq!(apps[0].status, Status::Sent);
}
