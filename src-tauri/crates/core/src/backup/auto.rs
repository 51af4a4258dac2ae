//! Backups Postulo makes on its own, outside the data folder (the user's Documents by
//! default, or a folder the candidate chose; see `data_dir::default_backup_folder`): one a
//! day (kept 7 days) and one just before each restore (the last 3 kept), so that neither a
//! broken disk sector nor a wrong restore costs the candidate their files.

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate};
use serde::Serialize;

use crate::error::{Error, Invalid, Result};
use crate::store::{setting_keys, Store};

pub use crate::data_dir::BACKUPS_DIR;
/// Daily backups kept.
pub const KEEP_DAILY: usize = 7;
/// Backups of the data as it was before a restore kept.
pub const KEEP_BEFORE_RESTORE: usize = 3;
const DAILY_PREFIX: &str = "postulo-auto-";
const BEFORE_RESTORE_PREFIX: &str = "postulo-avant-restauration-";

/// The backups folder and what is in it, for the settings dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BackupOverview {
    /// A backup a day is made (setting, on by default).
    pub auto_daily: bool,
    pub folder: String,
    /// The candidate chose `folder`; otherwise it is the default one.
    pub folder_chosen: bool,
    /// Newest first.
    pub backups: Vec<BackupFile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BackupFile {
    pub path: String,
    pub file_name: String,
    /// `daily` or `before_restore`.
    pub kind: String,
    /// The file's time, RFC 3339 UTC.
    pub modified_at: String,
    #[cfg_attr(test, ts(type = "number"))]
    pub size: u64,
}

impl Store {
    /// Where the automatic backups go: the folder the candidate chose, or the default one.
    pub fn backup_folder(&self) -> Result<PathBuf> {
        if let Some(chosen) = self.setting(setting_keys::BACKUP_FOLDER)? {
            return Ok(PathBuf::from(chosen));
        }
        Ok(crate::data_dir::default_backup_folder(&self.data_folder()?))
    }

    /// Sends the automatic backups to `folder` from now on (`None`: back to the default).
    /// The folder must be absolute and writable: it is created if needed and tried with a
    /// small file, so that a read-only or vanished drive is refused now, not discovered on
    /// the day the backup is needed. Backups already made stay where they are and are
    /// still listed.
    pub fn set_backup_folder(&self, folder: Option<&Path>) -> Result<BackupOverview> {
        match folder {
            None => self.delete_setting(setting_keys::BACKUP_FOLDER)?,
            Some(folder) => {
                if !folder.is_absolute() {
                    return Err(Error::invalid("backup_folder", Invalid::FileMissing));
                }
                check_writable(folder)?;
                let text = folder
                    .to_str()
                    .ok_or_else(|| Error::invalid("backup_folder", Invalid::FileName))?;
                self.set_setting(setting_keys::BACKUP_FOLDER, text)?;
            }
        }
        self.backup_overview()
    }

    /// Every folder backups may be in: the current one, then those used before (the data
    /// folder's `backups/` of earlier versions, the default after a chosen one).
    fn backup_folders(&self) -> Result<Vec<PathBuf>> {
        let data = self.data_folder()?;
        let mut folders = vec![self.backup_folder()?];
        for earlier in [
            data.join(BACKUPS_DIR),
            crate::data_dir::default_backup_folder(&data),
        ] {
            if !folders.contains(&earlier) {
                folders.push(earlier);
            }
        }
        Ok(folders)
    }

    pub fn auto_backup_enabled(&self) -> Result<bool> {
        Ok(self.setting(setting_keys::AUTO_BACKUP)?.as_deref() != Some("false"))
    }

    pub fn set_auto_backup(&self, on: bool) -> Result<()> {
        self.set_setting(setting_keys::AUTO_BACKUP, if on { "true" } else { "false" })
    }

