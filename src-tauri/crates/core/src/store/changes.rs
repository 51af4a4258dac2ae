//! What each write changed, reported once it is committed: the app forwards it to the
//! reminder scheduler and to the window, instead of every command remembering to do so.
//!
//! SQLite tells which table each row change touches (the update hook); the changes of a
//! transaction are kept until it commits (dropped if it rolls back), and handed to the
//! listeners when the store's connection is released, so a listener may use the store.
//! Writes made by another process (postulo-cli while the app is open) are seen through
//! `PRAGMA data_version`, which counts the commits of other connections.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use rusqlite::Connection;
use serde::Serialize;

/// A part of the candidate's data, as the views and the scheduler care about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Domain {
    /// Applications, their statuses and their history.
    Applications,
    Checklist,
    Documents,
    Contacts,
    Interviews,
    Reminders,
    Settings,
    Profile,
}

impl Domain {
    pub const ALL: [Domain; 8] = [
        Self::Applications,
        Self::Checklist,
        Self::Documents,
        Self::Contacts,
        Self::Interviews,
        Self::Reminders,
        Self::Settings,
        Self::Profile,
    ];

    /// The domain a table belongs to; `None` for the schema's own bookkeeping.
    fn of_table(table: &str) -> Option<Self> {
        Some(match table {
            "applications" | "status_events" | "follow_ups" | "receipts" | "sending_rules" => {
                Self::Applications
            }
            "checklist_items" => Self::Checklist,
            "documents" | "document_texts" => Self::Documents,
            "contacts" => Self::Contacts,
            "interviews" => Self::Interviews,
            "reminders" | "reminder_offsets" => Self::Reminders,
            "settings" => Self::Settings,
            "profile" => Self::Profile,
            _ => return None,
        })
    }
}

/// What one or more committed writes changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Changes {
    pub domains: Vec<Domain>,
    /// Made by another process (postulo-cli, a restore): what changed is not known in
    /// detail, so every domain is named.
    pub external: bool,
}

impl Changes {
    pub fn touches(&self, domain: Domain) -> bool {
        self.domains.contains(&domain)
    }

    /// Whether the reminder schedule may have moved: a deadline, a status, an interview,
    /// a reminder or its settings.
    pub fn moves_reminders(&self) -> bool {
        [
            Domain::Applications,
            Domain::Interviews,
            Domain::Reminders,
            Domain::Settings,
        ]
        .iter()
        .any(|d| self.touches(*d))
    }
}

type Listener = Arc<dyn Fn(&Changes) + Send + Sync>;

/// The store's record of changes not yet reported, and who to report them to.
#[derive(Default)]
pub(super) struct Tracker {
    /// Touched by the transaction under way.
    pending: Mutex<BTreeSet<Domain>>,
    /// Committed, not yet reported.
    committed: Mutex<BTreeSet<Domain>>,
    listeners: Mutex<Vec<Listener>>,
    /// The last `PRAGMA data_version` seen; 0 before the first look.
    data_version: AtomicI64,
}

impl std::fmt::Debug for Tracker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tracker").finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Sets of names: a panic elsewhere leaves them usable.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Tracker {
    /// Installs the hooks that feed this tracker on `conn`.
    pub(super) fn install(self: &Arc<Self>, conn: &mut Connection) -> rusqlite::Result<()> {
        let me = Arc::clone(self);
        conn.update_hook(Some(move |_action, _db: &str, table: &str, _row| {
            if let Some(domain) = Domain::of_table(table) {
                lock(&me.pending).insert(domain);
            }
        }))?;
        let me = Arc::clone(self);
        conn.commit_hook(Some(move || {
            let done = std::mem::take(&mut *lock(&me.pending));
            lock(&me.committed).extend(done);
            false // never turn a commit into a rollback
        }))?;
        let me = Arc::clone(self);
        conn.rollback_hook(Some(move || lock(&me.pending).clear()))?;
        Ok(())
    }

    pub(super) fn listen(&self, listener: Listener) {
        lock(&self.listeners).push(listener);
    }

    /// Reports what was committed since the last report, if anything. Called with the
    /// connection released.
    pub(super) fn publish(&self) {
        let domains = std::mem::take(&mut *lock(&self.committed));
        if domains.is_empty() {
            return;
        }
        let changes = Changes {
            domains: domains.into_iter().collect(),
            external: false,
        };
        self.notify(&changes);
    }

    fn notify(&self, changes: &Changes) {
        // Called outside the lock: a listener may subscribe or write in turn.
        let listeners: Vec<Listener> = lock(&self.listeners).clone();
        for listener in listeners {
            listener(changes);
        }
    }

    /// Compares `version` (this connection's `PRAGMA data_version`) with the last one
    /// seen; when another process committed in between, reports every domain.
    pub(super) fn saw_data_version(&self, version: i64) -> Option<Changes> {
        let before = self.data_version.swap(version, Ordering::Relaxed);
        if before == 0 || before == version {
            return None;
        }
        let changes = Changes {
            domains: Domain::ALL.to_vec(),
            external: true,
        };
        self.notify(&changes);
        Some(changes)
    }
}
