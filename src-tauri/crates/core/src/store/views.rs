//! The list (search, filters, sort) and the dashboard, each item with its checklist
//! progress computed in the same query: no query per application.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, Row};

use super::contacts::read_interview;
use super::documents::{read_document, DOCUMENT_COLUMNS};
use super::rows::parse_date_opt;
use super::rows::{day_text, parse_status, read_deadline};
use super::settings::read_reminder_settings;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{
    expires_before_deadline, no_response, validity, ApplicationListItem, ApplicationPage,
    ApplicationQuery, ApplicationRef, ChecklistProgress, Dashboard, DocumentAlert, DocumentKind,
    ItemState, MissingItem, SortKey, Status, UpcomingInterview, SHORTLIST_REACHED,
};
use crate::search;

/// The most rows [`Store::list_page`] gives at once: a screen holds a few dozen.
pub const MAX_PAGE: u32 = 500;

/// How many applications the dashboard lists under "next deadlines".
pub const DASHBOARD_DEADLINES: usize = 10;
/// How many interviews the dashboard lists.
pub const DASHBOARD_INTERVIEWS: usize = 10;
/// An interview stays on the dashboard this long after it began: the candidate may be
/// looking for the address or the call link on the way.
const INTERVIEW_GRACE_HOURS: i64 = 3;

/// Applications still being worked on: before sending, or further along with pieces that
/// may become due.
const IN_PROGRESS: [Status; 5] = [
    Status::ToPrepare,
    Status::Ready,
    Status::Shortlisted,
    Status::Interview,
    Status::Offer,
];

const BEFORE_SENDING: [Status; 2] = [Status::ToPrepare, Status::Ready];

/// Restrictions the dashboard adds to a user's query.
#[derive(Debug, Default)]
struct Extra {
    deadline_not_before: Option<String>,
    limit: Option<usize>,
    /// For the list view: the moment that splits deadlines ahead (first) from deadlines
    /// passed (after them). `None` keeps the plain deadline order (the dashboard's lists).
    now: Option<DateTime<Utc>>,
}

impl Store {
    /// The applications matching `query`, each with its checklist progress.
    pub fn search_applications(
        &self,
        query: &ApplicationQuery,
    ) -> Result<Vec<ApplicationListItem>> {
        let extra = Extra {
            now: Some(self.now()),
            ..Extra::default()
        };
        list(&self.conn(), query, &extra)
    }

    /// The rows `offset..offset + limit` of the list `query` describes, in its order (as
    /// [`Store::search_applications`] gives them all), and how many rows it has. At most
    /// [`MAX_PAGE`] rows at a time.
    pub fn list_page(
        &self,
        query: &ApplicationQuery,
        offset: u32,
        limit: u32,
    ) -> Result<ApplicationPage> {
        let extra = Extra {
            now: Some(self.now()),
            ..Extra::default()
        };
        page(&self.conn(), query, &extra, offset, limit.min(MAX_PAGE))
    }

    /// The organizations applied to, for the filter's choices, alphabetical (accents
    /// ignored), each spelled as most recently entered.
    pub fn organizations(&self) -> Result<Vec<String>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT organization FROM applications a
             WHERE id = (SELECT max(id) FROM applications b
                         WHERE b.organization_key = a.organization_key)
             ORDER BY organization_key",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What the first screen shows at `now` (the instant) and `today` (the user's local
    /// date, for document validity).
    pub fn dashboard(&self, now: DateTime<Utc>, today: NaiveDate) -> Result<Dashboard> {
        let conn = self.conn();
        let next_deadlines = list(
            &conn,
            &ApplicationQuery {
                statuses: BEFORE_SENDING.to_vec(),
                ..Default::default()
            },
            &Extra {
                deadline_not_before: Some(now.to_rfc3339_opts(SecondsFormat::Secs, true)),
                limit: Some(DASHBOARD_DEADLINES),
                now: None,
            },
        )?;
        let incomplete = list(
            &conn,
            &ApplicationQuery {
                statuses: IN_PROGRESS.to_vec(),
                ..Default::default()
            },
            &Extra::default(),
        )?
        .into_iter()
        .filter(|a| !a.progress.is_complete())
        .filter(|a| !next_deadlines.iter().any(|d| d.id == a.id))
        .collect();
        let interviews = upcoming_interviews(&conn, now)?;
        let documents = document_alerts(&conn, today)?;
        let mut no_response: Vec<ApplicationListItem> = list(
            &conn,
            &ApplicationQuery {
                statuses: vec![Status::Sent],
                ..Default::default()
            },
            &Extra {
                now: Some(now),
                ..Extra::default()
            },
        )?
        .into_iter()
        .filter(|a| a.no_response.is_some())
        .collect();
        no_response.sort_by_key(|a| a.no_response.as_ref().map(|n| std::cmp::Reverse(n.days)));
        Ok(Dashboard {
            next_deadlines,
            interviews,
            incomplete,
            documents,
            no_response,
        })
    }
}

