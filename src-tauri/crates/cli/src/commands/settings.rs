//! `settings show|set`: the settings the window has that mean something without a window
//! (language, deadline reminders, follow-up, daily backup, the dossier's file name), saved
//! through the same core functions.
//!
//! Left out on purpose: "start at login" must be applied to the system by the desktop
//! shell (an autostart entry), and "close to the tray" only concerns the window.

use clap::ArgMatches;
use postulo_core::model::{Language, ReminderSettings};
use postulo_core::search::fold;
use serde::Serialize;

use super::{flag, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::fill;

/// The settings' names on the command line, in the order `settings show` lists them (and
/// of `setting_about` in the texts).
pub const KEYS: [&str; 6] = [
    "language",
    "deadline-reminders",
    "follow-up-days",
    "no-response-days",
    "auto-backup",
    "dossier-name",
];

const DAY: u32 = 24 * 60;

/// What `settings show --json` prints.
#[derive(Debug, Serialize)]
struct View {
    language: Language,
    /// Minutes before each deadline, largest first (as the core stores them).
    deadline_reminders: Vec<u32>,
    follow_up_days: u32,
    no_response_days: u32,
    auto_backup: bool,
    dossier_name: String,
}

fn view(ctx: &Ctx) -> CliResult<View> {
    let reminders = ctx.store.reminder_settings()?;
    Ok(View {
        language: ctx.store.settings()?.language,
        deadline_reminders: reminders.deadline_offsets,
        follow_up_days: reminders.follow_up_days,
        no_response_days: reminders.no_response_days,
        auto_backup: ctx.store.auto_backup_enabled()?,
        dossier_name: ctx.store.dossier_name_rule()?,
    })
}

/// Each setting's value as `set` reads it back: `7j,2j,1j,3h`, `on`.
fn shown(ctx: &Ctx, v: &View) -> [String; 6] {
    let t = ctx.t();
    [
        v.language.as_str().to_owned(),
        offsets_text(ctx, &v.deadline_reminders),
        v.follow_up_days.to_string(),
        v.no_response_days.to_string(),
        if v.auto_backup { t.on } else { t.off }.to_owned(),
        v.dossier_name.clone(),
    ]
}

pub fn show(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let v = view(ctx)?;
    if flag(m, "json") {
        ctx.json(&v)?;
        return Ok(exit::OK);
    }
    let values = shown(ctx, &v);
    let width = values.iter().map(|v| v.chars().count()).max().unwrap_or(0);
    let about = ctx.t().setting_about;
    for ((key, value), about) in KEYS.iter().zip(&values).zip(about) {
        let pad = " ".repeat(width - value.chars().count());
        ctx.line(format!("{key:<18}  {value}{pad}  # {about}"));
    }
    Ok(exit::OK)
}

pub fn set(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let key = text(m, "key").unwrap_or_default().trim();
    let value = text(m, "value").unwrap_or_default();
    let t = ctx.t();
    let refused =
        |expected: &str| CliError::Invalid(fill(t.bad_setting, &[&key, &value, &expected]));
    match key {
        "language" => {
            let language = Language::parse(&fold(value.trim())).ok_or_else(|| refused("fr, en"))?;
            let mut settings = ctx.store.settings()?;
            settings.language = language;
            ctx.store.update_settings(&settings)?;
        }
        "deadline-reminders" => {
            let offsets = parse_offsets(value).ok_or_else(|| refused(expected_offsets(ctx)))?;
            let current = ctx.store.reminder_settings()?;
            ctx.store.update_reminder_settings(&ReminderSettings {
                deadline_offsets: offsets,
                ..current
            })?;
        }
        "follow-up-days" => {
            let days = value.trim().parse::<u32>().map_err(|_| refused("0…365"))?;
            let current = ctx.store.reminder_settings()?;
            ctx.store.update_reminder_settings(&ReminderSettings {
                follow_up_days: days,
                ..current
            })?;
        }
        "no-response-days" => {
            let days = value.trim().parse::<u32>().map_err(|_| refused("0…365"))?;
            let current = ctx.store.reminder_settings()?;
            ctx.store.update_reminder_settings(&ReminderSettings {
                no_response_days: days,
                ..current
            })?;
        }
        "auto-backup" => {
            let on = crate::words::yes_no(value).ok_or_else(|| refused("on, off"))?;
            ctx.store.set_auto_backup(on)?;
        }
        "dossier-name" => {
            ctx.store.set_dossier_name_rule(value)?;
        }
        _ => {
            return Err(CliError::Invalid(fill(
                t.unknown_setting,
                &[&key, &KEYS.join(", ")],
            )))
        }
    }
    let v = view(ctx)?;
    if flag(m, "json") {
        ctx.json(&v)?;
        return Ok(exit::OK);
    }
    let values = shown(ctx, &v);
    let saved = KEYS
        .iter()
        .zip(values)
        .find(|(k, _)| **k == key)
        .map(|(_, v)| v)
        .unwrap_or_default();
    ctx.line(fill(t.setting_saved, &[&key, &saved]));
    Ok(exit::OK)
}

fn expected_offsets(ctx: &Ctx) -> &'static str {
    ctx.say("7j,2j,1j,3h ou none", "7d,2d,1d,3h or none")
}

/// `7j,2j,1j,3h` / `7d,2d,1d,3h` / `90min` into minutes; `none` (or nothing) for no
/// reminder. A number without its unit is refused: `7` could be days or minutes. The
/// core then checks the range and the count (`ReminderSettings::normalized`).
fn parse_offsets(text: &str) -> Option<Vec<u32>> {
    let text = fold(text.trim());
    if matches!(text.as_str(), "" | "none" | "aucun" | "aucune") {
        return Some(Vec::new());
    }
    text.split(',')
        .map(|part| {
            let part = part.trim();
            let digits = part.find(|c: char| !c.is_ascii_digit())?;
            let (n, unit) = part.split_at(digits);
            let n: u32 = n.parse().ok()?;
            let per = match unit.trim() {
                "d" | "j" => DAY,
                "h" => 60,
                "m" | "min" => 1,
                _ => return None,
            };
            n.checked_mul(per)
        })
        .collect()
}

/// Minutes as `set` reads them: whole days in days, whole hours in hours.
fn offsets_text(ctx: &Ctx, offsets: &[u32]) -> String {
    if offsets.is_empty() {
        return ctx.t().offsets_none.to_owned();
    }
    let day = ctx.say("j", "d");
    offsets
        .iter()
        .map(|&m| {
            if m % DAY == 0 {
                format!("{}{day}", m / DAY)
            } else if m % 60 == 0 {
                format!("{}h", m / 60)
            } else {
                format!("{m}min")
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    #[test]
    fn offsets_are_read_with_their_unit() {
        assert_eq!(
            parse_offsets("7j, 2d,1J,3h"),
            Some(vec![7 * DAY, 2 * DAY, DAY, 180])
        );
        assert_eq!(parse_offsets("90min,30m"), Some(vec![90, 30]));
        assert_eq!(parse_offsets("aucun"), Some(vec![]));
        assert_eq!(parse_offsets(""), Some(vec![]));
        assert_eq!(parse_offsets("7"), None);
        assert_eq!(parse_offsets("7 semaines"), None);
        assert_eq!(parse_offsets("99999999999d"), None);
    }
}
