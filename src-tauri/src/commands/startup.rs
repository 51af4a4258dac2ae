//! The UI tells us when its first screen can be used.

use std::time::Instant;

use tauri::State;

/// When the process started, to report how long the first screen took.
#[derive(Debug)]
pub struct LaunchTime(pub Instant);

/// Set by benchmarks and tests: a file to write once the first screen is interactive.
pub const READY_FILE_ENV: &str = "POSTULO_READY_FILE";

#[tauri::command]
pub fn ui_ready(launch: State<'_, LaunchTime>) {
    let elapsed = launch.0.elapsed();
    eprintln!(
        "postulo: first screen interactive after {} ms",
        elapsed.as_millis()
    );
    if let Some(path) = std::env::var_os(READY_FILE_ENV) {
        // Best effort: the file only feeds a benchmark; the app works without it.
        if let Err(e) = std::fs::write(&path, format!("{}\n", elapsed.as_micros())) {
            eprintln!("postulo: cannot write {}: {e}", path.to_string_lossy());
        }
    }
}
