//! The tray icon: open Postulo, see the next deadlines at a glance, quit. Shown only where
//! the desktop has a tray; its menu is rebuilt by the reminder service whenever the
//! schedule may have changed, and its words follow the interface language.

use postulo_core::clock::local_time_zone;
use postulo_core::countdown::deadline_countdown;
use postulo_core::model::Language;
use postulo_core::Store;
use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Emitter, Manager};

use crate::main_window;
use crate::reminders::OPEN_EVENT;

const ID: &str = "main";
const OPEN: &str = "open";
const QUIT: &str = "quit";
/// Menu ids of deadlines: `app-<id>`.
const APP_PREFIX: &str = "app-";
/// How many deadlines the menu lists.
const SHOWN: usize = 5;

struct Words {
    open: &'static str,
    next: &'static str,
    none: &'static str,
    quit: &'static str,
}

fn words(lang: Language) -> Words {
    match lang {
        Language::Fr => Words {
            open: "Ouvrir Postulo",
            next: "Prochaines dates limites",
            none: "Aucune date limite à venir",
            quit: "Quitter Postulo",
        },
        Language::En => Words {
            open: "Open Postulo",
            next: "Next deadlines",
            none: "No deadline ahead",
            quit: "Quit Postulo",
        },
    }
}

/// Creates the tray icon when the desktop can show one. Returns whether it did.
pub fn install(app: &AppHandle) -> bool {
    if !postulo_core::notify::tray_available() {
        return false;
    }
    let Some(icon) = app.default_window_icon().cloned() else {
        return false;
    };
    let menu = match build_menu(app) {
        Ok(menu) => menu,
        Err(e) => {
            eprintln!("postulo: no tray menu: {e}");
            return false;
        }
    };
    let built = TrayIconBuilder::with_id(ID)
        .icon(icon)
        .tooltip("Postulo")
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(on_menu)
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                main_window::bring_to_front(tray.app_handle());
            }
        })
        .build(app);
    match built {
        Ok(_) => true,
        Err(e) => {
            eprintln!("postulo: no tray icon: {e}");
            false
        }
    }
}

/// Rebuilds the menu (next deadlines, language) if there is a tray icon.
pub fn refresh(app: &AppHandle) {
    let Some(tray) = app.tray_by_id(ID) else {
        return;
    };
    match build_menu(app) {
        Ok(menu) => {
            if let Err(e) = tray.set_menu(Some(menu)) {
                eprintln!("postulo: cannot update the tray menu: {e}");
            }
        }
        Err(e) => eprintln!("postulo: cannot build the tray menu: {e}"),
    }
}

fn build_menu(app: &AppHandle) -> tauri::Result<Menu<tauri::Wry>> {
    let store = app.state::<Store>();
    let lang = store.settings().map(|s| s.language).unwrap_or_default();
    let w = words(lang);
    let menu = Menu::new(app)?;
    menu.append(&MenuItem::with_id(app, OPEN, w.open, true, None::<&str>)?)?;
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(
        app,
        "next",
        w.next,
        false,
        None::<&str>,
    )?)?;
    let now = store.now();
    let tz = local_time_zone();
    let upcoming = store
        .dashboard(now, store.today())
        .map(|d| d.next_deadlines)
        .unwrap_or_default();
    if upcoming.is_empty() {
        menu.append(&MenuItem::with_id(
            app,
            "none",
            w.none,
            false,
            None::<&str>,
        )?)?;
    }
    for item in upcoming.iter().take(SHOWN) {
        let when = item
            .deadline
            .as_ref()
            .and_then(|d| deadline_countdown(d, now, tz, lang).ok())
            .map(|c| c.text)
            .unwrap_or_default();
        let label = format!("{} — {when}", shorten(&item.title));
        let id = format!("{APP_PREFIX}{}", item.id);
        menu.append(&MenuItem::with_id(app, id, label, true, None::<&str>)?)?;
    }
    menu.append(&PredefinedMenuItem::separator(app)?)?;
    menu.append(&MenuItem::with_id(app, QUIT, w.quit, true, None::<&str>)?)?;
    Ok(menu)
}

fn on_menu(app: &AppHandle, event: MenuEvent) {
    let id = event.id.as_ref();
    if id == OPEN {
        main_window::bring_to_front(app);
    } else if id == QUIT {
        app.exit(0);
    } else if let Some(application) = id
        .strip_prefix(APP_PREFIX)
        .and_then(|n| n.parse::<i64>().ok())
    {
        main_window::bring_to_front(app);
        let _ = app.emit(OPEN_EVENT, application);
    }
}

/// Menus do not wrap: long titles are cut at a word, with an ellipsis.
fn shorten(title: &str) -> String {
    const MAX: usize = 48;
    if title.chars().count() <= MAX {
        return title.to_owned();
    }
    let cut: String = title.chars().take(MAX).collect();
    let at = cut.rfind(' ').filter(|&i| i > MAX / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn long_titles_are_cut_at_a_word() {
        assert_eq!(shorten("Agent de saisie"), "Agent de saisie");
        let long = "Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial";
        let short = shorten(long);
        assert!(short.ends_with('…'), "{short}");
        assert!(short.chars().count() <= 49, "{short}");
        assert!(long.starts_with(short.trim_end_matches('…')), "{short}");
    }
}
