//! When each automatic reminder of an application falls due: a pure function of the
//! application's state, so the rules are tested without a database or a clock.
//!
//! - Deadline reminders, at the chosen offsets before the deadline, while the application
//!   is still to send (à préparer, prêt). Sending it stops them.
//! - A follow-up reminder some days after it was sent, while it stays "envoyée".
//! - Interview reminders, 1 day and 2 hours before each interview.
//! - Nothing for a closed application (acceptée, refusée, abandonnée, expirée).
//!
//! An offset of whole days keeps the wall-clock hour in the deadline's zone ("2 days before
//! 17:00" is 17:00 two days earlier, even across a daylight-saving change); a date without
//! an hour gets its day reminders at 09:00, not at midnight when nobody reads them. Shorter
//! offsets are exact durations before the instant.

use chrono::{DateTime, Duration, NaiveTime, Utc};

use super::ReminderKind;
use crate::model::{Deadline, Status};

/// Minutes before an interview: the day before, and two hours before.
pub const INTERVIEW_OFFSETS: [u32; 2] = [24 * 60, 120];

/// The hour day reminders of a date without an hour fire at, in the deadline's zone.
pub const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

const DAY_MINUTES: u32 = 24 * 60;

/// What the schedule depends on, read from the store.
#[derive(Debug, Clone, Copy)]
pub struct ScheduleFacts<'a> {
    pub status: Status,
    pub deadline: Option<&'a Deadline>,
    /// Minutes before the deadline (the application's own, or the settings').
    pub deadline_offsets: &'a [u32],
    /// When the application was last moved to "envoyée".
    pub sent_at: Option<DateTime<Utc>>,
    /// 0: no follow-up reminder.
    pub follow_up_days: u32,
    /// Each interview's id and its local moment (`time` always set).
    pub interviews: &'a [(i64, Deadline)],
}

/// One reminder the rules ask for. Two plans are the same reminder when every field is
/// equal: a moved deadline is a new reminder, not the old one shown again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Planned {
    pub kind: ReminderKind,
    pub interview_id: Option<i64>,
    pub offset_minutes: Option<u32>,
    pub due_at: DateTime<Utc>,
}

/// Closed applications get no reminders: there is nothing left to do for them.
pub fn is_closed(status: Status) -> bool {
    matches!(
        status,
        Status::Accepted | Status::Rejected | Status::Withdrawn | Status::Expired
    )
}

/// Every automatic reminder the application should have, past ones included: the store
/// decides what to do with those (a new one already past is not created; one that fell
/// due while the app was closed is still shown once).
///
/// A moment whose zone this build does not know yields no reminder rather than an error:
/// failing would block the status change or edit that asked for the schedule.
pub fn plan(facts: &ScheduleFacts<'_>) -> Vec<Planned> {
    let mut out = Vec::new();
    if is_closed(facts.status) {
        return out;
    }
    if let (true, Some(deadline)) = (facts.status.is_before_sending(), facts.deadline) {
        for &offset in facts.deadline_offsets {
            if let Some(due_at) = before(deadline, offset) {
                out.push(Planned {
                    kind: ReminderKind::Deadline,
                    interview_id: None,
                    offset_minutes: Some(offset),
                    due_at,
                });
            }
        }
    }
    if let (Status::Sent, Some(sent_at), days @ 1..) =
        (facts.status, facts.sent_at, facts.follow_up_days)
    {
        out.push(Planned {
            kind: ReminderKind::FollowUp,
            interview_id: None,
            offset_minutes: None,
            due_at: sent_at + Duration::days(i64::from(days)),
        });
    }
    for (id, moment) in facts.interviews {
        for offset in INTERVIEW_OFFSETS {
            if let Some(due_at) = before(moment, offset) {
                out.push(Planned {
                    kind: ReminderKind::Interview,
                    interview_id: Some(*id),
                    offset_minutes: Some(offset),
                    due_at,
                });
            }
        }
    }
    out
}

/// The instant `offset_minutes` before `event` (see the module's rules on whole days).
pub fn before(event: &Deadline, offset_minutes: u32) -> Option<DateTime<Utc>> {
    if offset_minutes > 0 && offset_minutes.is_multiple_of(DAY_MINUTES) {
        let days = u64::from(offset_minutes / DAY_MINUTES);
        let date = event.date.checked_sub_days(chrono::Days::new(days))?;
        // Same rules as the deadline itself for an hour that does not exist that day (gap).
        return Deadline {
            date,
            time: Some(event.time.unwrap_or(MORNING)),
            timezone: event.timezone.clone(),
        }
        .instant_utc()
        .ok();
    }
    let instant = event.instant_utc().ok()?;
    Some(instant - Duration::minutes(i64::from(offset_minutes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn moment(date: &str, time: Option<&str>, tz: &str) -> Deadline {
        Deadline {
            date: date.parse().unwrap(),
            time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
            timezone: tz.into(),
        }
    }

    #[test]
    fn day_offsets_keep_the_hour_across_a_daylight_saving_change() {
        // Paris goes from UTC+1 to UTC+2 on 2026-03-29.
        let d = moment("2026-03-30", Some("17:00"), "Europe/Paris");
        assert_eq!(before(&d, 0).unwrap(), at("2026-03-30T15:00:00Z"));
        assert_eq!(before(&d, 2 * 1440).unwrap(), at("2026-03-28T16:00:00Z"));
        assert_eq!(before(&d, 180).unwrap(), at("2026-03-30T12:00:00Z"));
    }

    #[test]
    fn a_date_without_hour_is_reminded_in_the_morning_and_hours_before_its_end() {
        let d = moment("2026-05-17", None, "Africa/Bamako");
        assert_eq!(before(&d, 1440).unwrap(), at("2026-05-16T09:00:00Z"));
        assert_eq!(before(&d, 180).unwrap(), at("2026-05-17T20:59:59Z"));
    }

    #[test]
    fn closed_applications_get_nothing_and_sent_ones_only_a_follow_up() {
        let d = moment("2026-05-17", Some("17:00"), "Africa/Dakar");
        let sent = at("2026-05-10T08:00:00Z");
        let facts = |status| ScheduleFacts {
            status,
            deadline: Some(&d),
            deadline_offsets: &[1440, 180],
            sent_at: Some(sent),
            follow_up_days: 14,
            interviews: &[],
        };
        assert!(plan(&facts(Status::Rejected)).is_empty());
        let sent_plan = plan(&facts(Status::Sent));
        assert_eq!(sent_plan.len(), 1);
        assert_eq!(sent_plan[0].kind, ReminderKind::FollowUp);
        assert_eq!(sent_plan[0].due_at, at("2026-05-24T08:00:00Z"));
        let ready = plan(&facts(Status::Ready));
        assert_eq!(
            ready.iter().map(|p| p.due_at).collect::<Vec<_>>(),
            [at("2026-05-16T17:00:00Z"), at("2026-05-17T14:00:00Z")]
        );
    }
}
