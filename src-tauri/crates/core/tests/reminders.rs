//! Reminders with an injected clock: when they fall due (daylight saving, other zones,
//! dates without an hour), how they follow the application (sending, closing, moving the
//! deadline, interviews, deleting), and that each is shown exactly once, across restarts
//! and with two processes on the same database.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;

use chrono::{DateTime, Duration, NaiveTime, Utc};
use postulo_core::clock::ManualClock;
use postulo_core::countdown::Urgency;
use postulo_core::model::{
    ApplicationInput, Deadline, DesktopSettings, InterviewInput, Language, ReminderSettings, Status,
};
use postulo_core::reminders::{present, CustomReminderInput, ReminderKind};
use postulo_core::{ErrorCode, Store};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn deadline(date: &str, time: Option<&str>, tz: &str) -> Deadline {
    Deadline {
        date: date.parse().unwrap(),
        time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
        timezone: tz.into(),
    }
}

fn application(title: &str, deadline: Option<Deadline>) -> ApplicationInput {
    ApplicationInput {
        title: title.into(),
        organization: "UNICEF".into(),
        deadline,
        ..Default::default()
    }
}

fn store_at(now: &str) -> (Store, ManualClock) {
    let clock = ManualClock::new(at(now));
    let store = Store::open_in_memory().unwrap().with_clock(clock.clock());
    (store, clock)
}

fn open(path: &Path, clock: &ManualClock) -> Store {
    Store::open_file(path).unwrap().with_clock(clock.clock())
}

/// (kind, due instant) of the application's reminders still pending.
fn pending(store: &Store, id: i64) -> Vec<(ReminderKind, String)> {
    store
        .reminders(id)
        .unwrap()
        .into_iter()
        .filter(|r| r.shown_at.is_none() && r.dismissed_at.is_none())
        .map(|r| (r.kind, r.due_at_utc))
        .collect()
}

fn deadline_dues(store: &Store, id: i64) -> Vec<String> {
    pending(store, id)
        .into_iter()
        .filter(|(k, _)| *k == ReminderKind::Deadline)
        .map(|(_, due)| due)
        .collect()
}

#[test]
fn a_paris_deadline_across_the_march_change_keeps_its_hour() {
    // Paris moves from UTC+1 to UTC+2 on Sunday 2026-03-29 at 02:00.
    let (store, _clock) = store_at("2026-03-01T08:00:00Z");
    let app = store
        .create_application(application(
            "Chargée de programme",
            Some(deadline("2026-03-30", Some("17:00"), "Europe/Paris")),
        ))
        .unwrap();
    assert_eq!(
        deadline_dues(&store, app.id),
        [
            // 7 and 2 days before: 17:00 Paris in winter time (UTC+1).
            "2026-03-23T16:00:00Z",
            "2026-03-28T16:00:00Z",
            // 1 day before, after the change: 17:00 Paris is now 15:00 UTC.
            "2026-03-29T15:00:00Z",
            // 3 hours before 17:00 CEST.
            "2026-03-30T12:00:00Z",
        ]
    );
}

#[test]
fn a_deadline_in_another_zone_is_reminded_at_its_own_instant_and_worded_on_the_users_clock() {
    let (store, clock) = store_at("2025-12-01T08:00:00Z");
    let app = store
        .create_application(application(
            "Logisticien",
            Some(deadline("2025-12-12", Some("17:00"), "Africa/Lagos")),
        ))
        .unwrap();
    // 17:00 in Lagos is 16:00 UTC.
    assert_eq!(
        deadline_dues(&store, app.id),
        [
            "2025-12-05T16:00:00Z",
            "2025-12-10T16:00:00Z",
            "2025-12-11T16:00:00Z",
            "2025-12-12T13:00:00Z",
        ]
    );
    clock.set(at("2025-12-11T16:00:00Z"));
    let due = store.claim_due_reminders(clock.now()).unwrap();
    // The 7-day and 2-day ones fell due while nobody looked, then the 1-day one: one
    // notice, worded from the latest, on a clock in Abidjan (UTC+0).
    assert_eq!(due.len(), 3);
    let notice = present(&due, clock.now(), chrono_tz::Africa::Abidjan, Language::Fr).unwrap();
    assert_eq!(notice.summary, "Date limite\u{a0}: Logisticien");
    assert_eq!(notice.body, "UNICEF · Demain à 16:00");
    assert_eq!(notice.application_id, Some(app.id));
    assert_eq!(notice.reminder_ids.len(), 3);
    assert_eq!(notice.urgency, Urgency::Soon);
    let en = present(&due, clock.now(), chrono_tz::Africa::Lagos, Language::En).unwrap();
    assert_eq!(en.summary, "Deadline: Logisticien");
    assert_eq!(en.body, "UNICEF · Tomorrow at 17:00");
}

