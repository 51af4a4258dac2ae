//! Applications: create, read, update, delete, list, and the status timeline.

use chrono::{DateTime, Utc};
use rusqlite::{named_params, OptionalExtension, Row};

use super::rows::{day_text, parse_status, read_deadline};
use super::{checklist, reminders, Store};
use crate::error::{Error, Invalid, Result};
use crate::model::{cc_column, cc_from_column};
use crate::model::{
    default_items, Application, ApplicationInput, ApplyMethod, ChecklistItemInput,
    OrganizationType, RulesSource, Status, TimelineEvent, REOPENED_NOTE,
};
use crate::search;

const COLUMNS: &str =
    "id, title, organization, organization_type, reference, location, contract, source_url,
    apply_method, apply_email, apply_subject, apply_cc, apply_url, apply_address,
    deadline_date, deadline_time, deadline_tz, status, notes, created_at, updated_at";

/// Open applications first by nearest deadline, those without a deadline after them, and
/// the newest first among equals.
const ORDER: &str = "ORDER BY deadline_utc IS NULL, deadline_utc, created_at DESC, id DESC";

impl Store {
    /// Creates an application with the checklist every application starts with (CV and
    /// cover letter, due now).
    pub fn create_application(&self, input: ApplicationInput) -> Result<Application> {
        self.create_application_with_checklist(input, default_items())
    }

    /// Creates an application with exactly these checklist items, in this order, in one
    /// transaction (for an imported posting that lists its own pieces).
    pub fn create_application_with_checklist(
        &self,
        input: ApplicationInput,
        items: Vec<ChecklistItemInput>,
    ) -> Result<Application> {
        self.insert_application(input, items, None)
    }

