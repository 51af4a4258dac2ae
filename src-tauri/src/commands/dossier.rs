//! Commands of the export dialog: the dossier PDF (preflight, size estimate, export with
//! progress and cancel) and the e-mail that carries it (.eml draft, mailto: link).
//!
//! The long ones (estimate, export, .eml) run on a blocking thread, never on the UI's. Each
//! carries a `job` number chosen by the UI; `dossier_cancel(job)` raises the flag the core
//! checks between steps, and the core leaves nothing half-written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use postulo_core::dossier::{
    self, DossierSummary, Envelope, PieceLimits, PiecesSummary, Preflight,
    Progress as DossierProgress, SizeMode,
};
use postulo_core::mail::{EmailPreview, MailAttachments};
use postulo_core::model::{KeptSendingRules, Language, SendingRules};
use postulo_core::{ApiError, Error, ErrorCode, Store};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use super::CommandResult;

/// Cancel flags of the estimates and exports under way, by the UI's job number.
#[derive(Debug, Default)]
pub struct DossierJobs(Mutex<HashMap<u32, Arc<AtomicBool>>>);

impl DossierJobs {
    /// The flag of `job`, created if needed (a cancel may arrive before the job starts).
    fn flag(&self, job: u32) -> Arc<AtomicBool> {
        let mut jobs = self.0.lock().unwrap_or_else(|e| e.into_inner());
        jobs.entry(job).or_default().clone()
    }

    fn cancel(&self, job: u32) {
        self.flag(job).store(true, Ordering::Relaxed);
    }

    fn finish(&self, job: u32) {
        let mut jobs = self.0.lock().unwrap_or_else(|e| e.into_inner());
        jobs.remove(&job);
    }
}

/// Runs `work` on a blocking thread with `job`'s cancel flag, and forgets the job after.
pub(super) async fn run_job<T: Send + 'static>(
    app: &AppHandle,
    job: u32,
    work: impl FnOnce(&Store, &AtomicBool) -> postulo_core::Result<T> + Send + 'static,
) -> CommandResult<T> {
    let app = app.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let jobs = app.state::<DossierJobs>();
        let flag = jobs.flag(job);
        let result = work(&app.state::<Store>(), &flag);
        jobs.finish(job);
        result
    })
    .await;
    match result {
        Ok(result) => Ok(result?),
        Err(e) => Err(internal(format!("the export thread failed: {e}"))),
    }
}

use super::internal;

/// What is missing, expired, or stops the export, for this application.
#[postulo_command::command(async)]
pub fn dossier_preflight(store: State<'_, Store>, application_id: i64) -> CommandResult<Preflight> {
    Ok(store.dossier_preflight(application_id, store.today())?)
}

/// The file name for the native save dialog, by the candidate's rule (by default
/// `NOM_Prenom_Poste_Ref.pdf`), or by `rule` when the dialog previews one being typed.
#[postulo_command::command(async)]
pub fn dossier_file_name(
    store: State<'_, Store>,
    application_id: i64,
    language: Language,
    rule: Option<String>,
) -> CommandResult<String> {
    Ok(store.dossier_file_name(application_id, rule.as_deref(), language)?)
}

/// The rule naming dossiers, e.g. `{NOM}_{Prenom}_{Poste}_{Ref}`.
#[postulo_command::command(async)]
pub fn dossier_name_rule_get(store: State<'_, Store>) -> CommandResult<String> {
    Ok(store.dossier_name_rule()?)
}

/// Saves the rule naming dossiers (empty: the default) and returns the rule saved.
#[postulo_command::command(async)]
pub fn dossier_name_rule_set(store: State<'_, Store>, rule: String) -> CommandResult<String> {
    Ok(store.set_dossier_name_rule(&rule)?)
}

/// The size the dossier will have in `mode`, and in e-mail mode the documents too large to
/// fit: the same work as the export, written nowhere.
#[postulo_command::command]
pub async fn dossier_estimate(
    app: AppHandle,
    application_id: i64,
    mode: SizeMode,
    language: Language,
    job: u32,
) -> CommandResult<DossierSummary> {
    run_job(&app, job, move |store, cancel| {
        let input = store.dossier_input(application_id, language, store.today())?;
        dossier::estimate(&input, mode, &mut |_| {}, cancel)
    })
    .await
}

/// Writes the dossier to `path` (chosen in the native save dialog), sending each step to
/// `on_progress`. Cancelled with `dossier_cancel(job)`: the error code is then `cancelled`.
#[postulo_command::command]
pub async fn dossier_export(
    app: AppHandle,
    application_id: i64,
    path: PathBuf,
    mode: SizeMode,
    language: Language,
    job: u32,
    on_progress: Channel<DossierProgress>,
) -> CommandResult<DossierSummary> {
    run_job(&app, job, move |store, cancel| {
        let input = store.dossier_input(application_id, language, store.today())?;
        let mut progress = |p: DossierProgress| {
            // The dialog may be gone: the export still finishes (or is cancelled).
            let _ = on_progress.send(p);
        };
        dossier::export(&input, &path, mode, &mut progress, cancel)
    })
    .await
}

