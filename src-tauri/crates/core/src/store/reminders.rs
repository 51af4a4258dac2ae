//! Reminders in the database: keeping the automatic ones in step with their application,
//! custom ones, and handing due ones out exactly once.
//!
//! Whatever changes an application's deadline, status or interviews calls
//! [`sync_application`] in the same transaction; it compares what the rules
//! (`reminders::schedule`) ask for with the rows and adds or removes pending ones. Rows
//! already shown stay, as history and so that they are not shown again.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, Row};

use super::rows::{parse_status, read_deadline, require_application};
use super::settings::{keys, read_reminder_settings, write};
use super::Store;
use crate::error::{Error, Result};
use crate::model::{normalized_offsets, ApplicationRef, Deadline, ReminderSettings, Status};
use crate::reminders::{
    is_closed, plan, CustomReminderInput, DeadlineOffsets, DueReminder, Planned, Reminder,
    ReminderKind, ScheduleFacts,
};

/// The schema version that brought reminders: a database older than this gets the
/// reminders of its applications scheduled when it is upgraded.
pub(super) const SINCE_VERSION: i64 = 3;

const COLUMNS: &str = "r.id, r.application_id, r.interview_id, r.kind, r.due_at_utc,
    r.offset_minutes, r.note, r.shown_at, r.dismissed_at, r.created_at";

/// Pending: neither shown nor dismissed, and the application not archived. `due_reminders`
/// and `next_reminder_due_at` must agree on it, or the scheduler would wake for nothing.
const PENDING: &str = "r.shown_at IS NULL AND r.dismissed_at IS NULL AND a.archived = 0";

impl Store {
    /// Saves the reminder settings and reschedules every application that follows them,
    /// in one transaction.
    pub fn update_reminder_settings(
        &self,
        settings: &ReminderSettings,
    ) -> Result<ReminderSettings> {
        let settings = settings.clone().normalized()?;
        let now = self.now();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let offsets: Vec<String> = settings
            .deadline_offsets
            .iter()
            .map(u32::to_string)
            .collect();
        write(&tx, keys::DEADLINE_OFFSETS, &offsets.join(","))?;
        write(
            &tx,
            keys::FOLLOW_UP_DAYS,
            &settings.follow_up_days.to_string(),
        )?;
        write(
            &tx,
            keys::NO_RESPONSE_DAYS,
            &settings.no_response_days.to_string(),
        )?;
        sync_all(&tx, now)?;
        let saved = read_reminder_settings(&tx)?;
        tx.commit()?;
        Ok(saved)
    }

    /// Reminders due at `now` and not yet shown, oldest first, with what the notification
    /// names. Reading them does not claim them: see [`Store::claim_due_reminders`].
    pub fn due_reminders(&self, now: DateTime<Utc>) -> Result<Vec<DueReminder>> {
        due(&self.conn(), now)
    }

