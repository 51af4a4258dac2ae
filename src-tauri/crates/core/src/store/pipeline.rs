//! Moves the pipeline forward on its own: applications whose deadline passed unsent expire.

use chrono::{DateTime, SecondsFormat, Utc};

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
