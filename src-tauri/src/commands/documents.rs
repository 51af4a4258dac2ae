//! Commands on the document vault.

use std::path::PathBuf;

use base64::Engine;
use chrono::NaiveDate;
use postulo_core::model::{
    AddedDocument, ContentMatch, Document, DocumentKind, DocumentListItem, DocumentUpdate,
};
use postulo_core::ocr::OcrProgress;
use postulo_core::vault::DocumentReading;
use postulo_core::Store;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use super::dossier::run_job;
use super::CommandResult;

#[postulo_command::command(async)]
pub fn documents_list(store: State<'_, Store>) -> CommandResult<Vec<DocumentListItem>> {
    Ok(store.documents(store.today())?)
}

/// `path` comes from the native file dialog or a file dropped on the window.
#[postulo_command::command(async)]
pub fn documents_add(
    store: State<'_, Store>,
    path: PathBuf,
    kind: DocumentKind,
    title: String,
    issued_on: Option<NaiveDate>,
    password: Option<String>,
) -> CommandResult<AddedDocument> {
    Ok(match password {
        // A protected PDF, with the password the candidate typed: an unlocked copy is kept.
        Some(password) => {
            store.add_protected_document(&path, kind, &title, issued_on, &password)?
        }
        None => store.add_document(&path, kind, &title, issued_on)?,
    })
}

/// The documents whose text (read in the background) holds every word of `query`, with
/// the passage around the first word.
#[postulo_command::command(async)]
pub fn documents_search(
    store: State<'_, Store>,
    query: String,
) -> CommandResult<Vec<ContentMatch>> {
    Ok(store.search_documents(&query)?)
}

/// The text the vault read in document `id`, for the candidate to check: null if not read
/// yet, empty if it holds none.
#[postulo_command::command(async)]
pub fn documents_text(store: State<'_, Store>, id: i64) -> CommandResult<Option<String>> {
    Ok(store.document_text(id)?)
}

/// Applies (`apply`) or ignores what a document's text suggests (its kind, its issue date).
#[postulo_command::command(async)]
pub fn documents_settle_suggestion(
    store: State<'_, Store>,
    id: i64,
    apply: bool,
) -> CommandResult<Document> {
    Ok(store.settle_document_suggestion(id, apply)?)
}

/// Reads a file about to be added (its text layer, or text recognition for a photo or a
/// scan) and suggests its kind and issue date; cancelled with `dossier_cancel(job)`.
#[postulo_command::command]
pub async fn documents_read(
    app: AppHandle,
    path: PathBuf,
    job: u32,
    on_progress: Channel<OcrProgress>,
) -> CommandResult<DocumentReading> {
    run_job(&app, job, move |store, cancel| {
        let mut progress = |p: OcrProgress| {
            let _ = on_progress.send(p);
        };
        store.read_new_document(&path, &mut progress, cancel)
    })
    .await
}

/// Adds a straightened copy of a photographed document (the sheet cut out, flattened and
/// evened out on an A4 page); the original stays.
#[postulo_command::command(async)]
pub fn documents_straighten(
    store: State<'_, Store>,
    id: i64,
    language: postulo_core::model::Language,
) -> CommandResult<AddedDocument> {
    Ok(store.add_straightened_copy(id, language)?)
}

/// « Renouveler »: the file at `path` as the new version of document `id`, given to the
/// applications being prepared listed in `applications`.
#[postulo_command::command(async)]
pub fn documents_renew(
    store: State<'_, Store>,
    id: i64,
    path: PathBuf,
    issued_on: Option<NaiveDate>,
    applications: Vec<i64>,
) -> CommandResult<AddedDocument> {
    Ok(store.renew_document(id, &path, issued_on, &applications)?)
}

#[postulo_command::command(async)]
pub fn documents_update(
    store: State<'_, Store>,
    id: i64,
    update: DocumentUpdate,
) -> CommandResult<Document> {
    Ok(store.update_document(id, update)?)
}

/// Without `force`, a document used by an application is refused with `in_use` and the
/// list of those applications, so the UI can ask first.
#[postulo_command::command(async)]
pub fn documents_delete(store: State<'_, Store>, id: i64, force: bool) -> CommandResult<()> {
    Ok(store.delete_document(id, force)?)
}

/// The first-page thumbnail as a `data:` URL (the CSP allows no file URLs), or null.
#[postulo_command::command(async)]
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
