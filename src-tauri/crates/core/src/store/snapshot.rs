//! The database as a whole: a consistent copy of it (SQLite's online backup API), its
//! contents replaced by another copy's in one transaction (restoring a backup), and the
//! vault kept in step with it (no file that no row refers to, none missing).

use std::collections::HashSet;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension};

use super::{configure, migrations, reminders, Store};
use crate::error::{Error, Result};

/// What [`Store::check_vault`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VaultReport {
    /// Stored files no document refers to (`xx/<sha256>.<ext>`).
    pub orphans: Vec<String>,
    /// Files documents refer to that are not in the vault.
    pub missing: Vec<String>,
}

impl Store {
    /// Writes a consistent copy of the database to `dest` (which must not exist), while
    /// other connections (the CLI, the reminder thread) may go on writing: the online
    /// backup API copies one snapshot, not a file being changed under it.
    pub fn snapshot_database(&self, dest: &Path) -> Result<()> {
        let conn = self.conn();
        let mut copy = Connection::open(dest).map_err(|source| Error::Open {
            path: dest.to_path_buf(),
            source,
        })?;
        {
            let backup = rusqlite::backup::Backup::new(&conn, &mut copy)?;
            // All pages in one step: one read transaction, so one point in time.
            backup.step(-1)?;
        }
        // The copy keeps WAL mode from the original's header; a backup file is read on its
        // own, so it goes back to a single self-contained file.
        let _mode: String = copy.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        Ok(())
    }

    /// Replaces every row of the database by those of the database file at `source`,
    /// which is first brought to this version's schema. One write transaction: other
    /// processes see the old data or the new, never a mix, and a crash keeps the old.
    /// `in_transaction` runs inside it, before the commit (the restore puts the vault
    /// files in place there, so no one can sweep them away as unused in between).
    pub fn replace_all_data(
        &self,
        source: &Path,
        in_transaction: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        upgrade_copy(source, self.now())?;
        let mut conn = self.conn();
        let name = source
            .to_str()
            .ok_or_else(|| Error::Corrupt(format!("path {}", source.display())))?;
        conn.execute("ATTACH DATABASE ?1 AS restored", [name])?;
        let result = (|| -> Result<()> {
            let tx = super::write_transaction(&mut conn)?;
            let tables = tables_parents_first(&tx)?;
            for table in tables.iter().rev() {
                tx.execute(&format!("DELETE FROM main.\"{table}\""), [])?;
            }
            for table in &tables {
                let columns = columns(&tx, table)?;
                tx.execute(
                    &format!(
                        "INSERT INTO main.\"{table}\" ({columns}) \
                         SELECT {columns} FROM restored.\"{table}\""
                    ),
                    [],
                )?;
            }
            // AUTOINCREMENT counters, where a table has one, so ids are never reused.
            if has_table(&tx, "main")? && has_table(&tx, "restored")? {
                tx.execute("DELETE FROM main.sqlite_sequence", [])?;
                tx.execute(
                    "INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence",
                    [],
                )?;
            }
            let broken: Option<String> = tx
                .query_row("PRAGMA main.foreign_key_check", [], |r| r.get(0))
                .optional()?;
            if let Some(table) = broken {
                return Err(Error::Corrupt(format!("broken references in {table}")));
            }
            in_transaction()?;
            tx.commit()?;
            Ok(())
        })();
        // Detached whatever happened, so the copy can be deleted.
        let _ = conn.execute("DETACH DATABASE restored", []);
        result
    }

    /// Compares the vault with the documents table.
    pub fn check_vault(&self) -> Result<VaultReport> {
        let vault = self.vault()?;
        let conn = self.conn();
        let referenced = referenced_files(&conn)?;
        let stored = vault.stored_files()?;
        let stored_set: HashSet<&String> = stored.iter().collect();
        Ok(VaultReport {
            orphans: stored
                .iter()
                .filter(|f| !referenced.contains(*f))
                .cloned()
                .collect(),
            missing: referenced
                .iter()
                .filter(|f| !stored_set.contains(f))
                .cloned()
                .collect(),
        })
    }

    /// Deletes the stored files (and thumbnails) no document refers to: what a crash
    /// between writing a file and recording it, or a restore, leaves behind. It holds
    /// the write lock, and every writer puts its file in place under that lock, so a
    /// file being added by another process at this moment is never taken for unused.
    pub fn sweep_vault_orphans(&self) -> Result<usize> {
        let vault = self.vault()?;
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let referenced = referenced_files(&tx)?;
        let hashes: HashSet<String> = {
            let mut stmt = tx.prepare("SELECT DISTINCT sha256 FROM documents")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut removed = 0;
        for file in vault.stored_files()? {
            if !referenced.contains(&file) {
                let sha = file
                    .rsplit('/')
                    .next()
                    .and_then(|n| n.split('.').next())
                    .unwrap_or_default()
                    .to_owned();
                vault.remove_content(&file, &sha)?;
                removed += 1;
            }
        }
        for sha in vault.thumbnail_hashes()? {
            if !hashes.contains(&sha) {
                let path = vault.thumbnail_path(&sha)?;
                std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            }
        }
        tx.commit()?;
        Ok(removed)
    }
}

fn referenced_files(conn: &Connection) -> Result<HashSet<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT stored_file FROM documents")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Brings a copy of a database (a restored backup) to this version's schema, in place,
/// with reminders for applications from before reminders existed.
fn upgrade_copy(path: &Path, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    let mut conn = Connection::open(path).map_err(|source| Error::Open {
        path: path.to_path_buf(),
        source,
    })?;
    migrations::refuse_newer(&conn, path)?;
    configure(&conn)?;
    let found = migrations::user_version(&conn)?;
    migrations::migrate(&mut conn, path)?;
    if found < reminders::SINCE_VERSION {
        let tx = super::write_transaction(&mut conn)?;
        reminders::sync_all(&tx, now)?;
        tx.commit()?;
    }
    let _mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    Ok(())
}

/// The program's tables, each after the tables it refers to.
fn tables_parents_first(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let mut pending: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut parents = std::collections::HashMap::new();
    for table in &pending {
        let mut fk = conn.prepare("SELECT \"table\" FROM pragma_foreign_key_list(?1)")?;
        let refs: HashSet<String> = fk
            .query_map([table], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        parents.insert(table.clone(), refs);
    }
    let mut ordered: Vec<String> = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let ready = pending.iter().position(|t| {
            parents
                .get(t)
                .is_none_or(|ps| ps.iter().all(|p| p == t || ordered.contains(p)))
        });
        match ready {
            Some(i) => ordered.push(pending.remove(i)),
            None => return Err(Error::Corrupt("circular table references".into())),
        }
    }
    Ok(ordered)
}

/// Whether the schema `schema` has an AUTOINCREMENT counter table.
fn has_table(conn: &Connection, schema: &str) -> Result<bool> {
    let sql = format!("SELECT count(*) FROM {schema}.sqlite_master WHERE name = 'sqlite_sequence'");
    Ok(conn.query_row(&sql, [], |r| r.get::<_, i64>(0))? > 0)
}

fn columns(conn: &Connection, table: &str) -> Result<String> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let names: Vec<String> = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", "))
}

impl Store {
    /// SQLite's own check of the database file: `ok`, or what is wrong.
    pub fn integrity_check(&self) -> Result<String> {
        let conn = self.conn();
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(lines.join("\n"))
    }

    /// Rows in one of the program's tables (the name is ours, never the user's).
    pub(crate) fn count_rows(&self, table: &'static str) -> Result<i64> {
        Ok(self
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    }
}