/// Writes the paper file (cover sheet, checklist of the pieces, envelope label) to `path`,
/// chosen in the native save dialog.
#[postulo_command::command]
pub async fn dossier_export_paper(
    app: AppHandle,
    application_id: i64,
    path: PathBuf,
    envelope: Envelope,
    language: Language,
    job: u32,
) -> CommandResult<()> {
    run_job(&app, job, move |store, _cancel| {
        store.write_paper_file(application_id, language, envelope, &path, store.today())
    })
    .await
}

/// Each piece's file name and size once shrunk to `limits`, and whether each fits, without
/// writing (« chaque pièce en PDF séparé, 2 Mo maximum »).
#[postulo_command::command]
pub async fn dossier_estimate_pieces(
    app: AppHandle,
    application_id: i64,
    limits: PieceLimits,
    language: Language,
    job: u32,
) -> CommandResult<PiecesSummary> {
    run_job(&app, job, move |store, cancel| {
        let input = store.dossier_input(application_id, language, store.today())?;
        dossier::estimate_pieces(&input, limits, &mut |_| {}, cancel)
    })
    .await
}

/// Writes one PDF per piece into a new folder, named like the dossier, inside `folder`
/// (chosen in the native folder dialog), each piece sent to `on_progress` as it is ready;
/// nothing is written when one cannot fit.
#[postulo_command::command]
pub async fn dossier_export_pieces(
    app: AppHandle,
    application_id: i64,
    folder: PathBuf,
    limits: PieceLimits,
    language: Language,
    job: u32,
    on_progress: Channel<DossierProgress>,
) -> CommandResult<PiecesSummary> {
    run_job(&app, job, move |store, cancel| {
        let input = store.dossier_input(application_id, language, store.today())?;
        let name = store.dossier_file_name(application_id, None, language)?;
        let name = name.strip_suffix(".pdf").unwrap_or(&name);
        let mut progress = |p: DossierProgress| {
            let _ = on_progress.send(p);
        };
        dossier::export_pieces(&input, &folder, name, limits, &mut progress, cancel)
    })
    .await
}

/// How the application's files must be sent (read from the posting, or set by the
/// candidate): what the export dialog starts from.
#[postulo_command::command(async)]
pub fn sending_rules_get(
    store: State<'_, Store>,
    application_id: i64,
) -> CommandResult<KeptSendingRules> {
    Ok(store.sending_rules(application_id)?)
}

/// Keeps the sending rules the candidate chose for the application.
#[postulo_command::command(async)]
pub fn sending_rules_set(
    store: State<'_, Store>,
    application_id: i64,
    rules: SendingRules,
) -> CommandResult<KeptSendingRules> {
    Ok(store.set_sending_rules(application_id, rules)?)
}

/// Stops the estimate or export `job` at its next step.
#[postulo_command::command]
pub fn dossier_cancel(jobs: State<'_, DossierJobs>, job: u32) {
    jobs.cancel(job);
}

/// Recipient, exact subject, body and attachments of the e-mail; a warning when the
/// attachments exceed `limit_bytes`.
#[postulo_command::command(async)]
pub fn email_preview(
    store: State<'_, Store>,
    application_id: i64,
    language: Language,
    attach: MailAttachments,
    limit_bytes: u64,
) -> CommandResult<EmailPreview> {
    let email = store.compose_email(application_id, language, &attach, store.today())?;
    Ok(email.preview(limit_bytes)?)
}

/// Writes the `.eml` draft (X-Unsent: 1) to `path`, chosen in the native save dialog.
#[postulo_command::command]
pub async fn email_write_eml(
    app: AppHandle,
    application_id: i64,
    language: Language,
    attach: MailAttachments,
    path: PathBuf,
) -> CommandResult<()> {
    let app = app.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let store = app.state::<Store>();
        let email = store.compose_email(application_id, language, &attach, store.today())?;
        email.write_eml(store.now_local(), &path)
    })
    .await;
    match result {
        Ok(result) => Ok(result?),
        Err(e) => Err(internal(format!("the e-mail thread failed: {e}"))),
    }
}

