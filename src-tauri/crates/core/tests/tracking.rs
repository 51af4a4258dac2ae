//! What every tracker has: applications entered with past dates, follow-ups and
//! « Sans réponse », statistics over a period, and duplicates found before saving.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use chrono::{DateTime, Duration, NaiveDate, Utc};
use postulo_core::clock::ManualClock;
use postulo_core::model::{
    ApplicationInput, InterviewInput, OrganizationType, ReminderSettings, StatsPeriod, Status,
};
use postulo_core::reminders::ReminderKind;
use postulo_core::{Error, Store};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn store_at(now: &str) -> (Store, ManualClock) {
    let clock = ManualClock::new(at(now));
    let store = Store::open_in_memory().unwrap().with_clock(clock.clock());
    (store, clock)
}

fn input(title: &str, organization: &str) -> ApplicationInput {
    ApplicationInput {
        title: title.into(),
        organization: organization.into(),
        ..Default::default()
    }
}

fn invalid_reason(result: Result<impl std::fmt::Debug, Error>) -> String {
    match result {
        Err(Error::Validation { field, reason }) => format!("{field}: {reason:?}"),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn an_application_entered_afterwards_keeps_its_past_dates_in_order() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let app = store.create_application(input("Comptable", "OIM")).unwrap();
    store
        .set_status_on(app.id, Status::Sent, None, Some(at("2026-10-01T09:00:00Z")))
        .unwrap();
    store
        .set_status_on(
            app.id,
            Status::Interview,
            Some("Entretien à Dakar"),
            Some(at("2026-10-20T09:00:00Z")),
        )
        .unwrap();

    let history = store.status_history(app.id).unwrap();
    let steps: Vec<(&str, Status)> = history.iter().map(|e| (&e.at[..10], e.to)).collect();
    assert_eq!(
        steps,
        [
            ("2026-10-01", Status::ToPrepare),
            ("2026-10-01", Status::Sent),
            ("2026-10-20", Status::Interview)
        ],
        "the creation moved back to the first dated step"
    );
    let app = store.application(app.id).unwrap();
    assert!(
        app.created_at.starts_with("2026-10-01"),
        "{}",
        app.created_at
    );
    assert_eq!(app.status, Status::Interview);
}

#[test]
fn a_dated_step_is_never_in_the_future_nor_before_the_previous_one() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let app = store.create_application(input("Comptable", "OIM")).unwrap();
    assert_eq!(
        invalid_reason(store.set_status_on(
            app.id,
            Status::Sent,
            None,
            Some(at("2026-12-07T10:00:00Z"))
        )),
        "at: InFuture"
    );
    store
        .set_status_on(app.id, Status::Sent, None, Some(at("2026-11-10T09:00:00Z")))
        .unwrap();
    assert_eq!(
        invalid_reason(store.set_status_on(
            app.id,
            Status::Rejected,
            None,
            Some(at("2026-11-01T09:00:00Z"))
        )),
        "at: BeforePrevious"
    );
    // Nothing was recorded by the refused steps.
    assert_eq!(store.status_history(app.id).unwrap().len(), 2);
    assert_eq!(store.application(app.id).unwrap().status, Status::Sent);
}

#[test]
fn no_reminder_is_created_for_a_moment_already_past() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let app = store.create_application(input("Comptable", "OIM")).unwrap();
    // Sent 40 days ago: the follow-up reminder (14 days after) would be 26 days late.
    store
        .set_status_on(app.id, Status::Sent, None, Some(at("2026-10-27T10:00:00Z")))
        .unwrap();
    assert!(store.reminders(app.id).unwrap().is_empty());
    assert!(store
        .due_reminders(at("2026-12-06T10:00:00Z"))
        .unwrap()
        .is_empty());
}