    fn insert_application(
        &self,
        input: ApplicationInput,
        items: Vec<ChecklistItemInput>,
        posting_text: Option<&str>,
    ) -> Result<Application> {
        let input = input.normalized()?;
        let items = items
            .into_iter()
            .map(ChecklistItemInput::normalized)
            .collect::<Result<Vec<_>>>()?;
        let now = self.now_stamp();
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        tx.execute(
            "INSERT INTO applications (title, organization, organization_type, reference, location, contract,
                source_url, apply_method, apply_email, apply_subject, apply_cc, apply_url, apply_address,
                deadline_date, deadline_time, deadline_tz, deadline_utc, status, notes,
                created_at, updated_at, search_text, title_key, organization_key)
             VALUES (:title, :organization, :organization_type, :reference, :location, :contract,
                :source_url, :apply_method, :apply_email, :apply_subject, :apply_cc, :apply_url,
                :apply_address, :deadline_date, :deadline_time, :deadline_tz, :deadline_utc,
                'to_prepare', :notes, :now, :now, :search_text, :title_key, :organization_key)",
            named_params! {
                ":title": input.title,
                ":organization": input.organization,
                ":organization_type": input.organization_type.map(OrganizationType::as_str),
                ":reference": input.reference,
                ":location": input.location,
                ":contract": input.contract,
                ":source_url": input.source_url,
                ":apply_method": input.apply_method.map(ApplyMethod::as_str),
                ":apply_email": input.apply_email,
                ":apply_subject": input.apply_subject,
                ":apply_cc": cc_column(&input.apply_cc),
                ":apply_url": input.apply_url,
                ":apply_address": input.apply_address,
                ":deadline_date": deadline_date(&input),
                ":deadline_time": deadline_time(&input),
                ":deadline_tz": input.deadline.as_ref().map(|d| d.timezone.as_str()),
                ":deadline_utc": deadline_utc(&input)?,
                ":notes": input.notes,
                ":now": now,
                ":search_text": search_text(&input),
                ":title_key": search::fold(&input.title),
                ":organization_key": search::fold(&input.organization),
            },
        )?;
        let id = tx.last_insert_rowid();
        // The sending rules the posting states, kept with what it created.
        if let Some(rules) = posting_text.and_then(crate::posting::sending_rules) {
            super::sending::put(&tx, id, rules, RulesSource::Posting)?;
        }
        tx.execute(
            "INSERT INTO status_events (application_id, at, from_status, to_status)
             VALUES (?1, ?2, NULL, 'to_prepare')",
            (id, &now),
        )?;
        checklist::append_items(&tx, id, &items)?;
        reminders::sync_application(&tx, id, self.now())?;
        if let Some(text) = posting_text {
            tx.execute(
                "UPDATE applications SET posting_text = ?1 WHERE id = ?2",
                (text, id),
            )?;
        }
        let app = get(&tx, id)?;
        tx.commit()?;
        Ok(app)
    }

    /// Creates the application an imported posting describes, with its checklist, and keeps
    /// the posting's text with it (the candidate re-reads it before an interview).
    pub fn create_application_from_posting(
        &self,
        input: ApplicationInput,
        items: Vec<ChecklistItemInput>,
        posting_text: &str,
    ) -> Result<Application> {
        if posting_text.len() > crate::posting::MAX_TEXT_BYTES {
            return Err(Error::invalid(
                "posting_text",
                crate::error::Invalid::TooLong,
            ));
        }
        self.insert_application(input, items, Some(posting_text))
    }

    /// The text of the posting the application was imported from, if any.
    pub fn posting_text(&self, id: i64) -> Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT posting_text FROM applications WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound {
                entity: "application",
                id,
            })
    }

    pub fn application(&self, id: i64) -> Result<Application> {
        get(&self.conn(), id)
    }

    pub fn list_applications(&self) -> Result<Vec<Application>> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare_cached(&format!("SELECT {COLUMNS} FROM applications {ORDER}"))?;
        let rows = stmt.query_map([], read_row)?;
        rows.map(|row| row?).collect()
    }

    /// Replaces the editable fields. Status has its own path so that it is never changed
    /// without an entry in the timeline.
    pub fn update_application(&self, id: i64, input: ApplicationInput) -> Result<Application> {
        let input = input.normalized()?;
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let changed = tx.execute(
            "UPDATE applications SET title = :title, organization = :organization,
                organization_type = :organization_type,
                reference = :reference, location = :location, contract = :contract,
                source_url = :source_url, apply_method = :apply_method,
                apply_email = :apply_email, apply_subject = :apply_subject, apply_cc = :apply_cc,
                apply_url = :apply_url, apply_address = :apply_address,
                deadline_date = :deadline_date, deadline_time = :deadline_time,
                deadline_tz = :deadline_tz, deadline_utc = :deadline_utc,
                notes = :notes, updated_at = :now, search_text = :search_text,
                title_key = :title_key, organization_key = :organization_key
             WHERE id = :id",
            named_params! {
                ":id": id,
                ":title": input.title,
                ":organization": input.organization,
                ":organization_type": input.organization_type.map(OrganizationType::as_str),
                ":reference": input.reference,
                ":location": input.location,
                ":contract": input.contract,
                ":source_url": input.source_url,
                ":apply_method": input.apply_method.map(ApplyMethod::as_str),
                ":apply_email": input.apply_email,
                ":apply_subject": input.apply_subject,
                ":apply_cc": cc_column(&input.apply_cc),
                ":apply_url": input.apply_url,
                ":apply_address": input.apply_address,
                ":deadline_date": deadline_date(&input),
                ":deadline_time": deadline_time(&input),
                ":deadline_tz": input.deadline.as_ref().map(|d| d.timezone.as_str()),
                ":deadline_utc": deadline_utc(&input)?,
                ":notes": input.notes,
                ":now": self.now_stamp(),
                ":search_text": search_text(&input),
                ":title_key": search::fold(&input.title),
                ":organization_key": search::fold(&input.organization),
            },
        )?;
        if changed == 0 {
            return Err(Error::NotFound {
                entity: "application",
                id,
            });
        }
        let mut app = get(&tx, id)?;
        if let Some((back, at)) = self.reopen_if_deadline_moved_ahead(&tx, &app)? {
            app.status = back;
            app.updated_at = at;
        }
        // A moved deadline moves its reminders.
        reminders::sync_application(&tx, id, self.now())?;
        tx.commit()?;
        Ok(app)
    }

    /// « Expirée » is Postulo's own verdict on a deadline; when the candidate moves the
    /// deadline into the future (the posting was extended, the date was misread), the
    /// verdict no longer holds: the application goes back to the status it had before
    /// (to prepare or ready), with an entry in its timeline.
    /// Returns the status it went back to and when, if it did.
    fn reopen_if_deadline_moved_ahead(
        &self,
        tx: &rusqlite::Transaction<'_>,
        app: &Application,
    ) -> Result<Option<(Status, String)>> {
        let id = app.id;
        let now = self.now();
        let ahead = match &app.deadline {
            Some(deadline) => deadline.instant_utc()? > now,
            None => true,
        };
        if app.status != Status::Expired || !ahead {
            return Ok(None);
        }
        let before: Option<String> = tx
            .query_row(
                "SELECT from_status FROM status_events
                 WHERE application_id = ?1 AND to_status = 'expired'
                 ORDER BY id DESC LIMIT 1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let back = before
            .as_deref()
            .and_then(Status::parse)
            .filter(|s| matches!(s, Status::ToPrepare | Status::Ready))
            .unwrap_or(Status::ToPrepare);
        let at = self.now_stamp();
        tx.execute(
            "UPDATE applications SET status = ?1, updated_at = ?2 WHERE id = ?3",
            (back.as_str(), &at, id),
        )?;
        tx.execute(
            "INSERT INTO status_events (application_id, at, from_status, to_status, note)
             VALUES (?1, ?2, 'expired', ?3, ?4)",
            (id, &at, back.as_str(), REOPENED_NOTE),
        )?;
        reminders::status_changed(tx, id, back, now)?;
        Ok(Some((back, at)))
    }

    /// Moves an application in the pipeline and records the move in its timeline.
    pub fn set_status(&self, id: i64, status: Status, note: Option<&str>) -> Result<Application> {
        self.set_status_on(id, status, note, None)
    }

    /// Moves an application in the pipeline as of `at` (now when `None`): a candidate who
    /// starts with Postulo in the middle of a search enters what already happened, dated.
    ///
    /// A dated step is never in the future and never before the step it follows, so the
    /// timeline stays in order; when it falls before the application was created (entered
    /// today, sent last month), the creation moves back to that date. The reminders count
    /// from the recorded date, and none is created for a moment already past.
    pub fn set_status_on(
        &self,
        id: i64,
        status: Status,
        note: Option<&str>,
        at: Option<DateTime<Utc>>,
    ) -> Result<Application> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        self.move_status(&tx, id, status, note, at)?;
        let app = get(&tx, id)?;
        tx.commit()?;
        Ok(app)
    }

    /// [`Store::set_status_on`] inside a transaction the caller commits (a receipt moves
    /// the application and is recorded in one go).
    pub(super) fn move_status(
        &self,
        tx: &rusqlite::Transaction<'_>,
        id: i64,
        status: Status,
        note: Option<&str>,
        at: Option<DateTime<Utc>>,
    ) -> Result<()> {
        let now = self.now();
        let current = get(tx, id)?;
        if current.status == status {
            return Ok(());
        }
        let when = match at {
            Some(at) => check_step_date(tx, id, at, now)?,
            None => now,
        };
        let stamp = super::timeline_stamp(when);
        // updated_at says when the row was last written, whatever the step's date.
        tx.execute(
            "UPDATE applications SET status = ?1, updated_at = ?2 WHERE id = ?3",
            (status.as_str(), self.now_stamp(), id),
        )?;
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        tx.execute(
            "INSERT INTO status_events (application_id, at, from_status, to_status, note)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            (id, &stamp, current.status.as_str(), status.as_str(), note),
        )?;
        // Sending stops the deadline reminders and starts the follow-up one; closing
        // drops them all.
        reminders::status_changed(tx, id, status, now)?;
        Ok(())
    }

    /// Deletes an application and what belongs to it; a document kept only for it (removed
    /// from the vault after it was sent) goes with it.
    pub fn delete_application(&self, id: i64) -> Result<()> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let changed = tx.execute("DELETE FROM applications WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(Error::NotFound {
                entity: "application",
                id,
            });
        }
        let unused = super::documents::purge_archived(&tx)?;
        tx.commit()?;
        // Still under the connection lock: no add of the same content can interleave.
        self.remove_stored_files(&unused);
        Ok(())
    }

    /// The statuses an application went through, oldest first.
    pub fn status_history(&self, id: i64) -> Result<Vec<TimelineEvent>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT at, from_status, to_status, note FROM status_events
             WHERE application_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([id], |row| {
            let at: String = row.get(0)?;
            let from: Option<String> = row.get(1)?;
            let to: String = row.get(2)?;
            let note: Option<String> = row.get(3)?;
            Ok((at, from, to, note))
        })?;
        rows.map(|row| {
            let (at, from, to, note) = row?;
            let from = match from {
                Some(s) => Some(parse_status(&s)?),
                None => None,
            };
            Ok(TimelineEvent {
                at,
                from,
                to: parse_status(&to)?,
                note,
            })
        })
        .collect()
    }
}