/// Interviews from a few hours ago on, soonest first, with their application.
fn upcoming_interviews(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<UpcomingInterview>> {
    let from = (now - chrono::Duration::hours(INTERVIEW_GRACE_HOURS))
        .to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.application_id, i.date, i.time, i.timezone, i.starts_at_utc, i.place,
                i.notes, a.title, a.organization
         FROM interviews i JOIN applications a ON a.id = i.application_id
         WHERE i.starts_at_utc >= ?1
         ORDER BY i.starts_at_utc, i.id LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![from, DASHBOARD_INTERVIEWS as i64], |r| {
        let interview = read_interview(r)?;
        let application = ApplicationRef {
            id: r.get(1)?,
            title: r.get(8)?,
            organization: r.get(9)?,
        };
        Ok(interview.map(|interview| UpcomingInterview {
            interview,
            application,
        }))
    })?;
    rows.map(|r| r?).collect()
}

fn status_list(statuses: &[Status]) -> String {
    statuses
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which applications a query keeps and in what order: the `WHERE` clause with its
/// parameters and the `ORDER BY` terms, over `applications a`.
struct Selection {
    filter: String,
    params: Vec<Value>,
    order: String,
    /// The same order as consecutive parts that each follow one index (see [`Segment`]).
    segments: Vec<Segment>,
}

/// One part of a list's order that an index gives as it is: the rows `condition` keeps,
/// ordered by `order`. The deadline order (open deadlines nearest first, then passed ones
/// most recent first, then undated ones) cannot follow one index as a single `ORDER BY`
/// with `now` in it: SQLite would sort every row for every page. As three parts, each is a
/// range of the deadline index, and a page deep in the list skips index entries instead.
struct Segment {
    condition: Option<String>,
    order: String,
}

impl Segment {
    fn whole(order: String) -> Self {
        Segment {
            condition: None,
            order,
        }
    }

    fn part(condition: &str, order: String) -> Self {
        Segment {
            condition: Some(condition.to_owned()),
            order,
        }
    }
}

fn selection(query: &ApplicationQuery, extra: &Extra) -> Selection {
    let mut conditions: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    if let Some(text) = &query.text {
        for word in search::search_words(text) {
            conditions.push("instr(a.search_text, ?) > 0".to_owned());
            params.push(Value::Text(word));
        }
    }
    if !query.statuses.is_empty() {
        let marks = vec!["?"; query.statuses.len()].join(", ");
        conditions.push(format!("a.status IN ({marks})"));
        params.extend(
            query
                .statuses
                .iter()
                .map(|s| Value::Text(s.as_str().to_owned())),
        );
    }
    if let Some(from) = query.deadline_from {
        conditions.push("a.deadline_date >= ?".to_owned());
        params.push(Value::Text(day_text(from)));
    }
    if let Some(to) = query.deadline_to {
        conditions.push("a.deadline_date <= ?".to_owned());
        params.push(Value::Text(day_text(to)));
    }
    if let Some(org) = query.organization.as_deref().map(str::trim) {
        if !org.is_empty() {
            conditions.push("a.organization_key = ?".to_owned());
            params.push(Value::Text(search::fold(org)));
        }
    }
    if let Some(after) = &extra.deadline_not_before {
        conditions.push("a.deadline_utc >= ?".to_owned());
        params.push(Value::Text(after.clone()));
    }
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    let dir = if query.descending { "DESC" } else { "ASC" };
    // Newest first among equal deadlines, and undated applications newest first.
    const TIES: &str = "a.created_at DESC, a.id DESC";
    let (order, segments) = match (query.sort, extra.now) {
        // Undated applications stay last whichever the direction.
        // Nearest first means what is still ahead: deadlines already passed come after the
        // open ones (most recent first), so the next deadline is always at the top.
        (SortKey::Deadline, Some(now)) if !query.descending => {
            // Our own RFC 3339 text, never user input: safe to inline.
            let now = now.to_rfc3339_opts(SecondsFormat::Secs, true);
            (
                format!(
                    "a.deadline_utc IS NULL, a.deadline_utc < '{now}', \
                     CASE WHEN a.deadline_utc >= '{now}' THEN a.deadline_utc END ASC, \
                     a.deadline_utc DESC, {TIES}"
                ),
                vec![
                    Segment::part(
                        &format!("a.deadline_utc >= '{now}'"),
                        format!("a.deadline_utc ASC, {TIES}"),
                    ),
                    Segment::part(
                        &format!("a.deadline_utc < '{now}'"),
                        format!("a.deadline_utc DESC, {TIES}"),
                    ),
                    Segment::part("a.deadline_utc IS NULL", TIES.to_owned()),
                ],
            )
        }
        (SortKey::Deadline, _) => (
            format!("a.deadline_utc IS NULL, a.deadline_utc {dir}, {TIES}"),
            vec![
                Segment::part(
                    "a.deadline_utc IS NOT NULL",
                    format!("a.deadline_utc {dir}, {TIES}"),
                ),
                Segment::part("a.deadline_utc IS NULL", TIES.to_owned()),
            ],
        ),
        (SortKey::Created, _) => {
            let order = format!("a.created_at {dir}, a.id {dir}");
            (order.clone(), vec![Segment::whole(order)])
        }
        (SortKey::Title, _) => {
            let order = format!("a.title_key {dir}, a.id");
            (order.clone(), vec![Segment::whole(order)])
        }
        (SortKey::Organization, _) => {
            let order =
                format!("a.organization_key {dir}, a.deadline_utc IS NULL, a.deadline_utc, a.id");
            (order.clone(), vec![Segment::whole(order)])
        }
    };
    Selection {
        filter,
        params,
        order,
        segments,
    }
}

/// The columns of a list row ([`read_list_item`]). The due items of each application, in
/// checklist order, come as one JSON array: the progress comes with the row, through the
/// (application_id, position) index.
fn item_columns() -> String {
    format!(
        "a.id, a.title, a.organization, a.reference, a.location, a.deadline_date,
            a.deadline_time, a.deadline_tz, a.deadline_utc, a.status, a.created_at,
            a.updated_at,
            a.last_status_at, a.last_follow_up_at,
            (SELECT json_group_array(json_array(i.id, i.kind, i.label, i.state)
                                     ORDER BY i.position)
             FROM checklist_items i
             WHERE i.application_id = a.id AND i.state <> 'waived'
               AND (i.stage = 'now' OR a.status IN ({shortlisted}))) AS due_items",
        shortlisted = status_list(&SHORTLIST_REACHED),
    )
}

/// The silence is counted on the store's clock; the dashboard's lists that pass no moment
/// do not show it.
fn silence(conn: &Connection, extra: &Extra) -> Result<Option<(DateTime<Utc>, u32)>> {
    Ok(match extra.now {
        Some(now) => Some((now, read_reminder_settings(conn)?.no_response_days)),
        None => None,
    })
}

fn list(
    conn: &Connection,
    query: &ApplicationQuery,
    extra: &Extra,
) -> Result<Vec<ApplicationListItem>> {
    let Selection {
        filter,
        params,
        order,
        ..
    } = selection(query, extra);
    let limit = extra
        .limit
        .map(|n| format!("LIMIT {n}"))
        .unwrap_or_default();
    let sql = format!(
        "SELECT {} FROM applications a {filter} ORDER BY {order} {limit}",
        item_columns()
    );
    let silence = silence(conn, extra)?;
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |row| read_list_item(row, silence))?;
    rows.map(|r| r?).collect()
}