#[test]
fn a_sent_application_without_news_reads_sans_reponse_until_followed_up() {
    let (store, clock) = store_at("2026-12-06T10:00:00Z");
    let quiet = store.create_application(input("Comptable", "OIM")).unwrap();
    let recent = store.create_application(input("Chauffeur", "PAM")).unwrap();
    store
        .set_status_on(
            quiet.id,
            Status::Sent,
            None,
            Some(at("2026-10-27T10:00:00Z")),
        )
        .unwrap();
    store
        .set_status_on(
            recent.id,
            Status::Sent,
            None,
            Some(at("2026-11-30T10:00:00Z")),
        )
        .unwrap();

    let listed = store.search_applications(&Default::default()).unwrap();
    let silence = |id| {
        listed
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .no_response
            .clone()
    };
    let found = silence(quiet.id).expect("40 days without news");
    assert_eq!(found.days, 40);
    assert!(!found.followed_up);
    assert_eq!(silence(recent.id), None);
    let dashboard = store.dashboard(store.now(), store.today()).unwrap();
    let ids: Vec<i64> = dashboard.no_response.iter().map(|a| a.id).collect();
    assert_eq!(ids, [quiet.id]);

    // Following up restarts both the count and the follow-up reminder.
    let follow_up = store
        .add_follow_up(quiet.id, None, Some("Appel au service RH"))
        .unwrap();
    assert_eq!(store.follow_ups(quiet.id).unwrap(), [follow_up]);
    let listed = store.search_applications(&Default::default()).unwrap();
    assert_eq!(
        listed
            .iter()
            .find(|a| a.id == quiet.id)
            .unwrap()
            .no_response,
        None
    );
    let pending: Vec<(ReminderKind, String)> = store
        .reminders(quiet.id)
        .unwrap()
        .into_iter()
        .map(|r| (r.kind, r.due_at_utc))
        .collect();
    assert_eq!(
        pending,
        [(ReminderKind::FollowUp, "2026-12-20T10:00:00Z".to_owned())]
    );

    // 30 days later, still nothing: « Sans réponse » again, this time followed up.
    clock.advance(Duration::days(30));
    let listed = store.search_applications(&Default::default()).unwrap();
    let again = listed
        .iter()
        .find(|a| a.id == quiet.id)
        .unwrap()
        .no_response
        .clone()
        .unwrap();
    assert!(again.followed_up);
    assert_eq!(again.days, 30);

    // The candidate's own threshold; 0 turns it off.
    store
        .update_reminder_settings(&ReminderSettings {
            no_response_days: 0,
            ..store.reminder_settings().unwrap()
        })
        .unwrap();
    let listed = store.search_applications(&Default::default()).unwrap();
    assert!(listed.iter().all(|a| a.no_response.is_none()));
    assert_eq!(store.reminder_settings().unwrap().no_response_days, 0);
}

#[test]
fn follow_ups_need_a_sent_application_and_a_date_after_sending() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let app = store.create_application(input("Comptable", "OIM")).unwrap();
    assert_eq!(
        invalid_reason(store.add_follow_up(app.id, None, None)),
        "status: NotSent"
    );
    store
        .set_status_on(app.id, Status::Sent, None, Some(at("2026-11-10T09:00:00Z")))
        .unwrap();
    assert_eq!(
        invalid_reason(store.add_follow_up(app.id, Some(at("2026-11-01T09:00:00Z")), None)),
        "at: BeforePrevious"
    );
    assert_eq!(
        invalid_reason(store.add_follow_up(app.id, Some(at("2026-12-08T09:00:00Z")), None)),
        "at: InFuture"
    );
    assert!(matches!(
        store.add_follow_up(999, None, None),
        Err(Error::NotFound { .. })
    ));
    let made = store
        .add_follow_up(app.id, Some(at("2026-11-25T09:00:00Z")), None)
        .unwrap();
    store.delete_follow_up(made.id).unwrap();
    assert!(store.follow_ups(app.id).unwrap().is_empty());
}

