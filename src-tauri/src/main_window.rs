//! The main window: sized for the laptops our users have (1366×768, 1280×720), and back
//! where the user left it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use postulo_core::model::Language;
use postulo_core::Store;
use tauri::window::Color;
use tauri::{AppHandle, Manager, Theme, WebviewUrl, WebviewWindowBuilder, WindowEvent};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

pub const LABEL: &str = "main";

/// The app's background (`--bg` of ui/src/app.css, light and dark), painted by the window
/// and its web view before the page has loaded: no white flash at start, in dark mode too.
/// ui/src/tests/startColours.test.ts keeps these equal to the style sheet's.
const BACKGROUND_LIGHT: Color = Color(0xf5, 0xf7, 0xf7, 0xff);
const BACKGROUND_DARK: Color = Color(0x0f, 0x16, 0x17, 0xff);

/// Wait this long after the last move or resize before writing the window's place.
const SAVE_DELAY: Duration = Duration::from_millis(500);

/// `visible: false` when started at login: the app waits in the tray.
pub fn create(app: &AppHandle, visible: bool) -> tauri::Result<()> {
    // The window-state plugin restores the last size and position when the window is
    // created; these are the first-run values.
    let mut builder = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html".into()));
    if let Some(script) = crate::first_screen::script(&app.state::<Store>()) {
        builder = builder.initialization_script(&script);
    }
    let window = builder
        .title("Postulo")
        .inner_size(1200.0, 720.0)
        .min_inner_size(800.0, 560.0)
        .center()
        .visible(visible)
        .background_color(BACKGROUND_LIGHT)
        .build()?;
    crate::webkit_levers::apply(&window, crate::webkit_levers::chosen());
    // The desktop's theme is known once the window exists (GTK's settings).
    if window.theme().is_ok_and(|t| t == Theme::Dark) {
        window.set_background_color(Some(BACKGROUND_DARK))?;
    }

    // The plugin saves on a normal exit; we also save shortly after each move or resize,
    // so a power cut or a killed process does not lose where the window was.
    let generation = Arc::new(AtomicU64::new(0));
    let handle = app.clone();
    window.on_window_event(move |event| {
        if let WindowEvent::CloseRequested { api, .. } = event {
            if keeps_running_in_tray(&handle) {
                api.prevent_close();
                hide_to_tray(&handle);
            }
            return;
        }
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

/// Closing keeps Postulo running for its reminders when the setting says so (the default)
/// and a tray icon is there to bring it back.
fn keeps_running_in_tray(app: &AppHandle) -> bool {
    app.tray_by_id("main").is_some()
        && app
            .state::<Store>()
            .desktop_settings()
            .is_ok_and(|s| s.close_to_tray)
}

fn hide_to_tray(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(LABEL) {
        let _ = window.hide();
    }
    let store = app.state::<Store>();
    let Ok(mut settings) = store.desktop_settings() else {
        return;
    };
    if settings.close_to_tray_explained {
        return;
    }
    // The first time only: say where Postulo went and how to quit it.
    let lang = store.settings().map(|s| s.language).unwrap_or_default();
    let (title, text) = match lang {
        Language::Fr => (
            "Postulo reste ouvert",
            "Postulo continue dans la zone de notification pour vous rappeler vos dates \
             limites, même fenêtre fermée.\n\nPour le quitter, choisissez « Quitter Postulo » \
             dans le menu de son icône. Vous pouvez changer ce choix dans les réglages.",
        ),
        Language::En => (
            "Postulo keeps running",
            "Postulo stays in the notification area to remind you of your deadlines, even \
             with its window closed.\n\nTo quit it, choose \"Quit Postulo\" in its icon's \
             menu. You can change this in the settings.",
        ),
    };
    app.dialog()
        .message(text)
        .title(title)
        .kind(MessageDialogKind::Info)
        .show(|_| {});
    settings.close_to_tray_explained = true;
    if let Err(e) = store.update_desktop_settings(&settings) {
        eprintln!("postulo: cannot save that closing was explained: {e}");
    }
}
