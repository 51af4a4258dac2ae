//! Systems Postulo does not ship for: every notification falls back to the in-app banner.

use std::sync::mpsc::Receiver;

use super::{Click, Message, NotifyError};

#[derive(Debug)]
pub struct Notifier;

impl Notifier {
    pub fn connect() -> Result<Self, NotifyError> {
        Err(NotifyError::Unsupported)
    }

    pub fn show(&self, _message: &Message) -> Result<u32, NotifyError> {
        Err(NotifyError::Unsupported)
    }

    pub fn take_clicks(&self) -> Option<Receiver<Click>> {
        None
    }
}
