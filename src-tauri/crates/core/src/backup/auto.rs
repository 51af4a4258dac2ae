//! Backups Postulo makes on its own, in the data folder's `backups/`: one a day (kept 7
//! days) and one just before each restore (the last 3 kept), so that neither a broken
//! disk sector nor a wrong restore costs the candidate their files.

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::{setting_keys, Store};

pub const BACKUPS_DIR: &str = "backups";
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
    pub fn backup_folder(&self) -> Result<PathBuf> {
        Ok(self
            .path()
            .and_then(Path::parent)
            .ok_or(Error::NoVault)?
            .join(BACKUPS_DIR))
    }

    pub fn auto_backup_enabled(&self) -> Result<bool> {
        Ok(self.setting(setting_keys::AUTO_BACKUP)?.as_deref() != Some("false"))
    }

    pub fn set_auto_backup(&self, on: bool) -> Result<()> {
        self.set_setting(setting_keys::AUTO_BACKUP, if on { "true" } else { "false" })
    }

    pub fn backup_overview(&self) -> Result<BackupOverview> {
        let folder = self.backup_folder()?;
        let mut backups: Vec<BackupFile> = listed(&folder, DAILY_PREFIX)?
            .into_iter()
            .chain(listed(&folder, BEFORE_RESTORE_PREFIX)?)
            .filter_map(|path| describe(&path))
            .collect();
        backups.sort_by(|a, b| b.modified_at.cmp(&a.modified_at));
        Ok(BackupOverview {
            auto_daily: self.auto_backup_enabled()?,
            folder: folder.display().to_string(),
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