    /// Marks these reminders shown at `now` and returns those this call marked: one another
    /// process (the CLI, a second window) marked first is left out, so it is shown once.
    pub fn mark_reminders_shown(&self, ids: &[i64], now: DateTime<Utc>) -> Result<Vec<i64>> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let won = mark_shown(&tx, ids, now)?;
        tx.commit()?;
        Ok(won)
    }

    /// Due reminders, marked shown in the same transaction: the caller owns them and must
    /// show them (notification, or the in-app banner when that fails). Two processes
    /// calling this at once never get the same reminder.
    pub fn claim_due_reminders(&self, now: DateTime<Utc>) -> Result<Vec<DueReminder>> {
        let mut conn = self.conn();
        // Immediate: the write lock is taken before reading, so no other process can claim
        // between our read and our update.
        let tx = super::write_transaction(&mut conn)?;
        let due = due(&tx, now)?;
        let ids: Vec<i64> = due.iter().map(|d| d.reminder.id).collect();
        let won = mark_shown(&tx, &ids, now)?;
        tx.commit()?;
        Ok(due
            .into_iter()
            .filter(|d| won.contains(&d.reminder.id))
            .collect())
    }

    /// When the next pending reminder falls due (possibly already past: then at once), or
    /// `None` when nothing is pending. The background task sleeps until then.
    pub fn next_reminder_due_at(&self) -> Result<Option<DateTime<Utc>>> {
        let next: Option<String> = self.conn().query_row(
            &format!(
                "SELECT min(r.due_at_utc) FROM reminders r
                 JOIN applications a ON a.id = r.application_id WHERE {PENDING}"
            ),
            [],
            |r| r.get(0),
        )?;
        next.map(|s| parse_instant(&s)).transpose()
    }

    /// Every reminder of an application, shown or not, in order of falling due.
    pub fn reminders(&self, application_id: i64) -> Result<Vec<Reminder>> {
        let conn = self.conn();
        require_application(&conn, application_id)?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM reminders r WHERE r.application_id = ?1
             ORDER BY r.due_at_utc, r.id"
        ))?;
        let rows = stmt.query_map([application_id], read_reminder)?;
        rows.map(|r| r?).collect()
    }

    /// A reminder with the candidate's note. It must fall due after now; closed
    /// applications may have one too (the candidate asked for it explicitly).
    pub fn add_custom_reminder(
        &self,
        application_id: i64,
        input: CustomReminderInput,
    ) -> Result<Reminder> {
        let (input, due) = input.normalized()?;
        let now = self.now();
        refuse_past(due, now)?;
        let conn = self.conn();
        require_application(&conn, application_id)?;
        conn.execute(
            "INSERT INTO reminders (application_id, kind, due_at_utc, note, created_at)
             VALUES (?1, 'custom', ?2, ?3, ?4)",
            (application_id, stamp(due), &input.note, stamp(now)),
        )?;
        get(&conn, conn.last_insert_rowid())
    }

    /// Changes a custom reminder; it is pending again, even if it had been shown.
    pub fn update_custom_reminder(&self, id: i64, input: CustomReminderInput) -> Result<Reminder> {
        let (input, due) = input.normalized()?;
        refuse_past(due, self.now())?;
        let conn = self.conn();
        let changed = conn.execute(
            "UPDATE reminders SET due_at_utc = ?1, note = ?2, shown_at = NULL,
                dismissed_at = NULL
             WHERE id = ?3 AND kind = 'custom'",
            (stamp(due), &input.note, id),
        )?;
        if changed == 0 {
            return Err(not_found(id));
        }
        get(&conn, id)
    }

    /// Deletes a custom reminder. Automatic ones are dismissed instead (deleting them would
    /// only let the schedule create them again).
    pub fn delete_custom_reminder(&self, id: i64) -> Result<()> {
        let changed = self.conn().execute(
            "DELETE FROM reminders WHERE id = ?1 AND kind = 'custom'",
            [id],
        )?;
        if changed == 0 {
            return Err(not_found(id));
        }
        Ok(())
    }

    /// The candidate does not want this reminder: it will not be shown.
    pub fn dismiss_reminder(&self, id: i64, now: DateTime<Utc>) -> Result<Reminder> {
        let conn = self.conn();
        let changed = conn.execute(
            "UPDATE reminders SET dismissed_at = coalesce(dismissed_at, ?1) WHERE id = ?2",
            (stamp(now), id),
        )?;
        if changed == 0 {
            return Err(not_found(id));
        }
        get(&conn, id)
    }

    /// The deadline offsets this application uses.
    pub fn deadline_offsets(&self, application_id: i64) -> Result<DeadlineOffsets> {
        let conn = self.conn();
        require_application(&conn, application_id)?;
        offsets_for(&conn, application_id)
    }

    /// Gives the application its own deadline offsets (minutes before the deadline; empty:
    /// no deadline reminder), or `None` to follow the settings again; reschedules it.
    pub fn set_deadline_offsets(
        &self,
        application_id: i64,
        minutes: Option<Vec<u32>>,
    ) -> Result<DeadlineOffsets> {
        let minutes = minutes.map(normalized_offsets).transpose()?;
        let now = self.now();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        require_application(&tx, application_id)?;
        match minutes {
            Some(minutes) => tx.execute(
                "INSERT INTO reminder_offsets (application_id, minutes) VALUES (?1, ?2)
                 ON CONFLICT (application_id) DO UPDATE SET minutes = excluded.minutes",
                (application_id, to_json(&minutes)?),
            )?,
            None => tx.execute(
                "DELETE FROM reminder_offsets WHERE application_id = ?1",
                [application_id],
            )?,
        };
        sync_application(&tx, application_id, now)?;
        let offsets = offsets_for(&tx, application_id)?;
        tx.commit()?;
        Ok(offsets)
    }

    /// Brings every application's automatic reminders in line with the rules and the
    /// settings. Idempotent; done on its own after an upgrade and a settings change.
    pub fn reschedule_reminders(&self) -> Result<()> {
        let now = self.now();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        sync_all(&tx, now)?;
        tx.commit()?;
        Ok(())
    }
}

/// RFC 3339 UTC with a `Z` and whole seconds: the one format reminders are compared in.
pub(super) fn stamp(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(super) fn parse_instant(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::Corrupt(format!("instant {s:?}")))
}

