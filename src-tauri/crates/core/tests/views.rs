//! The list (search, filters, sort), the dashboard, automatic expiry and the benchmark seed.

// Helpers outside `#[test]` functions are test code too.
#![allow(clippy::unwrap_used)]

use crate::common::{application, day, pdf, write};
use chrono::{DateTime, Utc};
use postulo_core::model::{
    ApplicationQuery, ChecklistItemInput, ChecklistStage, DocumentKind, SortKey, Status, Validity,
    EXPIRED_NOTE,
};
use postulo_core::Store;

fn titles(store: &Store, query: &ApplicationQuery) -> Vec<String> {
    store
        .search_applications(query)
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect()
}

fn text(q: &str) -> ApplicationQuery {
    ApplicationQuery {
        text: Some(q.into()),
        ..Default::default()
    }
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

#[test]
fn search_ignores_accents_case_and_ligatures() {
    let store = Store::open_in_memory().unwrap();
    let mut eval = application("Évaluation finale du projet", "Médecins du Monde", None);
    eval.location = Some("Ségou".into());
    store.create_application(eval).unwrap();
    store
        .create_application(application("Chargé(e) d’études", "Œuvre Malienne", None))
        .unwrap();
    store
        .create_application(application("Logisticien 100%", "PUI", None))
        .unwrap();

    assert_eq!(
        titles(&store, &text("evaluation")),
        ["Évaluation finale du projet"]
    );
    assert_eq!(
        titles(&store, &text("ÉVALUATION")),
        ["Évaluation finale du projet"]
    );
    assert_eq!(
        titles(&store, &text("medecins")),
        ["Évaluation finale du projet"]
    );
    assert_eq!(
        titles(&store, &text("segou")),
        ["Évaluation finale du projet"]
    );
    assert_eq!(titles(&store, &text("oeuvre")), ["Chargé(e) d’études"]);
    assert_eq!(
        titles(&store, &text("charge d'etudes")),
        ["Chargé(e) d’études"]
    );
    // Every word must match, in any order.
    assert_eq!(
        titles(&store, &text("projet finale")),
        ["Évaluation finale du projet"]
    );
    assert!(titles(&store, &text("projet logisticien")).is_empty());
    // Wildcards typed by the user (% and _) match themselves.
    assert_eq!(titles(&store, &text("100%")), ["Logisticien 100%"]);
    assert!(titles(&store, &text("1_0")).is_empty());
    // Blank search lists everything.
    assert_eq!(titles(&store, &text("   ")).len(), 3);

    // An edit updates what is searched.
    let id = store.search_applications(&text("logisticien")).unwrap()[0].id;
    store
        .update_application(id, application("Logisticienne Éducation", "PUI", None))
        .unwrap();
    assert_eq!(
        titles(&store, &text("education")),
        ["Logisticienne Éducation"]
    );
}

#[test]
fn filters_and_sorts() {
    let store = Store::open_in_memory().unwrap();
    let a = store
        .create_application(application("Zoologiste", "COOPI", Some("2099-03-10")))
        .unwrap();
    let b = store
        .create_application(application(
            "Économiste",
            "Save the Children",
            Some("2099-01-05"),
        ))
        .unwrap();
    let c = store
        .create_application(application("Agronome", "coopi", None))
        .unwrap();
    let d = store
        .create_application(application("Médecin", "Ålliance", Some("2099-02-01")))
        .unwrap();
    store.set_status(b.id, Status::Sent, None).unwrap();

    // Default: nearest deadline first, undated last (all deadlines ahead here).
    assert_eq!(
        titles(&store, &ApplicationQuery::default()),
        ["Économiste", "Médecin", "Zoologiste", "Agronome"]
    );
    let desc = ApplicationQuery {
        descending: true,
        ..Default::default()
    };
    assert_eq!(
        titles(&store, &desc),
        ["Zoologiste", "Médecin", "Économiste", "Agronome"]
    );
    // Title order ignores accents: "Économiste" sorts with the E's.
    let by_title = ApplicationQuery {
        sort: SortKey::Title,
        ..Default::default()
    };
    assert_eq!(
        titles(&store, &by_title),
        ["Agronome", "Économiste", "Médecin", "Zoologiste"]
    );
    let by_org = ApplicationQuery {
        sort: SortKey::Organization,
        ..Default::default()
    };
    assert_eq!(
        titles(&store, &by_org),
        ["Médecin", "Zoologiste", "Agronome", "Économiste"]
    );
    let by_created = ApplicationQuery {
        sort: SortKey::Created,
        descending: true,
        ..Default::default()
    };
    assert_eq!(
        store
            .search_applications(&by_created)
            .unwrap()
            .iter()
            .map(|x| x.id)
            .collect::<Vec<_>>(),
        [d.id, c.id, b.id, a.id]
    );

    // Statuses.
    let open = ApplicationQuery {
        statuses: vec![Status::ToPrepare, Status::Ready],
        ..Default::default()
    };
    assert_eq!(titles(&store, &open), ["Médecin", "Zoologiste", "Agronome"]);
    // Deadline window, inclusive, on the posting's day.
    let window = ApplicationQuery {
        deadline_from: Some(day("2099-01-05")),
        deadline_to: Some(day("2099-02-01")),
        ..Default::default()
    };
    assert_eq!(titles(&store, &window), ["Économiste", "Médecin"]);
    // Organization, ignoring case and accents.
    let org = ApplicationQuery {
        organization: Some("COOPI".into()),
        ..Default::default()
    };
    assert_eq!(titles(&store, &org), ["Zoologiste", "Agronome"]);
    let org = ApplicationQuery {
        organization: Some("alliance".into()),
        ..Default::default()
    };
    assert_eq!(titles(&store, &org), ["Médecin"]);
    // Combined.
    let combined = ApplicationQuery {
        text: Some("zoo".into()),
        statuses: vec![Status::ToPrepare],
        organization: Some("coopi".into()),
        ..Default::default()
    };
    assert_eq!(titles(&store, &combined), ["Zoologiste"]);

    assert_eq!(
        store.organizations().unwrap(),
        ["Ålliance", "coopi", "Save the Children"]
    );
}

#[test]
fn overdue_applications_expire_with_a_note() {
    let store = Store::open_in_memory().unwrap();
    // Deadlines are 17:00 in Bamako (UTC).
    let overdue = store
        .create_application(application("Passée", "PUI", Some("2026-01-05")))
        .unwrap();
    let ready = store
        .create_application(application("Prête mais passée", "PUI", Some("2026-01-05")))
        .unwrap();
    store.set_status(ready.id, Status::Ready, None).unwrap();
    let sent = store
        .create_application(application("Envoyée", "PUI", Some("2026-01-05")))
        .unwrap();
    store.set_status(sent.id, Status::Sent, None).unwrap();
    let later = store
        .create_application(application("Plus tard", "PUI", Some("2026-01-06")))
        .unwrap();
    let undated = store
        .create_application(application("Sans date", "PUI", None))
        .unwrap();

    // One second before the deadline: nothing.
    assert!(store
        .expire_overdue(at("2026-01-05T16:59:59Z"))
        .unwrap()
        .is_empty());
    // At the deadline itself, still on time; after it, expired.
    assert!(store
        .expire_overdue(at("2026-01-05T17:00:00Z"))
        .unwrap()
        .is_empty());
    let expired = store.expire_overdue(at("2026-01-05T17:00:01Z")).unwrap();
    assert_eq!(expired, [overdue.id, ready.id]);
    for id in [overdue.id, ready.id] {
        assert_eq!(store.application(id).unwrap().status, Status::Expired);
        // The test's clock is earlier than the real one that stamped the creation, so
        // the event is looked up rather than taken last.
        let history = store.status_history(id).unwrap();
        let event = history.iter().find(|e| e.to == Status::Expired).unwrap();
        assert_eq!(event.note.as_deref(), Some(EXPIRED_NOTE));
        assert_eq!(event.at, "2026-01-05T17:00:01.000Z");
        let from = if id == ready.id {
            Status::Ready
        } else {
            Status::ToPrepare
        };
        assert_eq!(event.from, Some(from));
    }
    for (id, status) in [
        (sent.id, Status::Sent),
        (later.id, Status::ToPrepare),
        (undated.id, Status::ToPrepare),
    ] {
        assert_eq!(store.application(id).unwrap().status, status);
    }
    // Running again changes nothing.
    assert!(store
        .expire_overdue(at("2026-01-05T18:00:00Z"))
        .unwrap()
        .is_empty());
}

#[test]
fn the_dashboard_shows_deadlines_gaps_and_documents_to_renew() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(&dir.path().join("data")).unwrap();
    let now = at("2026-01-10T08:00:00Z");
    let today = day("2026-01-10");

    let past = store
        .create_application(application("Passée", "PUI", Some("2026-01-09")))
        .unwrap();
    let soon = store
        .create_application(application("Bientôt", "COOPI", Some("2026-01-20")))
        .unwrap();
    let later = store
        .create_application(application("Plus tard", "ACF", Some("2026-04-30")))
        .unwrap();
    let sent = store
        .create_application(application("Envoyée", "PNUD", Some("2026-01-15")))
        .unwrap();
    store.set_status(sent.id, Status::Sent, None).unwrap();
    let short = store
        .create_application(application("Présélection", "UNICEF", Some("2026-01-02")))
        .unwrap();
    store
        .add_checklist_item(
            short.id,
            ChecklistItemInput::new(DocumentKind::CriminalRecord, ChecklistStage::IfShortlisted),
        )
        .unwrap();
    store
        .set_status(short.id, Status::Shortlisted, None)
        .unwrap();

    // Documents: a record valid until 14 Jan (expiring soon, and before two deadlines),
    // an ID card valid for years, a medical certificate already expired.
    let record = write(dir.path(), "casier.pdf", &pdf(1, 1));
    let record = store
        .add_document(
            &record,
            DocumentKind::CriminalRecord,
            "Casier",
            Some(day("2025-10-15")),
        )
        .unwrap()
        .document;
    let id_card = write(dir.path(), "cni.pdf", &pdf(1, 2));
    let id_card = store
        .add_document(&id_card, DocumentKind::IdDocument, "CNI", None)
        .unwrap()
        .document;
    store
        .update_document(
            id_card.id,
            postulo_core::model::DocumentUpdate {
                kind: DocumentKind::IdDocument,
                title: "CNI".into(),
                issued_on: None,
                valid_until: Some(day("2030-01-01")),
                certified_on: None,
            },
        )
        .unwrap();
    let medical = write(dir.path(), "medical.pdf", &pdf(1, 3));
    let medical = store
        .add_document(
            &medical,
            DocumentKind::MedicalCertificate,
            "Certificat",
            Some(day("2025-06-01")),
        )
        .unwrap()
        .document;
    for app in [soon.id, later.id] {
        let item = store
            .add_checklist_item(
                app,
                ChecklistItemInput::new(DocumentKind::CriminalRecord, ChecklistStage::Now),
            )
            .unwrap();
        store.attach_document(item.id, record.id).unwrap();
    }
    // The soon application is otherwise complete.
    for entry in store.checklist(soon.id, today).unwrap().entries {
        if entry.item.document_id.is_none() {
            store.attach_document(entry.item.id, id_card.id).unwrap();
        }
    }

    // Interviews: one this morning two hours ago (still shown: the candidate may be on the
    // way), one next week, one yesterday (gone).
    for (date, hh) in [("2026-01-10", 6), ("2026-01-17", 9), ("2026-01-09", 10)] {
        store
            .add_interview(
                short.id,
                postulo_core::model::InterviewInput {
                    date: day(date),
                    time: chrono::NaiveTime::from_hms_opt(hh, 0, 0).unwrap(),
                    timezone: "Africa/Bamako".into(),
                    place: None,
                    notes: None,
                },
            )
            .unwrap();
    }

    let dash = store.dashboard(now, today).unwrap();
    let interviews: Vec<_> = dash
        .interviews
        .iter()
        .map(|i| (i.interview.date.to_string(), i.application.title.as_str()))
        .collect();
    assert_eq!(
        interviews,
        [
            ("2026-01-10".to_string(), "Présélection"),
            ("2026-01-17".to_string(), "Présélection")
        ]
    );
    let next: Vec<_> = dash
        .next_deadlines
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(next, ["Bientôt", "Plus tard"]);
    let incomplete: Vec<_> = dash.incomplete.iter().map(|a| a.title.as_str()).collect();
    // The past one is still to prepare (not yet expired): it shows, first by deadline.
    // « Plus tard » misses pieces too, but is already listed under the next deadlines with
    // its progress: each application once.
    assert_eq!(incomplete, ["Présélection", "Passée"]);
    assert!(!dash.next_deadlines[1].progress.is_complete());
    assert_eq!(dash.incomplete[0].progress.due, 3);
    assert_eq!(dash.incomplete[1].id, past.id);

    let alerts: Vec<_> = dash
        .documents
        .iter()
        .map(|d| {
            (
                d.document.id,
                d.validity,
                d.expires_before.iter().map(|a| a.id).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(
        alerts,
        [
            (medical.id, Validity::Expired, vec![]),
            (record.id, Validity::ExpiringSoon, vec![soon.id, later.id]),
        ]
    );
}

#[test]
fn the_benchmark_seed_fills_the_store_quickly_and_the_list_reads_it_back() {
    let store = Store::open_in_memory().unwrap();
    store.seed_benchmark_data(500, 5, 42).unwrap();
    let all = store
        .search_applications(&ApplicationQuery::default())
        .unwrap();
    assert_eq!(all.len(), 500);
    assert!(all.iter().all(|a| a.progress.due <= 5));
    assert!(all.iter().any(|a| a.progress.ready > 0));
    // Every list item's progress equals the one computed from its checklist.
    for item in all.iter().step_by(37) {
        let checklist = store.checklist(item.id, day("2026-01-01")).unwrap();
        assert_eq!(item.progress, checklist.progress, "application {}", item.id);
        assert_eq!(checklist.entries.len(), 5);
    }
    let found = store.search_applications(&text("evaluateur")).unwrap();
    assert!(!found.is_empty());
    assert!(found.iter().all(|a| a.title.starts_with("Évaluateur")));
    // Same seed, same data.
    let again = Store::open_in_memory().unwrap();
    again.seed_benchmark_data(500, 5, 42).unwrap();
    let titles_a: Vec<_> = all.iter().map(|a| (&a.title, &a.deadline)).collect();
    let other = again
        .search_applications(&ApplicationQuery::default())
        .unwrap();
    let titles_b: Vec<_> = other.iter().map(|a| (&a.title, &a.deadline)).collect();
    assert_eq!(titles_a, titles_b);
}

#[test]
fn deadlines_still_ahead_come_before_those_already_passed() {
    let store = Store::open_in_memory().unwrap();
    let today = Utc::now().date_naive();
    let shifted = |days: i64| {
        (today + chrono::Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    for (title, deadline) in [
        ("Passée il y a longtemps", Some(shifted(-60))),
        ("Dans un mois", Some(shifted(30))),
        ("Sans date", None),
        ("Passée hier", Some(shifted(-1))),
        ("Dans trois jours", Some(shifted(3))),
    ] {
        store
            .create_application(application(title, "ALIMA", deadline.as_deref()))
            .unwrap();
    }
    assert_eq!(
        titles(&store, &ApplicationQuery::default()),
        [
            "Dans trois jours",
            "Dans un mois",
            "Passée hier",
            "Passée il y a longtemps",
            "Sans date"
        ]
    );
}

#[test]
fn moving_an_expired_deadline_into_the_future_reopens_the_application() {
    use postulo_core::clock::Clock;
    use postulo_core::model::{Deadline, REOPENED_NOTE};

    let now = at("2026-01-10T08:00:00Z");
    let store = Store::open_in_memory()
        .unwrap()
        .with_clock(Clock::fixed(now));
    let prepared = store
        .create_application(application("Passée", "PUI", Some("2026-01-05")))
        .unwrap();
    let ready = store
        .create_application(application("Prête", "PUI", Some("2026-01-05")))
        .unwrap();
    store.set_status(ready.id, Status::Ready, None).unwrap();
    assert_eq!(store.expire_overdue(now).unwrap(), [prepared.id, ready.id]);

    // Moved, but still in the past: « Expirée » holds.
    let still_past = application("Passée", "PUI", Some("2026-01-08"));
    let app = store.update_application(prepared.id, still_past).unwrap();
    assert_eq!(app.status, Status::Expired);

    // Moved into the future: back to where each was, said in the timeline.
    for (id, title, back) in [
        (prepared.id, "Passée", Status::ToPrepare),
        (ready.id, "Prête", Status::Ready),
    ] {
        let mut input = application(title, "PUI", Some("2026-02-15"));
        input.deadline = input.deadline.map(|d| Deadline {
            timezone: "Africa/Douala".into(),
            ..d
        });
        let app = store.update_application(id, input).unwrap();
        assert_eq!(app.status, back);
        // Looked up rather than taken last: creation is stamped by the real clock.
        let history = store.status_history(id).unwrap();
        let reopened = history
            .iter()
            .find(|e| e.from == Some(Status::Expired))
            .unwrap();
        assert_eq!(
            (reopened.to, reopened.note.as_deref()),
            (back, Some(REOPENED_NOTE))
        );
    }
    // And the deadline reminders come back with it.
    assert!(!store.reminders(prepared.id).unwrap().is_empty());
}

/// Every query the list view can ask, for the paging tests.
fn list_queries() -> Vec<ApplicationQuery> {
    let mut queries = Vec::new();
    for sort in SortKey::ALL {
        for descending in [false, true] {
            queries.push(ApplicationQuery {
                sort,
                descending,
                ..Default::default()
            });
        }
    }
    queries.push(text("coordinateur"));
    queries.push(ApplicationQuery {
        statuses: vec![Status::ToPrepare, Status::Sent],
        sort: SortKey::Title,
        ..Default::default()
    });
    queries.push(ApplicationQuery {
        deadline_from: Some(day("2025-03-01")),
        deadline_to: Some(day("2025-09-30")),
        ..Default::default()
    });
    queries.push(ApplicationQuery {
        text: Some("zzz-nothing-matches".into()),
        ..Default::default()
    });
    queries
}

#[test]
fn a_page_is_the_slice_of_the_whole_list_with_its_size() {
    let store = Store::open_in_memory().unwrap();
    store.seed_benchmark_data(240, 4, 11).unwrap();
    // The deadline order is read in three parts (open, passed, undated): the seed has rows
    // of each, so that pages cross from one part to the next.
    let now = store.now();
    let all = store
        .search_applications(&ApplicationQuery::default())
        .unwrap();
    let open = all
        .iter()
        .filter(|a| {
            a.deadline_utc
                .as_deref()
                .is_some_and(|d| d >= now.to_rfc3339().as_str())
        })
        .count();
    let undated = all.iter().filter(|a| a.deadline_utc.is_none()).count();
    assert!(
        open > 0 && undated > 0 && open + undated < all.len(),
        "{open} {undated}"
    );
    for (query, size) in list_queries()
        .into_iter()
        .flat_map(|q| [(q.clone(), 50), (q, 37)])
    {
        let whole = store.search_applications(&query).unwrap();
        let mut pages = Vec::new();
        let mut offset = 0;
        loop {
            let page = store.list_page(&query, offset, size).unwrap();
            assert_eq!(page.total as usize, whole.len(), "{query:?}");
            assert_eq!(page.offset, offset);
            if page.items.is_empty() {
                break;
            }
            offset += page.items.len() as u32;
            pages.extend(page.items);
        }
        // Same rows, same order, same progress: the pages put end to end are the list.
        assert_eq!(pages, whole, "{query:?}");
    }
}

#[test]
fn a_page_past_the_end_is_empty_and_a_page_is_at_most_max_page_rows() {
    let store = Store::open_in_memory().unwrap();
    store.seed_benchmark_data(30, 2, 3).unwrap();
    let all = ApplicationQuery::default();
    let past = store.list_page(&all, 1000, 50).unwrap();
    assert_eq!((past.total, past.items.len()), (30, 0));
    let tail = store.list_page(&all, 25, 50).unwrap();
    assert_eq!(tail.items.len(), 5);
    let none = store.list_page(&all, 0, 0).unwrap();
    assert_eq!((none.total, none.items.len()), (30, 0));

    let big = Store::open_in_memory().unwrap();
    big.seed_benchmark_data(postulo_core::store::MAX_PAGE as usize + 20, 0, 5)
        .unwrap();
    let asked = big.list_page(&all, 0, u32::MAX).unwrap();
    assert_eq!(asked.items.len(), postulo_core::store::MAX_PAGE as usize);
}
