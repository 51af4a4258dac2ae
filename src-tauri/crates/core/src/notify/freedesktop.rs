//! `org.freedesktop.Notifications` over the session D-Bus, with every error reported.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use zbus::blocking::{connection, Connection, MessageIterator};
use zbus::zvariant::Value;
use zbus::MatchRule;

use super::{Click, Message, NotifyError, APP_NAME};

const SERVICE: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";
/// A service that does not answer within this is as good as absent: fall back to the
/// banner rather than leave the reminder hanging.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);

/// Our notifications still on screen: id → application to open.
type Shown = Arc<Mutex<HashMap<u32, Option<i64>>>>;

#[derive(Debug)]
pub struct Notifier {
    conn: Connection,
    shown: Shown,
    clicks: Mutex<Option<Receiver<Click>>>,
    /// Whether the service reads markup in bodies (asked once).
    markup: OnceLock<bool>,
}

impl Notifier {
    pub fn connect() -> Result<Self, NotifyError> {
        Self::with(connection::Builder::session().map_err(no_bus)?)
    }

    pub fn connect_to(address: &str) -> Result<Self, NotifyError> {
        Self::with(connection::Builder::address(address).map_err(no_bus)?)
    }

    fn with(builder: connection::Builder<'_>) -> Result<Self, NotifyError> {
        let conn = builder
            .method_timeout(CALL_TIMEOUT)
            .build()
            .map_err(no_bus)?;
        // Subscribed before any notification is shown, so no click can be missed.
        let rule = MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(INTERFACE)
            .and_then(|b| b.path(PATH))
            .map_err(no_bus)?
            .build();
        let signals = MessageIterator::for_match_rule(rule, &conn, Some(64)).map_err(no_bus)?;
        let shown: Shown = Arc::default();
        let (sender, receiver) = mpsc::channel();
        let listening = Arc::clone(&shown);
        std::thread::Builder::new()
            .name("notification-clicks".into())
            .spawn(move || listen(signals, &listening, &sender))
            .map_err(|e| NotifyError::Failed(e.to_string()))?;
        Ok(Self {
            conn,
            shown,
            clicks: Mutex::new(Some(receiver)),
            markup: OnceLock::new(),
        })
    }

    pub fn show(&self, message: &Message) -> Result<u32, NotifyError> {
        let body = if self.reads_markup()? {
            escape_markup(&message.body)
        } else {
            message.body.clone()
        };
        let actions = ["default", message.open_label.as_str()];
        let mut hints: HashMap<&str, Value<'_>> = HashMap::new();
        hints.insert("urgency", Value::U8(if message.urgent { 2 } else { 1 }));
        let reply = self
            .conn
            .call_method(
                Some(SERVICE),
                PATH,
                Some(INTERFACE),
                "Notify",
                &(
                    APP_NAME,
                    0u32,
                    "",
                    message.summary.as_str(),
                    body.as_str(),
                    &actions[..],
                    hints,
                    -1i32,
                ),
            )
            .map_err(call_error)?;
        let id: u32 = reply
            .body()
            .deserialize()
            .map_err(|e| NotifyError::Failed(e.to_string()))?;
        lock(&self.shown).insert(id, message.application_id);
        Ok(id)
    }

    pub fn take_clicks(&self) -> Option<Receiver<Click>> {
        self.clicks
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }

    /// Asks the service what it supports: also the cheapest proof that one is there.
    fn reads_markup(&self) -> Result<bool, NotifyError> {
        if let Some(&markup) = self.markup.get() {
            return Ok(markup);
        }
        let reply = self
            .conn
            .call_method(Some(SERVICE), PATH, Some(INTERFACE), "GetCapabilities", &())
            .map_err(call_error)?;
        let capabilities: Vec<String> = reply
            .body()
            .deserialize()
            .map_err(|e| NotifyError::Failed(e.to_string()))?;
        let markup = capabilities.iter().any(|c| c == "body-markup");
        Ok(*self.markup.get_or_init(|| markup))
    }
}

/// Whether a tray (a StatusNotifier host: KDE, GNOME with its AppIndicator extension, XFCE,
/// Cinnamon…) is there to show the app's icon. Without one, hiding the window on close would
/// leave the candidate no way back but launching again.
pub fn tray_available() -> bool {
    let Ok(conn) =
        connection::Builder::session().and_then(|b| b.method_timeout(CALL_TIMEOUT).build())
    else {
        return false;
    };
    conn.call_method(
        Some("org.freedesktop.DBus"),
        "/org/freedesktop/DBus",
        Some("org.freedesktop.DBus"),
        "NameHasOwner",
        &("org.kde.StatusNotifierWatcher",),
    )
    .ok()
    .and_then(|reply| reply.body().deserialize::<bool>().ok())
    .unwrap_or(false)
}

/// Runs on its own thread for the life of the connection: turns the service's signals
/// about our notifications into clicks.
fn listen(signals: MessageIterator, shown: &Shown, clicks: &Sender<Click>) {
    for message in signals {
        let Ok(message) = message else { continue };
        let header = message.header();
        let body = message.body();
        match header.member().map(|m| m.as_str()) {
            Some("ActionInvoked") => {
                let Ok((id, action)) = body.deserialize::<(u32, String)>() else {
                    continue;
                };
                // Some services report a click on the body as "default" only; buttons
                // other than ours do not exist.
                let target = lock(shown).get(&id).copied();
                if let (Some(application_id), "default") = (target, action.as_str()) {
                    let click = Click {
                        notification_id: id,
                        application_id,
                    };
                    if clicks.send(click).is_err() {
                        return; // Nobody listens any more.
                    }
                }
            }
            Some("NotificationClosed") => {
                if let Ok((id, _reason)) = body.deserialize::<(u32, u32)>() {
                    lock(shown).remove(&id);
                }
            }
            _ => {}
        }
    }
}

fn lock(shown: &Shown) -> MutexGuard<'_, HashMap<u32, Option<i64>>> {
    shown
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The specification's markup is a small XML subset: these three would be read as tags.
fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn no_bus(e: zbus::Error) -> NotifyError {
    NotifyError::NoBus(e.to_string())
}

fn call_error(e: zbus::Error) -> NotifyError {
    match &e {
        zbus::Error::MethodError(name, _, _)
            if matches!(
                name.as_str(),
                "org.freedesktop.DBus.Error.ServiceUnknown"
                    | "org.freedesktop.DBus.Error.NameHasNoOwner"
                    | "org.freedesktop.DBus.Error.UnknownMethod"
                    | "org.freedesktop.DBus.Error.UnknownObject"
                    | "org.freedesktop.DBus.Error.Spawn.ServiceNotFound"
            ) =>
        {
            NotifyError::NoService(e.to_string())
        }
        zbus::Error::InputOutput(_) => NotifyError::NoBus(e.to_string()),
        _ => NotifyError::Failed(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape_markup("Médecins <sans> frontières & co"),
            "Médecins &lt;sans&gt; frontières &amp; co"
        );
    }
}