/// Six applications over three months, with answers, an interview and a refusal.
fn search_of_three_months(store: &Store) {
    let make = |title: &str, org: &str, kind: Option<OrganizationType>, source: Option<&str>| {
        store
            .create_application(ApplicationInput {
                organization_type: kind,
                source_url: source.map(Into::into),
                ..input(title, org)
            })
            .unwrap()
            .id
    };
    let step = |id, status, when: &str| {
        store
            .set_status_on(id, status, None, Some(at(when)))
            .unwrap();
    };
    let a = make(
        "Comptable",
        "OIM",
        Some(OrganizationType::Un),
        Some("https://www.unjobs.org/1"),
    );
    step(a, Status::Sent, "2026-09-02T09:00:00Z");
    step(a, Status::Interview, "2026-09-12T09:00:00Z"); // 10 days to the first answer
    store
        .add_interview(
            a,
            InterviewInput {
                date: NaiveDate::from_ymd_opt(2026, 9, 15).unwrap(),
                time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                timezone: "Africa/Dakar".into(),
                place: None,
                notes: None,
            },
        )
        .ok();
    let b = make(
        "Chauffeur",
        "PAM",
        Some(OrganizationType::Un),
        Some("https://unjobs.org/2"),
    );
    step(b, Status::Sent, "2026-09-05T09:00:00Z");
    step(b, Status::Rejected, "2026-10-05T09:00:00Z"); // 30 days
    let c = make(
        "Logisticien",
        "Croix-Rouge",
        Some(OrganizationType::Ngo),
        Some("https://reliefweb.int/job/3"),
    );
    step(c, Status::Sent, "2026-10-01T09:00:00Z"); // no answer yet: « Sans réponse »
    let d = make("Assistant", "Orange", Some(OrganizationType::Private), None);
    step(d, Status::Sent, "2026-10-03T09:00:00Z");
    step(d, Status::Shortlisted, "2026-10-23T09:00:00Z"); // 20 days
    let e = make("Agent", "Mairie", None, None);
    step(e, Status::Withdrawn, "2026-11-02T09:00:00Z"); // never sent
    make(
        "Secrétaire",
        "Ministère",
        Some(OrganizationType::Public),
        None,
    ); // still to prepare
}

#[test]
fn statistics_count_what_was_sent_answered_and_how_fast() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    search_of_three_months(&store);
    let stats = store.statistics(StatsPeriod::default()).unwrap();
    assert_eq!(stats.applications, 6);
    assert_eq!(stats.sent, 4);
    assert_eq!(stats.answered, 3);
    assert_eq!(stats.response_rate, Some(0.75));
    assert_eq!(stats.interviews, 1);
    assert_eq!(stats.interviews_per_sent, Some(0.25));
    assert_eq!(stats.median_days_to_answer, Some(20.0));
    assert_eq!(stats.no_response, 1);
    let count = |s: Status| {
        stats
            .by_status
            .iter()
            .find(|c| c.status == s)
            .unwrap()
            .count
    };
    assert_eq!(stats.by_status.len(), Status::ALL.len());
    assert_eq!(
        (
            count(Status::Interview),
            count(Status::Rejected),
            count(Status::Sent),
            count(Status::Withdrawn),
            count(Status::ToPrepare)
        ),
        (1, 1, 1, 1, 1)
    );
    let months: Vec<(&str, u32, u32, u32)> = stats
        .by_month
        .iter()
        .map(|m| (m.month.as_str(), m.started, m.sent, m.answered))
        .collect();
    // The application still to prepare started today (December).
    assert_eq!(
        months,
        [
            ("2026-09", 2, 2, 1),
            ("2026-10", 2, 2, 2),
            ("2026-11", 1, 0, 0),
            ("2026-12", 1, 0, 0)
        ]
    );
    let kinds: Vec<(Option<OrganizationType>, u32, u32, Option<f64>)> = stats
        .by_organization_type
        .iter()
        .map(|g| (g.key, g.applications, g.sent, g.response_rate))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some(OrganizationType::Ngo), 1, 1, Some(0.0)),
            (Some(OrganizationType::Un), 2, 2, Some(1.0)),
            (Some(OrganizationType::Public), 1, 0, None),
            (Some(OrganizationType::Private), 1, 1, Some(1.0)),
            (None, 1, 0, None),
        ]
    );
    let sources: Vec<(Option<&str>, u32)> = stats
        .by_source
        .iter()
        .map(|g| (g.key.as_deref(), g.applications))
        .collect();
    assert_eq!(
        sources,
        [
            (Some("unjobs.org"), 2),
            (Some("reliefweb.int"), 1),
            (None, 3)
        ]
    );
}

