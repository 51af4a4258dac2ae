//! Commands of the list's « Exporter »: the applications as CSV or .xlsx, and the « Journal
//! de recherche d'emploi » PDF of a period, on a blocking thread like the dossier (the log
//! of 10,000 applications is over a thousand pages), with its progress and cancel.

use std::path::PathBuf;

use chrono::NaiveDate;
// Under the name the window knows it by (ts-rs renames it).
use postulo_core::dossier::Progress as DossierProgress;
use postulo_core::error::Invalid;
use postulo_core::export::{JournalSummary, ListFormat, ListSummary, Separator};
use postulo_core::model::{ApplicationQuery, Language};
use postulo_core::Error;
use tauri::ipc::Channel;
use tauri::AppHandle;

use super::dossier::run_job;
use super::CommandResult;

/// Writes the applications `query` selects (the list as filtered on screen) to `path`, as
/// CSV or .xlsx by its extension.
#[postulo_command::command]
pub async fn export_list(
    app: AppHandle,
    query: ApplicationQuery,
    path: PathBuf,
    separator: Separator,
    language: Language,
    job: u32,
) -> CommandResult<ListSummary> {
    let format = ListFormat::from_path(&path).ok_or(Error::Validation {
        field: "path",
        reason: Invalid::FileType,
    })?;
    run_job(&app, job, move |store, _| {
        store.export_list(&query, format, separator, language, &path)
    })
    .await
}

/// Writes the job search log of `from`..=`to` to `path`, sending each step to
/// `on_progress`; cancelled with `dossier_cancel(job)`.
#[postulo_command::command]
#[allow(clippy::too_many_arguments)] // Tauri passes each argument by name.
pub async fn export_journal(
    app: AppHandle,
    from: NaiveDate,
    to: NaiveDate,
    path: PathBuf,
    language: Language,
    job: u32,
    on_progress: Channel<DossierProgress>,
) -> CommandResult<JournalSummary> {
    run_job(&app, job, move |store, cancel| {
        let mut progress = |p: DossierProgress| {
            let _ = on_progress.send(p);
        };
        store.export_journal(from, to, language, &path, &mut progress, cancel)
    })
    .await
}
