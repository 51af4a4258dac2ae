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
