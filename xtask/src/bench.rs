//! `cargo xtask bench`: figures, never pass/fail. xtask prepares (system packages, the UI,
//! the release app) and the measuring itself is done by `postulo-devtools`, built in
//! release: the core's list times, the dossier export, the posting import, then start-up
//! time and memory of the app under Xvfb.

use crate::e2e::target_dir;
use crate::{cmd, devtools, python, system, ui, Result};

pub fn all() -> Result {
    system::ensure(system::Purpose::Test)?;
    ui::install()?;
    ui::build()?;
    // Postulo and its floor, an empty Tauri window built the same way (bench/reference-app).
    cmd::cargo(&[
        "build",
        "-p",
        "postulo",
        "-p",
        "postulo-reference",
        "--release",
    ])
    .run()?;
    let binary = |name: &str| {
        target_dir().join("release").join(if cfg!(windows) {
            format!("{name}.exe")
        } else {
            name.to_owned()
        })
    };
    let (app, floor) = (binary("postulo"), binary("postulo-reference"));
    // The core figures need no window: measured first.
    devtools::release(&["bench-core"]).run()?;
    dossier()?;
    devtools::release(&["bench-posting"]).run()?;
    devtools::release(&["bench-ocr"]).run()?;
    devtools::release(&[
        "bench-startup",
        &app.to_string_lossy(),
        &floor.to_string_lossy(),
    ])
    .run()
}

/// `cargo xtask bench-dossier`: the export against img2pdf + qpdf, with the Python venv
/// that holds img2pdf and writes the fixture.
pub fn dossier() -> Result {
    let python = python::ensure()?;
    devtools::release(&["bench-dossier"])
        .env("POSTULO_PYTHON", python)
        .run()
}
