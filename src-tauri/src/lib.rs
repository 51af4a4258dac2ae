//! Postulo's desktop shell: plugins, the store opened once at start, the main window and
//! the commands. All the logic is in `postulo-core`.

mod commands;
mod first_screen;
mod main_window;
mod reminders;
mod startup_error;
mod store_events;
mod tray;
mod vault_reader;
mod webkit_levers;

use postulo_core::Store;
use tauri::Manager;

use commands::startup::LaunchTime;

/// The argument autostart passes: start in the tray, without the window.
const HIDDEN_ARG: &str = "--hidden";

pub fn run() {
    let launched = LaunchTime::now();
    let result = tauri::Builder::default()
        // First, so that a second launch hands over to the running one before doing anything.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            main_window::bring_to_front(app);
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        // Started at login, Postulo waits in the tray: `--hidden`.
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![HIDDEN_ARG]),
        ))
        .manage(launched)
        .manage(commands::dossier::DossierJobs::default())
        .manage(reminders::Banners::default())
        .setup(|app| {
            match Store::open_default() {
                Ok(store) => {
                    app.manage(store);
                    let in_tray = tray::install(app.handle());
                    let hidden = in_tray && std::env::args().any(|a| a == HIDDEN_ARG);
                    main_window::create(app.handle(), !hidden)?;
                    app.state::<LaunchTime>().window_asked();
                    let service = reminders::start(app.handle());
                    app.manage(service);
                    app.manage(vault_reader::start(app.handle()));
                    store_events::forward(app.handle());
                    commands::backup::start_daily(app.handle());
                }
                // No window at all rather than a blank one: say why and where, then quit.
                Err(error) => startup_error::show_and_quit(app.handle(), &error),
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("postulo: {e}");
        std::process::exit(1);
    }
}
