//! Backups: one `.zip` holding a consistent copy of the database, the vault's files and a
//! manifest of their hashes; and the restore, which checks the whole archive before it
//! replaces anything and keeps the current data until the new data is in place.
//!
//! Archive layout:
//!
//! ```text
//! manifest.json            format, versions, counts, size and SHA-256 of every part
//! postulo.sqlite3          the database, copied with SQLite's online backup API
//! vault/ab/ab12…ef.pdf     each document's file, under its content hash
//! ```
//!
//! Thumbnails are not saved: the restore makes them again from the files.

mod archive;
pub mod auto;
mod manifest;

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;

use crate::error::{DocumentRef, Error, Result};
use crate::store::Store;
use crate::vault::Staged;
use manifest::{damaged, not_a_backup, Manifest, VAULT_PREFIX};

/// What a backup holds, read from its manifest (shown before a restore).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BackupInfo {
    /// When the backup was made, RFC 3339 UTC.
    pub created_at: String,
    /// The Postulo version that made it.
    pub app_version: String,
    pub applications: i64,
    pub documents: i64,
    /// Files from the vault in the archive.
    pub files: i64,
    /// Size of the archive file.
    #[cfg_attr(test, ts(type = "number"))]
    pub archive_bytes: u64,
}

/// How far a backup or a restore has got, in bytes of data (database and files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct BackupProgress {
    #[cfg_attr(test, ts(type = "number"))]
    pub done: u64,
    #[cfg_attr(test, ts(type = "number"))]
    pub total: u64,
}

impl Store {
    /// The data folder: the database's folder.
    fn data_folder(&self) -> Result<PathBuf> {
        self.path()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .ok_or(Error::NoVault)
    }

    /// Writes a backup of everything to `dest`. The archive is written beside it under a
    /// temporary name and renamed at the end: an interrupted backup leaves no half file
    /// with the real name, and an existing file of that name stays until then.
    pub fn create_backup(
        &self,
        dest: &Path,
        progress: &mut dyn FnMut(BackupProgress),
    ) -> Result<BackupInfo> {
        let data = self.data_folder()?;
        let snapshot = tempfile::Builder::new()
            .prefix(".backup-")
            .suffix(".sqlite3")
            .tempfile_in(&data)
            .map_err(|e| Error::io(&data, e))?;
        // The online backup API writes the file itself; the temporary name only reserves it.
        std::fs::remove_file(snapshot.path()).map_err(|e| Error::io(snapshot.path(), e))?;
        self.snapshot_database(snapshot.path())?;
        let contents = SnapshotContents::read(snapshot.path())?;
        let vault = self.vault()?;
        let mut files = Vec::with_capacity(contents.files.len());
        for file in &contents.files {
            files.push(archive::VaultFile {
                name: format!("{VAULT_PREFIX}{}", file.stored_file),
                path: vault.file_path(&file.stored_file)?,
                sha256: file.sha256.clone(),
                document: DocumentRef {
                    id: Some(file.document_id),
                    title: file.title.clone(),
                },
            });
        }
        let manifest = archive::write(
            dest,
            snapshot.path(),
            &files,
            |database, parts| Manifest {
                format: manifest::FORMAT.to_owned(),
                format_version: manifest::FORMAT_VERSION,
                app_version: env!("CARGO_PKG_VERSION").to_owned(),
                schema_version: contents.schema_version,
                created_at: self
                    .now()
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                applications: contents.applications,
                documents: contents.documents,
                database,
                files: parts,
            },
            progress,
        )?;
        info(&manifest, dest)
    }