/// Copies the documents, under the names the recipient will see, into a folder named after
/// the dossier inside `folder`, for attaching them by hand in a webmail; returns the files.
#[postulo_command::command]
pub async fn email_copy_documents(
    app: AppHandle,
    application_id: i64,
    language: Language,
    folder: PathBuf,
) -> CommandResult<Vec<PathBuf>> {
    let result = tauri::async_runtime::spawn_blocking(move || {
        let store = app.state::<Store>();
        let email = store.compose_email(
            application_id,
            language,
            &MailAttachments::Documents,
            store.today(),
        )?;
        let name = store.dossier_file_name(application_id, None, language)?;
        let stem = name.strip_suffix(".pdf").unwrap_or(&name);
        email.draft.copy_attachments(&folder.join(stem))
    })
    .await;
    match result {
        Ok(result) => Ok(result?),
        Err(e) => Err(internal(format!("the copy thread failed: {e}"))),
    }
}

/// Opens the `mailto:` link (recipient, subject, body) with the system's mail program.
#[postulo_command::command(async)]
pub fn email_open_mailto(
    store: State<'_, Store>,
    application_id: i64,
    language: Language,
) -> CommandResult<()> {
    let email = store.compose_email(
        application_id,
        language,
        &MailAttachments::Documents,
        store.today(),
    )?;
    system_open(&email.draft.mailto_url(), Target::Link).map_err(|e| opener_error("mail", e))
}

/// Opens the folder that holds `path` (a file the app just wrote) in the file manager.
#[postulo_command::command(async)]
pub fn dossier_open_folder(path: PathBuf) -> CommandResult<()> {
    let folder = folder_of(&path).ok_or_else(|| {
        ApiError::from(Error::Io {
            path: path.clone(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
        })
    })?;
    system_open(&folder.to_string_lossy(), Target::Folder).map_err(|e| opener_error("folder", e))
}

/// The folder holding `path`, when it exists; only folders are opened, never files, so a
/// bad path cannot launch a program.
fn folder_of(path: &Path) -> Option<PathBuf> {
    let folder = path.parent()?;
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    folder.is_dir().then(|| folder.to_path_buf())
}

fn opener_error(what: &str, e: std::io::Error) -> ApiError {
    ApiError {
        code: ErrorCode::Io,
        message: format!("cannot open the {what}: {e}"),
        field: Some(format!("open_{what}")),
        reason: None,
        in_use_by: None,
        document: None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A `mailto:` URL built here, never one from the UI.
    Link,
    /// An existing folder.
    Folder,
}

/// The system's opener for `target`. No opener plugin: the UI cannot open arbitrary URLs or
/// files, only the two things these commands build. On Linux `POSTULO_OPENER` replaces
/// `xdg-open` (the end-to-end tests record what would be opened; a desktop without
/// xdg-utils can name its own launcher).
fn opener(target: &str, kind: Target) -> std::process::Command {
    #[cfg(target_os = "windows")]
    {
        let mut c = match kind {
            Target::Link => {
                let mut c = std::process::Command::new("rundll32");
                c.arg("url.dll,FileProtocolHandler");
                c
            }
            Target::Folder => std::process::Command::new("explorer"),
        };
        c.arg(target);
        c
    }
    #[cfg(target_os = "macos")]
    {
        let _ = kind;
        let mut c = std::process::Command::new("open");
        c.arg(target);
        c
    }
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    {
        let _ = kind;
        let mut c = std::process::Command::new(
            std::env::var_os("POSTULO_OPENER").unwrap_or_else(|| "xdg-open".into()),
        );
        c.arg(target);
        c
    }
}

/// Starts the opener and waits a little for its verdict: `xdg-open` fails fast (exit 3 or
/// 4) when no program handles the link; a launcher still running after that has found one.
fn system_open(target: &str, kind: Target) -> std::io::Result<()> {
    let mut child = opener(target, kind)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let started = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            // explorer.exe answers 1 even when it opened the folder.
            if status.success() || cfg!(target_os = "windows") {
                return Ok(());
            }
            return Err(std::io::Error::other(format!("the opener said {status}")));
        }
        if started.elapsed() > std::time::Duration::from_secs(4) {
            // Still running: a mail program or file manager in the foreground. Reap it later.
            std::thread::spawn(move || child.wait());
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn a_cancel_that_comes_first_is_seen_by_the_job() {
        let jobs = DossierJobs::default();
        jobs.cancel(7);
        assert!(jobs.flag(7).load(Ordering::Relaxed));
        jobs.finish(7);
        assert!(!jobs.flag(7).load(Ordering::Relaxed));
        assert!(!jobs.flag(8).load(Ordering::Relaxed));
    }

    #[test]
    fn only_existing_folders_are_opened() {
        let dir = tempfile_dir("folders");
        let file = dir.join("NOM_Prenom.pdf");
        assert_eq!(folder_of(&file), Some(dir.clone()));
        assert_eq!(folder_of(&dir.join("gone").join("x.pdf")), None);
        assert_eq!(folder_of(Path::new("/")), None);
        let _ = std::fs::remove_dir_all(dir);
    }

    fn tempfile_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("postulo-shell-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
