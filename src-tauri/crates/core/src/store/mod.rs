//! The SQLite store: one database file in the data folder, opened once per process.
//!
//! Every connection gets the same PRAGMAs (WAL so the app and the CLI can share the file,
//! foreign keys, a busy timeout so a concurrent writer waits instead of failing).

mod applications;
mod calendar;
mod changes;
mod checklist;
mod contacts;
mod document_texts;
mod documents;
mod dossier;
mod duplicates;
mod exports;
mod follow_ups;
mod letters;
mod migrations;
mod pipeline;
mod profile;
mod receipts;
mod reminders;
mod rows;
mod seed;
mod sending;
mod settings;
mod snapshot;
mod stats;
mod views;

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::Connection;

use crate::clock::Clock;
use crate::data_dir;
use crate::error::{Error, Result};

pub use changes::{Changes, Domain};
pub use documents::VAULT_DIR;
pub use migrations::LATEST_VERSION;
pub use settings::keys as setting_keys;
pub use snapshot::VaultReport;
pub use views::{DASHBOARD_DEADLINES, MAX_PAGE};

/// How long a write waits for another process (the CLI, a backup) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
    /// The database file, or `None` in memory (tests).
    path: Option<PathBuf>,
    /// What reminders are scheduled against; tests move it by hand.
    clock: Clock,
    /// What the writes changed, for those who listen ([`Store::on_change`]).
    changes: Arc<changes::Tracker>,
    /// Texts read in the add dialog, waiting for their add.
    readings: document_texts::RecentReadings,
}

impl Store {
    /// Opens (creating if needed) the database in the platform's data folder, or in
    /// `POSTULO_DATA_DIR` when set.
    pub fn open_default() -> Result<Self> {
        Self::open_in(&data_dir::resolve()?)
    }

    /// Opens (creating if needed) the database inside `dir`.
    pub fn open_in(dir: &Path) -> Result<Self> {
        crate::data_dir::create_private(dir)?;
        Self::open_file(&dir.join(data_dir::DATABASE_FILE))
    }

    /// Opens a database file, bringing its schema up to date, and sweeps from the vault
    /// the files a crash left without a document.
    pub fn open_file(path: &Path) -> Result<Self> {
        Self::open_file_with(path, true)
    }

    /// Opens without the vault sweep: for tools that want to see what a crash left
    /// (the crash harness counts the files the sweep will remove).
    pub fn open_file_without_sweep(path: &Path) -> Result<Self> {
        Self::open_file_with(path, false)
    }

    fn open_file_with(path: &Path, sweep: bool) -> Result<Self> {
        let open_err = |source| Error::Open {
            path: path.to_path_buf(),
            source,
        };
        let mut conn = Connection::open(path).map_err(open_err)?;
        // Before the first read: another process (a scheduled `postulo-cli reminders due`,
        // the app) may be creating this very database and hold its lock for a moment; the
        // reads below then wait instead of failing with "database is locked".
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_err)?;
        // SQLite quietly opens a file it may not write (a read-only disk, a file left by
        // `sudo postulo`) read-only: every later save would fail. Say so now, naming the
        // file, before anything reads or writes it.
        if conn.is_readonly(rusqlite::MAIN_DB).map_err(open_err)? {
            return Err(Error::io(
                path,
                std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    "the database file cannot be written",
                ),
            ));
        }
        // Before anything that writes (switching to WAL rewrites the header): a database
        // from a newer Postulo must stay byte for byte as it was.
        migrations::refuse_newer(&conn, path)?;
        configure(&conn).map_err(open_err)?;
        let found = migrations::user_version(&conn)?;
        migrations::migrate(&mut conn, path)?;
        let clock = Clock::system();
        let changes = Arc::new(changes::Tracker::default());
        changes.install(&mut conn).map_err(open_err)?;
        if found < reminders::SINCE_VERSION {
            // Applications from before reminders existed get theirs now, all or none.
            let tx = write_transaction(&mut conn)?;
            reminders::sync_all(&tx, clock.now())?;
            tx.commit()?;
        }
        let store = Self {
            conn: Mutex::new(conn),
            path: Some(path.to_path_buf()),
            clock,
            changes,
            readings: Default::default(),
        };
        // A crash between putting a file in the vault and recording it leaves a file no
        // row uses: swept here. Never a reason not to open (another process may hold the
        // write lock for a while; the next start sweeps then).
        if sweep && store.vault().is_ok_and(|v| v.root().exists()) {
            let _ = store.sweep_vault_orphans();
        }
        Ok(store)
    }

    /// A private database that lives as long as the value: for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrations::migrate(&mut conn, Path::new(":memory:"))?;
        let changes = Arc::new(changes::Tracker::default());
        changes.install(&mut conn)?;
        Ok(Self {
            conn: Mutex::new(conn),
            path: None,
            clock: Clock::system(),
            changes,
            readings: Default::default(),
        })
    }

    /// The same store, scheduling reminders against `clock` (tests, simulations).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Now, by the store's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Now by the store's clock, in the computer's time zone (an e-mail's date).
    pub fn now_local(&self) -> chrono::DateTime<chrono::FixedOffset> {
        self.now()
            .with_timezone(&crate::clock::local_time_zone())
            .fixed_offset()
    }

    /// Today's date for the candidate, by the store's clock in the computer's time zone:
    /// what validity, expiry and "due today" are judged against.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now()
            .with_timezone(&crate::clock::local_time_zone())
            .date_naive()
    }

    /// The moment to record for something the candidate says happened on `day` (sent on,
    /// followed up on): now when it is today, else midday on that day in the computer's
    /// time zone, so that the date reads the same wherever the timeline is shown nearby.
    pub fn moment_of_day(&self, day: chrono::NaiveDate) -> chrono::DateTime<chrono::Utc> {
        if day == self.today() {
            return self.now();
        }
        let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        let zone = crate::clock::local_time_zone();
        crate::model::local_instant(day, noon, zone.name())
            .unwrap_or_else(|_| day.and_time(noon).and_utc())
    }

    /// Now by the store's clock, as the timeline writes it (RFC 3339 UTC, milliseconds).
    fn now_stamp(&self) -> String {
        timeline_stamp(self.now())
    }

    /// The database file, for messages ("your data is in …").
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn conn(&self) -> Conn<'_> {
        // A panic while holding the lock leaves SQLite itself consistent (statements are
        // atomic), so the connection stays usable.
        let guard = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Conn {
            guard: Some(guard),
            changes: &self.changes,
        }
    }

    /// Calls `listener` after every committed write with what it changed (the app wakes
    /// its reminder scheduler and tells the window). It runs on the writer's thread, with
    /// the store free to use.
    pub fn on_change(&self, listener: impl Fn(&Changes) + Send + Sync + 'static) {
        self.changes.listen(Arc::new(listener));
    }

    /// Whether another process (postulo-cli) committed since the last call; if so, the
    /// listeners hear of it too. The first call only takes note of where things stand.
    pub fn external_changes(&self) -> Result<Option<Changes>> {
        let version: i64 = self
            .conn()
            .query_row("PRAGMA data_version", [], |row| row.get(0))?;
        Ok(self.changes.saw_data_version(version))
    }
}

