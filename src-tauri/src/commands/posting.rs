//! Commands of the screen "Nouvelle candidature depuis une annonce".

use std::path::PathBuf;

use postulo_core::model::{Application, ApplicationInput, ChecklistItemInput};
use postulo_core::posting::{draft_from_file, draft_from_text, PostingDraft};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[tauri::command(async)]
pub fn posting_parse_text(text: String, default_timezone: String) -> PostingDraft {
    draft_from_text(&text, &default_timezone)
}

/// `path` comes from the native file dialog or a file dropped on the window.
#[tauri::command(async)]
pub fn posting_read_file(path: PathBuf, default_timezone: String) -> CommandResult<PostingDraft> {
    Ok(draft_from_file(&path, &default_timezone)?)
}

#[tauri::command(async)]
pub fn applications_create_from_posting(
    store: State<'_, Store>,
    input: ApplicationInput,
    checklist: Vec<ChecklistItemInput>,
    posting_text: String,
) -> CommandResult<Application> {
    Ok(store.create_application_from_posting(input, checklist, &posting_text)?)
}
