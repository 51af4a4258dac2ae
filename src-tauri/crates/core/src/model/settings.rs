//! The user's preferences.

use serde::{Deserialize, Serialize};

use super::follow_up::{DEFAULT_NO_RESPONSE_DAYS, MAX_NO_RESPONSE_DAYS};

use crate::error::{Error, Invalid, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// French is the default: the first users are French-speaking.
    #[default]
    Fr,
    En,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "fr" => Some(Self::Fr),
            "en" => Some(Self::En),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Settings {
    pub language: Language,
}

/// When deadline reminders fire unless the candidate chose otherwise, in minutes before the
/// deadline: 7 days, 2 days, 1 day, 3 hours.
pub const DEFAULT_DEADLINE_OFFSETS: [u32; 4] = [7 * DAY_MINUTES, 2 * DAY_MINUTES, DAY_MINUTES, 180];
/// Days after sending before Postulo suggests following up.
pub const DEFAULT_FOLLOW_UP_DAYS: u32 = 14;
/// A reminder more than 90 days ahead is a typing mistake, not a plan.
pub const MAX_OFFSET_MINUTES: u32 = 90 * DAY_MINUTES;
/// More reminders than this per deadline would be noise.
pub const MAX_OFFSETS: usize = 8;
pub const MAX_FOLLOW_UP_DAYS: u32 = 365;
const DAY_MINUTES: u32 = 24 * 60;

/// When Postulo reminds the candidate. Kept apart from [`Settings`] so that saving the
/// language never resets reminders, and the reverse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ReminderSettings {
    /// Minutes before each deadline, largest first. Whole days (multiples of 1440) fire at
    /// the deadline's hour that many days before; for a date without an hour, at 09:00.
    pub deadline_offsets: Vec<u32>,
    /// Days after an application is sent; 0 turns the follow-up reminder off.
    pub follow_up_days: u32,
    /// Days without news after which a sent application reads « Sans réponse »; 0 turns
    /// it off. Absent in what older clients send: the default.
    #[serde(default = "default_no_response_days")]
    pub no_response_days: u32,
}

fn default_no_response_days() -> u32 {
    DEFAULT_NO_RESPONSE_DAYS
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            deadline_offsets: DEFAULT_DEADLINE_OFFSETS.to_vec(),
            follow_up_days: DEFAULT_FOLLOW_UP_DAYS,
            no_response_days: DEFAULT_NO_RESPONSE_DAYS,
        }
    }
}

impl ReminderSettings {
    pub(crate) fn normalized(self) -> Result<Self> {
        if self.follow_up_days > MAX_FOLLOW_UP_DAYS {
            return Err(Error::invalid("follow_up_days", Invalid::Time));
        }
        if self.no_response_days > MAX_NO_RESPONSE_DAYS {
            return Err(Error::invalid("no_response_days", Invalid::Time));
        }
        Ok(Self {
            deadline_offsets: normalized_offsets(self.deadline_offsets)?,
            follow_up_days: self.follow_up_days,
            no_response_days: self.no_response_days,
        })
    }
}

/// Offsets in minutes, deduplicated and largest first; an empty list means "no reminder".
pub(crate) fn normalized_offsets(mut offsets: Vec<u32>) -> Result<Vec<u32>> {
    if offsets.iter().any(|&m| m == 0 || m > MAX_OFFSET_MINUTES) {
        return Err(Error::invalid("deadline_offsets", Invalid::Time));
    }
    offsets.sort_unstable_by(|a, b| b.cmp(a));
    offsets.dedup();
    if offsets.len() > MAX_OFFSETS {
        return Err(Error::invalid("deadline_offsets", Invalid::TooLong));
    }
    Ok(offsets)
}

/// How the desktop shell behaves: the tray and starting with the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DesktopSettings {
    /// Closing the window keeps Postulo in the tray, so reminders still fire.
    pub close_to_tray: bool,
    /// The first close has been explained ("Postulo reste dans la zone de notification").
    pub close_to_tray_explained: bool,
    /// Start, hidden in the tray, when the user logs in.
    pub start_at_login: bool,
}

impl Default for DesktopSettings {
    fn default() -> Self {
        Self {
            close_to_tray: true,
            close_to_tray_explained: false,
            start_at_login: false,
        }
    }
}
