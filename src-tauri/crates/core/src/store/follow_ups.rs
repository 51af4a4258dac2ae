//! Follow-ups on sent applications (« Relancée »): each one dated, restarting both the
//! « Sans réponse » count and the follow-up reminder.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

use super::rows::parse_status;
use super::settings::read_reminder_settings;
use super::{applications, reminders, Store};
use crate::error::{Error, Invalid, Result};
use crate::model::MAX_TEXT;
use crate::model::{no_response, FollowUp, NoResponse};

impl Store {
    /// Records a follow-up made at `at` (now when `None`). Only an application already sent
    /// can be followed up, and never before it was sent nor in the future.
    pub fn add_follow_up(
        &self,
        application_id: i64,
        at: Option<DateTime<Utc>>,
        note: Option<&str>,
    ) -> Result<FollowUp> {
        let now = self.now();
        let at = at.unwrap_or(now);
        if at > now {
            return Err(Error::invalid("at", Invalid::InFuture));
        }
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        if note.is_some_and(|n| n.len() > MAX_TEXT) {
            return Err(Error::invalid("note", Invalid::TooLong));
        }
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        applications::get(&tx, application_id)?;
        let sent_at: Option<String> = tx.query_row(
            "SELECT sent_at FROM application_milestones WHERE application_id = ?1",
            [application_id],
            |r| r.get(0),
        )?;
        let stamp = super::timeline_stamp(at);
        match sent_at {
            None => return Err(Error::invalid("status", Invalid::NotSent)),
            Some(sent) if stamp < sent => {
                return Err(Error::invalid("at", Invalid::BeforePrevious));
            }
            Some(_) => {}
        }
        tx.execute(
            "INSERT INTO follow_ups (application_id, at, note) VALUES (?1, ?2, ?3)",
            (application_id, &stamp, note),
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "UPDATE applications SET updated_at = ?2 WHERE id = ?1",
            (application_id, super::timeline_stamp(now)),
        )?;
        reminders::sync_application(&tx, application_id, now)?;
        let follow_up = get(&tx, id)?;
        tx.commit()?;
        Ok(follow_up)
    }

    /// The application's follow-ups, oldest first.
    pub fn follow_ups(&self, application_id: i64) -> Result<Vec<FollowUp>> {
        let conn = self.conn();
        applications::get(&conn, application_id)?;
        let mut stmt = conn.prepare_cached(
            "SELECT id, application_id, at, note FROM follow_ups
             WHERE application_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([application_id], read)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether the application reads « Sans réponse » now, by the rule and the threshold
    /// the list uses (`model::no_response`): for one application shown on its own.
    pub fn no_response_of(&self, application_id: i64) -> Result<Option<NoResponse>> {
        let conn = self.conn();
        applications::get(&conn, application_id)?;
        let (status, last_status_at, last_follow_up_at): (String, Option<String>, Option<String>) =
            conn.query_row(
                "SELECT status, last_status_at, last_follow_up_at FROM applications WHERE id = ?1",
                [application_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
        let threshold = read_reminder_settings(&conn)?.no_response_days;
        Ok(no_response(
            parse_status(&status)?,
            last_status_at.as_deref(),
            last_follow_up_at.as_deref(),
            self.now(),
            threshold,
        ))
    }

    /// Removes a follow-up entered by mistake.
    pub fn delete_follow_up(&self, id: i64) -> Result<()> {
        let now = self.now();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let follow_up = get(&tx, id)?;
        tx.execute("DELETE FROM follow_ups WHERE id = ?1", [id])?;
        reminders::sync_application(&tx, follow_up.application_id, now)?;
        tx.commit()?;
        Ok(())
    }
}

fn get(conn: &Connection, id: i64) -> Result<FollowUp> {
    conn.prepare_cached("SELECT id, application_id, at, note FROM follow_ups WHERE id = ?1")?
        .query_row([id], read)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "follow_up",
            id,
        })
}

fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: row.get(0)?,
        application_id: row.get(1)?,
        at: row.get(2)?,
        note: row.get(3)?,
    })
}