#[test]
fn a_date_without_an_hour_is_reminded_in_the_morning_and_on_its_last_evening() {
    let (store, _clock) = store_at("2026-05-01T08:00:00Z");
    let app = store
        .create_application(application(
            "Comptable",
            Some(deadline("2026-05-17", None, "Africa/Dakar")),
        ))
        .unwrap();
    assert_eq!(
        deadline_dues(&store, app.id),
        [
            "2026-05-10T09:00:00Z",
            "2026-05-15T09:00:00Z",
            "2026-05-16T09:00:00Z",
            // Three hours before the end of the day (23:59:59).
            "2026-05-17T20:59:59Z",
        ]
    );
}

#[test]
fn reminders_already_past_when_scheduled_are_not_created() {
    let (store, _clock) = store_at("2026-05-16T08:00:00Z");
    let app = store
        .create_application(application(
            "Chauffeur",
            Some(deadline("2026-05-17", Some("17:00"), "Africa/Bamako")),
        ))
        .unwrap();
    // 7 and 2 days before are past: the candidate is looking at the application now.
    assert_eq!(
        deadline_dues(&store, app.id),
        ["2026-05-16T17:00:00Z", "2026-05-17T14:00:00Z"]
    );
    assert!(store
        .due_reminders(at("2026-05-16T08:00:00Z"))
        .unwrap()
        .is_empty());
}

#[test]
fn the_app_closed_across_several_reminders_shows_them_once_grouped() {
    let (store, clock) = store_at("2026-05-01T08:00:00Z");
    let rh = store
        .create_application(application(
            "Assistant RH",
            Some(deadline("2026-05-10", Some("17:00"), "Africa/Abidjan")),
        ))
        .unwrap();
    let mut input = application(
        "Chargé de suivi-évaluation",
        Some(deadline("2026-05-12", None, "Africa/Bamako")),
    );
    input.organization = "Médecins & Co".into();
    let me = store.create_application(input).unwrap();
    assert_eq!(
        store.next_reminder_due_at().unwrap(),
        Some(at("2026-05-03T17:00:00Z"))
    );

    // The computer sleeps from May 1st to the morning of May 11th.
    clock.set(at("2026-05-11T07:00:00Z"));
    let due = store.claim_due_reminders(clock.now()).unwrap();
    assert_eq!(due.len(), 6, "{due:#?}");
    let notice = present(&due, clock.now(), chrono_tz::Africa::Abidjan, Language::Fr).unwrap();
    assert_eq!(notice.summary, "2 rappels");
    assert_eq!(
        notice.body,
        "Date limite · Assistant RH (UNICEF)\u{a0}: Dépassée depuis 14 h\n\
         Date limite · Chargé de suivi-évaluation (Médecins & Co)\u{a0}: Demain, fin de journée"
    );
    assert_eq!(
        notice.application_id, None,
        "two applications: open the list"
    );
    assert_eq!(notice.reminder_ids.len(), 6);
    assert_eq!(notice.urgency, Urgency::Passed);
    // Shown means shown: nothing is due any more, now or a minute later.
    assert!(store.claim_due_reminders(clock.now()).unwrap().is_empty());
    clock.advance(Duration::minutes(1));
    assert!(store.due_reminders(clock.now()).unwrap().is_empty());
    // What is left: the second application's day-before one, this morning at 09:00.
    assert_eq!(
        store.next_reminder_due_at().unwrap(),
        Some(at("2026-05-11T09:00:00Z"))
    );
    let _ = (rh, me);
}

