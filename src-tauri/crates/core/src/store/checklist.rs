//! Checklist items: add, edit, remove, reorder (positions stay dense, 0..n), attach and
//! detach vault documents, and the checklist as the application screen shows it.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};

use super::rows::{parse_date_opt, parse_kind, parse_status, read_deadline, require_application};
use super::Store;
use crate::error::{Error, Result};
use crate::model::{
    expires_before_deadline, validity, AgeUnit, AttachedDocument, Checklist, ChecklistEntry,
    ChecklistItem, ChecklistItemInput, ChecklistItemUpdate, ChecklistProgress, ChecklistStage,
    ItemState, MaxAge, PieceForm, PieceRequirements, Status,
};

const ITEM_COLUMNS: &str = "i.id, i.application_id, i.kind, i.label, i.stage, i.state,
    i.document_id, i.position, i.form, i.copies, i.max_age_count, i.max_age_unit, i.handwritten,
    a.status";

impl Store {
    /// The application's checklist in order, with each attached document's validity on
    /// `today` and whether it runs out before the deadline.
    pub fn checklist(&self, application_id: i64, today: NaiveDate) -> Result<Checklist> {
        let conn = self.conn();
        let (date, time, tz): (Option<String>, Option<String>, Option<String>) = conn
            .query_row(
                "SELECT deadline_date, deadline_time, deadline_tz FROM applications
                 WHERE id = ?1",
                [application_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(Error::NotFound {
                entity: "application",
                id: application_id,
            })?;
        let deadline = read_deadline(date, time, tz)?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS}, d.title AS d_title, d.original_name AS d_name,
                d.page_count AS d_pages, d.valid_until AS d_until,
                d.issued_on AS d_issued, d.certified_on AS d_certified,
                d.archived_at IS NOT NULL AS d_archived
             FROM checklist_items i
             JOIN applications a ON a.id = i.application_id
             LEFT JOIN documents d ON d.id = i.document_id
             WHERE i.application_id = ?1
             ORDER BY i.position, i.id"
        ))?;
        let rows = stmt.query_map([application_id], |row| {
            let item = read_item(row)?;
            let title: Option<String> = row.get("d_title")?;
            let name: Option<String> = row.get("d_name")?;
            let pages: Option<i64> = row.get("d_pages")?;
            let until: Option<String> = row.get("d_until")?;
            let issued: Option<String> = row.get("d_issued")?;
            let certified: Option<String> = row.get("d_certified")?;
            let archived: Option<bool> = row.get("d_archived")?;
            Ok((
                item,
                title,
                name,
                pages,
                [until, issued, certified],
                archived,
            ))
        })?;
        let deadline_day = deadline.as_ref().map(|d| d.date);
        let mut entries = Vec::new();
        for row in rows {
            let (item, title, name, page_count, [until, issued, certified], archived) = row?;
            let item = item?;
            let valid_until = parse_date_opt(until)?;
            let issued_on = parse_date_opt(issued)?;
            let certified_on = parse_date_opt(certified)?;
            let document = match (item.document_id, title, name) {
                (Some(id), Some(title), Some(original_name)) => Some(AttachedDocument {
                    id,
                    title,
                    original_name,
                    page_count,
                    valid_until,
                    validity: validity(valid_until, today),
                    archived: archived.unwrap_or(false),
                }),
                _ => None,
            };
            let expires_before_deadline =
                document.is_some() && expires_before_deadline(valid_until, deadline.as_ref());
            let problem = document.as_ref().and_then(|_| {
                item.requirements
                    .check(issued_on, certified_on, deadline_day, today)
            });
            entries.push(ChecklistEntry {
                item,
                document,
                expires_before_deadline,
                problem,
            });
        }
        let progress = ChecklistProgress::of(entries.iter().map(|e| &e.item));
        Ok(Checklist {
            application_id,
            entries,
            progress,
        })
    }

    /// Adds an item at the end of the application's checklist.
    pub fn add_checklist_item(
        &self,
        application_id: i64,
        input: ChecklistItemInput,
    ) -> Result<ChecklistItem> {
        let input = input.normalized()?;
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        require_application(&tx, application_id)?;
        let ids = append_items(&tx, application_id, std::slice::from_ref(&input))?;
        let id = ids.first().copied().ok_or_else(|| {
            Error::Corrupt("inserting a checklist item returned no id".to_owned())
        })?;
        let item = get_item(&tx, id)?;
        tx.commit()?;
        Ok(item)
    }

    /// Changes what an item asks for and its state. Any state but `ready` detaches the
    /// document, so that an item holding a document is always ready.
    pub fn update_checklist_item(
        &self,
        item_id: i64,
        update: ChecklistItemUpdate,
    ) -> Result<ChecklistItem> {
        let input = ChecklistItemInput {
            kind: update.kind,
            label: update.label,
            stage: update.stage,
            requirements: update.requirements,
        }
        .normalized()?;
        let [form, copies, age_count, age_unit, handwritten] =
            requirement_columns(&input.requirements);
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let changed = tx.execute(
            "UPDATE checklist_items SET kind = ?1, label = ?2, stage = ?3, state = ?4,
                document_id = CASE WHEN ?4 = 'ready' THEN document_id END,
                form = ?6, copies = ?7, max_age_count = ?8, max_age_unit = ?9,
                handwritten = ?10
             WHERE id = ?5",
            rusqlite::params![
                input.kind.as_str(),
                &input.label,
                input.stage.as_str(),
                update.state.as_str(),
                item_id,
                form,
                copies,
                age_count,
                age_unit,
                handwritten,
            ],
        )?;
        if changed == 0 {
            return Err(item_not_found(item_id));
        }
        let item = get_item(&tx, item_id)?;
        tx.commit()?;
        Ok(item)
    }

    /// Removes an item; the ones after it move up.
    pub fn remove_checklist_item(&self, item_id: i64) -> Result<()> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let item = get_item(&tx, item_id)?;
        tx.execute("DELETE FROM checklist_items WHERE id = ?1", [item_id])?;
        tx.execute(
            "UPDATE checklist_items SET position = position - 1
             WHERE application_id = ?1 AND position > ?2",
            (item.application_id, item.position),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Moves an item to `position` (0-based, clamped to the list), shifting the items in
    /// between; returns the checklist's items in their new order.
    pub fn move_checklist_item(&self, item_id: i64, position: i64) -> Result<Vec<ChecklistItem>> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let item = get_item(&tx, item_id)?;
        let count: i64 = tx.query_row(
            "SELECT count(*) FROM checklist_items WHERE application_id = ?1",
            [item.application_id],
            |r| r.get(0),
        )?;
        let from = item.position;
        let to = position.clamp(0, (count - 1).max(0));
        if to < from {
            tx.execute(
                "UPDATE checklist_items SET position = position + 1
                 WHERE application_id = ?1 AND position >= ?2 AND position < ?3",
                (item.application_id, to, from),
            )?;
        } else if to > from {
            tx.execute(
                "UPDATE checklist_items SET position = position - 1
                 WHERE application_id = ?1 AND position > ?2 AND position <= ?3",
                (item.application_id, from, to),
            )?;
        }
        tx.execute(
            "UPDATE checklist_items SET position = ?1 WHERE id = ?2",
            (to, item_id),
        )?;
        let items = items_of(&tx, item.application_id)?;
        tx.commit()?;
        Ok(items)
    }

    /// Fulfils an item with this exact vault document (file version): the item is ready.
    pub fn attach_document(&self, item_id: i64, document_id: i64) -> Result<ChecklistItem> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1)",
            [document_id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(Error::NotFound {
                entity: "document",
                id: document_id,
            });
        }
        let changed = tx.execute(
            "UPDATE checklist_items SET document_id = ?1, state = 'ready' WHERE id = ?2",
            (document_id, item_id),
        )?;
        if changed == 0 {
            return Err(item_not_found(item_id));
        }
        let item = get_item(&tx, item_id)?;
        // The piece it replaced may have been the last use of a document kept only for it.
        let unused = super::documents::purge_archived(&tx)?;
        tx.commit()?;
        self.remove_stored_files(&unused);
        Ok(item)
    }

    /// Takes the document off an item, which is missing again.
    pub fn detach_document(&self, item_id: i64) -> Result<ChecklistItem> {
        let mut conn = self.conn();
        let tx = super::write_transaction(&mut conn)?;
        let changed = tx.execute(
            "UPDATE checklist_items SET document_id = NULL,
                state = CASE WHEN document_id IS NULL THEN state ELSE 'missing' END
             WHERE id = ?1",
            [item_id],
        )?;
        if changed == 0 {
            return Err(item_not_found(item_id));
        }
        let item = get_item(&tx, item_id)?;
        let unused = super::documents::purge_archived(&tx)?;
        tx.commit()?;
        self.remove_stored_files(&unused);
        Ok(item)
    }
}

