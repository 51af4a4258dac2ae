//! The store's change reports, forwarded: the reminder scheduler looks again whenever the
//! schedule may have moved (a deadline, a status, an interview, a reminder setting), the
//! vault's reader whenever a document came in ([`crate::vault_reader`]), and
//! the window hears of writes made by another process (postulo-cli while the app is open)
//! within a second, to show them. No command has to remember either.

use std::time::Duration;

use postulo_core::store::Domain;
use postulo_core::Store;
use tauri::{AppHandle, Emitter, Manager};

use crate::reminders::ReminderService;
use crate::vault_reader::VaultReader;

/// What the window listens to; the payload is the core's `Changes`.
pub const STORE_CHANGED_EVENT: &str = "store-changed";

/// How often another process's writes are looked for: well within the two seconds a
/// candidate waits before wondering.
const EXTERNAL_POLL: Duration = Duration::from_millis(750);

/// Starts forwarding; the store and the reminder service are managed already.
pub fn forward(app: &AppHandle) {
    let handle = app.clone();
    app.state::<Store>().on_change(move |changes| {
        if changes.moves_reminders() {
            if let Some(reminders) = handle.try_state::<ReminderService>() {
                reminders.wake();
            }
        }
        if changes.touches(Domain::Documents) {
            if let Some(reader) = handle.try_state::<VaultReader>() {
                reader.wake();
            }
        }
        if changes.external {
            let _ = handle.emit(STORE_CHANGED_EVENT, changes);
        }
    });
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("store-watch".into())
        .spawn(move || loop {
            // Reports through the listener above; an error (the disk gone for a moment)
            // is tried again at the next look.
            let _ = handle.state::<Store>().external_changes();
            std::thread::sleep(EXTERNAL_POLL);
        });
    if let Err(e) = spawned {
        eprintln!("postulo: cannot watch for changes made by postulo-cli: {e}");
    }
}