#[test]
fn two_restarts_show_each_reminder_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("postulo.sqlite3");
    let clock = ManualClock::new(at("2026-05-01T08:00:00Z"));
    let id = {
        let store = open(&path, &clock);
        store
            .create_application(application(
                "Analyste de programme",
                Some(deadline("2026-05-20", Some("12:00"), "Africa/Dakar")),
            ))
            .unwrap()
            .id
    };
    let mut shown = Vec::new();
    // First start after the 7-day reminder fell due; the app is closed again after.
    clock.set(at("2026-05-13T13:00:00Z"));
    {
        let store = open(&path, &clock);
        shown.extend(store.claim_due_reminders(clock.now()).unwrap());
        assert_eq!(shown.len(), 1);
        // Within the same run the scheduler wakes again: nothing new.
        assert!(store.claim_due_reminders(clock.now()).unwrap().is_empty());
    }
    // Second start, the same instant (a crash and restart): nothing is shown again.
    {
        let store = open(&path, &clock);
        assert!(store.claim_due_reminders(clock.now()).unwrap().is_empty());
    }
    // Third start, after the deadline: the 2-day, 1-day and 3-hour ones, once.
    clock.set(at("2026-05-21T09:00:00Z"));
    {
        let store = open(&path, &clock);
        let batch = store.claim_due_reminders(clock.now()).unwrap();
        assert_eq!(batch.len(), 3);
        shown.extend(batch);
        assert_eq!(store.next_reminder_due_at().unwrap(), None);
    }
    let store = open(&path, &clock);
    let mut ids: Vec<i64> = shown.iter().map(|d| d.reminder.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 4, "every reminder once, none twice");
    let all = store.reminders(id).unwrap();
    assert_eq!(all.len(), 4);
    assert!(all.iter().all(|r| r.shown_at.is_some()));
}

#[test]
fn two_processes_claiming_at_once_never_get_the_same_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("postulo.sqlite3");
    let clock = ManualClock::new(at("2026-01-01T08:00:00Z"));
    {
        let store = open(&path, &clock);
        for i in 0..20 {
            store
                .create_application(application(
                    &format!("Poste {i}"),
                    Some(deadline("2026-03-01", Some("17:00"), "Africa/Abidjan")),
                ))
                .unwrap();
        }
    }
    clock.set(at("2026-03-01T16:00:00Z"));
    let claims: Vec<Vec<i64>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    // Its own connection, like the CLI beside the app.
                    let store = open(&path, &clock);
                    let mut mine = Vec::new();
                    for _ in 0..5 {
                        let batch = store.claim_due_reminders(clock.now()).unwrap();
                        mine.extend(batch.into_iter().map(|d| d.reminder.id));
                    }
                    mine
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut all: Vec<i64> = claims.concat();
    let total = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), total, "a reminder was claimed twice");
    assert_eq!(total, 20 * 4);
    // And marking by hand agrees: ids already shown are not "won" again.
    let store = open(&path, &clock);
    assert!(store
        .mark_reminders_shown(&all[..3], clock.now())
        .unwrap()
        .is_empty());
}

#[test]
fn sending_stops_deadline_reminders_and_starts_the_follow_up() {
    let (store, clock) = store_at("2026-02-01T08:00:00Z");
    let app = store
        .create_application(application(
            "Assistant administratif",
            Some(deadline("2026-02-20", Some("17:00"), "Africa/Abidjan")),
        ))
        .unwrap();
    assert_eq!(deadline_dues(&store, app.id).len(), 4);
    clock.set(at("2026-02-10T10:00:00Z"));
    store.set_status(app.id, Status::Ready, None).unwrap();
    assert_eq!(
        deadline_dues(&store, app.id).len(),
        4,
        "ready: still to send"
    );
    store.set_status(app.id, Status::Sent, None).unwrap();
    assert_eq!(
        pending(&store, app.id),
        [(ReminderKind::FollowUp, "2026-02-24T10:00:00Z".to_owned())]
    );
    // Two weeks later, the follow-up says so.
    clock.set(at("2026-02-24T10:00:00Z"));
    let due = store.claim_due_reminders(clock.now()).unwrap();
    let notice = present(&due, clock.now(), chrono_tz::UTC, Language::Fr).unwrap();
    assert_eq!(notice.summary, "Relance\u{a0}: Assistant administratif");
    assert_eq!(
        notice.body,
        "UNICEF · Envoyée il y a 14 jours\u{a0}: pensez à relancer le recruteur"
    );
    // Shortlisted: no follow-up needed any more (none pending).
    store.set_status(app.id, Status::Shortlisted, None).unwrap();
    assert!(pending(&store, app.id).is_empty());
}

#[test]
fn a_follow_up_not_yet_shown_goes_when_the_application_moves_on() {
    let (store, clock) = store_at("2026-02-01T08:00:00Z");
    let app = store
        .create_application(application("Juriste", None))
        .unwrap();
    store.set_status(app.id, Status::Sent, None).unwrap();
    assert_eq!(pending(&store, app.id).len(), 1);
    clock.advance(Duration::days(3));
    store.set_status(app.id, Status::Interview, None).unwrap();
    assert!(pending(&store, app.id).is_empty());
}

