//! Schema migrations, embedded in the binary and numbered by `PRAGMA user_version`.
//!
//! Migration N brings a database from version N-1 to N inside one transaction, so a crash
//! mid-way leaves the previous version intact. A database whose version is higher than
//! ours was written by a newer Postulo: we refuse to touch it rather than guess.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// Index i holds the SQL that upgrades version i to version i+1.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_vault_checklists.sql"),
    include_str!("../../migrations/0003_reminders.sql"),
    include_str!("../../migrations/0004_tracking.sql"),
    include_str!("../../migrations/0005_milestones_kept.sql"),
    include_str!("../../migrations/0006_piece_requirements.sql"),
    include_str!("../../migrations/0007_copies_and_kept_pieces.sql"),
    include_str!("../../migrations/0008_receipts.sql"),
    include_str!("../../migrations/0009_sending_rules.sql"),
    include_str!("../../migrations/0010_handwritten_pieces_list_index.sql"),
    include_str!("../../migrations/0011_document_texts.sql"),
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    migrate_to(conn, path, LATEST_VERSION)
}

/// Refuses a database written by a newer Postulo, without writing to it.
pub(super) fn refuse_newer(conn: &Connection, path: &Path) -> Result<()> {
    let found = user_version(conn).map_err(|e| match e {
        // Not a database at all: say so with the path, like any other failure to open.
        Error::Database(source) => Error::Open {
            path: path.to_path_buf(),
            source,
        },
        other => other,
    })?;
    if found > LATEST_VERSION {
        return Err(Error::DatabaseNewer {
            path: path.to_path_buf(),
            found,
            supported: LATEST_VERSION,
        });
    }
    Ok(())
}

fn migrate_to(conn: &mut Connection, path: &Path, target: i64) -> Result<()> {
    // Migrations (and later queries) may fold text with the program's own function.
    crate::search::register_sql_functions(conn)?;
    refuse_newer(conn, path)?;
    loop {
        // The version is read again under the write lock: the app and the CLI (or two
        // scheduled runs) may open a new database at the same moment, and only the first
        // to get the lock applies each migration.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found = user_version(&tx)?;
        let next = match MIGRATIONS.get(found as usize) {
            Some(sql) if found < target => sql,
            _ => break,
        };
        tx.execute_batch(next)?;
        tx.pragma_update(None, "user_version", found + 1)?;
        tx.commit()?;
    }
    Ok(())
}

pub(super) fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn every_migration_applies_and_leaves_a_sound_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST_VERSION);
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        let fk_problems: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk_problems, 0);
        // Opening again is a no-op.
        let before = schema(&conn);
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        assert_eq!(schema(&conn), before);
    }

    #[test]
    fn upgrading_one_step_at_a_time_gives_the_same_schema_as_all_at_once() {
        let mut at_once = Connection::open_in_memory().unwrap();
        migrate(&mut at_once, Path::new(":memory:")).unwrap();
        let mut stepwise = Connection::open_in_memory().unwrap();
        for target in 1..=LATEST_VERSION {
            migrate_to(&mut stepwise, Path::new(":memory:"), target).unwrap();
            assert_eq!(user_version(&stepwise).unwrap(), target);
        }
        assert_eq!(schema(&stepwise), schema(&at_once));
    }

    #[test]
    fn a_database_from_a_newer_version_is_refused_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE from_the_future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = crate::Store::open_file(&path).unwrap_err();
        match &err {
            Error::DatabaseNewer {
                found,
                supported,
                path: p,
            } => {
                assert_eq!(*found, 99);
                assert_eq!(*supported, LATEST_VERSION);
                assert_eq!(p, &path);
            }
            other => panic!("expected DatabaseNewer, got {other:?}"),
        }
        assert_eq!(err.code(), crate::ErrorCode::DatabaseNewer);
        assert!(
            std::fs::read(&path).unwrap() == before,
            "the file was modified"
        );
        assert!(err.to_string().contains("newer version of Postulo"));
        let conn = Connection::open(&path).unwrap();
        assert_eq!(user_version(&conn).unwrap(), 99);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'applications'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 0);
    }
}
