//! The end-to-end tests: build the app as users get it (UI embedded), then drive it.

use std::path::PathBuf;

use crate::{cmd, root, system, ui, Result};

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// The debug app binary; its default features embed the UI (custom-protocol), as
/// `tauri build` does.
pub fn app_binary() -> PathBuf {
    target_dir().join("debug").join(if cfg!(windows) {
        "postulo.exe"
    } else {
        "postulo"
    })
}

/// `cargo xtask e2e`: only the end-to-end tests, with their prerequisites.
pub fn run_all() -> Result {
    system::ensure(system::Purpose::Test)?;
    system::ensure_tauri_driver()?;
    ui::install()?;
    ui::build()?;
    cmd::cargo(&["build", "--workspace", "--all-targets"]).run()?;
    cmd::cargo(&[
        "test",
        "-p",
        "postulo-e2e",
        "--",
        "--test-threads=1",
        "--nocapture",
    ])
    .env("POSTULO_APP_BIN", app_binary())
    .run()?;
    println!(
        "Screenshots: {}",
        target_dir().join("e2e-screenshots").display()
    );
    Ok(())
}
