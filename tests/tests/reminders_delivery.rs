//! Reminders from the real app: a deadline reminder that fell due while Postulo was closed
//! reaches a real notification service on the desktop's D-Bus (python-dbusmock's
//! notification daemon, which logs every call) once at start, and never again after a
//! restart; without any notification service it shows as a banner in the window.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;
use postulo_core::clock::Clock;
use postulo_core::model::{ApplicationInput, ApplyMethod, Deadline};
use postulo_core::Store;
use postulo_e2e::{app_binary, wait_for, Environment, Session};

const TITLE: &str = "Assistant logistique Mopti";
/// Debian's python3-dbusmock is installed for the system interpreter.
const MOCK_PYTHON: &str = "/usr/bin/python3";

struct Daemon(Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An application created two hours ago whose deadline is two hours from now: its
/// "3 hours before" reminder fell due an hour ago, while the app was closed.
fn seed(data: &Path) {
    let now = Utc::now();
    let store = Store::open_in(data)
        .unwrap()
        .with_clock(Clock::fixed(now - chrono::Duration::hours(2)));
    let deadline = now + chrono::Duration::hours(2);
    store
        .create_application(ApplicationInput {
            title: TITLE.into(),
            organization: "ONG Sahel Logistique".into(),
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("recrutement@example.org".into()),
            deadline: Some(Deadline {
                date: deadline.date_naive(),
                time: Some(deadline.time()),
                timezone: "UTC".into(),
            }),
            ..Default::default()
        })
        .unwrap();
    let due = store.due_reminders(now).unwrap();
    assert_eq!(
        due.len(),
        1,
        "the seed should leave one reminder due: {due:?}"
    );
}

fn start_daemon(env: &Environment, log: &Path) -> Daemon {
    let check = Command::new(MOCK_PYTHON)
        .args(["-c", "import dbusmock"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {MOCK_PYTHON}: {e}"));
    assert!(
        check.status.success(),
        "{MOCK_PYTHON} cannot import dbusmock: install the Debian package python3-dbusmock \
         (cargo xtask test does)"
    );
    let daemon = Daemon(
        Command::new(MOCK_PYTHON)
            .args([
                "-m",
                "dbusmock",
                "--session",
                "-t",
                "notification_daemon",
                "-l",
            ])
            .arg(log)
            .env("DBUS_SESSION_BUS_ADDRESS", &env.dbus_address)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for("the notification daemon", Duration::from_secs(20), || {
        let out = Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.Notifications",
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &env.dbus_address)
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout)
            .contains("boolean true")
            .then_some(())
    });
    daemon
}

fn notify_calls(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(" Notify "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_reminder_missed_while_closed_reaches_the_notification_service_once() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("reminders-notify");
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    seed(&data);
    let log = root.join("daemon.log");
    let _daemon = start_daemon(&env, &log);

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    let calls = wait_for(
        "the reminder to reach the daemon",
        Duration::from_secs(30),
        || {
            let calls = notify_calls(&log);
            (!calls.is_empty()).then_some(calls)
        },
    );
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].contains(TITLE), "{calls:?}");
    assert!(calls[0].contains("Postulo"), "{calls:?}");
    // Shown by the service: no banner in the window.
    assert!(ui.find_all("[data-testid='reminder-banner']").is_empty());
    ui.quit();

    // Marked shown in the database: a restart does not show it again.
    let store = Store::open_in(&data).unwrap();
    assert!(store.due_reminders(Utc::now()).unwrap().is_empty());
    drop(store);
    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    let settle = Instant::now();
    while settle.elapsed() < Duration::from_secs(4) {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        notify_calls(&log).len(),
        1,
        "shown twice: {:?}",
        notify_calls(&log)
    );
    ui.quit();
}

#[test]
fn without_a_notification_service_the_reminder_shows_in_the_window() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("reminders-banner");
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    seed(&data);

    let ui = Session::start(&env, &app, &data);
    ui.find("[data-ready='true']");
    let banner = wait_for("the reminder banner", Duration::from_secs(30), || {
        ui.texts("[data-testid='reminder-banner']")
            .into_iter()
            .next()
    });
    assert!(banner.contains(TITLE), "{banner}");
    env.screenshot("40-reminder-banner");
    ui.click(&ui.find("[data-testid='reminder-open']"));
    wait_for("the application's page", Duration::from_secs(10), || {
        (ui.texts("[data-testid='application-page-title']") == [TITLE]).then_some(())
    });
    wait_for("its reminders", Duration::from_secs(10), || {
        (!ui.find_all("[data-testid='reminder']").is_empty()).then_some(())
    });
    env.screenshot("41-application-reminders");
    ui.quit();
    let store = Store::open_in(&data).unwrap();
    assert!(store.due_reminders(Utc::now()).unwrap().is_empty());
}
