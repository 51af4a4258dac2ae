//! The floor Postulo's start-up and memory are measured against (`cargo xtask bench`): the
//! same Tauri 2 window, built the same way, showing one static page and nothing else.
//!
//! When the page has loaded, the time is written to `POSTULO_READY_FILE` (as Postulo writes
//! it when its first screen is ready), so that the bench times both the same way.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use tauri::webview::PageLoadEvent;
use tauri::{WebviewUrl, WebviewWindowBuilder};

fn main() {
    let app = tauri::Builder::default()
        .on_page_load(|_, payload| {
            if payload.event() == PageLoadEvent::Finished {
                if let Some(path) = std::env::var_os("POSTULO_READY_FILE") {
                    // The same two lines as Postulo's report (the UI figures do not apply),
                    // written beside and renamed, so that the bench never reads half of it.
                    let path = std::path::PathBuf::from(path);
                    let part = path.with_extension("part");
                    let written = std::fs::write(&part, "0\n0 0 0 0\n")
                        .and_then(|()| std::fs::rename(&part, &path));
                    if let Err(e) = written {
                        eprintln!("postulo-reference: cannot write the ready file: {e}");
                    }
                }
            }
        })
        .setup(|app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Postulo reference")
                .inner_size(1200.0, 720.0)
                .build()?;
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => eprintln!("postulo-reference: cannot start: {e}"),
    }
}
