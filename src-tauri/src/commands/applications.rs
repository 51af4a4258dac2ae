//! Commands on applications.

use chrono::NaiveDate;
use postulo_core::model::{Application, ApplicationInput, ApplicationRef, Status};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[postulo_command::command(async)]
pub fn applications_list(store: State<'_, Store>) -> CommandResult<Vec<Application>> {
    Ok(store.list_applications()?)
}

#[postulo_command::command(async)]
pub fn applications_get(store: State<'_, Store>, id: i64) -> CommandResult<Application> {
    Ok(store.application(id)?)
}

#[postulo_command::command(async)]
pub fn applications_create(
    store: State<'_, Store>,
    input: ApplicationInput,
) -> CommandResult<Application> {
    Ok(store.create_application(input)?)
}

#[postulo_command::command(async)]
pub fn applications_update(
    store: State<'_, Store>,
    id: i64,
    input: ApplicationInput,
) -> CommandResult<Application> {
    Ok(store.update_application(id, input)?)
}

#[postulo_command::command(async)]
pub fn applications_set_status(
    store: State<'_, Store>,
    id: i64,
    status: Status,
    note: Option<String>,
    on: Option<NaiveDate>,
) -> CommandResult<Application> {
    let at = on.map(|day| store.moment_of_day(day));
    Ok(store.set_status_on(id, status, note.as_deref(), at)?)
}

/// The existing applications that are the same post, to warn before saving.
#[postulo_command::command(async)]
pub fn applications_find_duplicates(
    store: State<'_, Store>,
    title: String,
    organization: String,
    reference: Option<String>,
    except: Option<i64>,
) -> CommandResult<Vec<ApplicationRef>> {
    Ok(store.find_duplicates(&title, &organization, reference.as_deref(), except)?)
}

#[postulo_command::command(async)]
pub fn applications_delete(store: State<'_, Store>, id: i64) -> CommandResult<()> {
    store.delete_application(id)?;
    Ok(())
}