/// The store's connection while one caller holds it; releasing it reports what the
/// caller's writes changed.
struct Conn<'s> {
    guard: Option<MutexGuard<'s, Connection>>,
    changes: &'s changes::Tracker,
}

impl Deref for Conn<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        // `guard` is `None` only inside `drop`.
        self.guard.as_deref().unwrap_or_else(|| unreachable!())
    }
}

impl DerefMut for Conn<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        self.guard.as_deref_mut().unwrap_or_else(|| unreachable!())
    }
}

impl Drop for Conn<'_> {
    fn drop(&mut self) {
        // The lock first: a listener may read the store.
        drop(self.guard.take());
        self.changes.publish();
    }
}

/// Every write starts as `BEGIN IMMEDIATE`: it takes the write lock first, so when the
/// app and `postulo-cli` write at once the second one waits (busy_timeout) instead of
/// failing with "database is locked", which a deferred transaction gets when it reads
/// and then tries to upgrade to a write while another process holds the lock.
fn write_transaction(conn: &mut Connection) -> rusqlite::Result<rusqlite::Transaction<'_>> {
    conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // In memory, journal_mode stays "memory"; the query returns the mode actually set.
    // Switching to WAL needs the database to itself, and SQLite may answer "busy" at once
    // rather than call the busy handler (to avoid a deadlock) while another process is
    // creating the same new database: so wait and try again, up to the same timeout.
    let started = std::time::Instant::now();
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |row| {
            row.get::<_, String>(0)
        }) {
            Ok(_mode) => break,
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => return Err(e),
        }
    }
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = NORMAL;",
    )?;
    Ok(())
}

/// An instant as the timeline, follow-ups and row dates are written (RFC 3339 UTC,
/// milliseconds), so that text order is time order across them.
fn timeline_stamp(instant: chrono::DateTime<chrono::Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn now_utc() -> String {
    timeline_stamp(chrono::Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pragmas_are_set_on_a_file_database() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).unwrap();
        let conn = store.conn();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let timeout: i64 = conn
            .query_row("PRAGMA busy_timeout", [], |r| r.get(0))
            .unwrap();
        assert_eq!(timeout, 5000);
        assert_eq!(
            store.path(),
            Some(dir.path().join("postulo.sqlite3").as_path())
        );
    }

    #[cfg(unix)]
    #[test]
    fn data_folder_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("nested").join("data");
        Store::open_in(&data).unwrap();
        let mode = std::fs::metadata(&data).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }

    #[test]
    fn a_folder_that_cannot_be_created_is_an_io_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"x").unwrap();
        let err = Store::open_in(&file.join("data")).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(err.to_string().contains("not-a-folder"), "{err}");
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("postulo.sqlite3");
        let garbage = b"this is not a database, but the user's file".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        let err = Store::open_file(&path).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Storage, "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
    }
}
