//! Postulo's desktop shell: plugins, the store opened once at start, the main window and
//! the commands. All the logic is in `postulo-core`.

mod commands;
mod main_window;
mod reminders;
mod startup_error;
mod store_events;
mod tray;

use std::time::Instant;

use postulo_core::Store;
use tauri::Manager;

use commands::startup::LaunchTime;

/// The argument autostart passes: start in the tray, without the window.
const HIDDEN_ARG: &str = "--hidden";

pub fn run() {
    let launched = Instant::now();
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
        .manage(LaunchTime(launched))
        .manage(commands::dossier::DossierJobs::default())
        .manage(reminders::Banners::default())
        .setup(|app| {
            match Store::open_default() {
                Ok(store) => {
                    app.manage(store);
                    let in_tray = tray::install(app.handle());
                    let hidden = in_tray && std::env::args().any(|a| a == HIDDEN_ARG);
                    main_window::create(app.handle(), !hidden)?;
                    let service = reminders::start(app.handle());
                    app.manage(service);
                    store_events::forward(app.handle());
                    commands::backup::start_daily(app.handle());
                }
                // No window at all rather than a blank one: say why and where, then quit.
                Err(error) => startup_error::show_and_quit(app.handle(), &error),
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::applications::applications_list,
            commands::applications::applications_get,
            commands::applications::applications_create,
            commands::applications::applications_update,
            commands::applications::applications_set_status,
            commands::applications::applications_delete,
            commands::settings::settings_get,
            commands::settings::settings_update,
            commands::startup::ui_ready,
            commands::views::applications_search,
            commands::views::applications_organizations,
            commands::views::applications_timeline,
            commands::views::dashboard_get,
            commands::checklist::checklist_get,
            commands::checklist::checklist_add,
            commands::checklist::checklist_update,
            commands::checklist::checklist_remove,
            commands::checklist::checklist_move,
            commands::checklist::checklist_attach,
            commands::checklist::checklist_detach,
            commands::documents::documents_list,
            commands::documents::documents_add,
            commands::documents::documents_update,
            commands::documents::documents_delete,
            commands::documents::documents_thumbnail,
            commands::people::contacts_list,
            commands::people::contacts_add,
            commands::people::contacts_update,
            commands::people::contacts_delete,
            commands::people::interviews_list,
            commands::people::interviews_add,
            commands::people::interviews_update,
            commands::people::interviews_delete,
            commands::people::profile_get,
            commands::people::profile_update,
            commands::posting::posting_parse_text,
            commands::posting::posting_read_file,
            commands::posting::applications_create_from_posting,
            commands::settings::app_about,
            commands::dossier::dossier_preflight,
            commands::dossier::dossier_file_name,
            commands::dossier::dossier_name_rule_get,
            commands::dossier::dossier_name_rule_set,
            commands::dossier::dossier_estimate,
            commands::dossier::dossier_export,
            commands::dossier::dossier_cancel,
            commands::dossier::dossier_open_folder,
            commands::dossier::email_preview,
            commands::dossier::email_write_eml,
            commands::dossier::email_copy_documents,
            commands::dossier::email_open_mailto,
            commands::reminders::reminder_settings_get,
            commands::reminders::reminder_settings_update,
            commands::reminders::desktop_settings_get,
            commands::reminders::desktop_settings_update,
            commands::reminders::reminders_list,
            commands::reminders::reminders_add,
            commands::reminders::reminders_delete,
            commands::reminders::reminder_offsets_get,
            commands::reminders::reminder_offsets_set,
            commands::reminders::calendar_export,
            commands::backup::backup_overview,
            commands::backup::backup_set_auto,
            commands::backup::backup_inspect,
            commands::backup::backup_create,
            commands::backup::backup_restore,
            commands::views::countdowns_word,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("postulo: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::commands::COMMAND_NAMES;

    /// The UI's one door to the backend must name exactly the commands we register.
    #[test]
    fn ui_api_names_exactly_the_registered_commands() {
        let api = include_str!("../../ui/src/lib/api.ts");
        let start = api.find("COMMANDS").expect("api.ts exports COMMANDS");
        let list = &api[start..];
        let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
        let mut ui: Vec<&str> = list
            .split(',')
            .map(|s| s.trim().trim_matches(|c| c == '"' || c == '\''))
            .filter(|s| !s.is_empty())
            .collect();
        let mut rust = COMMAND_NAMES.to_vec();
        ui.sort_unstable();
        rust.sort_unstable();
        assert_eq!(ui, rust);

        let lib = include_str!("lib.rs");
        let handlers = &lib[lib.find("generate_handler![").unwrap()..];
        let handlers = &handlers[..handlers.find(']').unwrap()];
        for name in COMMAND_NAMES {
            assert!(
                handlers.contains(&format!("::{name},")),
                "{name} is not registered"
            );
        }
        let capability = include_str!("../capabilities/main.json");
        for name in COMMAND_NAMES {
            let permission = format!("\"allow-{}\"", name.replace('_', "-"));
            assert!(
                capability.contains(&permission),
                "{permission} missing from capability"
            );
        }
        assert_eq!(capability.matches("\"allow-").count(), COMMAND_NAMES.len());
    }
}
