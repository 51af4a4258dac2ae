//! The app and the CLI on the same data at the same time: many `postulo-cli` processes
//! writing from threads while a `Store` in this process (standing for the app) writes too.
//! No command may fail, no write may be lost, and SQLite must find the file sound.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::collections::BTreeSet;
use std::sync::{Arc, Barrier};

use crate::common::Cli;
use postulo_core::model::{ApplicationInput, Status};
use postulo_core::Store;

const THREADS: usize = 4;
const ADDS_PER_THREAD: usize = 8;
const APP_WRITES: usize = 24;

#[test]
fn the_cli_and_the_app_write_at_once_without_error_or_lost_write() {
    let cli = Arc::new(Cli::new());
    // The database exists (the app has been opened once) before the race starts.
    cli.ok(&["list"]);
    let store = Store::open_in(cli.data_dir()).unwrap();

    let barrier = Arc::new(Barrier::new(THREADS + 1));
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let cli = Arc::clone(&cli);
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                let mut failures = Vec::new();
                for i in 0..ADDS_PER_THREAD {
                    let title = format!("CLI {t}-{i}");
                    let run = cli.run(&[
                        "add",
                        "--title",
                        &title,
                        "--organization",
                        "Concurrence",
                        "--deadline",
                        "2027-01-15T17:00",
                        "--tz",
                        "Africa/Bamako",
                    ]);
                    if run.code != 0 {
                        failures.push(format!("{title}: {} {}", run.code, run.stderr));
                    }
                    // Reads in between, as a script would.
                    if i % 3 == 0 {
                        let run = cli.run(&["list", "--json"]);
                        if run.code != 0 {
                            failures.push(format!("list: {} {}", run.code, run.stderr));
                        }
                    }
                }
                failures
            })
        })
        .collect();

    // The "app": creates applications and moves them along while the CLI writes.
    barrier.wait();
    let mut app_ids = Vec::new();
    for i in 0..APP_WRITES {
        let app = store
            .create_application(ApplicationInput {
                title: format!("App {i}"),
                organization: "Concurrence".into(),
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("the app's write {i} failed: {e}"));
        if i % 2 == 0 {
            store
                .set_status(app.id, Status::Sent, Some("envoyée pendant le test"))
                .unwrap_or_else(|e| panic!("the app's status change {i} failed: {e}"));
        }
        app_ids.push(app.id);
    }

    let failures: Vec<String> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert!(
        failures.is_empty(),
        "CLI commands failed:\n{}",
        failures.join("\n")
    );

    // Every write is there, seen by a new process and by the app.
    let listed = cli.json(&["list", "--json"]);
    let titles: BTreeSet<String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect();
    for t in 0..THREADS {
        for i in 0..ADDS_PER_THREAD {
            assert!(titles.contains(&format!("CLI {t}-{i}")), "lost CLI {t}-{i}");
        }
    }
    for i in 0..APP_WRITES {
        assert!(titles.contains(&format!("App {i}")), "lost App {i}");
    }
    assert_eq!(titles.len(), THREADS * ADDS_PER_THREAD + APP_WRITES);
    let sent = cli.json(&["list", "--status", "sent", "--json"]);
    assert_eq!(sent.as_array().unwrap().len(), APP_WRITES / 2);
    assert_eq!(
        store.list_applications().unwrap().len(),
        THREADS * ADDS_PER_THREAD + APP_WRITES
    );

    drop(store);
    let conn = rusqlite::Connection::open(cli.data_dir().join("postulo.sqlite3")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0);
}

#[test]
fn many_first_runs_at_once_share_one_new_database() {
    // A scheduled `reminders due` may start while the app creates the database: every
    // process opening a folder without a database at the same moment must succeed.
    let cli = Arc::new(Cli::new());
    let barrier = Arc::new(Barrier::new(THREADS));
    let workers: Vec<_> = (0..THREADS)
        .map(|t| {
            let cli = Arc::clone(&cli);
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                let title = format!("Premier {t}");
                cli.run(&["add", "--title", &title, "--organization", "Course"])
            })
        })
        .collect();
    let runs: Vec<_> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    for run in &runs {
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let listed = cli.json(&["list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), THREADS);
}
