//! Moves the pipeline forward on its own: applications whose deadline passed unsent expire.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::OptionalExtension;

use super::Store;
use crate::error::Result;
use crate::model::{Status, EXPIRED_NOTE};

impl Store {
    /// Marks `expired` every application still to prepare or ready whose deadline instant
    /// is before `now`, with a timeline entry carrying [`EXPIRED_NOTE`]. The clock is a
    /// parameter so that the scheduler and the tests choose it. Returns the ids expired.
    pub fn expire_overdue(&self, now: DateTime<Utc>) -> Result<Vec<i64>> {
        // Stored instants are RFC 3339 UTC with a `Z`, so text order is time order.
        let now_text = now.to_rfc3339_opts(SecondsFormat::Secs, true);
        let at = super::timeline_stamp(now);
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let overdue: Vec<(i64, String)> = {
            let mut stmt = tx.prepare_cached(
                "SELECT id, status FROM applications
                 WHERE status IN ('to_prepare', 'ready')
                   AND deadline_utc IS NOT NULL AND deadline_utc < ?1
                 ORDER BY id",
            )?;
            let rows = stmt.query_map([&now_text], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for (id, from) in &overdue {
            tx.execute(
                "UPDATE applications SET status = 'expired', updated_at = ?1 WHERE id = ?2",
                (&at, id),
            )?;
            tx.execute(
                "INSERT INTO status_events (application_id, at, from_status, to_status, note)
                 VALUES (?1, ?2, ?3, 'expired', ?4)",
                (id, &at, from, EXPIRED_NOTE),
            )?;
            super::reminders::status_changed(&tx, *id, Status::Expired, now)?;
        }
        tx.commit()?;
        Ok(overdue.into_iter().map(|(id, _)| id).collect())
    }
}

/// Withdraws Postulo's own verdict that an application expired unsent, when the candidate
/// proves it was sent (a receipt for the file handed in): the automatic « Expirée » step
/// leaves the timeline and the application is back at the status it had, for the caller to
/// move it on, dated, in the same transaction. A move to « Expirée » the candidate made
/// is kept. Returns whether there was one to withdraw.
pub(super) fn withdraw_automatic_expiry(tx: &rusqlite::Transaction<'_>, id: i64) -> Result<bool> {
    let last: Option<(i64, Option<String>, String, Option<String>)> = tx
        .query_row(
            "SELECT id, from_status, to_status, note FROM status_events
             WHERE application_id = ?1 ORDER BY at DESC, id DESC LIMIT 1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((event, from, to, note)) = last else {
        return Ok(false);
    };
    if to != Status::Expired.as_str() || note.as_deref() != Some(EXPIRED_NOTE) {
        return Ok(false);
    }
    let back = from
        .as_deref()
        .and_then(Status::parse)
        .filter(|s| matches!(s, Status::ToPrepare | Status::Ready))
        .unwrap_or(Status::ToPrepare);
    tx.execute("DELETE FROM status_events WHERE id = ?1", [event])?;
    tx.execute(
        "UPDATE applications SET status = ?1 WHERE id = ?2",
        (back.as_str(), id),
    )?;
    Ok(true)
}