#[test]
fn closing_an_application_drops_all_its_pending_reminders() {
    for closing in [
        Status::Rejected,
        Status::Withdrawn,
        Status::Accepted,
        Status::Expired,
    ] {
        let (store, _clock) = store_at("2026-02-01T08:00:00Z");
        let app = store
            .create_application(application(
                "Agent de terrain",
                Some(deadline("2026-02-20", Some("17:00"), "Africa/Abidjan")),
            ))
            .unwrap();
        store
            .add_custom_reminder(app.id, custom("2026-02-05", "09:00", "Appeler Awa"))
            .unwrap();
        store
            .add_interview(app.id, interview("2026-02-25", "10:00"))
            .unwrap();
        assert_eq!(pending(&store, app.id).len(), 4 + 1 + 2);
        store.set_status(app.id, closing, None).unwrap();
        assert!(pending(&store, app.id).is_empty(), "{closing:?}");
        // The candidate may still set one on purpose.
        store
            .add_custom_reminder(app.id, custom("2026-03-01", "09:00", "Repostuler"))
            .unwrap();
        assert_eq!(pending(&store, app.id).len(), 1);
    }
}

#[test]
fn an_application_expiring_unsent_loses_its_reminders() {
    let (store, clock) = store_at("2026-02-01T08:00:00Z");
    let app = store
        .create_application(application(
            "Magasinier",
            Some(deadline("2026-02-10", Some("17:00"), "Africa/Abidjan")),
        ))
        .unwrap();
    clock.set(at("2026-02-11T08:00:00Z"));
    // Claimed first: the candidate learns the deadline passed, then it expires.
    let due = store.claim_due_reminders(clock.now()).unwrap();
    assert_eq!(due.len(), 4);
    store
        .add_custom_reminder(app.id, custom("2026-02-15", "09:00", "Demander un délai"))
        .unwrap();
    assert_eq!(store.expire_overdue(clock.now()).unwrap(), [app.id]);
    assert!(pending(&store, app.id).is_empty());
    assert_eq!(store.reminders(app.id).unwrap().len(), 4, "shown ones stay");
}

#[test]
fn moving_the_deadline_reschedules_and_keeps_what_was_shown() {
    let (store, clock) = store_at("2026-02-01T08:00:00Z");
    let mut input = application(
        "Statisticien",
        Some(deadline("2026-02-10", Some("17:00"), "Africa/Abidjan")),
    );
    let app = store.create_application(input.clone()).unwrap();
    clock.set(at("2026-02-03T18:00:00Z"));
    let shown = store.claim_due_reminders(clock.now()).unwrap();
    assert_eq!(shown.len(), 1, "the 7-day one");
    // The organisation extends the deadline by a week.
    input.deadline = Some(deadline("2026-02-17", Some("17:00"), "Africa/Abidjan"));
    store.update_application(app.id, input.clone()).unwrap();
    assert_eq!(
        deadline_dues(&store, app.id),
        [
            "2026-02-10T17:00:00Z",
            "2026-02-15T17:00:00Z",
            "2026-02-16T17:00:00Z",
            "2026-02-17T14:00:00Z",
        ]
    );
    assert_eq!(store.reminders(app.id).unwrap().len(), 5);
    // Editing something else changes nothing.
    input.notes = Some("Prolongée".into());
    store.update_application(app.id, input.clone()).unwrap();
    assert_eq!(store.reminders(app.id).unwrap().len(), 5);
    // Removing the deadline removes its pending reminders.
    input.deadline = None;
    store.update_application(app.id, input).unwrap();
    assert!(deadline_dues(&store, app.id).is_empty());
}

