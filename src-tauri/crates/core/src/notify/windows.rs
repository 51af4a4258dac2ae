//! Windows toasts through notify-rust, under the app's id so they carry its name and icon.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;

use notify_rust::{Notification, NotificationResponse};

use super::{Click, Message, NotifyError, APP_ID};

#[derive(Debug)]
pub struct Notifier {
    sender: Sender<Click>,
    clicks: Mutex<Option<Receiver<Click>>>,
    next_id: AtomicU32,
}

impl Notifier {
    pub fn connect() -> Result<Self, NotifyError> {
        let (sender, receiver) = mpsc::channel();
        Ok(Self {
            sender,
            clicks: Mutex::new(Some(receiver)),
            next_id: AtomicU32::new(1),
        })
    }

    pub fn show(&self, message: &Message) -> Result<u32, NotifyError> {
        let handle = Notification::new()
            .app_id(APP_ID)
            .summary(&message.summary)
            .body(&message.body)
            .action("default", &message.open_label)
            .show()
            .map_err(|e| NotifyError::Failed(e.to_string()))?;
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let sender = self.sender.clone();
        let application_id = message.application_id;
        // Each toast reports its own activation; a thread waits for it.
        std::thread::spawn(move || {
            let _ = handle.wait_for_response(move |response: &NotificationResponse| {
                let clicked = match response {
                    NotificationResponse::Default => true,
                    NotificationResponse::Action(key) => key == "default",
                    _ => false,
                };
                if clicked {
                    let _ = sender.send(Click {
                        notification_id: id,
                        application_id,
                    });
                }
            });
        });
        Ok(id)
    }

    pub fn take_clicks(&self) -> Option<Receiver<Click>> {
        self.clicks
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }
}