/// The rows `offset..offset + limit` of the list and its size. The order is found on the
/// narrow columns of every matching row, the rows themselves (with their checklist
/// progress) only for the page: the cost stays that of the page, not of the list.
fn page(
    conn: &Connection,
    query: &ApplicationQuery,
    extra: &Extra,
    offset: u32,
    limit: u32,
) -> Result<ApplicationPage> {
    let Selection {
        filter,
        params,
        order,
        segments,
    } = selection(query, extra);
    // A search by words reads every row's text whatever the order: one windowed pass is
    // then cheaper than a count per part.
    let (ids, total) = if segments.len() > 1 && query.text.is_none() {
        segmented_ids(conn, &filter, &params, &segments, offset, limit)?
    } else {
        ordered_ids(
            conn,
            &filter,
            &params,
            &order,
            query.text.is_some(),
            offset,
            limit,
        )?
    };
    let mut items = Vec::with_capacity(ids.len());
    if !ids.is_empty() {
        let marks = vec!["?"; ids.len()].join(", ");
        let sql = format!(
            "SELECT {} FROM applications a WHERE a.id IN ({marks})",
            item_columns()
        );
        let silence = silence(conn, extra)?;
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(ids.iter()), |row| {
            read_list_item(row, silence)
        })?;
        let mut by_id: HashMap<i64, ApplicationListItem> = HashMap::with_capacity(ids.len());
        for row in rows {
            let item = row??;
            by_id.insert(item.id, item);
        }
        items.extend(ids.iter().filter_map(|id| by_id.remove(id)));
    }
    Ok(ApplicationPage {
        total,
        offset,
        items,
    })
}

