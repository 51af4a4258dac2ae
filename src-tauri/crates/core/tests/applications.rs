//! The application store through its public API, on a real database file.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use chrono::{NaiveDate, NaiveTime};
use postulo_core::model::{ApplicationInput, ApplyMethod, Deadline, Language, Settings, Status};
use postulo_core::{Error, ErrorCode, Store};

fn coopi() -> ApplicationInput {
    ApplicationInput {
        title: "Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial".into(),
        organization: "COOPI – COOPERAZIONE INTERNAZIONALE".into(),
        reference: Some("013/12/CPSM-SP/BKO/2025".into()),
        location: Some("Bamako".into()),
        contract: Some("CDD, 9 mois".into()),
        apply_method: Some(ApplyMethod::Email),
        apply_email: Some("assist.admin.bamako@coopi.org".into()),
        apply_subject: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
        apply_cc: Vec::new(),
        deadline: Some(Deadline {
            date: NaiveDate::from_ymd_opt(2025, 12, 26).unwrap(),
            time: NaiveTime::from_hms_opt(17, 0, 0),
            timezone: "Africa/Bamako".into(),
        }),
        ..Default::default()
    }
}

fn simple(title: &str, deadline: Option<&str>) -> ApplicationInput {
    ApplicationInput {
        title: title.into(),
        organization: "PUI".into(),
        deadline: deadline.map(|d| Deadline {
            date: d.parse().unwrap(),
            time: None,
            timezone: "Africa/Bamako".into(),
        }),
        ..Default::default()
    }
}

#[test]
fn create_read_update_delete_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let store = Store::open_in(dir.path()).unwrap();
        let created = store.create_application(coopi()).unwrap();
        assert_eq!(created.status, Status::ToPrepare);
        assert_eq!(
            created.apply_subject.as_deref(),
            Some("REF N°013/12/CPSM-SP/BKO/2025")
        );
        assert_eq!(created.created_at, created.updated_at);
        created.id
    };

    let store = Store::open_in(dir.path()).unwrap();
    let app = store.application(id).unwrap();
    assert_eq!(
        app.title,
        "Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial"
    );
    assert_eq!(
        app.deadline.as_ref().unwrap().time,
        NaiveTime::from_hms_opt(17, 0, 0)
    );

    let mut edit = coopi();
    edit.notes = Some("Joindre les contacts de 3 références".into());
    edit.deadline = None;
    let updated = store.update_application(id, edit).unwrap();
    assert_eq!(
        updated.notes.as_deref(),
        Some("Joindre les contacts de 3 références")
    );
    assert_eq!(updated.deadline, None);
    assert!(updated.updated_at >= updated.created_at);

    store.delete_application(id).unwrap();
    let err = store.application(id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert!(matches!(
        store.delete_application(id),
        Err(Error::NotFound { .. })
    ));
    assert!(store.list_applications().unwrap().is_empty());
}

#[test]
fn list_puts_the_nearest_deadline_first_and_undated_last() {
    let store = Store::open_in_memory().unwrap();
    store.create_application(simple("Sans date", None)).unwrap();
    store
        .create_application(simple("Plus tard", Some("2026-06-30")))
        .unwrap();
    store
        .create_application(simple("Bientôt", Some("2026-05-17")))
        .unwrap();
    let titles: Vec<_> = store
        .list_applications()
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert_eq!(titles, ["Bientôt", "Plus tard", "Sans date"]);
}

