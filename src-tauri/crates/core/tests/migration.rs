//! Upgrading a database written by schema 1 keeps every application and gives them what
//! schema 2 adds (search keys, a starting checklist for those still in preparation).

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

use crate::common;

use crate::common::day;
use postulo_core::model::{ApplicationQuery, DocumentKind, Status};
use postulo_core::Store;
use rusqlite::Connection;

const SCHEMA_1: &str = include_str!("../migrations/0001_initial.sql");

#[test]
fn applications_written_at_version_1_survive_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("postulo.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(SCHEMA_1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO applications (id, title, organization, reference, location,
                apply_method, apply_email, apply_subject, deadline_date, deadline_time,
                deadline_tz, deadline_utc, status, notes, posting_text, created_at,
                updated_at)
             VALUES
               (1, 'Évaluation finale – Projet Œuvre', 'Médecins du Monde', 'REF N°013/2025',
                'Ségou', 'email', 'rh@mdm.org', 'REF N°013/2025 – Évaluation', '2026-02-01',
                '17:00', 'Africa/Bamako', '2026-02-01T17:00:00Z', 'ready', 'Notes',
                'Texte de l''annonce', '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z'),
               (2, 'Logisticien', 'PUI', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                NULL, 'sent', NULL, NULL, '2025-11-01T10:00:00.000Z',
                '2025-11-02T10:00:00.000Z');
             INSERT INTO status_events (application_id, at, from_status, to_status, note)
             VALUES (1, '2025-12-01T10:00:00.000Z', NULL, 'to_prepare', NULL),
                    (1, '2025-12-02T10:00:00.000Z', 'to_prepare', 'ready', 'Tout est prêt'),
                    (2, '2025-11-01T10:00:00.000Z', NULL, 'sent', NULL);
             INSERT INTO settings (key, value) VALUES ('language', 'en');",
        )
        .unwrap();
    }

    let store = Store::open_file(&path).unwrap();
    let eval = store.application(1).unwrap();
    assert_eq!(eval.title, "Évaluation finale – Projet Œuvre");
    assert_eq!(
        eval.apply_subject.as_deref(),
        Some("REF N°013/2025 – Évaluation")
    );
    assert_eq!(eval.status, Status::Ready);
    assert_eq!(eval.deadline.as_ref().unwrap().timezone, "Africa/Bamako");
    assert_eq!(eval.created_at, "2025-12-01T10:00:00.000Z");
    let logistics = store.application(2).unwrap();
    assert_eq!(logistics.status, Status::Sent);
    assert_eq!(store.list_applications().unwrap().len(), 2);

    // The timeline, with its note.
    let history = store.status_history(1).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].note.as_deref(), Some("Tout est prêt"));
    assert_eq!(
        store.settings().unwrap().language,
        postulo_core::model::Language::En
    );

    // Old rows are searchable without accents, and sortable.
    let found = store
        .search_applications(&ApplicationQuery {
            text: Some("evaluation oeuvre segou".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.iter().map(|a| a.id).collect::<Vec<_>>(), [1]);

    // The application still in preparation got the starting checklist; the sent one not.
    let kinds: Vec<_> = store
        .checklist(1, day("2026-01-01"))
        .unwrap()
        .entries
        .iter()
        .map(|e| e.item.kind)
        .collect();
    assert_eq!(kinds, [DocumentKind::Cv, DocumentKind::CoverLetter]);
    assert!(store
        .checklist(2, day("2026-01-01"))
        .unwrap()
        .entries
        .is_empty());

    // And the store goes on working: a new application after the old ones.
    let new = store
        .create_application(common::application("Comptable", "PNUD", None))
        .unwrap();
    assert_eq!(new.id, 3);
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, postulo_core::store::LATEST_VERSION);
    let posting: String = conn
        .query_row(
            "SELECT posting_text FROM applications WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(posting, "Texte de l'annonce");
}
