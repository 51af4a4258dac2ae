//! A deadline as the posting states it: a local date, maybe an hour, and the place's zone.
//!
//! We keep what the posting said (local date-time + IANA zone) rather than only an instant,
//! so that the candidate sees "17 mai 2026" and not a converted time, and so that a change
//! in a zone's rules is applied when we compute the instant.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Invalid, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Deadline {
    /// The day, in the deadline's zone.
    #[cfg_attr(test, ts(type = "string"))]
    pub date: NaiveDate,
    /// The hour, or `None` for "the end of that day".
    #[serde(with = "crate::model::hh_mm::optional")]
    #[cfg_attr(test, ts(type = "string | null"))]
    pub time: Option<NaiveTime>,
    /// IANA zone name, e.g. `Africa/Bamako`.
    pub timezone: String,
}

impl Deadline {
    pub fn zone(&self) -> Result<Tz> {
        self.timezone
            .parse::<Tz>()
            .map_err(|_| Error::invalid("deadline", Invalid::TimeZone))
    }

    /// The last moment the deadline allows, in UTC. A date without an hour lasts until the
    /// end of that day (23:59:59). In a daylight-saving gap the first valid instant after
    /// the gap is taken; in an overlap, the later one (the candidate never loses time).
    pub fn instant_utc(&self) -> Result<DateTime<Utc>> {
        let zone = self.zone()?;
        let time = self
            .time
            .unwrap_or(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
        let local = NaiveDateTime::new(self.date, time);
        let mut probe = local;
        // A gap is at most a few hours long; step forward a minute at a time until valid.
        for _ in 0..(24 * 60) {
            if let Some(dt) = zone.from_local_datetime(&probe).latest() {
                return Ok(dt.with_timezone(&Utc));
            }
            probe += chrono::Duration::minutes(1);
        }
        Err(Error::invalid("deadline", Invalid::Time))
    }
}

/// A local day and hour in a zone as an instant in UTC, with a deadline's meaning (gaps and
/// overlaps of daylight saving included); a problem is reported on the form's `timezone` or
/// `time` field. Interviews and custom reminders are timed so.
pub(crate) fn local_instant(
    date: NaiveDate,
    time: NaiveTime,
    timezone: &str,
) -> Result<DateTime<Utc>> {
    Deadline {
        date,
        time: Some(time),
        timezone: timezone.to_owned(),
    }
    .instant_utc()
    .map_err(|e| match e {
        Error::Validation {
            reason: Invalid::TimeZone,
            ..
        } => Error::invalid("timezone", Invalid::TimeZone),
        Error::Validation { reason, .. } => Error::invalid("time", reason),
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same cases as the interface's countdowns (ui/src/tests/dates.test.ts).
    #[test]
    fn deadlines_fall_when_the_shared_cases_say() {
        let cases: serde_json::Value =
            serde_json::from_str(include_str!("../../../../../catalogue/deadline-cases.json"))
                .unwrap();
        let cases = cases["cases"].as_array().unwrap();
        assert!(cases.len() >= 6);
        for case in cases {
            let deadline: Deadline = serde_json::from_value(case.clone()).unwrap();
            let want: DateTime<Utc> = case["utc"].as_str().unwrap().parse().unwrap();
            assert_eq!(deadline.instant_utc().unwrap(), want, "{case}");
        }
    }

    fn deadline(date: &str, time: Option<&str>, tz: &str) -> Deadline {
        Deadline {
            date: date.parse().unwrap(),
            time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
            timezone: tz.into(),
        }
    }

    #[test]
    fn date_only_means_end_of_day_in_its_zone() {
        let d = deadline("2026-05-17", None, "Africa/Bamako");
        assert_eq!(
            d.instant_utc().unwrap().to_rfc3339(),
            "2026-05-17T23:59:59+00:00"
        );
        let paris = deadline("2026-05-17", None, "Europe/Paris");
        assert_eq!(
            paris.instant_utc().unwrap().to_rfc3339(),
            "2026-05-17T21:59:59+00:00"
        );
    }

    #[test]
    fn an_hour_in_a_daylight_saving_gap_moves_after_the_gap() {
        // 2026-03-29 02:30 does not exist in Paris: clocks jump from 02:00 to 03:00.
        let d = deadline("2026-03-29", Some("02:30"), "Europe/Paris");
        assert_eq!(
            d.instant_utc().unwrap().to_rfc3339(),
            "2026-03-29T01:00:00+00:00"
        );
    }

    #[test]
    fn unknown_zone_is_a_validation_error() {
        let d = deadline("2026-05-17", None, "Africa/Atlantis");
        assert!(matches!(
            d.instant_utc(),
            Err(Error::Validation {
                reason: Invalid::TimeZone,
                ..
            })
        ));
    }

    #[test]
    fn time_travels_as_hours_and_minutes() {
        let d = deadline("2025-12-26", Some("17:00"), "Africa/Bamako");
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(
            json,
            r#"{"date":"2025-12-26","time":"17:00","timezone":"Africa/Bamako"}"#
        );
        let back: Deadline = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
        let no_time: Deadline =
            serde_json::from_str(r#"{"date":"2025-12-26","time":"","timezone":"UTC"}"#).unwrap();
        assert_eq!(no_time.time, None);
    }
}