    pub fn backup_overview(&self) -> Result<BackupOverview> {
        let folder = self.backup_folder()?;
        let mut backups: Vec<BackupFile> = Vec::new();
        for place in self.backup_folders()? {
            // An earlier folder on a drive now gone is not an error: there is nothing to list.
            let here = |prefix| listed(&place, prefix).unwrap_or_default();
            backups.extend(
                here(DAILY_PREFIX)
                    .into_iter()
                    .chain(here(BEFORE_RESTORE_PREFIX))
                    .filter_map(|path| describe(&path)),
            );
        }
        backups.sort_by(|a, b| b.modified_at.cmp(&a.modified_at));
        Ok(BackupOverview {
            auto_daily: self.auto_backup_enabled()?,
            folder: folder.display().to_string(),
            folder_chosen: self.setting(setting_keys::BACKUP_FOLDER)?.is_some(),
            backups,
        })
    }

    /// Makes today's backup if the setting is on and there is none for today (on the
    /// candidate's calendar), then keeps the last [`KEEP_DAILY`]. Returns the new file.
    /// An empty store is not backed up: there is nothing to lose yet.
    pub fn auto_backup_if_due(&self) -> Result<Option<PathBuf>> {
        if !self.auto_backup_enabled()? || self.is_empty()? {
            return Ok(None);
        }
        let today = self.now().with_timezone(&Local).date_naive();
        let folder = self.backup_folder()?;
        let path = folder.join(daily_name(today));
        if path.exists() {
            return Ok(None);
        }
        crate::data_dir::create_private(&folder)?;
        self.create_backup(&path, &mut |_| {})?;
        prune(&folder, DAILY_PREFIX, KEEP_DAILY)?;
        Ok(Some(path))
    }

    fn is_empty(&self) -> Result<bool> {
        Ok(self.count_rows("applications")? == 0 && self.count_rows("documents")? == 0)
    }
}

/// The current data, saved before a restore replaces it.
pub(super) fn save_before_restore(store: &Store) -> Result<()> {
    if store.is_empty()? {
        return Ok(());
    }
    let folder = store.backup_folder()?;
    crate::data_dir::create_private(&folder)?;
    let stamp = store.now().with_timezone(&Local).format("%Y-%m-%d-%H%M%S");
    let path = folder.join(format!("{BEFORE_RESTORE_PREFIX}{stamp}.zip"));
    store.create_backup(&path, &mut |_| {})?;
    prune(&folder, BEFORE_RESTORE_PREFIX, KEEP_BEFORE_RESTORE)
}

/// Creates `folder` if needed (only the user may enter a folder Postulo makes: it will
/// hold diplomas and ID scans; an existing folder the candidate chose keeps its rights) and
/// writes and removes a small file in it.
fn check_writable(folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        crate::data_dir::create_private(folder)?;
    }
    let probe = folder.join(".postulo-essai");
    std::fs::write(&probe, b"postulo").map_err(|e| Error::io(&probe, e))?;
    std::fs::remove_file(&probe).map_err(|e| Error::io(&probe, e))
}

fn daily_name(day: NaiveDate) -> String {
    format!("{DAILY_PREFIX}{}.zip", day.format("%Y-%m-%d"))
}

/// Our backups with this prefix in `folder`, oldest first (the names sort by date).
fn listed(folder: &Path, prefix: &str) -> Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(folder, e)),
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".zip"))
        })
        .collect();
    paths.sort();
    Ok(paths)
}

/// Deletes the oldest backups with this prefix beyond `keep`. Only files Postulo named
/// itself are touched; anything else the candidate put in the folder stays.
fn prune(folder: &Path, prefix: &str, keep: usize) -> Result<()> {
    let paths = listed(folder, prefix)?;
    let extra = paths.len().saturating_sub(keep);
    for path in &paths[..extra] {
        std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

fn describe(path: &Path) -> Option<BackupFile> {
    let meta = std::fs::metadata(path).ok()?;
    let modified: chrono::DateTime<chrono::Utc> = meta.modified().ok()?.into();
    let file_name = path.file_name()?.to_str()?.to_owned();
    let kind = if file_name.starts_with(DAILY_PREFIX) {
        "daily"
    } else {
        "before_restore"
    };
    Some(BackupFile {
        path: path.display().to_string(),
        file_name,
        kind: kind.to_owned(),
        modified_at: modified.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        size: meta.len(),
    })
}