    /// Restores the backup at `archive`, replacing all current data. In order:
    /// 1. the whole archive is checked (manifest, every hash, the database's integrity,
    ///    every document's file present) and staged: nothing current is touched yet;
    /// 2. a copy of the current data goes to the backups folder (`before_restore`), so a
    ///    wrong restore can be undone;
    /// 3. in one write transaction, the files go into the vault and the database's rows
    ///    are replaced: a crash before the commit keeps the old data whole;
    /// 4. files no document uses any more leave the vault.
    pub fn restore_backup(
        &self,
        archive: &Path,
        progress: &mut dyn FnMut(BackupProgress),
    ) -> Result<BackupInfo> {
        let data = self.data_folder()?;
        let vault = self.vault()?;
        let mut reader = archive::Reader::open(archive)?;
        let manifest = reader.manifest().clone();
        let total = manifest.total_bytes();
        let mut done = 0u64;

        let database = tempfile::Builder::new()
            .prefix(".restore-")
            .suffix(".sqlite3")
            .tempfile_in(&data)
            .map_err(|e| Error::io(&data, e))?;
        reader.extract(&manifest.database, database.path())?;
        done += manifest.database.size;
        progress(BackupProgress { done, total });
        let contents = SnapshotContents::read(database.path()).map_err(|_| damaged())?;
        if contents.integrity != "ok" {
            return Err(damaged());
        }

        let mut staged: Vec<Staged> = Vec::with_capacity(manifest.files.len());
        for part in &manifest.files {
            let stored = part.stored_file(&vault)?;
            let copy = reader.stage(part, &vault)?;
            if copy.stored_file() != stored {
                return Err(damaged());
            }
            staged.push(copy);
            done += part.size;
            progress(BackupProgress { done, total });
        }
        let in_archive: std::collections::HashSet<&str> = manifest
            .files
            .iter()
            .filter_map(|p| p.path.strip_prefix(VAULT_PREFIX))
            .collect();
        if contents
            .files
            .iter()
            .any(|f| !in_archive.contains(f.stored_file.as_str()))
        {
            return Err(damaged());
        }

        auto::save_before_restore(self)?;

        self.replace_all_data(database.path(), || {
            for copy in staged {
                vault.commit(copy)?;
            }
            Ok(())
        })?;
        // The data is restored; leftovers only take space, so a failure here is not one
        // of the restore.
        let _ = self.sweep_vault_orphans();
        info(&manifest, archive)
    }

    /// Reads a backup's manifest and checks that it is one Postulo can restore, without
    /// reading the rest (that happens in [`Store::restore_backup`]).
    pub fn inspect_backup(archive: &Path) -> Result<BackupInfo> {
        let reader = archive::Reader::open(archive)?;
        info(reader.manifest(), archive)
    }
}

fn info(manifest: &Manifest, archive: &Path) -> Result<BackupInfo> {
    let archive_bytes = std::fs::metadata(archive)
        .map_err(|e| Error::io(archive, e))?
        .len();
    Ok(BackupInfo {
        created_at: manifest.created_at.clone(),
        app_version: manifest.app_version.clone(),
        applications: manifest.applications,
        documents: manifest.documents,
        files: i64::try_from(manifest.files.len()).unwrap_or(i64::MAX),
        archive_bytes,
    })
}

/// What a copy of the database holds, read from the copy itself (not the live database,
/// which may have changed since).
struct SnapshotContents {
    schema_version: i64,
    applications: i64,
    documents: i64,
    /// Every stored file, once, with the first document that uses it.
    files: Vec<SnapshotFile>,
    integrity: String,
}

struct SnapshotFile {
    stored_file: String,
    sha256: String,
    document_id: i64,
    title: String,
}

impl SnapshotContents {
    fn read(path: &Path) -> Result<Self> {
        // Opened read-only: checking a backup must not change it.
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| Error::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let schema_version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let count = |table: &str| -> Result<i64> {
            let exists: i64 = conn.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )?;
            if exists == 0 {
                return Ok(0);
            }
            Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        let applications = count("applications")?;
        let documents = count("documents")?;
        let files = if documents > 0 {
            // SQLite takes the bare columns from the row that gave min(id).
            let mut stmt = conn.prepare(
                "SELECT stored_file, sha256, min(id), title FROM documents
                 GROUP BY stored_file ORDER BY stored_file",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(SnapshotFile {
                    stored_file: r.get(0)?,
                    sha256: r.get(1)?,
                    document_id: r.get(2)?,
                    title: r.get(3)?,
                })
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        } else {
            Vec::new()
        };
        Ok(Self {
            schema_version,
            applications,
            documents,
            files,
            integrity,
        })
    }
}

/// Reads a whole small file, refusing more than `limit` bytes.
fn read_limited(mut reader: impl Read, limit: u64) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| damaged())?;
    if bytes.len() as u64 > limit {
        return Err(not_a_backup());
    }
    Ok(bytes)
}