#[test]
fn a_period_keeps_the_applications_started_within_it() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    search_of_three_months(&store);
    let october = store
        .statistics(StatsPeriod {
            from: NaiveDate::from_ymd_opt(2026, 10, 1),
            to: NaiveDate::from_ymd_opt(2026, 10, 31),
        })
        .unwrap();
    assert_eq!(
        (october.applications, october.sent, october.answered),
        (2, 2, 1)
    );
    let empty = store
        .statistics(StatsPeriod {
            from: NaiveDate::from_ymd_opt(2025, 1, 1),
            to: NaiveDate::from_ymd_opt(2025, 1, 31),
        })
        .unwrap();
    assert_eq!(empty.applications, 0);
    assert_eq!(empty.response_rate, None);
    assert_eq!(empty.median_days_to_answer, None);
    assert!(empty.by_month.is_empty());
    assert!(empty.by_status.iter().all(|c| c.count == 0));
    assert_eq!(
        invalid_reason(store.statistics(StatsPeriod {
            from: NaiveDate::from_ymd_opt(2026, 12, 1),
            to: NaiveDate::from_ymd_opt(2026, 1, 1),
        })),
        "period: Date"
    );
}

#[test]
fn the_same_post_entered_twice_is_found_before_saving() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let first = store
        .create_application(ApplicationInput {
            reference: Some("CFA-OIM-CI-02-2025".into()),
            ..input(
                "Chargé(e) de suivi-évaluation (H/F)",
                "Organisation internationale pour les migrations",
            )
        })
        .unwrap();
    store.create_application(input("Chauffeur", "OIM")).unwrap();
    let found = store
        .find_duplicates(
            "Charge de Suivi Evaluation",
            "ORGANISATION INTERNATIONALE POUR LES MIGRATIONS",
            None,
            None,
        )
        .unwrap();
    assert_eq!(found.iter().map(|a| a.id).collect::<Vec<_>>(), [first.id]);
    // Another reference is another recruitment.
    assert!(store
        .find_duplicates(
            "Chargé de suivi-évaluation",
            "Organisation internationale pour les migrations",
            Some("CFA-OIM-CI-07-2025"),
            None
        )
        .unwrap()
        .is_empty());
    // Editing an application does not find itself.
    assert!(store
        .find_duplicates(
            &first.title,
            &first.organization,
            first.reference.as_deref(),
            Some(first.id)
        )
        .unwrap()
        .is_empty());
}

#[test]
fn the_organization_type_is_kept_and_can_be_cleared() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let app = store
        .create_application(ApplicationInput {
            organization_type: Some(OrganizationType::Ngo),
            ..input("Comptable", "Plan International")
        })
        .unwrap();
    assert_eq!(
        store.application(app.id).unwrap().organization_type,
        Some(OrganizationType::Ngo)
    );
    let edited = store
        .update_application(app.id, input("Comptable", "Plan International"))
        .unwrap();
    assert_eq!(edited.organization_type, None);
    // What an older interface sends, without the field, reads as unknown.
    let old: ApplicationInput =
        serde_json::from_str(r#"{"title":"T","organization":"O","reference":null,"location":null,"contract":null,"source_url":null,"apply_method":null,"apply_email":null,"apply_subject":null,"apply_url":null,"apply_address":null,"deadline":null,"notes":null}"#).unwrap();
    assert_eq!(old.organization_type, None);
}

