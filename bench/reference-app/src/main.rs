//! The floor Postulo's start-up and memory are measured against (`cargo xtask bench`): the
//! same Tauri 2 window, built the same way, showing one static page and nothing else.
//!
//! When the page has loaded, the time is written to `POSTULO_READY_FILE` (as Postulo writes
//! it when its first screen is ready), so that the bench times both the same way.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use tauri::webview::PageLoadEvent;
use tauri::{WebviewUrl, WebviewWindowBuilder};

/// When the window was asked for and when its page began loading, from the launch.
static WINDOW_ASKED: OnceLock<Duration> = OnceLock::new();
static PAGE_BEGUN: OnceLock<Duration> = OnceLock::new();

fn ms(d: Option<&Duration>) -> f64 {
    d.map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn main() {
    let launched = Instant::now();
    let app = tauri::Builder::default()
        .on_page_load(move |_, payload| {
            if payload.event() == PageLoadEvent::Started {
                let _ = PAGE_BEGUN.set(launched.elapsed());
            }
            if payload.event() == PageLoadEvent::Finished {
                if let Some(path) = std::env::var_os("POSTULO_READY_FILE") {
                    // The same three lines as Postulo's report (the UI figures do not
                    // apply; the page has no script), written beside and renamed, so that
                    // the bench never reads half of it.
                    let page = ms(PAGE_BEGUN.get());
                    let loaded = launched.elapsed().as_secs_f64() * 1000.0 - page;
                    let report =
                        format!("0\n0 0 0 0\n{} {page} 0 {loaded}\n", ms(WINDOW_ASKED.get()));
                    let path = std::path::PathBuf::from(path);
                    let part = path.with_extension("part");
                    let written =
                        std::fs::write(&part, report).and_then(|()| std::fs::rename(&part, &path));
                    if let Err(e) = written {
                        eprintln!("postulo-reference: cannot write the ready file: {e}");
                    }
                }
            }
        })
        .setup(move |app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Postulo reference")
                .inner_size(1200.0, 720.0)
                .build()?;
            let _ = WINDOW_ASKED.set(launched.elapsed());
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => eprintln!("postulo-reference: cannot start: {e}"),
    }
}
