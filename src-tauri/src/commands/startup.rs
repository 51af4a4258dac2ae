//! The UI tells us when its first screen can be used.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;
use tauri::State;

/// When the process started, and when the shell had done its part (store open, window
/// asked for): the start-up report splits the time between the shell, the web view and
/// the page.
#[derive(Debug)]
pub struct LaunchTime {
    started: Instant,
    /// The same moment on the wall clock, which the web view's `performance.timeOrigin`
    /// can be compared with.
    started_wall: SystemTime,
    window_asked: OnceLock<Duration>,
}

impl LaunchTime {
    pub fn now() -> Self {
        Self {
            started: Instant::now(),
            started_wall: SystemTime::now(),
            window_asked: OnceLock::new(),
        }
    }

    /// The shell has opened the store and asked for the window.
    pub fn window_asked(&self) {
        let _ = self.window_asked.set(self.started.elapsed());
    }

    /// Milliseconds from the launch to `epoch_ms` (a wall-clock time in ms since 1970).
    fn ms_until(&self, epoch_ms: f64) -> f64 {
        let started = self
            .started_wall
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        epoch_ms - started
    }
}

/// Set by benchmarks and tests: a file to write once the first screen is interactive.
pub const READY_FILE_ENV: &str = "POSTULO_READY_FILE";

/// What the UI measured of its own first screen: how long the list took to come from the
/// core, how long to render, and how many rows it drew of how many (only the visible ones
/// should be drawn, whatever the size of the list).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct UiTimings {
    pub list_ms: f64,
    pub render_ms: f64,
    pub rows: u32,
    pub rendered_rows: u32,
    /// The page's time origin (`performance.timeOrigin`, ms since 1970): when the web view
    /// started loading it.
    pub page_origin: f64,
    /// From the time origin to the first line of the page's script.
    pub script_ms: f64,
    /// From the time origin to the first screen drawn.
    pub ready_ms: f64,
    /// Steps on the way, as (name, ms from the time origin), for the log.
    #[serde(default)]
    pub marks: Vec<(String, f64)>,
}

#[postulo_command::command]
pub fn ui_ready(app: tauri::AppHandle, launch: State<'_, LaunchTime>, timings: UiTimings) {
    let elapsed = launch.started.elapsed();
    crate::reminders::ui_ready(&app);
    let shell_ms = launch
        .window_asked
        .get()
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0);
    let page_ms = launch.ms_until(timings.page_origin);
    eprintln!(
        "postulo: first screen interactive after {} ms (shell {shell_ms:.0} ms, page asked at \
         {page_ms:.0} ms, script at +{:.0} ms, drawn at +{:.0} ms; list {:.1} ms, render \
         {:.1} ms, {} of {} rows drawn)",
        elapsed.as_millis(),
        timings.script_ms,
        timings.ready_ms,
        timings.list_ms,
        timings.render_ms,
        timings.rendered_rows,
        timings.rows
    );
    if !timings.marks.is_empty() {
        let marks: Vec<String> = timings
            .marks
            .iter()
            .map(|(name, ms)| format!("{name} +{ms:.0}"))
            .collect();
        eprintln!("postulo: on the page: {}", marks.join(", "));
    }
    if let Some(path) = std::env::var_os(READY_FILE_ENV) {
        let report = format!(
            "{}\n{} {} {} {}\n{shell_ms} {page_ms} {} {}\n",
            elapsed.as_micros(),
            timings.list_ms,
            timings.render_ms,
            timings.rows,
            timings.rendered_rows,
            timings.script_ms,
            timings.ready_ms
        );
        // Best effort: the file only feeds a benchmark; the app works without it. Written
        // beside and renamed, so that the benchmark never reads half of it.
        let path = std::path::PathBuf::from(path);
        if let Err(e) = postulo_core::atomic_write::write_bytes(&path, report.as_bytes()) {
            eprintln!("postulo: cannot write {}: {e}", path.display());
        }
    }
}
