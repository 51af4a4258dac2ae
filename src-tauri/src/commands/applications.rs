//! Commands on applications.

use postulo_core::model::{Application, ApplicationInput, Status};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;
use crate::reminders::ReminderService;

#[tauri::command(async)]
pub fn applications_list(store: State<'_, Store>) -> CommandResult<Vec<Application>> {
    Ok(store.list_applications()?)
}

#[tauri::command(async)]
pub fn applications_get(store: State<'_, Store>, id: i64) -> CommandResult<Application> {
    Ok(store.application(id)?)
}

#[tauri::command(async)]
pub fn applications_create(
    store: State<'_, Store>,
    reminders: State<'_, ReminderService>,
    input: ApplicationInput,
) -> CommandResult<Application> {
    let done = store.create_application(input)?;
    // The schedule may have changed: the reminder service looks again.
    reminders.wake();
    Ok(done)
}

#[tauri::command(async)]
pub fn applications_update(
    store: State<'_, Store>,
    reminders: State<'_, ReminderService>,
    id: i64,
    input: ApplicationInput,
) -> CommandResult<Application> {
    let done = store.update_application(id, input)?;
    // The schedule may have changed: the reminder service looks again.
    reminders.wake();
    Ok(done)
}

#[tauri::command(async)]
pub fn applications_set_status(
    store: State<'_, Store>,
    reminders: State<'_, ReminderService>,
    id: i64,
    status: Status,
    note: Option<String>,
) -> CommandResult<Application> {
    let done = store.set_status(id, status, note.as_deref())?;
    // The schedule may have changed: the reminder service looks again.
    reminders.wake();
    Ok(done)
}

#[tauri::command(async)]
pub fn applications_delete(
    store: State<'_, Store>,
    reminders: State<'_, ReminderService>,
    id: i64,
) -> CommandResult<()> {
    store.delete_application(id)?;
    // The schedule may have changed: the reminder service looks again.
    reminders.wake();
    Ok(())
}