/// Appends items after the application's last one, in order; returns their ids.
pub(super) fn append_items(
    conn: &Connection,
    application_id: i64,
    items: &[ChecklistItemInput],
) -> Result<Vec<i64>> {
    let first: i64 = conn.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM checklist_items WHERE application_id = ?1",
        [application_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO checklist_items (application_id, kind, label, stage, state, position,
            form, copies, max_age_count, max_age_unit, handwritten)
         VALUES (?1, ?2, ?3, ?4, 'missing', ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut ids = Vec::with_capacity(items.len());
    for (position, item) in (first..).zip(items) {
        let [form, copies, age_count, age_unit, handwritten] =
            requirement_columns(&item.requirements);
        stmt.execute(rusqlite::params![
            application_id,
            item.kind.as_str(),
            &item.label,
            item.stage.as_str(),
            position,
            form,
            copies,
            age_count,
            age_unit,
            handwritten,
        ])?;
        ids.push(conn.last_insert_rowid());
    }
    Ok(ids)
}

/// The stored form of a piece's requirements: form, copies, age count, age unit,
/// handwritten (0 or 1, never NULL).
fn requirement_columns(req: &PieceRequirements) -> [Option<rusqlite::types::Value>; 5] {
    use rusqlite::types::Value;
    [
        req.form.map(|f| Value::Text(f.as_str().to_owned())),
        req.copies.map(|c| Value::Integer(i64::from(c))),
        req.max_age.map(|a| Value::Integer(i64::from(a.count))),
        req.max_age.map(|a| Value::Text(a.unit.as_str().to_owned())),
        Some(Value::Integer(i64::from(req.handwritten))),
    ]
}

/// Reads them back; a value the schema's checks let through but this build does not know is
/// a damaged database, said as such.
fn read_requirements(
    form: Option<String>,
    copies: Option<i64>,
    age: (Option<i64>, Option<String>),
    handwritten: bool,
) -> Result<PieceRequirements> {
    let corrupt = |what: &str| Error::Corrupt(format!("unknown checklist {what}"));
    let form = form
        .map(|f| PieceForm::parse(&f).ok_or_else(|| corrupt("form")))
        .transpose()?;
    let copies = copies
        .map(|c| u8::try_from(c).map_err(|_| corrupt("copies")))
        .transpose()?;
    let max_age = match age {
        (Some(count), Some(unit)) => Some(MaxAge {
            count: u16::try_from(count).map_err(|_| corrupt("age"))?,
            unit: AgeUnit::parse(&unit).ok_or_else(|| corrupt("age unit"))?,
        }),
        _ => None,
    };
    Ok(PieceRequirements {
        form,
        copies,
        max_age,
        handwritten,
    })
}

fn item_not_found(id: i64) -> Error {
    Error::NotFound {
        entity: "checklist item",
        id,
    }
}

fn get_item(conn: &Connection, id: i64) -> Result<ChecklistItem> {
    conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM checklist_items i
         JOIN applications a ON a.id = i.application_id WHERE i.id = ?1"
    ))?
    .query_row([id], read_item)
    .optional()?
    .ok_or_else(|| item_not_found(id))?
}

