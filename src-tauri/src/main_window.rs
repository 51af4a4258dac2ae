//! The main window: sized for the laptops our users have (1366×768, 1280×720).

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};

pub const LABEL: &str = "main";

pub fn create(app: &AppHandle) -> tauri::Result<()> {
    // The window-state plugin restores the last size and position when the window is
    // created; these are the first-run values.
    WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html".into()))
        .title("Postulo")
        .inner_size(1200.0, 720.0)
        .min_inner_size(800.0, 560.0)
        .center()
        .build()?;
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
