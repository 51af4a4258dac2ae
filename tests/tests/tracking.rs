//! What every tracker has, in the real window: a search entered with past dates through
//! postulo-cli shows « Sans réponse » on the list and its « Statistiques » (light and dark),
//! and typing the same post again is said before saving, with the existing one a click
//! away. Screenshots in target/e2e-screenshots/.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};

fn cli(cli: &Path, data: &Path, args: &[&str]) -> String {
    let out = Command::new(cli)
        .env("POSTULO_DATA_DIR", data)
        .args(["--lang", "fr"])
        .args(args)
        .output()
        .expect("run postulo-cli");
    assert!(
        out.status.success(),
        "postulo-cli {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Four applications started in the autumn: one answered with an interview, one refused,
/// one still waiting since 1 October (« Sans réponse »), one never sent.
fn search_of_the_autumn(exe: &Path, data: &Path) {
    let add = |title: &str, organization: &str, kind: &str| -> String {
        let json = cli(
            exe,
            data,
            &[
                "add",
                "--title",
                title,
                "--organization",
                organization,
                "--type",
                kind,
                "--json",
            ],
        );
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        value["id"].as_i64().unwrap().to_string()
    };
    let oim = add("Comptable principal", "OIM", "un");
    let pam = add("Chauffeur", "PAM", "un");
    let crf = add("Logisticien", "Croix-Rouge", "ngo");
    add("Secrétaire de direction", "Ministère de la Santé", "public");
    cli(exe, data, &["status", &oim, "sent", "--on", "2026-09-02"]);
    cli(
        exe,
        data,
        &["status", &oim, "interview", "--on", "2026-09-12"],
    );
    cli(exe, data, &["status", &pam, "sent", "--on", "2026-09-05"]);
    cli(
        exe,
        data,
        &["status", &pam, "rejected", "--on", "2026-10-05"],
    );
    cli(exe, data, &["status", &crf, "sent", "--on", "2026-10-01"]);
}

#[test]
fn past_dates_give_sans_reponse_statistics_and_a_warning_before_a_duplicate() {
    let app = app_binary();
    let exe = app.with_file_name(format!("postulo-cli{}", std::env::consts::EXE_SUFFIX));
    let data = fresh_dir("tracking");
    search_of_the_autumn(&exe, &data);

    let env = Environment::start();
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    let flags = ui.texts("[data-testid='no-response-flag']");
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert!(flags[0].starts_with("Sans réponse depuis "), "{flags:?}");

    // « Statistiques »: the figures of the whole search.
    let nav = ui.find("[data-testid='nav-stats']");
    ui.click(&nav);
    ui.find("[data-testid='view-stats']");
    let all = ui.find("[data-testid='stats-preset-all']");
    ui.click(&all);
    wait_for(
        "the figures of the whole search",
        Duration::from_secs(10),
        || {
            let figures = ui.texts("[data-testid='stats-figures'] .figure");
            figures
                .iter()
                .any(|f| f.contains("4") && f.to_lowercase().contains("candidature"))
                .then_some(figures)
        },
    );
    let rate = ui.text(&ui.find("[data-testid='figure-response-rate']"));
    assert!(rate.contains("67"), "2 answers out of 3 sent: {rate}");
    let median = ui.text(&ui.find("[data-testid='figure-median-days']"));
    assert!(median.contains("20"), "10 and 30 days: {median}");
    let month = ui.find("[data-testid='month-chart']");
    let summary = ui.attribute(&month, "aria-label").unwrap_or_default();
    assert!(!summary.is_empty(), "the chart says what it shows");
    env.screenshot("tracking-01-statistics");

    // The same post typed again: said before saving, the existing one opens.
    let new = ui.find("[data-testid='new-application']");
    ui.click(&new);
    ui.type_into(&ui.find("input[name='title']"), "comptable principal");
    ui.type_into(&ui.find("input[name='organization']"), "oim");
    let save = ui.find("[data-testid='save-application']");
    ui.click(&save);
    let warning = ui.find("[data-testid='duplicate-warning']");
    assert!(
        ui.text(&warning).contains("Comptable principal — OIM"),
        "{}",
        ui.text(&warning)
    );
    env.screenshot("tracking-02-duplicate-warning");
    let open = ui.find("[data-testid='duplicate-open']");
    ui.click(&open);
    ui.find("[data-testid='view-application']");
    // The history loads after the page shows: wait for it rather than read it at once.
    wait_for(
        "created, sent, interview in the history",
        Duration::from_secs(10),
        || {
            let history = ui.texts("[data-testid='history-event']");
            (history.len() == 3).then_some(history)
        },
    );
    ui.quit();

    let rows = cli(&exe, &data, &["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&rows).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 4, "nothing was saved twice");

    // The same view on a dark desktop.
    let dark = Session::start_with(&env, &app, &data, &[("GTK_THEME", "Adwaita:dark".as_ref())]);
    dark.find("[data-ready='true']");
    let nav = dark.find("[data-testid='nav-stats']");
    dark.click(&nav);
    dark.find("[data-testid='stats-figures']");
    env.screenshot("tracking-03-statistics-dark");
    dark.quit();
}
