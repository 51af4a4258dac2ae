//! Commands of the screen "Nouvelle candidature depuis une annonce".

use std::path::PathBuf;

use base64::Engine as _;
use postulo_core::model::{Application, ApplicationInput, ChecklistItemInput};
use postulo_core::ocr::OcrProgress;
use postulo_core::posting::{draft_from_picture, draft_from_text, read_posting_file, PostingDraft};
use postulo_core::Store;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use super::dossier::run_job;
use super::CommandResult;

#[postulo_command::command(async)]
pub fn posting_parse_text(text: String, default_timezone: String) -> PostingDraft {
    draft_from_text(&text, &default_timezone)
}

/// `path` comes from the native file dialog or a file dropped on the window. A picture or a
/// scanned PDF is read by text recognition, page by page on `on_progress`; cancelled with
/// `dossier_cancel(job)`.
#[postulo_command::command]
pub async fn posting_read_file(
    app: AppHandle,
    path: PathBuf,
    default_timezone: String,
    job: u32,
    on_progress: Channel<OcrProgress>,
) -> CommandResult<PostingDraft> {
    run_job(&app, job, move |_, cancel| {
        let mut progress = |p: OcrProgress| {
            let _ = on_progress.send(p);
        };
        read_posting_file(&path, &default_timezone, &mut progress, cancel)
    })
    .await
}

/// A picture pasted from the clipboard (a screenshot, a photo copied from a messaging
/// app), in base64: read like a picture file.
#[postulo_command::command]
pub async fn posting_read_picture(
    app: AppHandle,
    picture: String,
    default_timezone: String,
    job: u32,
    on_progress: Channel<OcrProgress>,
) -> CommandResult<PostingDraft> {
    run_job(&app, job, move |_, cancel| {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(picture.as_bytes())
            .map_err(|_| postulo_core::Error::Validation {
                field: "file",
                reason: postulo_core::error::Invalid::FileCorrupt,
            })?;
        let mut progress = |p: OcrProgress| {
            let _ = on_progress.send(p);
        };
        draft_from_picture(bytes, &default_timezone, &mut progress, cancel)
    })
    .await
}

#[postulo_command::command(async)]
pub fn applications_create_from_posting(
    store: State<'_, Store>,
    input: ApplicationInput,
    checklist: Vec<ChecklistItemInput>,
    posting_text: String,
) -> CommandResult<Application> {
    Ok(store.create_application_from_posting(input, checklist, &posting_text)?)
}
