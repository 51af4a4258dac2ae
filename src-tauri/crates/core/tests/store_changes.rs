//! The store reports what each committed write changed, so that the app wakes its reminder
//! scheduler and refreshes its window without every command remembering to; writes made
//! by another process (postulo-cli) are seen too.

#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use crate::common::application;
use postulo_core::model::{ApplicationInput, Status};
use postulo_core::store::{Changes, Domain};
use postulo_core::Store;

fn recorder(store: &Store) -> Arc<Mutex<Vec<Changes>>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    store.on_change(move |c| sink.lock().unwrap().push(c.clone()));
    seen
}

fn take(seen: &Mutex<Vec<Changes>>) -> Vec<Changes> {
    std::mem::take(&mut *seen.lock().unwrap())
}

#[test]
fn each_write_reports_what_it_changed_once_committed() {
    let store = Store::open_in_memory().unwrap();
    let seen = recorder(&store);

    let app = store
        .create_application(application("Chargée de suivi", "COOPI", None))
        .unwrap();
    let created = take(&seen);
    assert!(!created.is_empty());
    assert!(created.iter().any(|c| c.touches(Domain::Applications)));
    assert!(created.iter().all(|c| !c.external));
    assert!(created.iter().any(Changes::moves_reminders));

    store.set_status(app.id, Status::Sent, None).unwrap();
    let moved = take(&seen);
    assert!(moved.iter().any(|c| c.touches(Domain::Applications)));
    assert!(
        !moved.iter().any(|c| c.touches(Domain::Documents)),
        "{moved:?}"
    );

    // Reading changes nothing, and says nothing.
    store.list_applications().unwrap();
    store.application(app.id).unwrap();
    assert!(take(&seen).is_empty());
}

#[test]
fn a_write_that_fails_reports_nothing() {
    let store = Store::open_in_memory().unwrap();
    let seen = recorder(&store);
    let refused = store.create_application(ApplicationInput {
        title: "   ".into(),
        organization: "COOPI".into(),
        ..Default::default()
    });
    assert!(refused.is_err());
    assert!(store.set_status(9999, Status::Sent, None).is_err());
    assert!(take(&seen).is_empty());
}

#[test]
fn a_listener_may_read_the_store_it_listens_to() {
    let store = Arc::new(Store::open_in_memory().unwrap());
    let counts = Arc::new(Mutex::new(Vec::new()));
    let (reader, sink) = (Arc::downgrade(&store), Arc::clone(&counts));
    store.on_change(move |_| {
        if let Some(store) = reader.upgrade() {
            sink.lock()
                .unwrap()
                .push(store.list_applications().unwrap().len());
        }
    });
    store
        .create_application(application("Agent de saisie", "ALIMA", None))
        .unwrap();
    assert_eq!(counts.lock().unwrap().last(), Some(&1));
}

#[test]
fn writes_by_another_process_are_seen_through_the_data_version() {
    let dir = tempfile::tempdir().unwrap();
    let app_store = Store::open_in(dir.path()).unwrap();
    let seen = recorder(&app_store);
    // The first look only takes note of where things stand.
    assert_eq!(app_store.external_changes().unwrap(), None);

    // postulo-cli: another connection to the same file.
    let cli = Store::open_in(dir.path()).unwrap();
    cli.create_application(application("Comptable", "AGEROUTE", None))
        .unwrap();

    let external = app_store.external_changes().unwrap().unwrap();
    assert!(external.external);
    assert!(external.touches(Domain::Applications) && external.moves_reminders());
    assert_eq!(take(&seen), [external]);
    // Seen once.
    assert_eq!(app_store.external_changes().unwrap(), None);
    // The app's own writes are not "external".
    app_store
        .create_application(application("Logisticien", "MSF", None))
        .unwrap();
    assert_eq!(app_store.external_changes().unwrap(), None);
}
