//! The tray in the real app, on a desktop that has one: a StatusNotifierWatcher on the
//! session bus (tests/tools/status_notifier_host.py, standing in for KDE's, GNOME's
//! AppIndicator extension or XFCE's). Postulo's icon registers; its menu offers to open
//! Postulo, lists the next deadline and offers to quit; closing the window keeps Postulo
//! running (explained once, in a dialog); "Ouvrir Postulo" brings the window back and
//! "Quitter Postulo" ends it.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use chrono::{Duration as Days, Local};
use postulo_core::model::{ApplicationInput, Deadline};
use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

/// Debian's interpreter, with python3-dbus and python3-gi (pulled in by python3-dbusmock,
/// which `cargo xtask test` installs).
const PYTHON: &str = "/usr/bin/python3";
const TITLE: &str = "Chargé(e) de suivi-évaluation";

struct Host(Child);

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/status_notifier_host.py")
}

fn start_host(env: &Environment, log: &Path) -> Host {
    let mut child = Command::new(PYTHON)
        .arg(script())
        .arg("serve")
        .arg(log)
        .env("DBUS_SESSION_BUS_ADDRESS", &env.dbus_address)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {PYTHON}: {e} (cargo xtask test installs it)"));
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(
        line.trim(),
        "ready",
        "the tray host did not start (python3-dbus and python3-gi are needed)"
    );
    Host(child)
}

/// Runs a client command of the host script; its standard output.
fn host(env: &Environment, log: &Path, args: &[&str]) -> String {
    let out = Command::new(PYTHON)
        .arg(script())
        .arg(args[0])
        .arg(log)
        .args(&args[1..])
        .env("DBUS_SESSION_BUS_ADDRESS", &env.dbus_address)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "status_notifier_host.py {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn menu_labels(env: &Environment, log: &Path) -> Vec<String> {
    let menu: serde_json::Value = serde_json::from_str(&host(env, log, &["menu"])).unwrap();
    menu.as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Clicks the main window's close button (a WM_DELETE_WINDOW message, as a window manager
/// sends: the test display has none).
fn close_main_window(env: &Environment) {
    let ids = env
        .xdotool(&["search", "--onlyvisible", "--name", "^Postulo$"])
        .expect("the main window");
    for id in ids.lines() {
        let mut command = Command::new(PYTHON);
        command
            .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/close_window.py"))
            .arg(id);
        let status = env.apply(&mut command).status().unwrap();
        assert!(status.success(), "close_window.py {id} failed");
    }
}

/// The visible top-level windows whose title matches `name`.
fn visible(env: &Environment, name: &str) -> usize {
    env.xdotool(&["search", "--onlyvisible", "--name", name])
        .map_or(0, |ids| ids.lines().count())
}

#[test]
fn closing_keeps_postulo_in_the_tray_whose_menu_opens_and_quits_it() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("tray");
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let in_two_days = (Local::now() + Days::days(2)).date_naive();
    Store::open_in(&data)
        .unwrap()
        .create_application(ApplicationInput {
            title: TITLE.into(),
            organization: "UNICEF Mali".into(),
            deadline: Some(Deadline {
                date: in_two_days,
                time: Some(chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap()),
                timezone: postulo_core::clock::local_time_zone().name().to_owned(),
            }),
            ..Default::default()
        })
        .unwrap();
    let log = root.join("tray.log");
    let _host = start_host(&env, &log);

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");

    // The icon registered with the desktop; its menu, in French.
    let labels = wait_for("the tray menu", Duration::from_secs(20), || {
        let labels = menu_labels(&env, &log);
        labels.iter().any(|l| l.contains(TITLE)).then_some(labels)
    });
    assert_eq!(
        labels.first().map(String::as_str),
        Some("Ouvrir Postulo"),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l == "Prochaines dates limites"),
        "{labels:?}"
    );
    let next = labels.iter().find(|l| l.contains(TITLE)).unwrap();
    assert!(
        next.contains("Dans 2 jours") || next.contains("Demain"),
        "{next}"
    );
    assert_eq!(
        labels.last().map(String::as_str),
        Some("Quitter Postulo"),
        "{labels:?}"
    );
    env.screenshot("60-tray-app-open");

    // Closing the window: Postulo hides and says, once, that it goes on.
    close_main_window(&env);
    wait_for("the explanation", Duration::from_secs(20), || {
        (visible(&env, "Postulo reste ouvert") == 1).then_some(())
    });
    assert_eq!(
        visible(&env, "^Postulo$"),
        0,
        "the main window is still shown"
    );
    env.screenshot("61-tray-closed-explained");
    let dialog = env
        .xdotool(&["search", "--onlyvisible", "--name", "Postulo reste ouvert"])
        .unwrap();
    env.xdotool(&["windowfocus", "--sync", dialog.trim()])
        .unwrap();
    env.xdotool(&["key", "Return"]).unwrap();
    wait_for("the explanation to close", Duration::from_secs(10), || {
        (visible(&env, "Postulo reste ouvert") == 0).then_some(())
    });
    // Still running: the icon still answers.
    assert!(menu_labels(&env, &log)
        .iter()
        .any(|l| l == "Quitter Postulo"));

    // « Ouvrir Postulo » brings the window back.
    host(&env, &log, &["click", "Ouvrir Postulo"]);
    wait_for("the window to come back", Duration::from_secs(20), || {
        (visible(&env, "^Postulo$") == 1).then_some(())
    });
    env.screenshot("62-tray-reopened");

    // « Quitter Postulo » ends it: no window left at all, hidden or not.
    host(&env, &log, &["click", "Quitter Postulo"]);
    wait_for("Postulo to quit", Duration::from_secs(20), || {
        env.xdotool(&["search", "--name", "^Postulo$"])
            .is_none()
            .then_some(())
    });
    drop(ui);
    let settings = Store::open_in(&data).unwrap().desktop_settings().unwrap();
    assert!(
        settings.close_to_tray_explained,
        "explained once, remembered"
    );
    let _ = std::fs::remove_dir_all(&root);
}
