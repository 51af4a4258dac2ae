//! The user's settings, one row per key so that adding a setting needs no migration.

use rusqlite::OptionalExtension;

use super::Store;
use crate::error::Result;
use crate::model::{Language, Settings};

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