fn refuse_past(due: DateTime<Utc>, now: DateTime<Utc>) -> Result<()> {
    if due <= now {
        return Err(Error::invalid("date", crate::error::Invalid::Date));
    }
    Ok(())
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        entity: "reminder",
        id,
    }
}

fn to_json(minutes: &[u32]) -> Result<String> {
    serde_json::to_string(minutes).map_err(|e| Error::Corrupt(e.to_string()))
}

/// The status changed: reschedule, and on closing drop the custom reminders still pending
/// too (nothing is left to do for a refused or abandoned application).
pub(super) fn status_changed(
    conn: &Connection,
    application_id: i64,
    status: Status,
    now: DateTime<Utc>,
) -> Result<()> {
    if is_closed(status) {
        conn.execute(
            "DELETE FROM reminders
             WHERE application_id = ?1 AND kind = 'custom' AND shown_at IS NULL",
            [application_id],
        )?;
    }
    sync_application(conn, application_id, now)
}

/// Every application, after an upgrade or a settings change.
pub(super) fn sync_all(conn: &Connection, now: DateTime<Utc>) -> Result<()> {
    let ids: Vec<i64> = {
        let mut stmt = conn.prepare_cached("SELECT id FROM applications ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for id in ids {
        sync_application(conn, id, now)?;
    }
    Ok(())
}

/// Makes the application's pending automatic reminders exactly what the rules ask for.
/// New reminders already past at `now` are not created (the candidate is looking at the
/// application right now); pending ones that fell due while the app was closed are kept,
/// so they are still shown once.
pub(super) fn sync_application(
    conn: &Connection,
    application_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let (status, deadline) = conn
        .prepare_cached(
            "SELECT status, deadline_date, deadline_time, deadline_tz
             FROM applications WHERE id = ?1",
        )?
        .query_row([application_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?
        .ok_or(Error::NotFound {
            entity: "application",
            id: application_id,
        })
        .and_then(|(status, date, time, tz)| {
            Ok((parse_status(&status)?, read_deadline(date, time, tz)?))
        })?;
    let sent_at: Option<String> = conn
        .prepare_cached(
            // A follow-up restarts the wait: the next reminder counts from it.
            "SELECT max(at) FROM (
                SELECT max(at) AS at FROM status_events
                WHERE application_id = ?1 AND to_status = 'sent'
                UNION ALL
                SELECT max(at) FROM follow_ups WHERE application_id = ?1)",
        )?
        .query_row([application_id], |r| r.get(0))?;
    let sent_at = sent_at.as_deref().map(parse_instant).transpose()?;
    let interviews = interview_moments(conn, application_id)?;
    let settings = read_reminder_settings(conn)?;
    let offsets = offsets_for(conn, application_id)?;
    let planned = plan(&ScheduleFacts {
        status,
        deadline: deadline.as_ref(),
        deadline_offsets: &offsets.minutes,
        sent_at,
        follow_up_days: settings.follow_up_days,
        interviews: &interviews,
    });

    let existing: Vec<(i64, Key, bool)> = {
        let mut stmt = conn.prepare_cached(
            "SELECT id, kind, interview_id, offset_minutes, due_at_utc, shown_at IS NOT NULL
             FROM reminders WHERE application_id = ?1 AND kind <> 'custom'",
        )?;
        let rows = stmt.query_map([application_id], |r| {
            let kind: String = r.get(1)?;
            Ok((
                r.get(0)?,
                (kind, r.get(2)?, r.get(3)?, r.get(4)?),
                r.get(5)?,
            ))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let wanted: Vec<Key> = planned.iter().map(key).collect();
    for (id, k, shown) in &existing {
        if !shown && !wanted.contains(k) {
            conn.execute("DELETE FROM reminders WHERE id = ?1", [id])?;
        }
    }
    let created = stamp(now);
    for (p, k) in planned.iter().zip(&wanted) {
        let known = existing.iter().any(|(_, e, _)| e == k);
        if !known && p.due_at > now {
            // OR IGNORE: another process may have scheduled the very same reminder.
            conn.execute(
                "INSERT OR IGNORE INTO reminders (application_id, interview_id, kind,
                    due_at_utc, offset_minutes, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    application_id,
                    p.interview_id,
                    p.kind.as_str(),
                    &k.3,
                    p.offset_minutes,
                    &created,
                ),
            )?;
        }
    }
    Ok(())
}

/// What identifies an automatic reminder: kind, interview, offset, due instant.
type Key = (String, Option<i64>, Option<u32>, String);

fn key(p: &Planned) -> Key {
    (
        p.kind.as_str().to_owned(),
        p.interview_id,
        p.offset_minutes,
        stamp(p.due_at),
    )
}

fn interview_moments(conn: &Connection, application_id: i64) -> Result<Vec<(i64, Deadline)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, date, time, timezone FROM interviews WHERE application_id = ?1",
    )?;
    let rows = stmt.query_map([application_id], |r| {
        Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, date, time, tz) = row?;
        if let Some(moment) = read_deadline(Some(date), Some(time), Some(tz))? {
            out.push((id, moment));
        }
    }
    Ok(out)
}

fn offsets_for(conn: &Connection, application_id: i64) -> Result<DeadlineOffsets> {
    let own: Option<String> = conn
        .prepare_cached("SELECT minutes FROM reminder_offsets WHERE application_id = ?1")?
        .query_row([application_id], |r| r.get(0))
        .optional()?;
    match own {
        Some(json) => Ok(DeadlineOffsets {
            minutes: serde_json::from_str(&json)
                .map_err(|_| Error::Corrupt(format!("reminder offsets {json:?}")))?,
            custom: true,
        }),
        None => Ok(DeadlineOffsets {
            minutes: read_reminder_settings(conn)?.deadline_offsets,
            custom: false,
        }),
    }
}

fn mark_shown(conn: &Connection, ids: &[i64], now: DateTime<Utc>) -> Result<Vec<i64>> {
    let at = stamp(now);
    let mut stmt = conn
        .prepare_cached("UPDATE reminders SET shown_at = ?1 WHERE id = ?2 AND shown_at IS NULL")?;
    let mut won = Vec::new();
    for &id in ids {
        // One row or none: the `shown_at IS NULL` test and the write are one statement, so
        // of two processes only one sees a change.
        if stmt.execute((&at, id))? == 1 {
            won.push(id);
        }
    }
    Ok(won)
}

fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<DueReminder>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, a.title, a.organization, a.status,
            a.deadline_date, a.deadline_time, a.deadline_tz, a.deadline_utc,
            i.starts_at_utc, i.place,
            (SELECT max(e.at) FROM status_events e
             WHERE e.application_id = a.id AND e.to_status = 'sent')
         FROM reminders r
         JOIN applications a ON a.id = r.application_id
         LEFT JOIN interviews i ON i.id = r.interview_id
         WHERE {PENDING} AND r.due_at_utc <= ?1
         ORDER BY r.due_at_utc, r.id"
    ))?;
    let rows = stmt.query_map([stamp(now)], |r| {
        let reminder = read_reminder(r)?;
        let status: String = r.get(12)?;
        let deadline = (r.get(13)?, r.get(14)?, r.get(15)?);
        let deadline_utc: Option<String> = r.get(16)?;
        let starts_at: Option<String> = r.get(17)?;
        let place: Option<String> = r.get(18)?;
        let sent_at: Option<String> = r.get(19)?;
        let application = ApplicationRef {
            id: r.get(1)?,
            title: r.get(10)?,
            organization: r.get(11)?,
        };
        Ok((|| {
            let reminder = reminder?;
            let (date, time, tz) = deadline;
            let deadline = read_deadline(date, time, tz)?;
            let (event_at_utc, event_has_time) = match reminder.kind {
                ReminderKind::Deadline => (
                    deadline_utc,
                    deadline.as_ref().is_some_and(|d| d.time.is_some()),
                ),
                ReminderKind::Interview => (starts_at, true),
                ReminderKind::FollowUp => (sent_at, true),
                ReminderKind::Custom => (None, true),
            };
            Ok(DueReminder {
                reminder,
                application,
                status: parse_status(&status)?,
                deadline,
                event_at_utc,
                event_has_time,
                place,
            })
        })())
    })?;
    rows.map(|r| r?).collect()
}

fn get(conn: &Connection, id: i64) -> Result<Reminder> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM reminders r WHERE r.id = ?1"
    ))?
    .query_row([id], read_reminder)
    .optional()?
    .ok_or_else(|| not_found(id))?
}

fn read_reminder(r: &Row<'_>) -> rusqlite::Result<Result<Reminder>> {
    let kind: String = r.get(3)?;
    let Some(kind) = ReminderKind::parse(&kind) else {
        return Ok(Err(Error::Corrupt(format!(
            "unknown reminder kind {kind:?}"
        ))));
    };
    Ok(Ok(Reminder {
        id: r.get(0)?,
        application_id: r.get(1)?,
        interview_id: r.get(2)?,
        kind,
        due_at_utc: r.get(4)?,
        offset_minutes: r.get(5)?,
        note: r.get(6)?,
        shown_at: r.get(7)?,
        dismissed_at: r.get(8)?,
        created_at: r.get(9)?,
    }))
}
