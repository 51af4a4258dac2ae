//! Commands on an application's checklist of documents.

use postulo_core::model::{Checklist, ChecklistItem, ChecklistItemInput, ChecklistItemUpdate};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[postulo_command::command(async)]
pub fn checklist_get(store: State<'_, Store>, application_id: i64) -> CommandResult<Checklist> {
    Ok(store.checklist(application_id, store.today())?)
}

#[postulo_command::command(async)]
pub fn checklist_add(
    store: State<'_, Store>,
    application_id: i64,
    input: ChecklistItemInput,
) -> CommandResult<ChecklistItem> {
    Ok(store.add_checklist_item(application_id, input)?)
}

#[postulo_command::command(async)]
pub fn checklist_update(
    store: State<'_, Store>,
    item_id: i64,
    update: ChecklistItemUpdate,
) -> CommandResult<ChecklistItem> {
    Ok(store.update_checklist_item(item_id, update)?)
}

#[postulo_command::command(async)]
pub fn checklist_remove(store: State<'_, Store>, item_id: i64) -> CommandResult<()> {
    Ok(store.remove_checklist_item(item_id)?)
}

#[postulo_command::command(async)]
pub fn checklist_move(
    store: State<'_, Store>,
    item_id: i64,
    position: i64,
) -> CommandResult<Vec<ChecklistItem>> {
    Ok(store.move_checklist_item(item_id, position)?)
}

#[postulo_command::command(async)]
pub fn checklist_attach(
    store: State<'_, Store>,
    item_id: i64,
    document_id: i64,
) -> CommandResult<ChecklistItem> {
    Ok(store.attach_document(item_id, document_id)?)
}

#[postulo_command::command(async)]
pub fn checklist_detach(store: State<'_, Store>, item_id: i64) -> CommandResult<ChecklistItem> {
    Ok(store.detach_document(item_id)?)
}
