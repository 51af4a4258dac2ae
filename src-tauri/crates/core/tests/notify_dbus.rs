//! Real delivery: a private D-Bus session with a real notification service (python-dbusmock's
//! `notification_daemon` template, which logs every call it receives), the notifier sending
//! to it, and the test reading what arrived. Without a service, or without a bus, sending
//! must fail, so the app can fall back to its banner.
//!
//! Needs `dbus-daemon` and the Debian package `python3-dbusmock` (run by /usr/bin/python3);
//! `cargo xtask test` installs both. Missing, the test fails with what to install.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use postulo_core::countdown::Urgency;
use postulo_core::model::Language;
use postulo_core::notify::{Click, Message, Notifier, NotifyError};
use postulo_core::reminders::Notice;
use zbus::zvariant::Value;

const MOCK_PYTHON: &str = "/usr/bin/python3";
const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

/// A process killed when the test ends, whatever happens.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A bus of our own: no activation (so no real notification service can start on it)
/// and nothing from the desktop session the tests may run in.
fn private_bus(dir: &Path) -> (Running, String) {
    let config = dir.join("bus.conf");
    std::fs::write(
        &config,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>"#,
            dir.join("bus").display()
        ),
    )
    .unwrap();
    let mut child = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start dbus-daemon (install the `dbus` package): {e}"));
    let mut address = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let address = address.trim().to_owned();
    assert!(address.starts_with("unix:"), "dbus-daemon said {address:?}");
    (Running(child), address)
}

/// python-dbusmock's notification daemon on `address`, logging calls to `log`.
fn notification_daemon(address: &str, log: &Path, capabilities: Option<&str>) -> Running {
    let check = Command::new(MOCK_PYTHON)
        .args(["-c", "import dbusmock"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {MOCK_PYTHON}: {e}"));
    assert!(
        check.status.success(),
        "{MOCK_PYTHON} cannot import dbusmock: install the Debian package python3-dbusmock \
         (cargo xtask test does): {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let mut command = Command::new(MOCK_PYTHON);
    command
        .args([
            "-m",
            "dbusmock",
            "--session",
            "-t",
            "notification_daemon",
            "-l",
        ])
        .arg(log)
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .env_remove("DBUS_SYSTEM_BUS_ADDRESS");
    if let Some(caps) = capabilities {
        command.args(["-p", &format!(r#"{{"capabilities": "{caps}"}}"#)]);
    }
    let daemon = Running(command.spawn().unwrap());
    // Ready once it owns the name.
    let conn = zbus::blocking::connection::Builder::address(address)
        .unwrap()
        .build()
        .unwrap();
    let bus = zbus::blocking::fdo::DBusProxy::new(&conn).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !bus.name_has_owner(SERVICE.try_into().unwrap()).unwrap() {
        assert!(
            Instant::now() < deadline,
            "the mock notification daemon did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    daemon
}

/// Waits until the daemon's log holds `needle`, and returns the log.
fn wait_for_log(log: &Path, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains(needle) {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{needle:?} never reached the daemon; its log:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Makes the mock daemon emit a signal, as a real one does when the user clicks.
fn emit(address: &str, signal: &str, args: Vec<Value<'_>>, signature: &str) {
    let conn = zbus::blocking::connection::Builder::address(address)
        .unwrap()
        .build()
        .unwrap();
    conn.call_method(
        Some(SERVICE),
        PATH,
        Some("org.freedesktop.DBus.Mock"),
        "EmitSignal",
        &(SERVICE, signal, signature, args),
    )
    .unwrap();
}

fn message(body: &str, application_id: Option<i64>) -> Message {
    Message::from_notice(
        &Notice {
            summary: "Date limite\u{a0}: Assistant RH".into(),
            body: body.into(),
            application_id,
            reminder_ids: vec![1, 2],
            urgency: Urgency::Soon,
        },
        Language::Fr,
    )
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("daemon.log");
    (dir, log)
}

#[test]
fn a_notification_reaches_the_service_and_a_click_names_the_application() {
    let (dir, log) = temp();
    let (_bus, address) = private_bus(dir.path());
    let _daemon = notification_daemon(&address, &log, None);

    let notifier = Notifier::connect_to(&address).unwrap();
    let clicks = notifier.take_clicks().unwrap();
    assert!(notifier.take_clicks().is_none(), "one listener");
    let id = notifier
        .show(&message(
            "Médecins <du> Monde & co · Demain à 17:00",
            Some(42),
        ))
        .unwrap();
    assert!(id > 0);
    let text = wait_for_log(&log, "Notify");
    let call = text.lines().find(|l| l.contains(" Notify ")).unwrap();
    assert!(call.contains("\"Postulo\""), "{call}");
    assert!(call.contains("Date limite\u{a0}: Assistant RH"), "{call}");
    // The daemon reads markup: the body's own <, > and & are escaped.
    assert!(
        call.contains("Médecins &lt;du&gt; Monde &amp; co · Demain à 17:00"),
        "{call}"
    );
    assert!(call.contains("\"default\", \"Ouvrir\""), "{call}");

    // The user clicks it.
    emit(
        &address,
        "ActionInvoked",
        vec![Value::U32(id), Value::from("default")],
        "us",
    );
    let click = clicks.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(
        click,
        Click {
            notification_id: id,
            application_id: Some(42),
        }
    );

    // A grouped notice opens the main window; a closed one no longer answers clicks.
    let grouped = notifier.show(&message("2 rappels", None)).unwrap();
    assert_ne!(grouped, id);
    emit(
        &address,
        "NotificationClosed",
        vec![Value::U32(id), Value::U32(2)],
        "uu",
    );
    emit(
        &address,
        "ActionInvoked",
        vec![Value::U32(id), Value::from("default")],
        "us",
    );
    emit(
        &address,
        "ActionInvoked",
        vec![Value::U32(grouped), Value::from("default")],
        "us",
    );
    let click = clicks.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(
        click,
        Click {
            notification_id: grouped,
            application_id: None,
        }
    );
    assert!(clicks.recv_timeout(Duration::from_millis(300)).is_err());
}

#[test]
fn a_service_without_markup_gets_the_text_as_it_is() {
    let (dir, log) = temp();
    let (_bus, address) = private_bus(dir.path());
    let _daemon = notification_daemon(&address, &log, Some("body actions"));
    let notifier = Notifier::connect_to(&address).unwrap();
    notifier
        .show(&message("Médecins & co · Dans 3 jours", Some(7)))
        .unwrap();
    let text = wait_for_log(&log, "Notify");
    assert!(text.contains("Médecins & co · Dans 3 jours"), "{text}");
}

#[test]
fn with_no_notification_service_sending_fails_so_the_app_can_show_a_banner() {
    let (dir, _log) = temp();
    let (_bus, address) = private_bus(dir.path());
    let notifier = Notifier::connect_to(&address).unwrap();
    match notifier.show(&message("UNICEF · Demain à 17:00", Some(1))) {
        Err(NotifyError::NoService(why)) => assert!(why.contains("ServiceUnknown"), "{why}"),
        other => panic!("expected NoService, got {other:?}"),
    }
}

#[test]
fn with_no_bus_connecting_fails() {
    let dir = tempfile::tempdir().unwrap();
    let address = format!("unix:path={}", dir.path().join("nobody-listens").display());
    match Notifier::connect_to(&address) {
        Err(NotifyError::NoBus(_)) => {}
        other => panic!("expected NoBus, got {other:?}"),
    }
}
