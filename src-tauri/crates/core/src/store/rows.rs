//! Reading stored values back, shared by the store's modules: a status, a deadline, a
//! document kind, a date, and whether an application exists. Kept apart so that the
//! modules that write (applications, checklist, reminders…) need not call each other.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::model::{Deadline, DocumentKind, Status};

pub(super) fn parse_status(s: &str) -> Result<Status> {
    Status::parse(s).ok_or_else(|| Error::Corrupt(format!("unknown status {s:?}")))
}

pub(super) fn read_deadline(
    date: Option<String>,
    time: Option<String>,
    tz: Option<String>,
) -> Result<Option<Deadline>> {
    let (Some(date), Some(timezone)) = (date, tz) else {
        return Ok(None);
    };
    let corrupt = |what: &str| Error::Corrupt(format!("deadline {what}"));
    let date = NaiveDate::parse_from_str(&date, DAY_FORMAT).map_err(|_| corrupt("date"))?;
    let time = match time {
        Some(t) => Some(NaiveTime::parse_from_str(&t, "%H:%M").map_err(|_| corrupt("time"))?),
        None => None,
    };
    Ok(Some(Deadline {
        date,
        time,
        timezone,
    }))
}

pub(super) fn require_application(conn: &Connection, id: i64) -> Result<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM applications WHERE id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::NotFound {
            entity: "application",
            id,
        })
    }
}

pub(super) fn parse_kind(s: &str) -> Result<DocumentKind> {
    DocumentKind::parse(s).ok_or_else(|| Error::Corrupt(format!("unknown document kind {s:?}")))
}

/// How a day is stored: ISO 8601, which also sorts as text.
const DAY_FORMAT: &str = "%Y-%m-%d";

/// A day as the database stores it.
pub(super) fn day_text(d: NaiveDate) -> String {
    d.format(DAY_FORMAT).to_string()
}

pub(super) fn parse_date_opt(s: Option<String>) -> Result<Option<NaiveDate>> {
    s.map(|s| {
        NaiveDate::parse_from_str(&s, DAY_FORMAT).map_err(|_| Error::Corrupt(format!("date {s:?}")))
    })
    .transpose()
}
