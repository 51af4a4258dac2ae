//! The main window: sized for the laptops our users have (1366×768, 1280×720), and back
//! where the user left it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

pub const LABEL: &str = "main";

/// Wait this long after the last move or resize before writing the window's place.
const SAVE_DELAY: Duration = Duration::from_millis(500);

pub fn create(app: &AppHandle) -> tauri::Result<()> {
    // The window-state plugin restores the last size and position when the window is
    // created; these are the first-run values.
    let window = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html".into()))
        .title("Postulo")
        .inner_size(1200.0, 720.0)
        .min_inner_size(800.0, 560.0)
        .center()
        .build()?;

    // The plugin saves on a normal exit; we also save shortly after each move or resize,
    // so a power cut or a killed process does not lose where the window was.
    let generation = Arc::new(AtomicU64::new(0));
    let handle = app.clone();
    window.on_window_event(move |event| {
        if matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            let mine = generation.fetch_add(1, Ordering::SeqCst) + 1;
            let generation = Arc::clone(&generation);
            let handle = handle.clone();
            std::thread::spawn(move || {
                std::thread::sleep(SAVE_DELAY);
                if generation.load(Ordering::SeqCst) == mine {
                    if let Err(e) = handle.save_window_state(StateFlags::all()) {
                        eprintln!("postulo: cannot save the window's place: {e}");
                    }
                }
            });
        }
    });
    Ok(())
}

/// A second launch lands here: show the running window instead of opening another.
pub fn bring_to_front(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(LABEL) {
        // Each step can fail on an exotic window manager; the others still help.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}