pub(super) fn items_of(conn: &Connection, application_id: i64) -> Result<Vec<ChecklistItem>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM checklist_items i
         JOIN applications a ON a.id = i.application_id
         WHERE i.application_id = ?1 ORDER BY i.position, i.id"
    ))?;
    let rows = stmt.query_map([application_id], read_item)?;
    rows.map(|r| r?).collect()
}

/// Reads the item columns of [`ITEM_COLUMNS`]; `due` is derived from the stage and the
/// application's status (outer `Result` is SQLite's, inner ours).
fn read_item(row: &Row<'_>) -> rusqlite::Result<Result<ChecklistItem>> {
    let kind: String = row.get("kind")?;
    let stage: String = row.get("stage")?;
    let state: String = row.get("state")?;
    let status: String = row.get("status")?;
    let id: i64 = row.get("id")?;
    let application_id: i64 = row.get("application_id")?;
    let label: Option<String> = row.get("label")?;
    let document_id: Option<i64> = row.get("document_id")?;
    let position: i64 = row.get("position")?;
    let form: Option<String> = row.get("form")?;
    let copies: Option<i64> = row.get("copies")?;
    let age: (Option<i64>, Option<String>) = (row.get("max_age_count")?, row.get("max_age_unit")?);
    let handwritten: bool = row.get("handwritten")?;
    Ok((|| {
        let kind = parse_kind(&kind)?;
        let stage = ChecklistStage::parse(&stage)
            .ok_or_else(|| Error::Corrupt(format!("unknown checklist stage {stage:?}")))?;
        let state = ItemState::parse(&state)
            .ok_or_else(|| Error::Corrupt(format!("unknown checklist state {state:?}")))?;
        let status: Status = parse_status(&status)?;
        Ok(ChecklistItem {
            id,
            application_id,
            kind,
            label,
            stage,
            state,
            requirements: read_requirements(form, copies, age, handwritten)?,
            document_id,
            position,
            due: state != ItemState::Waived && stage.is_due(status),
        })
    })())
}
