//! A database from before reminders existed gets its applications' reminders when it is
//! upgraded: the candidate who updates Postulo is reminded of deadlines entered earlier.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use chrono::{Duration, SecondsFormat, Utc};
use postulo_core::reminders::ReminderKind;
use postulo_core::Store;
use rusqlite::Connection;

const SCHEMA_1: &str = include_str!("../migrations/0001_initial.sql");

#[test]
fn upgrading_schedules_the_reminders_of_existing_applications() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("postulo.sqlite3");
    // The upgrade runs on the real clock: dates are relative to it.
    let now = Utc::now();
    let day = |d: i64| (now + Duration::days(d)).date_naive().to_string();
    let stamp = |d: i64| (now + Duration::days(d)).to_rfc3339_opts(SecondsFormat::Millis, true);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(SCHEMA_1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO applications (id, title, organization, deadline_date, deadline_time,
                deadline_tz, deadline_utc, status, created_at, updated_at)
             VALUES (1, 'Évaluateur', 'ACF', ?1, NULL, 'Africa/Bamako', ?2, 'ready', ?3, ?3),
                    (2, 'Logisticien', 'PUI', NULL, NULL, NULL, NULL, 'sent', ?3, ?3),
                    (3, 'Chauffeur', 'CICR', ?1, NULL, 'Africa/Bamako', ?2, 'rejected', ?3, ?3)",
            (day(30), format!("{}T23:59:59Z", day(30)), stamp(-10)),
        )
        .unwrap();
        conn.execute(
            "INSERT INTO status_events (application_id, at, from_status, to_status)
             VALUES (2, ?1, 'ready', 'sent')",
            [stamp(-1)],
        )
        .unwrap();
    }
    let store = Store::open_file(&path).unwrap();
    let kinds = |id| -> Vec<ReminderKind> {
        store
            .reminders(id)
            .unwrap()
            .into_iter()
            .map(|r| r.kind)
            .collect()
    };
    assert_eq!(kinds(1), [ReminderKind::Deadline; 4]);
    assert_eq!(kinds(2), [ReminderKind::FollowUp]);
    assert!(kinds(3).is_empty(), "closed: no reminders");
    drop(store);
    // Opening again does not schedule anything twice.
    let store = Store::open_file(&path).unwrap();
    assert_eq!(store.reminders(1).unwrap().len(), 4);
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, postulo_core::store::LATEST_VERSION);
}
