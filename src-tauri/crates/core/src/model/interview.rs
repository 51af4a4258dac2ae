//! Interviews: when (local date-time in the place's zone), where, and what to remember.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::application::{optional, MAX_LINE, MAX_TEXT};
use super::local_instant;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Interview {
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(test, ts(type = "number"))]
    pub application_id: i64,
    #[cfg_attr(test, ts(type = "string"))]
    pub date: NaiveDate,
    /// `"HH:MM"`, local to `timezone`.
    #[serde(with = "crate::model::hh_mm")]
    #[cfg_attr(test, ts(type = "string"))]
    pub time: NaiveTime,
    /// IANA zone of the place (or of the recruiter, for a call).
    pub timezone: String,
    /// The instant, RFC 3339 UTC: what sorting and reminders compare.
    pub starts_at_utc: String,
    /// An address, or "Teams", "téléphone".
    pub place: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct InterviewInput {
    #[cfg_attr(test, ts(type = "string"))]
    pub date: NaiveDate,
    #[serde(with = "crate::model::hh_mm")]
    #[cfg_attr(test, ts(type = "string"))]
    pub time: NaiveTime,
    pub timezone: String,
    pub place: Option<String>,
    pub notes: Option<String>,
}

impl InterviewInput {
    /// Checks the fields and returns the instant in UTC.
    pub(crate) fn normalized(mut self) -> Result<(Self, DateTime<Utc>)> {
        self.timezone = self.timezone.trim().to_owned();
        self.place = optional("place", self.place, MAX_LINE)?;
        self.notes = optional("notes", self.notes, MAX_TEXT)?;
        // Same rules as a deadline (gaps and overlaps of daylight saving included).
        let instant = local_instant(self.date, self.time, &self.timezone)?;
        Ok((self, instant))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn an_interview_in_bamako_is_stored_with_its_instant() {
        let input: InterviewInput = serde_json::from_str(
            r#"{"date":"2026-01-12","time":"10:30","timezone":" Africa/Bamako ",
                "place":"  Bureau COOPI, Hamdallaye ACI 2000 ","notes":null}"#,
        )
        .unwrap();
        let (input, instant) = input.normalized().unwrap();
        assert_eq!(input.timezone, "Africa/Bamako");
        assert_eq!(
            input.place.as_deref(),
            Some("Bureau COOPI, Hamdallaye ACI 2000")
        );
        assert_eq!(instant.to_rfc3339(), "2026-01-12T10:30:00+00:00");
        let json = serde_json::to_value(&input).unwrap();
        assert_eq!(json["time"], "10:30");
    }

    #[test]
    fn an_unknown_zone_is_refused() {
        let input = InterviewInput {
            date: NaiveDate::from_ymd_opt(2026, 1, 12).unwrap(),
            time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            timezone: "Mali/Bamako".into(),
            place: None,
            notes: None,
        };
        assert!(matches!(
            input.normalized(),
            Err(Error::Validation {
                field: "timezone",
                ..
            })
        ));
    }
}
