//! Where the candidate's data lives on this computer.
//!
//! By default the platform's data folder (`~/.local/share/postulo` on Linux,
//! `%APPDATA%\Postulo\data` on Windows). `POSTULO_DATA_DIR` overrides it, so that tests and a
//! portable install on a USB stick can keep everything in one chosen folder.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Environment variable that, when set and not empty, replaces the platform's data folder.
pub const DATA_DIR_ENV: &str = "POSTULO_DATA_DIR";

/// File name of the SQLite database inside the data folder.
pub const DATABASE_FILE: &str = "postulo.sqlite3";

/// The folder that holds the database (and, later, the vault), not created here.
pub fn resolve() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "Postulo")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Error::NoDataDir)
}

/// Where the automatic backups of the data in `data_dir` go when the candidate has not
/// chosen a folder. A backup beside the data it saves dies with it (a wiped profile, a
/// reinstall, a disk sector), so for the platform's own data folder it is the user's
/// Documents (`Documents/Postulo/Sauvegardes`), where the candidate sees it and copies it.
/// Data kept anywhere else (a folder chosen with `POSTULO_DATA_DIR`, a USB stick, a test)
/// keeps its backups beside it, in `backups/`: that choice was made on purpose, and a test
/// must never write into the real Documents.
pub fn default_backup_folder(data_dir: &Path) -> PathBuf {
    let beside = data_dir.join(BACKUPS_DIR);
    let platform =
        directories::ProjectDirs::from("", "", "Postulo").map(|dirs| dirs.data_dir().to_path_buf());
    if platform.as_deref() != Some(data_dir) {
        return beside;
    }
    documents_folder()
        .map(|documents| documents.join("Postulo").join(DOCUMENTS_BACKUPS_DIR))
        .unwrap_or(beside)
}

/// The user's Documents: as the desktop names it (XDG on Linux, the known folder on
/// Windows), else `~/Documents` when it exists (a Linux session without xdg-user-dirs).
pub fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    if let Some(documents) = dirs.document_dir() {
        return Some(documents.to_path_buf());
    }
    let plain = dirs.home_dir().join("Documents");
    plain.is_dir().then_some(plain)
}

/// The backups folder beside the data (see [`default_backup_folder`]).
pub const BACKUPS_DIR: &str = "backups";
/// The backups folder under `Documents/Postulo`: French first, as the app (one name whatever
/// the language, so that switching it never loses the backups).
const DOCUMENTS_BACKUPS_DIR: &str = "Sauvegardes";

/// Creates `dir` (and its parents) for the candidate's data: the database folder, the
/// vault, the backups hold diplomas and ID scans, so on Unix only the user may enter them.
pub(crate) fn create_private(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io(dir, e))?;
    }
    Ok(())
}
