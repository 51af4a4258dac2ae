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

/// `cargo xtask bench-hour [PAGES]`: memory before and after an hour of use, compressed
/// (the release app driven through WebDriver; minutes, so not part of `bench`).
pub fn hour(pages: Option<&str>) -> Result {
    system::ensure(system::Purpose::Test)?;
    system::ensure_tauri_driver()?;
    ui::install()?;
    ui::build()?;
    cmd::cargo(&["build", "-p", "postulo", "--release"]).run()?;
    let app = target_dir().join("release").join(if cfg!(windows) {
        "postulo.exe"
    } else {
        "postulo"
    });
    let app = app.to_string_lossy().into_owned();
    let mut args = vec!["bench-hour", app.as_str()];
    args.extend(pages);
    devtools::release(&args).run()
}

/// `cargo xtask bench-dossier`: the export against img2pdf + qpdf, with the Python venv
/// that holds img2pdf and writes the fixture.
pub fn dossier() -> Result {
    let python = python::ensure()?;
    devtools::release(&["bench-dossier"])
        .env("POSTULO_PYTHON", python)
        .run()
}