#[test]
fn interviews_are_reminded_the_day_before_and_two_hours_before() {
    let (store, clock) = store_at("2026-03-01T08:00:00Z");
    let app = store
        .create_application(application("Analyste", None))
        .unwrap();
    store.set_status(app.id, Status::Interview, None).unwrap();
    let mut input = interview("2026-03-30", "10:30");
    input.timezone = "Europe/Paris".into();
    input.place = Some("Bureau UNICEF, Dakar".into());
    let iv = store.add_interview(app.id, input.clone()).unwrap();
    assert_eq!(
        pending(&store, app.id),
        [
            (ReminderKind::Interview, "2026-03-29T08:30:00Z".to_owned()),
            (ReminderKind::Interview, "2026-03-30T06:30:00Z".to_owned()),
        ]
    );
    clock.set(at("2026-03-29T09:00:00Z"));
    let due = store.claim_due_reminders(clock.now()).unwrap();
    let notice = present(&due, clock.now(), chrono_tz::Europe::Paris, Language::En).unwrap();
    assert_eq!(notice.summary, "Interview: Analyste");
    assert_eq!(
        notice.body,
        "UNICEF · Tomorrow at 10:30 · Bureau UNICEF, Dakar"
    );
    // Moved by an hour: both follow (the day-before one is due again, with the new
    // hour), and the one already shown stays as it was.
    input.time = NaiveTime::from_hms_opt(11, 30, 0).unwrap();
    store.update_interview(iv.id, input).unwrap();
    assert_eq!(
        pending(&store, app.id),
        [
            (ReminderKind::Interview, "2026-03-29T09:30:00Z".to_owned()),
            (ReminderKind::Interview, "2026-03-30T07:30:00Z".to_owned()),
        ]
    );
    assert_eq!(store.reminders(app.id).unwrap().len(), 3);
    store.delete_interview(iv.id).unwrap();
    assert!(store.reminders(app.id).unwrap().is_empty());
}

