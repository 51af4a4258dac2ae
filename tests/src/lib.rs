//! The end-to-end harness: a virtual display, a private D-Bus session, tauri-driver, and a
//! small W3C WebDriver client to drive the real Postulo app like a user would.
//!
//! Tools are installed by `cargo xtask test` (Xvfb, WebKitWebDriver, tauri-driver). When one
//! is missing, the harness fails with a message naming it: it never skips.

// A test harness reports failure by panicking, like `assert!` does in the tests it serves.
#![allow(clippy::panic, clippy::missing_panics_doc)]

pub mod crash;
mod display;
mod webdriver;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use display::Environment;
pub use webdriver::{Element, Session};

/// The app binary under test, built by `cargo xtask e2e` with the UI embedded.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("POSTULO_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            panic!(
                "POSTULO_APP_BIN is not set: run the end-to-end tests with `cargo xtask test` \
             (or `cargo xtask e2e`), which builds the app with its UI first"
            )
        });
    assert!(
        path.is_file(),
        "the app binary {} does not exist",
        path.display()
    );
    path
}

/// An empty folder for one test's data and files: `target/e2e-data/<name>-<pid>/`, emptied
/// first (a crashed earlier run may have left it).
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = screenshot_dir()
        .parent()
        .unwrap_or_else(|| panic!("the screenshots folder has no parent"))
        .join("e2e-data")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// Where screenshots go: `target/e2e-screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {dir:?}: {e}"));
    dir.canonicalize().unwrap_or(dir)
}

/// A free TCP port on loopback.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// Polls `f` every 100 ms until it returns `Some`, or panics after `timeout` with `what`.
pub fn wait_for<T>(what: &str, timeout: Duration, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            start.elapsed() < timeout,
            "timed out after {timeout:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A child process killed when dropped.
#[derive(Debug)]
pub struct Guard(pub Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `program`, panicking with a hint about how to get it when it is missing.
pub fn spawn(command: &mut Command, hint: &str) -> Guard {
    let program = command.get_program().to_string_lossy().into_owned();
    match command.stdin(Stdio::null()).spawn() {
        Ok(child) => Guard(child),
        Err(e) => panic!("cannot start {program} ({e}); {hint}"),
    }
}
