//! Reads the text of the vault's documents in the background, one at a time, so that the
//! vault can be searched by what a document says and can suggest its kind and issue date.
//! A photo or a scan takes a few seconds of text recognition, run as its own process on
//! one core ([`postulo_core::ocr`]): the candidate's window stays free meanwhile.
//!
//! It starts a little after the window, so as not to slow the first screen, and wakes
//! whenever the vault changes (the store's change reports, [`crate::store_events`]).

use std::collections::HashSet;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use postulo_core::Store;
use tauri::{AppHandle, Emitter, Manager};

/// What the window listens to; the payload is the id of the document just read.
pub const VAULT_READ_EVENT: &str = "vault-read";

/// How long after start the first document is read: the first screen comes first.
const START_DELAY: Duration = Duration::from_secs(8);

/// Managed state: wakes the reader when the vault changed.
pub struct VaultReader {
    wake: Sender<()>,
}

impl VaultReader {
    pub fn wake(&self) {
        // Fails only when the thread is gone, the app exiting: nothing left to read.
        let _ = self.wake.send(());
    }
}

/// Starts the reader; the returned state is to be managed by the app.
pub fn start(app: &AppHandle) -> VaultReader {
    let (sender, receiver) = mpsc::channel();
    let handle = app.clone();
    let spawned = std::thread::Builder::new()
        .name("vault-reader".into())
        .spawn(move || run(&handle, &receiver));
    if let Err(e) = spawned {
        eprintln!("postulo: cannot start reading the vault's documents: {e}");
    }
    VaultReader { wake: sender }
}

fn run(app: &AppHandle, wake: &Receiver<()>) {
    if let Err(RecvTimeoutError::Disconnected) = wake.recv_timeout(START_DELAY) {
        return;
    }
    // Never cancelled: when the app quits, a page being recognized is finished by its
    // engine process alone, and the document is read again at the next start (nothing is
    // kept of it until it is read whole).
    let cancel = AtomicBool::new(false);
    // Documents that could not be read in this run (a file gone from the vault, the text
    // recognition missing): tried again at the next start, not in a loop now.
    let mut skipped: HashSet<i64> = HashSet::new();
    loop {
        // One at a time, asking again after each: a document added during a long backlog
        // of photos is read next, not after them.
        let store = app.state::<Store>();
        let unread = store.unread_documents().unwrap_or_else(|e| {
            // Tried again at the vault's next change.
            eprintln!("postulo: cannot list the documents to read: {e}");
            Vec::new()
        });
        let next = unread.into_iter().find(|id| !skipped.contains(id));
        if let Some(id) = next {
            match store.read_document_text(id, &cancel) {
                Ok(()) => {
                    let _ = app.emit(VAULT_READ_EVENT, id);
                }
                Err(e) => {
                    eprintln!("postulo: document {id} could not be read: {e}");
                    skipped.insert(id);
                }
            }
            continue;
        }
        // Until the vault changes again; the changes of the reads above come too, and
        // find nothing left to read.
        if wake.recv().is_err() {
            return;
        }
        while wake.try_recv().is_ok() {}
    }
}
