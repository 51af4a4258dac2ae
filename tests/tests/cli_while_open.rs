//! A write made with postulo-cli while the app is open shows in the window without any
//! click: the app watches the database for other processes' commits and the views read
//! again in place. Screenshot in target/e2e-screenshots/.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::process::Command;
use std::time::{Duration, Instant};

use postulo_e2e::{app_binary, fresh_dir, wait_for, Environment, Session};

const TITLE: &str = "Agent de saisie — ajouté par postulo-cli";

#[test]
fn an_application_added_with_postulo_cli_appears_in_the_open_window() {
    let app = app_binary();
    // Built beside the app by the same `cargo build --workspace`.
    let cli = app.with_file_name(format!("postulo-cli{}", std::env::consts::EXE_SUFFIX));
    assert!(cli.is_file(), "{} is missing", cli.display());
    let env = Environment::start();
    let data = fresh_dir("cli-while-open");

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    assert!(ui.find_all("[data-testid='application-row']").is_empty());

    let started = Instant::now();
    let out = Command::new(&cli)
        .env("POSTULO_DATA_DIR", &data)
        .args(["add", "--title", TITLE, "--organization", "ALIMA"])
        .args(["--deadline", "2027-01-15T17:00", "--tz", "Africa/Dakar"])
        .output()
        .expect("run postulo-cli");
    assert!(
        out.status.success(),
        "postulo-cli add failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = started.elapsed();

    // The app looks for other processes' writes every 0.75 s; the list reads again then.
    wait_for(
        "the row written by postulo-cli",
        Duration::from_secs(10),
        || (ui.texts("[data-testid='application-title']") == [TITLE]).then_some(()),
    );
    println!(
        "postulo-cli wrote in {:.2} s; the window showed it {:.2} s after the command started",
        written.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    env.screenshot("cli-while-open-01-row-appeared");
    ui.quit();
}
