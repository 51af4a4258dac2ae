//! Postulo makes no network connection (SECURITY.md). The real app is run under strace,
//! followed into every process it starts (WebKit's web and network processes too), while a
//! user creates an application, opens the vault and the posting import; then every
//! `connect` and `sendto` in the trace is read. Only local sockets are allowed: Unix sockets
//! (X11, D-Bus, WebKit's own IPC) and the loopback on which the test's WebDriver speaks.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use postulo_e2e::{app_binary, wait_for, Environment, Session};

#[test]
fn the_app_opens_no_network_connection() {
    let app = app_binary();
    let env = Environment::start();
    let root = postulo_e2e::fresh_dir("no-network");
    let data = root.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let trace = root.join("strace");
    std::fs::create_dir_all(&trace).unwrap();

    // tauri-driver starts "the application" it is given: a wrapper that runs the app under
    // strace, one trace file per process.
    let wrapper = root.join("postulo-under-strace");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec strace -f -ff -qq -e trace=connect,sendto,sendmsg -o '{}/trace' '{}' \"$@\"\n",
            trace.display(),
            app.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        std::process::Command::new("strace")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success()),
        "strace is missing: `cargo xtask test` installs it (Debian package strace)"
    );

    let ui = Session::start(&env, &wrapper, &data);
    ui.find("[data-ready='true']");
    ui.click(&ui.find("[data-testid='new-application']"));
    ui.type_into(&ui.find("input[name='title']"), "Agent de saisie");
    ui.type_into(&ui.find("input[name='organization']"), "UNICEF Mali");
    ui.click(&ui.find("[data-testid='save-application']"));
    wait_for("the new row", Duration::from_secs(20), || {
        (ui.texts("[data-testid='application-title']") == ["Agent de saisie"]).then_some(())
    });
    ui.click(&ui.find("[data-testid='application-title']"));
    ui.find("[data-testid='checklist']");
    ui.click(&ui.find("[data-testid='nav-vault']"));
    ui.click(&ui.find("[data-testid='import-posting-nav']"));
    ui.find("textarea[name='posting-text']");
    std::thread::sleep(Duration::from_secs(3)); // anything started in the background
    ui.quit();

    let mut lines = Vec::new();
    for entry in std::fs::read_dir(&trace).unwrap() {
        let path = entry.unwrap().path();
        lines.extend(
            std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .map(|l| format!("{}: {l}", path.display())),
        );
    }
    assert!(
        lines.iter().any(|l| l.contains("AF_UNIX")),
        "the trace saw no socket at all, so it proves nothing: {lines:?}"
    );
    let outside: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("AF_INET") && !is_loopback(l))
        .collect();
    assert!(
        outside.is_empty(),
        "Postulo reached for the network:\n{}",
        outside
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// 127.0.0.0/8 and ::1: WebDriver talks to the app there; nothing leaves the machine.
fn is_loopback(line: &str) -> bool {
    line.contains("inet_addr(\"127.")
        || line.contains("inet_pton(AF_INET6, \"::1\"")
        || line.contains("sin_addr=inet_addr(\"127.")
}
