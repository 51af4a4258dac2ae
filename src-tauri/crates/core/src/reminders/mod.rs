//! Reminders: what they are, when they fall due ([`schedule`]), and how a batch of due
//! ones is worded for one desktop notification ([`notice`]).
//!
//! They live in the `reminders` table (migration 0003) with the time each was shown, so that
//! none is shown twice, even when the app and the CLI share the database. The store keeps
//! the automatic ones (deadline, follow-up, interview) in step with their application:
//! see `store/reminders.rs`.

pub mod notice;
pub mod schedule;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Invalid, Result};
use crate::model::{ApplicationRef, Deadline, Status};

/// A note is a line or a short paragraph; more is a pasted mistake.
pub const MAX_NOTE_CHARS: usize = 2000;

pub use notice::{present, Notice};
pub use schedule::{is_closed, plan, Planned, ScheduleFacts, INTERVIEW_OFFSETS, MORNING};

/// Why the reminder exists. The snake_case names are stored: never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// Before the deadline of an application still to send.
    Deadline,
    /// Some days after the application was sent, to follow up with the recruiter.
    FollowUp,
    /// Before an interview.
    Interview,
    /// Written by the candidate, with a note.
    Custom,
}

impl ReminderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Deadline => "deadline",
            Self::FollowUp => "follow_up",
            Self::Interview => "interview",
            Self::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Deadline,
            Self::FollowUp,
            Self::Interview,
            Self::Custom,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One reminder row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Reminder {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    /// For an interview reminder: which interview.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub interview_id: Option<i64>,
    pub kind: ReminderKind,
    /// RFC 3339, UTC.
    pub due_at_utc: String,
    /// Minutes before the deadline or the interview; `None` for follow-up and custom ones.
    pub offset_minutes: Option<u32>,
    /// The candidate's words, for a custom reminder.
    pub note: Option<String>,
    /// When it was shown (notification or banner); `None` while pending.
    pub shown_at: Option<String>,
    /// When the candidate dismissed it without waiting for it.
    pub dismissed_at: Option<String>,
    pub created_at: String,
}

/// A custom reminder as the candidate sets it: a day and hour in a zone, and a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CustomReminderInput {
    #[cfg_attr(test, ts(type = "string"))]
    pub date: NaiveDate,
    /// `"HH:MM"`, local to `timezone`.
    #[serde(with = "crate::model::hh_mm")]
    #[cfg_attr(test, ts(type = "string"))]
    pub time: NaiveTime,
    /// IANA zone; the UI sends the computer's.
    pub timezone: String,
    pub note: String,
}

impl CustomReminderInput {
    /// Checks the fields and returns the instant the reminder falls due, in UTC.
    pub(crate) fn normalized(mut self) -> Result<(Self, DateTime<Utc>)> {
        self.timezone = self.timezone.trim().to_owned();
        self.note = self.note.trim().to_owned();
        if self.note.is_empty() {
            return Err(Error::invalid("note", Invalid::Required));
        }
        if self.note.chars().count() > MAX_NOTE_CHARS {
            return Err(Error::invalid("note", Invalid::TooLong));
        }
        // The same meaning of a local hour as a deadline's (daylight-saving gaps included).
        let due = crate::model::local_instant(self.date, self.time, &self.timezone)?;
        Ok((self, due))
    }
}

/// A reminder that is due, with what the notification needs to name the application and
/// say how much time is left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DueReminder {
    pub reminder: Reminder,
    pub application: ApplicationRef,
    pub status: Status,
    pub deadline: Option<Deadline>,
    /// What the reminder is about, RFC 3339 UTC: the deadline's instant, the interview's
    /// start, or when the application was sent (follow-up). `None` for a custom one.
    pub event_at_utc: Option<String>,
    /// False for a deadline without an hour (it lasts until the end of its day).
    pub event_has_time: bool,
    /// The interview's place, for an interview reminder.
    pub place: Option<String>,
}

/// The deadline offsets one application uses: its own, or the settings' when it has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DeadlineOffsets {
    /// Minutes before the deadline, largest first.
    pub minutes: Vec<u32>,
    /// True when the application overrides the settings.
    pub custom: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_match_serde() {
        for kind in [
            ReminderKind::Deadline,
            ReminderKind::FollowUp,
            ReminderKind::Interview,
            ReminderKind::Custom,
        ] {
            assert_eq!(ReminderKind::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
