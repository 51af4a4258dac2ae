//! Commands on the document vault.

use std::path::PathBuf;

use base64::Engine;
use chrono::NaiveDate;
use postulo_core::model::{
    AddedDocument, Document, DocumentKind, DocumentListItem, DocumentUpdate,
};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[tauri::command(async)]
pub fn documents_list(store: State<'_, Store>) -> CommandResult<Vec<DocumentListItem>> {
    Ok(store.documents(store.today())?)
}

/// `path` comes from the native file dialog or a file dropped on the window.
#[tauri::command(async)]
pub fn documents_add(
    store: State<'_, Store>,
    path: PathBuf,
    kind: DocumentKind,
    title: String,
    issued_on: Option<NaiveDate>,
) -> CommandResult<AddedDocument> {
    Ok(store.add_document(&path, kind, &title, issued_on)?)
}

#[tauri::command(async)]
pub fn documents_update(
    store: State<'_, Store>,
    id: i64,
    update: DocumentUpdate,
) -> CommandResult<Document> {
    Ok(store.update_document(id, update)?)
}

/// Without `force`, a document used by an application is refused with `in_use` and the
/// list of those applications, so the UI can ask first.
#[tauri::command(async)]
pub fn documents_delete(store: State<'_, Store>, id: i64, force: bool) -> CommandResult<()> {
    Ok(store.delete_document(id, force)?)
}

/// The first-page thumbnail as a `data:` URL (the CSP allows no file URLs), or null.
#[tauri::command(async)]
pub fn documents_thumbnail(store: State<'_, Store>, id: i64) -> CommandResult<Option<String>> {
    let Some(path) = store.document_thumbnail(id)? else {
        return Ok(None);
    };
    // A thumbnail is a cache: if it vanished, the UI shows the generic icon.
    Ok(std::fs::read(path).ok().map(|png| {
        format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(png)
        )
    }))
}
