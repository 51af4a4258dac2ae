//! Contacts and interviews of an application. Both go when the application goes (ON
//! DELETE CASCADE).

use rusqlite::{Connection, OptionalExtension, Row};

use super::rows::{day_text, parse_date_opt, require_application};
use super::{now_utc, reminders, Store};
use crate::error::{Error, Result};
use crate::model::{Contact, ContactInput, Interview, InterviewInput};

impl Store {
    pub fn contacts(&self, application_id: i64) -> Result<Vec<Contact>> {
        let conn = self.conn();
        require_application(&conn, application_id)?;
        let mut stmt = conn.prepare_cached(
            "SELECT id, application_id, name, role, email, phone FROM contacts
             WHERE application_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([application_id], read_contact)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_contact(&self, application_id: i64, input: ContactInput) -> Result<Contact> {
        let input = input.normalized()?;
        let conn = self.conn();
        require_application(&conn, application_id)?;
        conn.execute(
            "INSERT INTO contacts (application_id, name, role, email, phone, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            (
                application_id,
                &input.name,
                &input.role,
                &input.email,
                &input.phone,
                now_utc(),
            ),
        )?;
        get_contact(&conn, conn.last_insert_rowid())
    }

    pub fn update_contact(&self, id: i64, input: ContactInput) -> Result<Contact> {
        let input = input.normalized()?;
        let conn = self.conn();
        let changed = conn.execute(
            "UPDATE contacts SET name = ?1, role = ?2, email = ?3, phone = ?4 WHERE id = ?5",
            (&input.name, &input.role, &input.email, &input.phone, id),
        )?;
        if changed == 0 {
            return Err(contact_not_found(id));
        }
        get_contact(&conn, id)
    }

    pub fn delete_contact(&self, id: i64) -> Result<()> {
        let changed = self
            .conn()
            .execute("DELETE FROM contacts WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(contact_not_found(id));
        }
        Ok(())
    }

    /// The application's interviews, soonest first.
    pub fn interviews(&self, application_id: i64) -> Result<Vec<Interview>> {
        let conn = self.conn();
        require_application(&conn, application_id)?;
        let mut stmt = conn.prepare_cached(
            "SELECT id, application_id, date, time, timezone, starts_at_utc, place, notes
             FROM interviews WHERE application_id = ?1 ORDER BY starts_at_utc, id",
        )?;
        let rows = stmt.query_map([application_id], read_interview)?;
        rows.map(|r| r?).collect()
    }

    pub fn add_interview(&self, application_id: i64, input: InterviewInput) -> Result<Interview> {
        let (input, starts) = input.normalized()?;
        let conn = self.conn();
        require_application(&conn, application_id)?;
        conn.execute(
            "INSERT INTO interviews (application_id, date, time, timezone, starts_at_utc,
                place, notes, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (
                application_id,
                day_text(input.date),
                input.time.format("%H:%M").to_string(),
                &input.timezone,
                utc(starts),
                &input.place,
                &input.notes,
                now_utc(),
            ),
        )?;
        let interview = get_interview(&conn, conn.last_insert_rowid())?;
        reminders::sync_application(&conn, application_id, self.now())?;
        Ok(interview)
    }

    pub fn update_interview(&self, id: i64, input: InterviewInput) -> Result<Interview> {
        let (input, starts) = input.normalized()?;
        let conn = self.conn();
        let changed = conn.execute(
            "UPDATE interviews SET date = ?1, time = ?2, timezone = ?3, starts_at_utc = ?4,
                place = ?5, notes = ?6
             WHERE id = ?7",
            (
                day_text(input.date),
                input.time.format("%H:%M").to_string(),
                &input.timezone,
                utc(starts),
                &input.place,
                &input.notes,
                id,
            ),
        )?;
        if changed == 0 {
            return Err(interview_not_found(id));
        }
        let interview = get_interview(&conn, id)?;
        // A moved interview moves its reminders (deleting one deletes them: ON DELETE CASCADE).
        reminders::sync_application(&conn, interview.application_id, self.now())?;
        Ok(interview)
    }

    pub fn delete_interview(&self, id: i64) -> Result<()> {
        let changed = self
            .conn()
            .execute("DELETE FROM interviews WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(interview_not_found(id));
        }
        Ok(())
    }
}

fn utc(instant: chrono::DateTime<chrono::Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn contact_not_found(id: i64) -> Error {
    Error::NotFound {
        entity: "contact",
        id,
    }
}

fn interview_not_found(id: i64) -> Error {
    Error::NotFound {
        entity: "interview",
        id,
    }
}

fn get_contact(conn: &Connection, id: i64) -> Result<Contact> {
    conn.prepare_cached(
        "SELECT id, application_id, name, role, email, phone FROM contacts WHERE id = ?1",
    )?
    .query_row([id], read_contact)
    .optional()?
    .ok_or_else(|| contact_not_found(id))
}

fn read_contact(r: &Row<'_>) -> rusqlite::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        application_id: r.get(1)?,
        name: r.get(2)?,
        role: r.get(3)?,
        email: r.get(4)?,
        phone: r.get(5)?,
    })
}

fn get_interview(conn: &Connection, id: i64) -> Result<Interview> {
    conn.prepare_cached(
        "SELECT id, application_id, date, time, timezone, starts_at_utc, place, notes
         FROM interviews WHERE id = ?1",
    )?
    .query_row([id], read_interview)
    .optional()?
    .ok_or_else(|| interview_not_found(id))?
}

pub(super) fn read_interview(r: &Row<'_>) -> rusqlite::Result<Result<Interview>> {
    let date: String = r.get(2)?;
    let time: String = r.get(3)?;
    let mut interview = Interview {
        id: r.get(0)?,
        application_id: r.get(1)?,
        date: chrono::NaiveDate::MIN,
        time: chrono::NaiveTime::MIN,
        timezone: r.get(4)?,
        starts_at_utc: r.get(5)?,
        place: r.get(6)?,
        notes: r.get(7)?,
    };
    Ok((|| {
        interview.date = parse_date_opt(Some(date))?
            .ok_or_else(|| Error::Corrupt("interview date".to_owned()))?;
        interview.time = chrono::NaiveTime::parse_from_str(&time, "%H:%M")
            .map_err(|_| Error::Corrupt(format!("interview time {time:?}")))?;
        Ok(interview)
    })())
}
