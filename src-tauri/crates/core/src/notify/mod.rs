//! Desktop notifications that report failure, so the shell can fall back to a banner in
//! the app instead of losing the reminder.
//!
//! Tauri's notification plugin drops D-Bus errors on Linux: a candidate without a
//! notification service would never learn that a deadline is near. Here [`Notifier::show`]
//! returns an error when no service answers. A click on a notification ("default" action)
//! comes back as a [`Click`] naming the application to open.
//!
//! Linux and the BSDs speak `org.freedesktop.Notifications` on the session bus (zbus);
//! Windows shows a toast under the app's id. Other systems get [`NotifyError::Unsupported`].

use std::sync::mpsc::Receiver;

use crate::model::Language;
use crate::reminders::Notice;

#[cfg(all(unix, not(target_os = "macos")))]
mod freedesktop;
#[cfg(all(unix, not(target_os = "macos")))]
use freedesktop as platform;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as platform;

#[cfg(not(any(all(unix, not(target_os = "macos")), windows)))]
mod unsupported;
#[cfg(not(any(all(unix, not(target_os = "macos")), windows)))]
use unsupported as platform;

/// Whether the desktop shows tray icons. Windows always has its notification area.
pub fn tray_available() -> bool {
    #[cfg(all(unix, not(target_os = "macos")))]
    return freedesktop::tray_available();
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    return cfg!(windows);
}

/// The application's name on notifications, and its id for Windows (the bundle identifier
/// the installer registers, see `tauri.conf.json`).
pub const APP_NAME: &str = "Postulo";
pub const APP_ID: &str = "org.postulo.desktop";

/// What to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub summary: String,
    /// Plain text; escaped here for services that read markup.
    pub body: String,
    /// Opened when the notification is clicked; `None` opens the main window.
    pub application_id: Option<i64>,
    /// The label of the click action, for services that show it as a button.
    pub open_label: String,
    /// Asks the service to keep it on screen (a deadline within hours).
    pub urgent: bool,
}

impl Message {
    pub fn from_notice(notice: &Notice, lang: Language) -> Self {
        Self {
            summary: notice.summary.clone(),
            body: notice.body.clone(),
            application_id: notice.application_id,
            open_label: match lang {
                Language::Fr => "Ouvrir".to_owned(),
                Language::En => "Open".to_owned(),
            },
            urgent: notice.urgency <= crate::countdown::Urgency::Soon,
        }
    }
}

/// A notification was clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Click {
    /// The id [`Notifier::show`] returned.
    pub notification_id: u32,
    /// The application to open, as in the [`Message`].
    pub application_id: Option<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// No session bus to talk to (no desktop session, or a bad address).
    #[error("no session bus: {0}")]
    NoBus(String),
    /// The bus is there but nobody provides notifications.
    #[error("no notification service answers: {0}")]
    NoService(String),
    /// The service answered with an error, or did not answer in time.
    #[error("the notification could not be shown: {0}")]
    Failed(String),
    #[error("desktop notifications are not supported on this system")]
    Unsupported,
}

/// A connection to the desktop's notification service, kept for the life of the app so
/// that clicks on earlier notifications still arrive.
#[derive(Debug)]
pub struct Notifier(platform::Notifier);

impl Notifier {
    /// Connects to the desktop session's notification service.
    pub fn connect() -> Result<Self, NotifyError> {
        platform::Notifier::connect().map(Self)
    }

    /// Connects to the notification service on the D-Bus at `address` (a private bus in
    /// tests, e.g. `unix:path=/tmp/…`).
    #[cfg(all(unix, not(target_os = "macos")))]
    pub fn connect_to(address: &str) -> Result<Self, NotifyError> {
        platform::Notifier::connect_to(address).map(Self)
    }

    /// Shows `message` and returns its id, or says why it could not be shown.
    pub fn show(&self, message: &Message) -> Result<u32, NotifyError> {
        self.0.show(message)
    }

    /// The clicks on notifications shown by this notifier, for one listener (a thread of
    /// the shell that opens the application); `None` once taken.
    pub fn take_clicks(&self) -> Option<Receiver<Click>> {
        self.0.take_clicks()
    }
}

#[cfg(test)]
mod tests {
    /// Windows shows a toast only for an app id the installer registered: the bundle's
    /// identifier. The two must never drift apart.
    #[test]
    fn the_notification_app_id_is_the_bundle_identifier() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../../../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"].as_str(), Some(super::APP_ID));
    }
}
