//! The user's settings, one row per key so that adding a setting needs no migration.

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use crate::error::Result;
use crate::model::{
    normalized_offsets, DesktopSettings, Language, ReminderSettings, Settings, MAX_FOLLOW_UP_DAYS,
    MAX_NO_RESPONSE_DAYS,
};

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let conn = self.conn();
        let language: Option<String> = conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(Settings {
            // An unknown value (written by a newer version) falls back to the default.
            language: language
                .as_deref()
                .and_then(Language::parse)
                .unwrap_or_default(),
        })
    }

    pub fn update_settings(&self, settings: &Settings) -> Result<Settings> {
        self.conn().execute(
            "INSERT INTO settings (key, value) VALUES ('language', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [settings.language.as_str()],
        )?;
        self.settings()
    }
}

/// The keys of the settings rows. Stored: never rename one.
pub mod keys {
    /// Minutes before a deadline, comma-separated, largest first: `10080,2880,1440,180`.
    pub const DEADLINE_OFFSETS: &str = "reminders.deadline_offsets";
    /// Days after sending: `14`; `0` for none.
    pub const FOLLOW_UP_DAYS: &str = "reminders.follow_up_days";
    /// Days without news before « Sans réponse »: `30`; `0` for never.
    pub const NO_RESPONSE_DAYS: &str = "reminders.no_response_days";
    /// `true` / `false`.
    pub const CLOSE_TO_TRAY: &str = "desktop.close_to_tray";
    pub const CLOSE_TO_TRAY_EXPLAINED: &str = "desktop.close_to_tray_explained";
    pub const START_AT_LOGIN: &str = "desktop.start_at_login";
    /// `true` / `false`: a backup a day in the data folder's `backups/`.
    pub const AUTO_BACKUP: &str = "backup.auto_daily";
    /// The folder the candidate chose for the automatic backups (absolute path).
    pub const BACKUP_FOLDER: &str = "backup.folder";
    /// The dossier's file-name rule, e.g. `{NOM}_{Prenom}_{Poste}_{Ref}`; absent for the default.
    pub const DOSSIER_NAME_RULE: &str = "dossier.file_name_rule";
    /// The candidate's cover-letter template, one per language; absent for Postulo's.
    pub const LETTER_TEMPLATE_FR: &str = "letter.template.fr";
    pub const LETTER_TEMPLATE_EN: &str = "letter.template.en";
}

impl Store {
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        read_reminder_settings(&self.conn())
    }

    pub fn desktop_settings(&self) -> Result<DesktopSettings> {
        let conn = self.conn();
        let defaults = DesktopSettings::default();
        let flag = |key, default| -> Result<bool> {
            Ok(match read(&conn, key)?.as_deref() {
                Some("true") => true,
                Some("false") => false,
                _ => default,
            })
        };
        Ok(DesktopSettings {
            close_to_tray: flag(keys::CLOSE_TO_TRAY, defaults.close_to_tray)?,
            close_to_tray_explained: flag(
                keys::CLOSE_TO_TRAY_EXPLAINED,
                defaults.close_to_tray_explained,
            )?,
            start_at_login: flag(keys::START_AT_LOGIN, defaults.start_at_login)?,
        })
    }

    pub fn update_desktop_settings(&self, settings: &DesktopSettings) -> Result<DesktopSettings> {
        {
            let mut conn = self.conn();
            let tx = super::write_transaction(&mut conn)?;
            let text = |b: bool| if b { "true" } else { "false" };
            write(&tx, keys::CLOSE_TO_TRAY, text(settings.close_to_tray))?;
            write(
                &tx,
                keys::CLOSE_TO_TRAY_EXPLAINED,
                text(settings.close_to_tray_explained),
            )?;
            write(&tx, keys::START_AT_LOGIN, text(settings.start_at_login))?;
            tx.commit()?;
        }
        self.desktop_settings()
    }
}

/// The reminder settings; a missing or unreadable row (written by a newer version) falls
/// back to the default rather than leaving the candidate without reminders.
pub(super) fn read_reminder_settings(conn: &Connection) -> Result<ReminderSettings> {
    let defaults = ReminderSettings::default();
    let offsets = read(conn, keys::DEADLINE_OFFSETS)?
        .and_then(|text| {
            text.split(',')
                .filter(|part| !part.trim().is_empty())
                .map(|part| part.trim().parse::<u32>().ok())
                .collect::<Option<Vec<u32>>>()
        })
        .and_then(|offsets| normalized_offsets(offsets).ok())
        .unwrap_or(defaults.deadline_offsets);
    let follow_up_days = read(conn, keys::FOLLOW_UP_DAYS)?
        .and_then(|text| text.trim().parse::<u32>().ok())
        .filter(|&days| days <= MAX_FOLLOW_UP_DAYS)
        .unwrap_or(defaults.follow_up_days);
    let no_response_days = read(conn, keys::NO_RESPONSE_DAYS)?
        .and_then(|text| text.trim().parse::<u32>().ok())
        .filter(|&days| days <= MAX_NO_RESPONSE_DAYS)
        .unwrap_or(defaults.no_response_days);
    Ok(ReminderSettings {
        deadline_offsets: offsets,
        follow_up_days,
        no_response_days,
    })
}

impl Store {
    /// One setting's stored text, for settings owned by other modules (backups).
    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        read(&self.conn(), key)
    }

    pub(crate) fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        write(&self.conn(), key, value)
    }

    /// Back to the default of a setting owned by another module.
    pub(crate) fn delete_setting(&self, key: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }
}

fn read(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub(super) fn write(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}
