//! Contacts, interviews and the candidate's profile.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

use crate::common::{application, day};
use chrono::NaiveTime;
use postulo_core::error::Invalid;
use postulo_core::model::{ContactInput, InterviewInput, Profile};
use postulo_core::{Error, Store};

#[test]
fn contacts_are_added_edited_listed_and_deleted() {
    let store = Store::open_in_memory().unwrap();
    let app = store
        .create_application(application("Coordinateur", "COOPI", None))
        .unwrap();
    let hr = store
        .add_contact(
            app.id,
            ContactInput {
                name: "  Mme Awa Koné ".into(),
                role: Some("Responsable RH".into()),
                email: Some("awa.kone@coopi.org".into()),
                phone: Some("+223 76 12 34 56".into()),
            },
        )
        .unwrap();
    assert_eq!(hr.name, "Mme Awa Koné");
    let edited = store
        .update_contact(
            hr.id,
            ContactInput {
                name: "Awa Koné".into(),
                role: None,
                email: None,
                phone: Some("(00223) 20 22 33 44".into()),
            },
        )
        .unwrap();
    assert_eq!(edited.role, None);
    assert_eq!(
        store.contacts(app.id).unwrap(),
        std::slice::from_ref(&edited)
    );
    let err = store
        .add_contact(
            app.id,
            ContactInput {
                name: "X".into(),
                phone: Some("pas de numéro".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Validation {
            field: "phone",
            reason: Invalid::Phone
        }
    ));
    assert!(matches!(
        store.add_contact(
            999,
            ContactInput {
                name: "X".into(),
                ..Default::default()
            }
        ),
        Err(Error::NotFound { .. })
    ));
    store.delete_contact(edited.id).unwrap();
    assert!(store.contacts(app.id).unwrap().is_empty());
    assert!(matches!(
        store.delete_contact(edited.id),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn interviews_keep_their_zone_and_sort_by_instant() {
    let store = Store::open_in_memory().unwrap();
    let app = store
        .create_application(application("Coordinateur", "COOPI", None))
        .unwrap();
    let interview = |date: &str, time: (u32, u32), tz: &str| InterviewInput {
        date: day(date),
        time: NaiveTime::from_hms_opt(time.0, time.1, 0).unwrap(),
        timezone: tz.into(),
        place: Some("Teams".into()),
        notes: None,
    };
    // 10:00 in Paris (09:00 UTC) comes before 09:30 in Bamako (09:30 UTC).
    let bamako = store
        .add_interview(app.id, interview("2026-01-12", (9, 30), "Africa/Bamako"))
        .unwrap();
    let paris = store
        .add_interview(app.id, interview("2026-01-12", (10, 0), "Europe/Paris"))
        .unwrap();
    assert_eq!(paris.starts_at_utc, "2026-01-12T09:00:00Z");
    let order: Vec<_> = store
        .interviews(app.id)
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(order, [paris.id, bamako.id]);

    let moved = store
        .update_interview(bamako.id, interview("2026-01-11", (15, 0), "Africa/Bamako"))
        .unwrap();
    assert_eq!(moved.time, NaiveTime::from_hms_opt(15, 0, 0).unwrap());
    assert_eq!(store.interviews(app.id).unwrap()[0].id, bamako.id);
    assert!(matches!(
        store.add_interview(app.id, interview("2026-01-12", (9, 0), "Mali/Bamako")),
        Err(Error::Validation {
            field: "timezone",
            ..
        })
    ));
    store.delete_interview(paris.id).unwrap();
    assert_eq!(store.interviews(app.id).unwrap().len(), 1);
}

#[test]
fn the_profile_is_empty_until_saved_then_persists() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open_in(dir.path()).unwrap();
        assert_eq!(store.profile().unwrap(), Profile::default());
        let saved = store
            .update_profile(Profile {
                first_name: " Aïssata ".into(),
                last_name: "Traoré".into(),
                email: Some("aissata.traore@example.org".into()),
                phone: Some("+223 66 00 00 00".into()),
                postal_address: Some("BP 123\nBamako".into()),
            })
            .unwrap();
        assert_eq!(saved.first_name, "Aïssata");
        assert_eq!(saved.file_name_prefix().as_deref(), Some("TRAORE_Aissata"));
        let err = store
            .update_profile(Profile {
                email: Some("pas-un-email".into()),
                ..saved.clone()
            })
            .unwrap_err();
        assert!(matches!(err, Error::Validation { field: "email", .. }));
    }
    let store = Store::open_in(dir.path()).unwrap();
    let profile = store.profile().unwrap();
    assert_eq!(profile.last_name, "Traoré");
    assert_eq!(profile.postal_address.as_deref(), Some("BP 123\nBamako"));
}