#[test]
fn status_changes_are_recorded_in_the_timeline() {
    let store = Store::open_in_memory().unwrap();
    let id = store.create_application(coopi()).unwrap().id;
    store.set_status(id, Status::Ready, None).unwrap();
    let sent = store
        .set_status(id, Status::Sent, Some("envoyé par e-mail"))
        .unwrap();
    assert_eq!(sent.status, Status::Sent);
    // Setting the same status again is not a change.
    store.set_status(id, Status::Sent, None).unwrap();
    let history: Vec<_> = store
        .status_history(id)
        .unwrap()
        .into_iter()
        .map(|event| (event.from, event.to))
        .collect();
    assert_eq!(
        history,
        [
            (None, Status::ToPrepare),
            (Some(Status::ToPrepare), Status::Ready),
            (Some(Status::Ready), Status::Sent),
        ]
    );
    let notes: Vec<_> = store
        .status_history(id)
        .unwrap()
        .into_iter()
        .map(|event| event.note)
        .collect();
    assert_eq!(notes, [None, None, Some("envoyé par e-mail".to_owned())]);
    assert!(matches!(
        store.set_status(999, Status::Sent, None),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn invalid_input_is_refused_and_nothing_is_saved() {
    let store = Store::open_in_memory().unwrap();
    let mut bad = coopi();
    bad.deadline.as_mut().unwrap().timezone = "Mali/Bamako".into();
    let err = store.create_application(bad).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(store.list_applications().unwrap().is_empty());

    let id = store.create_application(coopi()).unwrap().id;
    let mut blank = coopi();
    blank.title = "   ".into();
    assert!(store.update_application(id, blank).is_err());
    assert_eq!(store.application(id).unwrap().title, coopi().title);
}

#[test]
fn markup_in_fields_is_kept_as_plain_text() {
    let store = Store::open_in_memory().unwrap();
    let mut input = simple("<script>alert('x')</script> Chargé(e) d'études", None);
    input.notes = Some("'; DROP TABLE applications; --".into());
    let app = store.create_application(input).unwrap();
    let again = store.application(app.id).unwrap();
    assert_eq!(
        again.title,
        "<script>alert('x')</script> Chargé(e) d'études"
    );
    assert_eq!(
        again.notes.as_deref(),
        Some("'; DROP TABLE applications; --")
    );
    assert_eq!(store.list_applications().unwrap().len(), 1);
}

#[test]
fn settings_default_to_french_and_persist() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.settings().unwrap().language, Language::Fr);
        let saved = store
            .update_settings(&Settings {
                language: Language::En,
            })
            .unwrap();
        assert_eq!(saved.language, Language::En);
    }
    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(store.settings().unwrap().language, Language::En);
}

#[test]
fn deleting_an_application_removes_its_timeline() {
    let store = Store::open_in_memory().unwrap();
    let id = store.create_application(coopi()).unwrap().id;
    store.set_status(id, Status::Sent, None).unwrap();
    store.delete_application(id).unwrap();
    assert!(store.status_history(id).unwrap().is_empty());
}

#[test]
fn addresses_in_copy_are_kept_split_checked_and_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let store = Store::open_in(dir.path()).unwrap();
        let mut input = coopi();
        // As typed in one field: separators mixed, the recipient repeated, one twice.
        input.apply_cc = vec![
            " raf@coopi.org; Direction@COOPI.org ,assist.admin.bamako@coopi.org ".into(),
            "direction@coopi.org".into(),
        ];
        let app = store.create_application(input).unwrap();
        assert_eq!(app.apply_cc, ["raf@coopi.org", "Direction@COOPI.org"]);
        app.id
    };
    let store = Store::open_in(dir.path()).unwrap();
    let app = store.application(id).unwrap();
    assert_eq!(app.apply_cc, ["raf@coopi.org", "Direction@COOPI.org"]);

    // A slip in one address refuses the whole edit, naming the field; nothing changes.
    let mut edit = coopi();
    edit.apply_cc = vec!["raf@coopi.org, direction.coopi.org".into()];
    let err = store.update_application(id, edit).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(
        matches!(
            err,
            Error::Validation {
                field: "apply_cc",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(store.application(id).unwrap().apply_cc.len(), 2);

    // Emptied: none left.
    let app = store.update_application(id, coopi()).unwrap();
    assert!(app.apply_cc.is_empty());
}
