//! The reminder service: a background thread that sleeps until the next reminder falls due,
//! claims it in the database (so neither a second process nor a restart shows it twice),
//! and shows it as a desktop notification. At start it first delivers, grouped, whatever
//! fell due while Postulo was closed.
//!
//! When no notification service answers, the notice goes to the window as a banner
//! (event `reminder-banner`), and the window is brought forward so it is seen. A click on a
//! notification opens its application (event `open-application`).

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use postulo_core::clock::local_time_zone;
use postulo_core::notify::{Message, Notifier, NotifyError};
use postulo_core::reminders::{present, DueReminder, Notice};
use postulo_core::Store;
use tauri::{AppHandle, Emitter, Manager};

use crate::{main_window, tray};

/// The longest sleep, even with nothing due: after a suspend or a change of the system
/// clock, the next due time is worked out again within this.
const LONGEST_SLEEP: Duration = Duration::from_secs(15 * 60);
/// After a database error, wait this long before trying again rather than spin.
const AFTER_ERROR: Duration = Duration::from_secs(30);

pub const BANNER_EVENT: &str = "reminder-banner";
pub const OPEN_EVENT: &str = "open-application";

/// Managed state: the store's change reports wake it ([`crate::store_events`]) whenever a
/// write may have moved the schedule, so the new schedule is followed at once.
pub struct ReminderService {
    wake: Mutex<Sender<()>>,
}

impl ReminderService {
    pub fn wake(&self) {
        // The thread gone means the app is exiting: nothing left to wake.
        if let Ok(sender) = self.wake.lock() {
            let _ = sender.send(());
        }
    }
}

/// Starts the service; the returned state is to be managed by the app.
pub fn start(app: &AppHandle) -> ReminderService {
    let (sender, receiver) = mpsc::channel();
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || run(&handle, &receiver));
    if let Err(e) = spawned {
        eprintln!("postulo: cannot start the reminder service: {e}");
    }
    ReminderService {
        wake: Mutex::new(sender),
    }
}

fn run(app: &AppHandle, wake: &Receiver<()>) {
    let notifier = match Notifier::connect() {
        Ok(notifier) => {
            listen_for_clicks(app, &notifier);
            Some(notifier)
        }
        Err(e) => {
            eprintln!("postulo: no desktop notifications ({e}); reminders show in the window");
            None
        }
    };
    loop {
        let pause = match step(app, notifier.as_ref()) {
            Ok(pause) => pause,
            Err(e) => {
                eprintln!("postulo: reminders: {e}");
                AFTER_ERROR
            }
        };
        tray::refresh(app);
        match wake.recv_timeout(pause) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Delivers what is due and says how long to sleep.
fn step(app: &AppHandle, notifier: Option<&Notifier>) -> postulo_core::Result<Duration> {
    let store = app.state::<Store>();
    let now = store.now();
    let due = store.claim_due_reminders(now)?;
    if !due.is_empty() {
        let lang = store.settings()?.language;
        deliver(app, notifier, &due, lang);
    }
    // After claiming, never before: expiring an application drops its pending reminders,
    // and the last one before a missed deadline must still be shown.
    if !store.expire_overdue(now)?.is_empty() {
        let _ = app.emit("applications-expired", ());
    }
    let next = store.next_reminder_due_at()?;
    Ok(next
        .map(|at| (at - store.now()).to_std().unwrap_or(Duration::ZERO))
        .unwrap_or(LONGEST_SLEEP)
        .min(LONGEST_SLEEP))
}

fn deliver(
    app: &AppHandle,
    notifier: Option<&Notifier>,
    due: &[DueReminder],
    lang: postulo_core::model::Language,
) {
    let now = app.state::<Store>().now();
    let Some(notice) = present(due, now, local_time_zone(), lang) else {
        return;
    };
    let shown = notifier
        .ok_or(NotifyError::NoService("not connected".into()))
        .and_then(|n| n.show(&Message::from_notice(&notice, lang)));
    match shown {
        Ok(_) => {
            // The window, if open, refreshes what it shows about these reminders.
            let _ = app.emit("reminders-shown", &notice.reminder_ids);
        }
        Err(e) => {
            eprintln!("postulo: notification not shown ({e}): showing it in the window");
            show_banner(app, &notice);
        }
    }
}

/// The fallback: the notice as a banner in the window, brought to the front. Before the
/// window's page listens (reminders missed while closed are claimed at start, while the
/// page is still loading), notices wait in [`Banners`] until `ui_ready`.
fn show_banner(app: &AppHandle, notice: &Notice) {
    main_window::bring_to_front(app);
    let banners = app.state::<Banners>();
    let mut state = banners.0.lock().unwrap_or_else(|p| p.into_inner());
    if state.ui_ready {
        drop(state);
        emit_banner(app, notice);
    } else {
        state.waiting.push(notice.clone());
    }
}

fn emit_banner(app: &AppHandle, notice: &Notice) {
    if let Err(e) = app.emit(BANNER_EVENT, notice) {
        eprintln!("postulo: cannot show the reminder in the window: {e}");
    }
}

/// Banners waiting for the page to listen.
#[derive(Default)]
pub struct Banners(Mutex<BannerState>);

#[derive(Default)]
struct BannerState {
    ui_ready: bool,
    waiting: Vec<Notice>,
}

/// The page listens from now on: what waited is shown.
pub fn ui_ready(app: &AppHandle) {
    let banners = app.state::<Banners>();
    let waiting = {
        let mut state = banners.0.lock().unwrap_or_else(|p| p.into_inner());
        state.ui_ready = true;
        std::mem::take(&mut state.waiting)
    };
    for notice in &waiting {
        emit_banner(app, notice);
    }
}

fn listen_for_clicks(app: &AppHandle, notifier: &Notifier) {
    let Some(clicks) = notifier.take_clicks() else {
        return;
    };
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("notification-opens".into())
        .spawn(move || {
            for click in clicks {
                main_window::bring_to_front(&handle);
                if let Some(id) = click.application_id {
                    let _ = handle.emit(OPEN_EVENT, id);
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("postulo: clicks on notifications will not open Postulo: {e}");
    }
}
