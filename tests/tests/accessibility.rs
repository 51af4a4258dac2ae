//! Every screen audited with axe-core in the real WebKit window, light and dark (issue 20):
//! no serious or critical violation of WCAG 2.1 A and AA (contrast included: WebKit lays
//! the page out and paints it, which jsdom does not).
//!
//! axe-core comes from the UI's own dependencies (ui/node_modules, installed by the test
//! command with the rest); its source is run in the page by WebDriver, so the app itself
//! never carries it. Screenshots in target/e2e-screenshots/ (40-…).

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;

use chrono::NaiveDate;
use postulo_core::model::{
    ApplicationInput, ApplyMethod, Deadline, DocumentKind, InterviewInput, Status,
};
use postulo_core::Store;
use postulo_e2e::{app_binary, fresh_dir, Environment, Session};
use serde_json::{json, Value};

use crate::files::write_pdf;

/// The audit's rules: WCAG 2.0 and 2.1, levels A and AA.
const TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. axe-core is a dev dependency of the UI: run `cargo xtask test`, which \
             installs it with `npm ci`",
            path.display()
        )
    })
}

/// A candidate's data: applications at several steps, a document, an interview.
fn seed(data: &Path) -> i64 {
    let store = Store::open_in(data).unwrap();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let first = store
        .create_application(ApplicationInput {
            title: "Chargé de suivi-évaluation".into(),
            organization: "UNICEF Mali".into(),
            location: Some("Bamako".into()),
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("recrutement.bamako@unicef.org".into()),
            apply_subject: Some("VA/2030/014 – Suivi-évaluation".into()),
            apply_cc: vec!["direction.bamako@unicef.org".into()],
            deadline: Some(Deadline {
                date: day("2030-03-20"),
                time: None,
                timezone: "Africa/Bamako".into(),
            }),
            ..Default::default()
        })
        .unwrap();
    let sent = store
        .create_application(ApplicationInput {
            title: "Comptable principal".into(),
            organization: "FENOS-CI".into(),
            ..Default::default()
        })
        .unwrap();
    store.set_status(sent.id, Status::Sent, None).unwrap();
    store
        .add_interview(
            sent.id,
            InterviewInput {
                date: day("2030-03-02"),
                time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                timezone: "Africa/Abidjan".into(),
                place: Some("Plateau, immeuble Alpha 2000".into()),
                notes: None,
            },
        )
        .unwrap();
    let cv = data.join("cv.pdf");
    write_pdf(&cv, 1);
    store
        .add_document(&cv, DocumentKind::Cv, "CV Awa Traoré", None)
        .unwrap();
    first.id
}

/// The serious and critical violations on the page as it is now, one line each.
fn audit(ui: &Session, axe: &str) -> Vec<String> {
    let loaded = ui.execute("return typeof window.axe;", json!([]));
    if loaded != json!("object") {
        ui.execute(&format!("{axe}\nreturn typeof window.axe;"), json!([]));
    }
    let found = ui.execute(
        "return window.axe.run(document, {
             runOnly: { type: 'tag', values: arguments[0] },
             resultTypes: ['violations'],
         }).then(r => r.violations
             .filter(v => v.impact === 'serious' || v.impact === 'critical')
             .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
                 + v.nodes.slice(0, 4).map(n => n.target.join(' ')
                     + (n.any[0] && n.any[0].message ? ' (' + n.any[0].message + ')' : ''))
                   .join(' | ')));",
        json!([TAGS]),
    );
    match found {
        Value::Array(lines) => lines
            .into_iter()
            .map(|l| l.as_str().unwrap_or_default().to_owned())
            .collect(),
        other => panic!("axe did not run: {other}"),
    }
}

/// Closes the dialog on top with Escape, as a keyboard user does, and waits for it to go.
fn close_dialog(ui: &Session) {
    ui.execute(
        "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', \
           { key: 'Escape', bubbles: true }));",
        json!([]),
    );
    postulo_e2e::wait_for(
        "the dialog to close",
        std::time::Duration::from_secs(5),
        || ui.try_find("[role='dialog']").is_none().then_some(()),
    );
}

/// Audits each screen of the app in one theme; the violations, each with its screen.
fn audit_every_screen(env: &Environment, data: &Path, theme: &str, first: i64) -> Vec<String> {
    let axe = axe_source();
    // The dark theme the desktop asks for, as the dark-mode test does.
    let dark: &[(&str, &std::ffi::OsStr)] = &[("GTK_THEME", "Adwaita:dark".as_ref())];
    let vars = if theme == "dark" { dark } else { &[] };
    let ui = Session::start_with(env, &app_binary(), data, vars);
    ui.set_window_rect(0, 0, 1366, 768);
    ui.find("[data-ready='true']");
    let mut found = Vec::new();
    let mut check = |ui: &Session, screen: &str| {
        env.screenshot(&format!("40-a11y-{theme}-{screen}"));
        found.extend(
            audit(ui, &axe)
                .into_iter()
                .map(|v| format!("[{theme} {screen}] {v}")),
        );
    };
    // Each screen once its data is drawn (what the audit must see), not while it loads.
    for (key, drawn) in [
        ("dashboard", "[data-testid='dashboard-interview']"),
        ("list", "[data-testid='application-row']"),
        ("board", "[data-card-id]"),
        ("stats", "[data-testid='stats-figures']"),
        ("vault", "[data-testid='document-card']"),
        ("profile", "#profile-first_name"),
    ] {
        ui.click(&ui.find(&format!("[data-testid='nav-{key}']")));
        ui.find(&format!("#main[data-view='{key}']"));
        ui.find(drawn);
        check(&ui, key);
    }
    // An application's page, from the list.
    ui.click(&ui.find("[data-testid='nav-list']"));
    ui.click(&ui.find(&format!(
        "[data-testid='application-row'][data-id='{first}'] [data-testid='application-title']"
    )));
    ui.find("[data-testid='view-application']");
    ui.find("[data-testid='checklist-row']");
    ui.find("[data-testid='apply-cc']");
    check(&ui, "application");
    // The import screen.
    ui.click(&ui.find("[data-testid='import-posting-nav']"));
    ui.find("textarea[name='posting-text']");
    check(&ui, "import");
    // Dialogs over the dashboard: a new application, the help, the backups.
    ui.click(&ui.find("[data-testid='nav-dashboard']"));
    for (open, name) in [
        ("[data-testid='new-application']", "new-application"),
        ("[data-testid='shortcuts-help']", "help"),
    ] {
        ui.click(&ui.find(open));
        ui.find("[role='dialog']");
        check(&ui, name);
        close_dialog(&ui);
    }
    ui.click(&ui.find("[data-testid='settings-menu']"));
    ui.click(&ui.find("[data-testid='backup-open']"));
    ui.find("[data-testid='backup-folder']");
    check(&ui, "backups");
    close_dialog(&ui);
    ui.quit();
    found
}

#[test]
fn every_screen_passes_an_axe_audit_in_light_and_dark() {
    let env = Environment::start();
    let data = fresh_dir("a11y");
    let first = seed(&data);
    let mut violations = audit_every_screen(&env, &data, "light", first);
    violations.extend(audit_every_screen(&env, &data, "dark", first));
    assert!(
        violations.is_empty(),
        "{} serious or critical violation(s):\n{}",
        violations.len(),
        violations.join("\n")
    );
}
