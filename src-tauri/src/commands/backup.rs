//! Commands of the backups dialog: the daily automatic backups, a backup written where the
//! candidate chooses, and a restore (checked first, then everything replaced). The long
//! ones run on a blocking thread and report progress through a channel.

use std::path::PathBuf;
use std::time::Duration;

use postulo_core::backup::auto::BackupOverview;
use postulo_core::backup::{BackupInfo, BackupProgress};
use postulo_core::Store;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use super::CommandResult;
use crate::reminders::ReminderService;

#[postulo_command::command(async)]
pub fn backup_overview(store: State<'_, Store>) -> CommandResult<BackupOverview> {
    Ok(store.backup_overview()?)
}

#[postulo_command::command(async)]
pub fn backup_set_auto(store: State<'_, Store>, on: bool) -> CommandResult<BackupOverview> {
    store.set_auto_backup(on)?;
    Ok(store.backup_overview()?)
}

/// Sends the daily backups to `folder` from now on (`None`: back to the default one).
#[postulo_command::command(async)]
pub fn backup_set_folder(
    store: State<'_, Store>,
    folder: Option<PathBuf>,
) -> CommandResult<BackupOverview> {
    Ok(store.set_backup_folder(folder.as_deref())?)
}

/// What a backup file holds, read from its manifest: shown before the restore is confirmed.
#[postulo_command::command(async)]
pub fn backup_inspect(path: PathBuf) -> CommandResult<BackupInfo> {
    Ok(Store::inspect_backup(&path)?)
}

#[postulo_command::command]
pub async fn backup_create(
    app: AppHandle,
    path: PathBuf,
    on_progress: Channel<BackupProgress>,
) -> CommandResult<BackupInfo> {
    blocking(app, move |store| {
        store.create_backup(&path, &mut |p| {
            let _ = on_progress.send(p);
        })
    })
    .await
}

/// Replaces all data with the backup's. The reminders change with it: the reminder thread
/// is woken to look at the new schedule (a restore replaces the database file, which the
/// store's change reports do not see row by row).
#[postulo_command::command]
pub async fn backup_restore(
    app: AppHandle,
    path: PathBuf,
    on_progress: Channel<BackupProgress>,
) -> CommandResult<BackupInfo> {
    let handle = app.clone();
    let info = blocking(app, move |store| {
        store.restore_backup(&path, &mut |p| {
            let _ = on_progress.send(p);
        })
    })
    .await?;
    if let Some(service) = handle.try_state::<ReminderService>() {
        service.wake();
    }
    Ok(info)
}

async fn blocking<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&Store) -> postulo_core::Result<T> + Send + 'static,
) -> CommandResult<T> {
    let result = tauri::async_runtime::spawn_blocking(move || work(&app.state::<Store>())).await;
    match result {
        Ok(result) => Ok(result?),
        Err(e) => Err(super::internal(format!("the backup thread failed: {e}"))),
    }
}

/// The daily backup: looked at a minute after start (not to slow the start), then every
/// hour, so an app left open for days in the tray still makes one a day.
pub fn start_daily(app: &AppHandle) {
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("daily-backup".into())
        .spawn(move || {
            std::thread::sleep(Duration::from_secs(60));
            loop {
                if let Err(e) = app.state::<Store>().auto_backup_if_due() {
                    // Nowhere to show it from here; the backups dialog shows the dates.
                    eprintln!("postulo: daily backup failed: {e}");
                }
                std::thread::sleep(Duration::from_secs(60 * 60));
            }
        });
    if let Err(e) = spawned {
        eprintln!("postulo: cannot start the daily backup: {e}");
    }
}
