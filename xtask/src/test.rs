//! `cargo xtask test`: every check, in the order that fails fastest.

use crate::{cmd, e2e, python, system, ui, Result};

pub fn all() -> Result {
    system::ensure(system::Purpose::Test)?;
    if cfg!(target_os = "linux") {
        system::ensure_tauri_driver()?;
    }
    ui::install()?;
    let python = python::ensure()?;
    // The app embeds ui/dist at compile time, so the UI is built before any cargo check.
    ui::build()?;

    cmd::cargo(&["fmt", "--all", "--", "--check"]).run()?;
    whole_build(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;
    cmd::npm(&["run", "check"]).run()?;
    cmd::npm(&["test"]).run()?;
    // One build and one test run for the whole workspace: the same feature set everywhere,
    // so the app binary the end-to-end tests drive shares every dependency with the unit
    // tests instead of rebuilding them. One test at a time: the end-to-end tests each start
    // a display and a WebKit app, which two cores cannot run side by side reliably.
    whole_build(&["build", "--workspace", "--all-targets"]).run()?;
    // The end-to-end tests drive the app through WebKitWebDriver under Xvfb: Linux only.
    // Elsewhere they are left out, and said so.
    let mut test = vec!["test", "--workspace"];
    if !cfg!(target_os = "linux") {
        println!("\nEnd-to-end tests (postulo-e2e) run on Linux only: left out on this system.");
        test.extend(["--exclude", "postulo-e2e"]);
    }
    test.extend(["--", "--test-threads=1"]);
    whole_build(&test)
        .env("POSTULO_APP_BIN", e2e::app_binary())
        .env("POSTULO_PYTHON", &python)
        .run()?;
    println!(
        "Screenshots: {}",
        e2e::target_dir().join("e2e-screenshots").display()
    );
    println!("\nAll checks passed.");
    Ok(())
}

/// A cargo step of the whole check. Incremental compilation is off unless the caller set it:
/// a full check builds everything once, where incremental data only doubles the target folder
/// (27 GB of 58 here), and a CI run on a nearly full disk failed for that.
fn whole_build(args: &[&str]) -> cmd::Cmd {
    let incremental = std::env::var("CARGO_INCREMENTAL").unwrap_or_else(|_| "0".into());
    cmd::cargo(args).env("CARGO_INCREMENTAL", incremental)
}
