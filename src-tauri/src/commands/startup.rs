//! The UI tells us when its first screen can be used.

use std::time::Instant;

use serde::Deserialize;
use tauri::State;

/// When the process started, to report how long the first screen took.
#[derive(Debug)]
pub struct LaunchTime(pub Instant);

/// Set by benchmarks and tests: a file to write once the first screen is interactive.
pub const READY_FILE_ENV: &str = "POSTULO_READY_FILE";

/// What the UI measured of its own first screen: how long the list took to come from the
/// core, how long to render, and how many rows it drew of how many (only the visible ones
/// should be drawn, whatever the size of the list).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UiTimings {
    pub list_ms: f64,
    pub render_ms: f64,
    pub rows: u32,
    pub rendered_rows: u32,
}

#[tauri::command]
pub fn ui_ready(app: tauri::AppHandle, launch: State<'_, LaunchTime>, timings: UiTimings) {
    let elapsed = launch.0.elapsed();
    crate::reminders::ui_ready(&app);
    eprintln!(
        "postulo: first screen interactive after {} ms (list {:.1} ms, render {:.1} ms, \
         {} of {} rows drawn)",
        elapsed.as_millis(),
        timings.list_ms,
        timings.render_ms,
        timings.rendered_rows,
        timings.rows
    );
    if let Some(path) = std::env::var_os(READY_FILE_ENV) {
        let report = format!(
            "{}\n{} {} {} {}\n",
            elapsed.as_micros(),
            timings.list_ms,
            timings.render_ms,
            timings.rows,
            timings.rendered_rows
        );
        // Best effort: the file only feeds a benchmark; the app works without it. Written
        // beside and renamed, so that the benchmark never reads half of it.
        let path = std::path::PathBuf::from(path);
        if let Err(e) = postulo_core::atomic_write::write_bytes(&path, report.as_bytes()) {
            eprintln!("postulo: cannot write {}: {e}", path.display());
        }
    }
}
