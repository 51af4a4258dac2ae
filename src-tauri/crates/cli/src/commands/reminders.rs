//! `reminders due [--notify]`: for cron or the Windows task scheduler while the app is
//! closed. The due reminders are claimed (marked shown in the same transaction), so
//! neither the app nor another run shows them again; they are then printed, or sent as one
//! grouped notification. When no notification service answers they are printed and the
//! exit code says so: once claimed, a reminder must reach the candidate somehow.

use clap::ArgMatches;
use postulo_core::notify::{Message, Notifier};
use postulo_core::reminders::{present, DueReminder, Notice};
use serde::Serialize;

use super::{flag, Ctx};
use crate::error::CliResult;
use crate::exit;
use crate::words;

#[derive(Serialize)]
struct Due<'a> {
    reminders: &'a [DueReminder],
    notice: Option<&'a Notice>,
    /// Sent as a desktop notification (`--notify`).
    notified: bool,
}

pub fn due(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let claimed = ctx.store.claim_due_reminders(ctx.now)?;
    let notice = present(&claimed, ctx.now, ctx.tz, ctx.lang);
    let mut code = exit::OK;
    let mut notified = false;
    if let (true, Some(notice)) = (flag(m, "notify"), &notice) {
        let message = Message::from_notice(notice, ctx.lang);
        match Notifier::connect().and_then(|n| n.show(&message)) {
            Ok(_) => notified = true,
            Err(e) => {
                ctx.warn(if ctx.fr() {
                    format!("notification impossible ({e}) : les rappels sont affichés ici")
                } else {
                    format!("cannot notify ({e}): the reminders are printed here")
                });
                code = exit::NOTIFY;
            }
        }
    }
    if flag(m, "json") {
        ctx.json(&Due {
            reminders: &claimed,
            notice: notice.as_ref(),
            notified,
        })?;
        return Ok(code);
    }
    match &notice {
        None => {
            let none = ctx.say("Aucun rappel à afficher.", "No reminder due.");
            ctx.line(none);
        }
        Some(_) if notified => {
            let n = claimed.len();
            let line = if ctx.fr() {
                let n = words::count(n, ctx.lang, "rappel", "rappels");
                format!("Notification envoyée ({n}).")
            } else {
                let n = words::count(n, ctx.lang, "reminder", "reminders");
                format!("Notification sent ({n}).")
            };
            ctx.line(line);
        }
        Some(notice) => {
            ctx.line(&notice.summary);
            if !notice.body.is_empty() {
                ctx.line(&notice.body);
            }
        }
    }
    Ok(code)
}
