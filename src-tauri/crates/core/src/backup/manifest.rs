//! `manifest.json`, the first thing read in a backup: what the archive holds and the hash
//! of every part, so a restore can check the whole archive before it replaces anything.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Invalid, Result};
use crate::vault::Vault;

pub(super) const FORMAT: &str = "postulo-backup";
/// Bumped when an older Postulo could no longer read the archive.
pub(super) const FORMAT_VERSION: u32 = 1;
pub(super) const MANIFEST_NAME: &str = "manifest.json";
pub(super) const DATABASE_NAME: &str = "postulo.sqlite3";
pub(super) const VAULT_PREFIX: &str = "vault/";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub app_version: String,
    pub schema_version: i64,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub applications: i64,
    pub documents: i64,
    pub database: Part,
    pub files: Vec<Part>,
}

/// One file of the archive, by its name in the archive.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Part {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

impl Part {
    /// The vault's name for a content file (`xx/<sha256>.<ext>`), checked: an archive
    /// never names where its files go outside the vault, nor a file whose name is not
    /// its hash.
    pub fn stored_file(&self, vault: &Vault) -> Result<&str> {
        let stored = self.path.strip_prefix(VAULT_PREFIX).ok_or_else(damaged)?;
        vault.file_path(stored).map_err(|_| damaged())?;
        if !stored[3..].starts_with(&self.sha256) {
            return Err(damaged());
        }
        Ok(stored)
    }
}

impl Manifest {
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let manifest: Manifest = serde_json::from_slice(bytes).map_err(|_| not_a_backup())?;
        if manifest.format != FORMAT {
            return Err(not_a_backup());
        }
        if manifest.format_version > FORMAT_VERSION
            || manifest.schema_version > crate::store::LATEST_VERSION
        {
            return Err(Error::invalid("backup", Invalid::BackupNewer));
        }
        if manifest.database.path != DATABASE_NAME {
            return Err(damaged());
        }
        Ok(manifest)
    }

    pub fn total_bytes(&self) -> u64 {
        self.files
            .iter()
            .map(|f| f.size)
            .fold(self.database.size, u64::saturating_add)
    }
}

pub(super) fn not_a_backup() -> Error {
    Error::invalid("backup", Invalid::NotABackup)
}

pub(super) fn damaged() -> Error {
    Error::invalid("backup", Invalid::BackupDamaged)
}