#[test]
fn deleting_an_application_deletes_its_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("postulo.sqlite3");
    let clock = ManualClock::new(at("2026-02-01T08:00:00Z"));
    let store = open(&path, &clock);
    let app = store
        .create_application(application(
            "Caissier",
            Some(deadline("2026-02-20", Some("17:00"), "Africa/Abidjan")),
        ))
        .unwrap();
    store
        .add_custom_reminder(app.id, custom("2026-02-05", "09:00", "Photos d'identité"))
        .unwrap();
    store.delete_application(app.id).unwrap();
    assert_eq!(store.next_reminder_due_at().unwrap(), None);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let left: i64 = conn
        .query_row("SELECT count(*) FROM reminders", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
    assert_eq!(
        store.reminders(app.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

fn custom(date: &str, time: &str, note: &str) -> CustomReminderInput {
    CustomReminderInput {
        date: date.parse().unwrap(),
        time: NaiveTime::parse_from_str(time, "%H:%M").unwrap(),
        timezone: "Africa/Abidjan".into(),
        note: note.into(),
    }
}

fn interview(date: &str, time: &str) -> InterviewInput {
    InterviewInput {
        date: date.parse().unwrap(),
        time: NaiveTime::parse_from_str(time, "%H:%M").unwrap(),
        timezone: "Africa/Abidjan".into(),
        place: None,
        notes: None,
    }
}

#[test]
fn custom_reminders_can_be_added_changed_dismissed_and_deleted() {
    let (store, clock) = store_at("2026-02-01T08:00:00Z");
    let app = store
        .create_application(application("Secrétaire", None))
        .unwrap();
    let r = store
        .add_custom_reminder(
            app.id,
            custom("2026-02-03", "09:00", "  Légaliser les diplômes  "),
        )
        .unwrap();
    assert_eq!(r.kind, ReminderKind::Custom);
    assert_eq!(r.note.as_deref(), Some("Légaliser les diplômes"));
    assert_eq!(r.due_at_utc, "2026-02-03T09:00:00Z");

    clock.set(at("2026-02-03T09:00:00Z"));
    let due = store.claim_due_reminders(clock.now()).unwrap();
    let notice = present(&due, clock.now(), chrono_tz::UTC, Language::Fr).unwrap();
    assert_eq!(notice.summary, "Rappel\u{a0}: Secrétaire");
    assert_eq!(notice.body, "UNICEF · Légaliser les diplômes");

    // Changing it arms it again.
    let r = store
        .update_custom_reminder(r.id, custom("2026-02-04", "09:00", "Retirer les diplômes"))
        .unwrap();
    assert_eq!(r.shown_at, None);
    assert_eq!(
        store.next_reminder_due_at().unwrap(),
        Some(at("2026-02-04T09:00:00Z"))
    );
    let r = store.dismiss_reminder(r.id, clock.now()).unwrap();
    assert!(r.dismissed_at.is_some());
    assert_eq!(store.next_reminder_due_at().unwrap(), None);
    store.delete_custom_reminder(r.id).unwrap();
    assert!(store.reminders(app.id).unwrap().is_empty());
    assert_eq!(
        store.delete_custom_reminder(r.id).unwrap_err().code(),
        ErrorCode::NotFound
    );

    // Refused: in the past, without a note, in an unknown zone.
    for (input, field) in [
        (custom("2026-02-01", "09:00", "Trop tard"), "date"),
        (custom("2026-02-10", "09:00", "   "), "note"),
        (
            CustomReminderInput {
                timezone: "Africa/Atlantis".into(),
                ..custom("2026-02-10", "09:00", "Zone inconnue")
            },
            "timezone",
        ),
    ] {
        match store.add_custom_reminder(app.id, input) {
            Err(postulo_core::Error::Validation { field: f, .. }) => assert_eq!(f, field),
            other => panic!("expected a validation error on {field}, got {other:?}"),
        }
    }
    // Automatic reminders are dismissed, not deleted.
    let (store, _clock) = store_at("2026-02-01T08:00:00Z");
    let app = store
        .create_application(application(
            "Comptable",
            Some(deadline("2026-02-20", None, "Africa/Abidjan")),
        ))
        .unwrap();
    let first = store.reminders(app.id).unwrap()[0].id;
    assert_eq!(
        store.delete_custom_reminder(first).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn reminder_settings_and_per_application_offsets_reschedule() {
    let (store, _clock) = store_at("2026-02-01T08:00:00Z");
    assert_eq!(
        store.reminder_settings().unwrap(),
        ReminderSettings {
            deadline_offsets: vec![10080, 2880, 1440, 180],
            follow_up_days: 14,
            no_response_days: 30,
        }
    );
    let a = store
        .create_application(application(
            "A",
            Some(deadline("2026-02-20", Some("17:00"), "Africa/Abidjan")),
        ))
        .unwrap();
    let b = store
        .create_application(application(
            "B",
            Some(deadline("2026-02-20", Some("17:00"), "Africa/Abidjan")),
        ))
        .unwrap();
    // B wants only "the day before" and "one hour before".
    let own = store
        .set_deadline_offsets(b.id, Some(vec![60, 1440, 60]))
        .unwrap();
    assert_eq!(own.minutes, [1440, 60]);
    assert!(own.custom);
    assert_eq!(
        deadline_dues(&store, b.id),
        ["2026-02-19T17:00:00Z", "2026-02-20T16:00:00Z"]
    );
    // The settings change: A follows, B keeps its own.
    let saved = store
        .update_reminder_settings(&ReminderSettings {
            deadline_offsets: vec![3 * 1440],
            follow_up_days: 7,
            no_response_days: 30,
        })
        .unwrap();
    assert_eq!(saved.follow_up_days, 7);
    assert_eq!(deadline_dues(&store, a.id), ["2026-02-17T17:00:00Z"]);
    assert_eq!(deadline_dues(&store, b.id).len(), 2);
    // An empty list: no deadline reminder for B; `None`: back to the settings.
    store.set_deadline_offsets(b.id, Some(vec![])).unwrap();
    assert!(deadline_dues(&store, b.id).is_empty());
    let back = store.set_deadline_offsets(b.id, None).unwrap();
    assert!(!back.custom);
    assert_eq!(deadline_dues(&store, b.id), ["2026-02-17T17:00:00Z"]);
    // Nonsense is refused.
    for bad in [vec![0], vec![91 * 1440], (1..=9).map(|h| h * 60).collect()] {
        assert_eq!(
            store
                .set_deadline_offsets(a.id, Some(bad))
                .unwrap_err()
                .code(),
            ErrorCode::Validation
        );
    }
    assert_eq!(
        store
            .update_reminder_settings(&ReminderSettings {
                deadline_offsets: vec![],
                follow_up_days: 1000,
                no_response_days: 30,
            })
            .unwrap_err()
            .code(),
        ErrorCode::Validation
    );
}

#[test]
fn desktop_settings_default_to_the_tray_and_not_starting_at_login() {
    let (store, _clock) = store_at("2026-02-01T08:00:00Z");
    let defaults = store.desktop_settings().unwrap();
    assert_eq!(
        defaults,
        DesktopSettings {
            close_to_tray: true,
            close_to_tray_explained: false,
            start_at_login: false,
        }
    );
    let changed = DesktopSettings {
        close_to_tray_explained: true,
        start_at_login: true,
        ..defaults
    };
    assert_eq!(store.update_desktop_settings(&changed).unwrap(), changed);
    assert_eq!(store.desktop_settings().unwrap(), changed);
    // The language is a separate setting: saving it leaves these alone.
    let mut settings = store.settings().unwrap();
    settings.language = Language::En;
    store.update_settings(&settings).unwrap();
    assert_eq!(store.desktop_settings().unwrap(), changed);
}
