//! What happens around the main window: a second launch, and data that cannot be opened.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use postulo_e2e::{app_binary, wait_for, Environment, Session};

fn fresh_data_dir(name: &str) -> std::path::PathBuf {
    let dir = postulo_e2e::screenshot_dir()
        .parent()
        .expect("target/ above the screenshots")
        .join("e2e-data")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the data folder");
    dir
}

fn launch(env: &Environment, app: &Path, data: &Path) -> std::process::Child {
    let mut command = Command::new(app);
    env.apply(&mut command)
        .env("POSTULO_DATA_DIR", data)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    command.spawn().expect("start the app")
}

/// X windows whose title is exactly `title`, through xdotool.
fn windows_titled(env: &Environment, title: &str) -> usize {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", &format!("^{title}$")])
        .env("DISPLAY", &env.display)
        .output()
        .expect("run xdotool (Debian package xdotool, installed by cargo xtask test)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count()
}

#[test]
fn a_second_launch_hands_over_to_the_running_app_and_exits() {
    let app = app_binary();
    let env = Environment::start();
    let data = fresh_data_dir("single-instance");
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");

    let mut second = launch(&env, &app, &data);
    let started = Instant::now();
    let status = wait_for("the second launch to exit", Duration::from_secs(20), || {
        second.try_wait().expect("wait for the second launch")
    });
    assert!(status.success(), "second launch exited with {status}");
    println!("second launch exited after {:?}", started.elapsed());

    // The first one is still there and usable, with a single main window.
    ui.find("[data-testid='new-application']");
    assert_eq!(windows_titled(&env, "Postulo"), 1);
    ui.quit();
}

#[test]
fn a_database_from_a_newer_version_gets_a_native_dialog_and_no_window() {
    let app = app_binary();
    let env = Environment::start();
    let data = fresh_data_dir("newer-database");
    let db = data.join("postulo.sqlite3");
    {
        let conn = rusqlite::Connection::open(&db).expect("create the database");
        conn.execute_batch("CREATE TABLE from_the_future (x); PRAGMA user_version = 99;")
            .expect("write the future schema");
    }
    let before = std::fs::read(&db).expect("read the database");

    let mut child = launch(&env, &app, &data);
    wait_for("the error dialog", Duration::from_secs(20), || {
        (windows_titled(&env, "Postulo ne peut pas démarrer") == 1).then_some(())
    });
    assert_eq!(
        windows_titled(&env, "Postulo"),
        0,
        "no main window behind the dialog"
    );
    env.screenshot("10-newer-database-dialog");
    assert!(
        child.try_wait().expect("poll the app").is_none(),
        "the app waits for the user"
    );

    // Closing the dialog quits the app, with an error status, and the file is untouched.
    let status = Command::new("xdotool")
        .args([
            "search",
            "--name",
            "^Postulo ne peut pas démarrer$",
            "windowfocus",
            "--sync",
        ])
        .args(["key", "Return"])
        .env("DISPLAY", &env.display)
        .status()
        .expect("run xdotool");
    assert!(status.success());
    let exit = wait_for("the app to quit", Duration::from_secs(20), || {
        child.try_wait().expect("poll the app")
    });
    assert_eq!(exit.code(), Some(1));
    let after = std::fs::read(&db).expect("read the database");
    assert!(after == before, "the newer database was modified");
}