/// Checks the date of a step entered afterwards (see `set_status_on`) and, when it comes
/// before the application's creation, moves the creation back to it. Returns the instant
/// to record.
pub(super) fn check_step_date(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>> {
    if at > now {
        return Err(Error::invalid("at", Invalid::InFuture));
    }
    let stamp = super::timeline_stamp(at);
    // The creation is the event with no previous status; every later step must stay after
    // the last one recorded.
    let last_step: Option<String> = tx.query_row(
        "SELECT max(at) FROM status_events WHERE application_id = ?1 AND from_status IS NOT NULL",
        [id],
        |r| r.get(0),
    )?;
    if last_step.is_some_and(|last| stamp < last) {
        return Err(Error::invalid("at", Invalid::BeforePrevious));
    }
    tx.execute(
        "UPDATE status_events SET at = ?2
         WHERE application_id = ?1 AND from_status IS NULL AND at > ?2",
        (id, &stamp),
    )?;
    tx.execute(
        "UPDATE applications SET created_at = ?2 WHERE id = ?1 AND created_at > ?2",
        (id, &stamp),
    )?;
    Ok(at)
}

pub(super) fn get(conn: &rusqlite::Connection, id: i64) -> Result<Application> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM applications WHERE id = ?1"))?
        .query_row([id], read_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: "application",
            id,
        })?
}