#[test]
fn the_statistics_read_the_milestones_as_the_view_defines_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("postulo.sqlite3");
    let store = Store::open_file(&path).unwrap();
    store.seed_benchmark_data(300, 3, 5).unwrap();
    store.seed_benchmark_history(8, 9).unwrap();
    let stats = store.statistics(StatsPeriod::default()).unwrap();

    let conn = rusqlite::Connection::open(&path).unwrap();
    let count = |sql: &str| -> u32 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(stats.applications, 300);
    assert_eq!(
        stats.sent,
        count("SELECT count(*) FROM application_milestones WHERE sent_at IS NOT NULL")
    );
    assert_eq!(
        stats.answered,
        count(
            "SELECT count(*) FROM application_milestones
             WHERE sent_at IS NOT NULL AND first_answer_at IS NOT NULL"
        )
    );
    assert!(stats.sent > 100 && stats.answered > 50, "{stats:?}");
    // The median from the view's dates, computed here independently.
    let mut days: Vec<i64> = conn
        .prepare(
            "SELECT sent_at, first_answer_at FROM application_milestones
             WHERE sent_at IS NOT NULL AND first_answer_at IS NOT NULL",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .map(|r| {
            let (sent, answered) = r.unwrap();
            (at(&answered) - at(&sent)).num_days()
        })
        .collect();
    days.sort_unstable();
    let mid = days.len() / 2;
    let median = if days.len() % 2 == 1 {
        days[mid] as f64
    } else {
        (days[mid - 1] + days[mid]) as f64 / 2.0
    };
    assert_eq!(stats.median_days_to_answer, Some(median));
    // « Sans réponse », as the list counts it.
    let listed = store.search_applications(&Default::default()).unwrap();
    let silent = listed.iter().filter(|a| a.no_response.is_some()).count() as u32;
    assert_eq!(stats.no_response, silent);
}

/// The « Dernière modification » cell of the exported CSV (French, `;`) for the one row.
fn exported_last_change(store: &Store) -> String {
    use postulo_core::export::{ListFormat, Separator};
    use postulo_core::model::{ApplicationQuery, Language};
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("liste.csv");
    store
        .export_list(
            &ApplicationQuery::default(),
            ListFormat::Csv,
            Separator::Semicolon,
            Language::Fr,
            &dest,
        )
        .unwrap();
    let text = std::fs::read_to_string(&dest).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap().split(';').collect();
    let column = header
        .iter()
        .position(|h| *h == "Dernière modification")
        .unwrap_or_else(|| panic!("{header:?}"));
    let row: Vec<&str> = lines.next().unwrap().split(';').collect();
    row[column].to_owned()
}

/// Entered today with past dates: the last change is the last dated step (a status change
/// or a follow-up), not today.
#[test]
fn the_exported_last_change_is_the_last_dated_step() {
    let (store, _clock) = store_at("2026-12-06T10:00:00Z");
    let app = store.create_application(input("Comptable", "OIM")).unwrap();
    store
        .set_status_on(app.id, Status::Sent, None, Some(at("2026-10-01T12:00:00Z")))
        .unwrap();
    store
        .set_status_on(
            app.id,
            Status::Interview,
            None,
            Some(at("2026-10-20T12:00:00Z")),
        )
        .unwrap();
    let cell = exported_last_change(&store);
    assert!(cell.starts_with("20/10/2026"), "{cell}");

    store
        .add_follow_up(app.id, Some(at("2026-11-02T12:00:00Z")), None)
        .unwrap();
    let cell = exported_last_change(&store);
    assert!(cell.starts_with("02/11/2026"), "{cell}");
}