/// The ids of one page, and the list's size, when the order is one `ORDER BY`.
fn ordered_ids(
    conn: &Connection,
    filter: &str,
    params: &[Value],
    order: &str,
    by_words: bool,
    offset: u32,
    limit: u32,
) -> Result<(Vec<i64>, u32)> {
    // A search by words reads every row's text: one pass then gives the order and the
    // count (a window over the matching rows), instead of reading them all twice. Without
    // words, the count apart is cheaper: it runs on an index, while the window would keep
    // every row of a list the index already orders. A page past the end has no row to
    // carry the count, and counts apart.
    let counted = if by_words { ", count(*) OVER ()" } else { "" };
    let mut total: Option<u32> = None;
    let mut ids = Vec::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT a.id{counted} FROM applications a {filter}
             ORDER BY {order} LIMIT {limit} OFFSET {offset}"
        ))?;
        let mut rows = stmt.query(params_from_iter(params.iter()))?;
        while let Some(row) = rows.next()? {
            ids.push(row.get(0)?);
            if by_words {
                total = Some(row.get(1)?);
            }
        }
    }
    let total = match total {
        Some(total) => total,
        None => count(conn, filter, None, params)?,
    };
    Ok((ids, total))
}

/// The ids of one page, and the list's size, when the order is made of [`Segment`]s: each
/// part is counted on its index, and only the parts the page falls in are read.
fn segmented_ids(
    conn: &Connection,
    filter: &str,
    params: &[Value],
    segments: &[Segment],
    offset: u32,
    limit: u32,
) -> Result<(Vec<i64>, u32)> {
    let mut ids = Vec::with_capacity(limit as usize);
    let mut total: u32 = 0;
    // Rows still to skip before the page starts, and rows the page still wants.
    let (mut skip, mut want) = (offset, limit);
    for segment in segments {
        let condition = segment.condition.as_deref();
        let size = count(conn, filter, condition, params)?;
        total = total.saturating_add(size);
        if skip >= size {
            skip -= size;
            continue;
        }
        if want == 0 {
            continue;
        }
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT a.id FROM applications a {}
             ORDER BY {} LIMIT {want} OFFSET {skip}",
            with_condition(filter, condition),
            segment.order
        ))?;
        let rows = stmt.query_map(params_from_iter(params.iter()), |r| r.get::<_, i64>(0))?;
        for id in rows {
            ids.push(id?);
        }
        want = limit.saturating_sub(u32::try_from(ids.len()).unwrap_or(u32::MAX));
        skip = 0;
    }
    Ok((ids, total))
}

/// How many rows `filter` (and `condition`, when given) keeps.
fn count(
    conn: &Connection,
    filter: &str,
    condition: Option<&str>,
    params: &[Value],
) -> Result<u32> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM applications a {}",
            with_condition(filter, condition)
        ))?
        .query_row(params_from_iter(params.iter()), |r| r.get(0))?)
}

