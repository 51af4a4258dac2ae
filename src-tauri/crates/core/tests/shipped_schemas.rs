//! Every schema version that shipped has a data folder in tests/fixtures/schema (written by
//! that version's migrations, with rows in every table it had and the vault's files). Each
//! is upgraded here to the current schema and everything in it must still be there.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use postulo_core::model::{
    ApplicationQuery, ChecklistStage, DocumentKind, ItemState, KeptSendingRules, Language, MaxAge,
    PieceForm, PieceFormat, PieceLimits, PieceRequirements, RulesSource, SendingLayout,
    SendingRules, Status,
};
use postulo_core::reminders::ReminderKind;
use postulo_core::store::LATEST_VERSION;
use postulo_core::Store;
use sha2::{Digest, Sha256};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/schema")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The fixture of `version`, copied (the committed one is never written).
fn upgraded(version: i64) -> (tempfile::TempDir, Store) {
    let source = fixtures().join(format!("v{version}"));
    let found: i64 = rusqlite::Connection::open(source.join("postulo.sqlite3"))
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        found, version,
        "the v{version} fixture is at schema {found}"
    );
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&source, dir.path());
    let store = Store::open_in(dir.path()).unwrap();
    (dir, store)
}

fn ids(store: &Store, text: &str) -> Vec<i64> {
    let mut found: Vec<i64> = store
        .search_applications(&ApplicationQuery {
            text: Some(text.into()),
            ..Default::default()
        })
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    found.sort();
    found
}

#[test]
fn there_is_a_fixture_for_every_schema_version() {
    for version in 1..=LATEST_VERSION {
        assert!(
            fixtures()
                .join(format!("v{version}/postulo.sqlite3"))
                .is_file(),
            "schema {version} shipped: add its data folder with make_fixtures.py"
        );
    }
}

