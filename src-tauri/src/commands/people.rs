//! Commands on the people around an application (contacts, interviews) and the candidate.

use postulo_core::model::{Contact, ContactInput, Interview, InterviewInput, Profile};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[postulo_command::command(async)]
pub fn contacts_list(store: State<'_, Store>, application_id: i64) -> CommandResult<Vec<Contact>> {
    Ok(store.contacts(application_id)?)
}

#[postulo_command::command(async)]
pub fn contacts_add(
    store: State<'_, Store>,
    application_id: i64,
    input: ContactInput,
) -> CommandResult<Contact> {
    Ok(store.add_contact(application_id, input)?)
}

#[postulo_command::command(async)]
pub fn contacts_update(
    store: State<'_, Store>,
    id: i64,
    input: ContactInput,
) -> CommandResult<Contact> {
    Ok(store.update_contact(id, input)?)
}

#[postulo_command::command(async)]
pub fn contacts_delete(store: State<'_, Store>, id: i64) -> CommandResult<()> {
    Ok(store.delete_contact(id)?)
}

#[postulo_command::command(async)]
pub fn interviews_list(
    store: State<'_, Store>,
    application_id: i64,
) -> CommandResult<Vec<Interview>> {
    Ok(store.interviews(application_id)?)
}

#[postulo_command::command(async)]
pub fn interviews_add(
    store: State<'_, Store>,
    application_id: i64,
    input: InterviewInput,
) -> CommandResult<Interview> {
    Ok(store.add_interview(application_id, input)?)
}

#[postulo_command::command(async)]
pub fn interviews_update(
    store: State<'_, Store>,
    id: i64,
    input: InterviewInput,
) -> CommandResult<Interview> {
    Ok(store.update_interview(id, input)?)
}

#[postulo_command::command(async)]
pub fn interviews_delete(store: State<'_, Store>, id: i64) -> CommandResult<()> {
    store.delete_interview(id)?;
    Ok(())
}

#[postulo_command::command(async)]
pub fn profile_get(store: State<'_, Store>) -> CommandResult<Profile> {
    Ok(store.profile()?)
}

#[postulo_command::command(async)]
pub fn profile_update(store: State<'_, Store>, profile: Profile) -> CommandResult<Profile> {
    Ok(store.update_profile(profile)?)
}
