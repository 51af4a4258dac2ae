//! Following up on a sent application, and « Sans réponse »: how long a sent application
//! has gone without news.
//!
//! « Sans réponse » is derived, not a status. It is a fact of the calendar, not a step the
//! candidate takes: as a status it would need a writer to flip it at midnight, would hide
//! where the application really stands (still « Envoyée »), and would have to be undone by
//! hand when the answer comes. The candidate's own step is the follow-up (« Relancée »),
//! recorded as an event that restarts the count.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Status;

/// One follow-up: an e-mail, a call or a visit to ask where the application stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FollowUp {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub note: Option<String>,
}

/// Days without news after which a sent application reads « Sans réponse ».
pub const DEFAULT_NO_RESPONSE_DAYS: u32 = 30;
pub const MAX_NO_RESPONSE_DAYS: u32 = 365;

/// A sent application that has had no news for a while.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NoResponse {
    /// The last news: the last status change or follow-up, RFC 3339 UTC.
    pub since: String,
    /// Whole days since then.
    pub days: u32,
    /// Whether the candidate has already followed up at least once.
    pub followed_up: bool,
}

/// The rule, in one place: an application still « Envoyée » whose last status change and
/// last follow-up are both at least `threshold_days` old. A threshold of 0 turns it off.
pub fn no_response(
    status: Status,
    last_status_at: Option<&str>,
    last_follow_up_at: Option<&str>,
    now: DateTime<Utc>,
    threshold_days: u32,
) -> Option<NoResponse> {
    if status != Status::Sent || threshold_days == 0 {
        return None;
    }
    let parse = |s: &str| DateTime::parse_from_rfc3339(s).ok().map(|d| d.to_utc());
    let status_at = last_status_at.and_then(parse);
    let follow_up_at = last_follow_up_at.and_then(parse);
    let since = status_at.max(follow_up_at)?;
    let days = u32::try_from((now - since).num_days()).ok()?;
    (days >= threshold_days).then(|| NoResponse {
        since: since.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        days,
        followed_up: follow_up_at.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn a_sent_application_is_without_response_after_the_threshold_only() {
        let now = at("2026-12-06T12:00:00Z");
        let sent = Some("2026-11-06T12:00:00.000Z");
        let found = no_response(Status::Sent, sent, None, now, 30).unwrap();
        assert_eq!(found.days, 30);
        assert!(!found.followed_up);
        assert_eq!(no_response(Status::Sent, sent, None, now, 31), None);
        assert_eq!(
            no_response(Status::Sent, sent, None, now, 0),
            None,
            "0 turns it off"
        );
    }

    #[test]
    fn only_sent_applications_wait_for_an_answer() {
        let now = at("2026-12-06T12:00:00Z");
        let long_ago = Some("2026-01-01T00:00:00Z");
        for status in Status::ALL.into_iter().filter(|s| *s != Status::Sent) {
            assert_eq!(
                no_response(status, long_ago, None, now, 30),
                None,
                "{status:?}"
            );
        }
    }

    #[test]
    fn a_follow_up_restarts_the_count() {
        let now = at("2026-12-06T12:00:00Z");
        let sent = Some("2026-10-01T09:00:00Z");
        assert_eq!(
            no_response(Status::Sent, sent, Some("2026-11-20T09:00:00Z"), now, 30),
            None
        );
        let late = no_response(Status::Sent, sent, Some("2026-11-01T09:00:00Z"), now, 30).unwrap();
        assert_eq!(late.days, 35);
        assert!(late.followed_up);
        assert_eq!(late.since, "2026-11-01T09:00:00.000Z");
    }

    #[test]
    fn unreadable_or_future_dates_are_not_without_response() {
        let now = at("2026-12-06T12:00:00Z");
        assert_eq!(no_response(Status::Sent, Some("hier"), None, now, 30), None);
        assert_eq!(no_response(Status::Sent, None, None, now, 30), None);
        assert_eq!(
            no_response(Status::Sent, Some("2027-01-01T00:00:00Z"), None, now, 1),
            None
        );
    }
}