/// `filter` (a `WHERE` clause, or nothing) with `condition` added.
fn with_condition(filter: &str, condition: Option<&str>) -> String {
    match condition {
        None => filter.to_owned(),
        Some(c) if filter.is_empty() => format!("WHERE {c}"),
        Some(c) => format!("{filter} AND ({c})"),
    }
}

fn read_list_item(
    row: &Row<'_>,
    silence: Option<(DateTime<Utc>, u32)>,
) -> rusqlite::Result<Result<ApplicationListItem>> {
    let date: Option<String> = row.get(5)?;
    let time: Option<String> = row.get(6)?;
    let tz: Option<String> = row.get(7)?;
    let status: String = row.get(9)?;
    let last_status_at: Option<String> = row.get(12)?;
    let last_follow_up_at: Option<String> = row.get(13)?;
    let due_items: Option<String> = row.get(14)?;
    let mut item = ApplicationListItem {
        id: row.get(0)?,
        title: row.get(1)?,
        organization: row.get(2)?,
        reference: row.get(3)?,
        location: row.get(4)?,
        deadline: None,
        deadline_utc: row.get(8)?,
        status: Status::ToPrepare,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        progress: ChecklistProgress::default(),
        no_response: None,
    };
    Ok((|| {
        item.deadline = read_deadline(date, time, tz)?;
        item.status = parse_status(&status)?;
        if let Some((now, days)) = silence {
            item.no_response = no_response(
                item.status,
                last_status_at.as_deref(),
                last_follow_up_at.as_deref(),
                now,
                days,
            );
        }
        item.progress = progress_from_json(due_items.as_deref())?;
        Ok(item)
    })())
}

/// `[[id, kind, label, state], …]` of the due items → counts and the missing ones.
fn progress_from_json(json: Option<&str>) -> Result<ChecklistProgress> {
    type Due = (i64, DocumentKind, Option<String>, ItemState);
    let items: Vec<Due> = match json {
        None => Vec::new(),
        Some(text) => serde_json::from_str(text)
            .map_err(|e| Error::Corrupt(format!("checklist progress: {e}")))?,
    };
    let mut progress = ChecklistProgress::default();
    for (id, kind, label, state) in items {
        match state {
            ItemState::Ready => progress.ready += 1,
            ItemState::Missing => progress.missing.push(MissingItem { id, kind, label }),
            ItemState::Waived => continue,
        }
        progress.due += 1;
    }
    Ok(progress)
}

/// Documents expired or expiring within 30 days on `today`, and documents used by an
/// application still to send whose deadline falls after their last valid day.
fn document_alerts(conn: &Connection, today: NaiveDate) -> Result<Vec<DocumentAlert>> {
    let mut before: HashMap<i64, Vec<ApplicationRef>> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT DISTINCT d.id, d.valid_until, a.id, a.title, a.organization,
                a.deadline_date, a.deadline_time, a.deadline_tz
             FROM documents d
             JOIN checklist_items i ON i.document_id = d.id
             JOIN applications a ON a.id = i.application_id
             WHERE d.valid_until IS NOT NULL AND a.deadline_date IS NOT NULL
               AND a.status IN ({})
             ORDER BY a.deadline_utc, a.id",
            status_list(&BEFORE_SENDING)
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let until = parse_date_opt(r.get(1)?)?;
            let deadline = read_deadline(r.get(5)?, r.get(6)?, r.get(7)?)?;
            if expires_before_deadline(until, deadline.as_ref()) {
                before.entry(r.get(0)?).or_default().push(ApplicationRef {
                    id: r.get(2)?,
                    title: r.get(3)?,
                    organization: r.get(4)?,
                });
            }
        }
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DOCUMENT_COLUMNS} FROM documents d
         WHERE d.valid_until IS NOT NULL
           -- Already renewed, or kept only for sent applications: nothing to renew.
           AND d.replaced_by IS NULL AND d.archived_at IS NULL
         ORDER BY d.valid_until, d.id"
    ))?;
    let rows = stmt.query_map([], read_document)?;
    let mut alerts = Vec::new();
    for row in rows {
        let document = row??;
        let validity = validity(document.valid_until, today);
        let expires_before = before.remove(&document.id).unwrap_or_default();
        if validity.needs_attention() || !expires_before.is_empty() {
            alerts.push(DocumentAlert {
                document,
                validity,
                expires_before,
            });
        }
    }
    Ok(alerts)
}
