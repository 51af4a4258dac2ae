//! Where the candidate's data lives on this computer.
//!
//! By default the platform's data folder (`~/.local/share/postulo` on Linux,
//! `%APPDATA%\Postulo\data` on Windows). `POSTULO_DATA_DIR` overrides it, so that tests and a
//! portable install on a USB stick can keep everything in one chosen folder.

use std::path::PathBuf;

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
