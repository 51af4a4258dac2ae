//! Commands on reminders, their settings, the desktop behaviour (tray, start at login) and
//! the calendar export. Each change wakes the reminder service so it follows the new
//! schedule at once.

use std::path::PathBuf;

use postulo_core::model::{DesktopSettings, ReminderSettings};
use postulo_core::reminders::{CustomReminderInput, DeadlineOffsets, Reminder};
use postulo_core::Store;
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use super::CommandResult;

#[postulo_command::command(async)]
pub fn reminder_settings_get(store: State<'_, Store>) -> CommandResult<ReminderSettings> {
    Ok(store.reminder_settings()?)
}

#[postulo_command::command(async)]
pub fn reminder_settings_update(
    store: State<'_, Store>,
    settings: ReminderSettings,
) -> CommandResult<ReminderSettings> {
    let saved = store.update_reminder_settings(&settings)?;
    Ok(saved)
}

#[postulo_command::command(async)]
pub fn desktop_settings_get(store: State<'_, Store>) -> CommandResult<DesktopSettings> {
    Ok(store.desktop_settings()?)
}

/// Saves the settings and applies "start at login" to the system (an XDG autostart entry on
/// Linux, the Run key on Windows). If the system refuses, the saved value says what is
/// really in place.
#[postulo_command::command(async)]
pub fn desktop_settings_update(
    app: AppHandle,
    store: State<'_, Store>,
    settings: DesktopSettings,
) -> CommandResult<DesktopSettings> {
    let launcher = app.autolaunch();
    let applied = if settings.start_at_login {
        launcher.enable()
    } else {
        launcher.disable()
    };
    let mut settings = settings;
    if let Err(e) = applied {
        eprintln!("postulo: cannot change start at login: {e}");
        settings.start_at_login = launcher.is_enabled().unwrap_or(false);
    }
    Ok(store.update_desktop_settings(&settings)?)
}

#[postulo_command::command(async)]
pub fn reminders_list(
    store: State<'_, Store>,
    application_id: i64,
) -> CommandResult<Vec<Reminder>> {
    Ok(store.reminders(application_id)?)
}

#[postulo_command::command(async)]
pub fn reminders_add(
    store: State<'_, Store>,
    application_id: i64,
    input: CustomReminderInput,
) -> CommandResult<Reminder> {
    let added = store.add_custom_reminder(application_id, input)?;
    Ok(added)
}

#[postulo_command::command(async)]
pub fn reminders_delete(store: State<'_, Store>, id: i64) -> CommandResult<()> {
    store.delete_custom_reminder(id)?;
    Ok(())
}

#[postulo_command::command(async)]
pub fn reminder_offsets_get(
    store: State<'_, Store>,
    application_id: i64,
) -> CommandResult<DeadlineOffsets> {
    Ok(store.deadline_offsets(application_id)?)
}

/// `minutes: null` goes back to the settings' offsets.
#[postulo_command::command(async)]
pub fn reminder_offsets_set(
    store: State<'_, Store>,
    application_id: i64,
    minutes: Option<Vec<u32>>,
) -> CommandResult<DeadlineOffsets> {
    let offsets = store.set_deadline_offsets(application_id, minutes)?;
    Ok(offsets)
}

/// Writes the .ics of one application, or of every open one, to `path` (chosen in the
/// native save dialog). Returns false, writing nothing, when there is no date to export.
#[postulo_command::command(async)]
pub fn calendar_export(
    store: State<'_, Store>,
    path: PathBuf,
    application_id: Option<i64>,
) -> CommandResult<bool> {
    let lang = store.settings()?.language;
    let now = store.now();
    let ics = match application_id {
        Some(id) => store.application_calendar_ics(id, lang, now)?,
        None => store.calendar_ics(lang, now)?,
    };
    let Some(ics) = ics else {
        return Ok(false);
    };
    // Beside the target, then renamed over it: an interrupted write never leaves half a
    // file where the user expects their calendar.
    postulo_core::atomic_write::write_bytes(&path, ics.as_bytes())?;
    Ok(true)
}