#[test]
fn every_shipped_schema_upgrades_with_all_its_data() {
    for version in 1..=LATEST_VERSION {
        let (dir, store) = upgraded(version);
        let at = |what: &str| format!("v{version}: {what}");
        let conn = rusqlite::Connection::open(dir.path().join("postulo.sqlite3")).unwrap();
        let schema: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(schema, LATEST_VERSION, "{}", at("schema"));
        assert_eq!(
            store.integrity_check().unwrap(),
            "ok",
            "{}",
            at("integrity")
        );
        let broken: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(broken, 0, "{}", at("foreign keys"));

        // Applications, word for word.
        let apps = store.list_applications().unwrap();
        assert_eq!(apps.len(), 3, "{}", at("applications"));
        let eval = store.application(1).unwrap();
        assert_eq!(eval.title, "Chargé(e) de suivi-évaluation – Projet Œuvre");
        assert_eq!(eval.organization, "Médecins du Monde");
        assert_eq!(eval.reference.as_deref(), Some("REF N°013/2030"));
        assert_eq!(
            eval.apply_subject.as_deref(),
            Some("REF N°013/2030 – Suivi-évaluation")
        );
        assert_eq!(
            eval.notes.as_deref(),
            Some("Appeler Aïssata « avant » l'envoi")
        );
        assert_eq!(eval.status, Status::Ready);
        let deadline = eval.deadline.as_ref().unwrap();
        assert_eq!(
            (
                deadline.date.to_string(),
                deadline.time.map(|t| t.to_string()),
                deadline.timezone.as_str()
            ),
            (
                "2030-02-01".to_owned(),
                Some("17:00:00".to_owned()),
                "Africa/Bamako"
            ),
            "{}",
            at("deadline")
        );
        assert_eq!(eval.created_at, "2025-12-01T10:00:00.000Z");
        assert_eq!(store.application(2).unwrap().status, Status::Sent);
        let dakar = store.application(3).unwrap();
        assert_eq!(dakar.deadline.unwrap().timezone, "Africa/Dakar");
        let posting: String = conn
            .query_row(
                "SELECT posting_text FROM applications WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(posting, "Texte de l'annonce n°1 : « dossier complet »");

        // The timeline with its notes, the settings.
        let history = store.status_history(2).unwrap();
        assert_eq!(history.len(), 2, "{}", at("timeline"));
        assert_eq!(history[1].note.as_deref(), Some("Envoyé par e-mail"));
        assert_eq!(
            store.status_history(1).unwrap()[1].note.as_deref(),
            Some("Tout est prêt")
        );
        assert_eq!(store.settings().unwrap().language, Language::En);

        // Found without accents, whatever wrote the search keys.
        assert_eq!(
            ids(&store, "suivi evaluation oeuvre segou"),
            [1],
            "{}",
            at("search")
        );
        assert_eq!(
            ids(&store, "croix rouge francaise"),
            [3],
            "{}",
            at("search")
        );

        let checklist = store.checklist(1, common::day("2026-01-01")).unwrap();
        let kinds: Vec<DocumentKind> = checklist.entries.iter().map(|e| e.item.kind).collect();
        if version == 1 {
            // Schema 2 gave those still in preparation their first two pieces.
            assert_eq!(kinds, [DocumentKind::Cv, DocumentKind::CoverLetter]);
            assert!(store
                .checklist(2, common::day("2026-01-01"))
                .unwrap()
                .entries
                .is_empty());
            assert!(store
                .documents(common::day("2026-01-01"))
                .unwrap()
                .is_empty());
        } else {
            assert_eq!(
                kinds,
                [
                    DocumentKind::Cv,
                    DocumentKind::CoverLetter,
                    DocumentKind::CriminalRecord,
                    DocumentKind::Other
                ],
                "{}",
                at("checklist")
            );
            let cv = &checklist.entries[0];
            assert_eq!(cv.item.state, ItemState::Ready);
            assert_eq!(cv.item.document_id, Some(1));
            assert_eq!(
                checklist.entries[2].item.stage,
                ChecklistStage::IfShortlisted
            );
            assert_eq!(checklist.entries[3].item.state, ItemState::Waived);
            assert_eq!(
                checklist.entries[3].item.label.as_deref(),
                Some("3 lettres de référence")
            );

            // The vault: both documents, one shared file, its bytes unchanged.
            let docs = store.documents(common::day("2026-01-01")).unwrap();
            assert_eq!(docs.len(), 2, "{}", at("documents"));
            let cv_doc = docs.iter().find(|d| d.document.id == 1).unwrap();
            assert_eq!(cv_doc.document.title, "CV – Aïssata Traoré");
            assert_eq!(cv_doc.document.original_name, "CV été 2025.pdf");
            let bytes = std::fs::read(
                store
                    .vault()
                    .unwrap()
                    .file_path(&cv_doc.document.stored_file)
                    .unwrap(),
            )
            .unwrap();
            let sha: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(sha, cv_doc.document.sha256);
            let record = docs.iter().find(|d| d.document.id == 2).unwrap();
            assert_eq!(record.document.valid_until, Some(common::day("2026-02-20")));
            assert_eq!(
                store.check_vault().unwrap(),
                Default::default(),
                "{}",
                at("vault")
            );

            let contacts = store.contacts(1).unwrap();
            assert_eq!(contacts.len(), 1);
            assert_eq!(contacts[0].name, "Aminata Diallo");
            assert_eq!(contacts[0].phone.as_deref(), Some("+223 20 22 33 44"));
            let interviews = store.interviews(1).unwrap();
            assert_eq!(interviews.len(), 1);
            assert_eq!(
                interviews[0].place.as_deref(),
                Some("Bureau de Bamako, ACI 2000")
            );
            let profile = store.profile().unwrap();
            assert_eq!(
                (profile.first_name.as_str(), profile.last_name.as_str()),
                ("Aïssata", "Traoré")
            );
            assert_eq!(profile.postal_address.as_deref(), Some("BP 123, Bamako"));
        }

        // Reminders: those from before reminders existed are scheduled at the upgrade;
        // those written by schema 3 are kept as they were, the one already shown stays so.
        let reminders = store.reminders(1).unwrap();
        let deadline_ones = reminders
            .iter()
            .filter(|r| r.kind == ReminderKind::Deadline)
            .count();
        if version < 3 {
            assert_eq!(deadline_ones, 4, "{}", at("reminders scheduled"));
        } else {
            assert_eq!(deadline_ones, 2, "{}", at("the application's own offsets"));
            assert!(reminders
                .iter()
                .any(|r| r.note.as_deref() == Some("Relire la lettre")));
            assert!(reminders.iter().any(|r| r.kind == ReminderKind::Interview));
            let due = store
                .due_reminders(Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap())
                .unwrap();
            assert!(
                due.is_empty(),
                "the follow-up shown in 2025 came back: {due:?}"
            );
        }

        // Schema 4: the kind of employer, follow-ups and the « Sans réponse » threshold;
        // older data reads as unknown, none, and the default.
        let follow_ups = store.follow_ups(2).unwrap();
        let settings = store.reminder_settings().unwrap();
        if version < 4 {
            assert_eq!(eval.organization_type, None, "{}", at("organization type"));
            assert!(follow_ups.is_empty());
            assert_eq!(settings.no_response_days, 30, "{}", at("default threshold"));
        } else {
            assert_eq!(
                store.application(1).unwrap().organization_type,
                Some(postulo_core::model::OrganizationType::Ngo)
            );
            let kept: Vec<(&str, Option<&str>)> = follow_ups
                .iter()
                .map(|f| (f.at.as_str(), f.note.as_deref()))
                .collect();
            assert_eq!(
                kept,
                [(
                    "2025-12-20T08:15:00.000Z",
                    Some("Relance par téléphone à Aïcha")
                )],
                "{}",
                at("follow-ups")
            );
            assert_eq!(settings.no_response_days, 21, "{}", at("threshold"));
        }
        // Schema 6: what a piece is asked as, and a certified copy's stamp; older data reads
        // as nothing asked.
        let record_item = &store
            .checklist(1, common::day("2026-01-01"))
            .unwrap()
            .entries
            .iter()
            .find(|e| e.item.kind == DocumentKind::CriminalRecord)
            .map(|e| e.item.requirements);
        let certified = store.document(2).ok().and_then(|d| d.certified_on);
        if version < 6 {
            assert!(
                record_item.is_none_or(|r| r.is_empty()),
                "{}",
                at("requirements")
            );
            assert_eq!(certified, None, "{}", at("certified on"));
        } else {
            assert_eq!(
                *record_item,
                Some(PieceRequirements {
                    form: Some(PieceForm::CertifiedCopy),
                    copies: Some(2),
                    max_age: Some(MaxAge::months(3)),
                    handwritten: false,
                }),
                "{}",
                at("requirements")
            );
            assert_eq!(certified, Some(common::day("2025-11-25")));
        }

        // A letter to write by hand (schema 10); every piece before was typed or scanned
        // as the candidate liked.
        let by_hand: Vec<(i64, DocumentKind)> = (1..=3)
            .flat_map(|app| {
                store
                    .checklist(app, common::day("2026-01-01"))
                    .unwrap()
                    .entries
            })
            .filter(|e| e.item.requirements.handwritten)
            .map(|e| (e.item.application_id, e.item.kind))
            .collect();
        let expected = if version < 10 {
            vec![]
        } else {
            vec![(3, DocumentKind::CoverLetter)]
        };
        assert_eq!(by_hand, expected, "{}", at("handwritten"));

        // The text the vault read in a document, and what it suggested (schema 11);
        // before, every document is still to read, and none is searched by content.
        let unread = store.unread_documents().unwrap();
        let found: Vec<i64> = store
            .search_documents("bamako")
            .unwrap()
            .iter()
            .map(|m| m.document_id)
            .collect();
        let suggested = store
            .documents(common::day("2026-01-01"))
            .unwrap()
            .into_iter()
            .filter_map(|i| i.suggestion.map(|s| (i.document.id, s.kind, s.issued_on)))
            .collect::<Vec<_>>();
        match version {
            1 => assert!(unread.is_empty() && found.is_empty(), "{}", at("texts")),
            2..=10 => {
                assert_eq!(unread, vec![2, 1], "{}", at("to read"));
                assert!(found.is_empty() && suggested.is_empty(), "{}", at("texts"));
            }
            _ => {
                assert_eq!(unread, vec![1], "{}", at("to read"));
                assert_eq!(found, vec![2], "{}", at("search"));
                assert_eq!(
                    suggested,
                    vec![(2, None, Some(common::day("2025-11-03")))],
                    "{}",
                    at("suggestion")
                );
            }
        }

        // Addresses in copy (schema 7); none before, for every application.
        let copies = store.application(1).unwrap().apply_cc;
        if version < 7 {
            assert!(copies.is_empty(), "{}", at("copies"));
        } else {
            assert_eq!(
                copies,
                ["direction@mdm.org", "rh.bko@mdm.org"],
                "{}",
                at("copies")
            );
        }
        assert!(store.application(2).unwrap().apply_cc.is_empty());

        // The receipt of a file handed in (schema 8); none before.
        let receipt = store.receipt(2).unwrap();
        if version < 8 {
            assert_eq!(receipt, None, "{}", at("receipt"));
        } else {
            let receipt = receipt.unwrap();
            assert_eq!(
                (
                    receipt.handed_in_on,
                    receipt.place.as_deref(),
                    receipt.number.as_deref(),
                    receipt.document_id
                ),
                (
                    common::day("2025-12-03"),
                    Some("Courrier, DRH PUI"),
                    Some("N° 2025/0457"),
                    Some(2)
                ),
                "{}",
                at("receipt")
            );
        }

        // How the files must be sent (schema 9); the defaults, unstated, before.
        let kept = store.sending_rules(1).unwrap();
        if version < 9 {
            assert_eq!(kept.source, None, "{}", at("sending rules"));
            assert!(kept.rules.is_unstated(), "{}", at("sending rules"));
        } else {
            assert_eq!(
                kept,
                KeptSendingRules {
                    rules: SendingRules {
                        layout: SendingLayout::PerPiece,
                        pieces: PieceLimits {
                            per_piece_bytes: Some(2_000_000),
                            total_bytes: Some(5_000_000),
                            format: PieceFormat::Jpeg,
                        },
                    },
                    source: Some(RulesSource::Posting),
                },
                "{}",
                at("sending rules")
            );
        }
        assert_eq!(store.sending_rules(2).unwrap().source, None);

        // Every version's sent application has its sending date for the statistics.
        let stats = store.statistics(Default::default()).unwrap();
        assert_eq!(
            (stats.applications, stats.sent),
            (3, 1),
            "{}",
            at("statistics")
        );

        // And the store goes on: a new application after the old ones.
        let new = store
            .create_application(common::application("Comptable", "PNUD", None))
            .unwrap();
        assert_eq!(new.id, 4, "{}", at("new rows"));
    }
}