fn deadline_date(input: &ApplicationInput) -> Option<String> {
    input.deadline.as_ref().map(|d| day_text(d.date))
}

fn deadline_time(input: &ApplicationInput) -> Option<String> {
    input
        .deadline
        .as_ref()
        .and_then(|d| d.time)
        .map(|t| t.format("%H:%M").to_string())
}

fn deadline_utc(input: &ApplicationInput) -> Result<Option<String>> {
    input
        .deadline
        .as_ref()
        .map(|d| {
            Ok(d.instant_utc()?
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        })
        .transpose()
}

/// What the list's search matches: see `search::search_text` and migration 0002, which
/// folds existing rows the same way.
fn search_text(input: &ApplicationInput) -> String {
    search::search_text(&[
        Some(input.title.as_str()),
        Some(input.organization.as_str()),
        input.reference.as_deref(),
        input.location.as_deref(),
        input.contract.as_deref(),
    ])
}

/// Reads a row; a value the database accepted but we cannot understand is reported as
/// corrupt data rather than silently dropped (outer `Result` is SQLite's, inner ours).
fn read_row(row: &Row<'_>) -> rusqlite::Result<Result<Application>> {
    let apply_method: Option<String> = row.get("apply_method")?;
    let organization_type: Option<String> = row.get("organization_type")?;
    let status: String = row.get("status")?;
    let date: Option<String> = row.get("deadline_date")?;
    let time: Option<String> = row.get("deadline_time")?;
    let tz: Option<String> = row.get("deadline_tz")?;
    let mut app = Application {
        id: row.get("id")?,
        title: row.get("title")?,
        organization: row.get("organization")?,
        organization_type: None,
        reference: row.get("reference")?,
        location: row.get("location")?,
        contract: row.get("contract")?,
        source_url: row.get("source_url")?,
        apply_method: None,
        apply_email: row.get("apply_email")?,
        apply_subject: row.get("apply_subject")?,
        apply_cc: cc_from_column(row.get("apply_cc")?),
        apply_url: row.get("apply_url")?,
        apply_address: row.get("apply_address")?,
        deadline: None,
        status: Status::ToPrepare,
        notes: row.get("notes")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
    };
    let interpret = || -> Result<()> {
        app.status = parse_status(&status)?;
        app.apply_method = match apply_method {
            Some(m) => Some(
                ApplyMethod::parse(&m)
                    .ok_or_else(|| Error::Corrupt(format!("unknown apply method {m:?}")))?,
            ),
            None => None,
        };
        app.deadline = read_deadline(date, time, tz)?;
        app.organization_type = match organization_type {
            Some(t) => Some(
                OrganizationType::parse(&t)
                    .ok_or_else(|| Error::Corrupt(format!("unknown organization type {t:?}")))?,
            ),
            None => None,
        };
        Ok(())
    };
    Ok(interpret().map(|()| app))
}
