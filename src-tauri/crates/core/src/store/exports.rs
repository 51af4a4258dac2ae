//! What the exports read: the list's extra columns and the job search log's applications
//! with their history. The files themselves are made by [`crate::export`].

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::rows::{parse_status, read_deadline};
use super::Store;
use crate::dossier::{candidate_name, Progress};
use crate::error::{Error, Invalid, Result};
use crate::export::journal::{write_journal, JournalInput};
use crate::export::{
    write_list, JournalEntry, JournalEvent, JournalEventKind, JournalSummary, ListExtras,
    ListFormat, ListRow, ListSummary, Separator,
};
use crate::model::{ApplicationQuery, Language};

impl Store {
    /// Writes the applications `query` selects (the list as the window shows it: same
    /// filters, same order) to `dest` as CSV or .xlsx, in `language`. Days are the
    /// candidate's (this computer's zone). On an error the destination is as it was; a
    /// folder that cannot be written is an [`Error::Io`] naming it.
    pub fn export_list(
        &self,
        query: &ApplicationQuery,
        format: ListFormat,
        separator: Separator,
        language: Language,
        dest: &Path,
    ) -> Result<ListSummary> {
        let items = self.search_applications(query)?;
        let extras = list_extras(&self.conn())?;
        let tz = crate::clock::local_time_zone();
        let none = ListExtras::default();
        let rows: Vec<ListRow> = items
            .iter()
            .map(|item| ListRow::new(item, extras.get(&item.id).unwrap_or(&none), language, tz))
            .collect();
        write_list(&rows, format, separator, language, dest)
    }

    /// Writes the job search log of the days `from` to `to` (both included, on this
    /// computer's clock) to `dest`. See [`crate::export::journal`].
    pub fn export_journal(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        language: Language,
        dest: &Path,
        progress: &mut dyn FnMut(Progress),
        cancel: &AtomicBool,
    ) -> Result<JournalSummary> {
        let input = self.journal_input(from, to, language, crate::clock::local_time_zone())?;
        write_journal(&input, dest, progress, cancel)
    }

    /// What the log of `from`..=`to` on `tz`'s clock shows.
    pub fn journal_input(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        language: Language,
        tz: Tz,
    ) -> Result<JournalInput> {
        if from > to {
            return Err(Error::invalid("period", Invalid::Date));
        }
        let start = day_start(from, tz);
        let end = day_start(to.succ_opt().unwrap_or(to), tz);
        let entries = journal_entries(&self.conn(), &start, &end)?;
        let profile = self.profile()?;
        Ok(JournalInput {
            language,
            candidate: candidate_name(&profile.first_name, &profile.last_name),
            from,
            to,
            generated_on: self.now().with_timezone(&tz).date_naive(),
            tz,
            entries,
        })
    }
}

/// Midnight starting `day` on `tz`'s clock, as stored instants are written (RFC 3339 UTC
/// with milliseconds, so that text comparison is time order).
fn day_start(day: NaiveDate, tz: Tz) -> String {
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    let instant: DateTime<Utc> = tz
        .from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        // A zone that skips midnight (a DST change at 00:00): an hour later is still that day.
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight));
    super::timeline_stamp(instant)
}

/// The posting's link and the `application_milestones` of every application.
fn list_extras(conn: &Connection) -> Result<HashMap<i64, ListExtras>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.source_url, m.sent_at, m.first_answer_at, m.last_status_at,
            m.last_follow_up_at
         FROM applications a JOIN application_milestones m ON m.application_id = a.id",
    )?;
    let rows = stmt.query_map([], |r| {
        let last_status_at: Option<String> = r.get(4)?;
        let last_follow_up_at: Option<String> = r.get(5)?;
        Ok((
            r.get(0)?,
            ListExtras {
                source_url: r.get(1)?,
                sent_at: r.get(2)?,
                first_answer_at: r.get(3)?,
                // Stamps are written alike (`timeline_stamp`): text order is time order.
                last_step_at: last_status_at.max(last_follow_up_at),
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Applications created, changed or followed up in [`start`, `end`), oldest first, each
/// with its whole history.
fn journal_entries(conn: &Connection, start: &str, end: &str) -> Result<Vec<JournalEntry>> {
    const ACTIVE: &str = "SELECT a.id FROM applications a
        WHERE (a.created_at >= ?1 AND a.created_at < ?2)
           OR EXISTS (SELECT 1 FROM status_events e
                      WHERE e.application_id = a.id AND e.at >= ?1 AND e.at < ?2)
           OR EXISTS (SELECT 1 FROM follow_ups f
                      WHERE f.application_id = a.id AND f.at >= ?1 AND f.at < ?2)";
    let mut entries = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT a.id, a.title, a.organization, a.reference, a.status, a.created_at,
                a.deadline_date, a.deadline_time, a.deadline_tz, m.sent_at
             FROM applications a JOIN application_milestones m ON m.application_id = a.id
             WHERE a.id IN ({ACTIVE}) ORDER BY a.created_at, a.id"
        ))?;
        let mut rows = stmt.query([start, end])?;
        while let Some(r) = rows.next()? {
            let status: String = r.get(4)?;
            index.insert(r.get(0)?, entries.len());
            entries.push(JournalEntry {
                id: r.get(0)?,
                title: r.get(1)?,
                organization: r.get(2)?,
                reference: r.get(3)?,
                status: parse_status(&status)?,
                created_at: r.get(5)?,
                deadline: read_deadline(r.get(6)?, r.get(7)?, r.get(8)?)?,
                sent_at: r.get(9)?,
                events: Vec::new(),
            });
        }
    }
    // Status changes and follow-ups in one time order (ties: status first).
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT application_id, at, to_status, note, 0 AS follow_up, id FROM status_events
         WHERE application_id IN ({ACTIVE})
         UNION ALL
         SELECT application_id, at, NULL, note, 1, id FROM follow_ups
         WHERE application_id IN ({ACTIVE})
         ORDER BY 1, 2, 5, 6"
    ))?;
    let mut rows = stmt.query([start, end])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let kind = match r.get::<_, Option<String>>(2)? {
            Some(status) if r.get::<_, i64>(4)? == 0 => {
                JournalEventKind::Status(parse_status(&status)?)
            }
            _ => JournalEventKind::FollowUp,
        };
        if let Some(entry) = index.get(&id).and_then(|&i| entries.get_mut(i)) {
            entry.events.push(JournalEvent {
                at: r.get(1)?,
                kind,
                note: r.get(3)?,
            });
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ApplicationInput, Profile, Status};

    fn add(store: &Store, title: &str, organization: &str) -> i64 {
        store
            .create_application(ApplicationInput {
                title: title.into(),
                organization: organization.into(),
                source_url: Some("https://emploi.example/annonce".into()),
                ..ApplicationInput::default()
            })
            .unwrap()
            .id
    }

    /// Moves an application's creation and its events to `day` (noon UTC), as if it had
    /// been entered then.
    fn dated(store: &Store, id: i64, day: &str) {
        let at = format!("{day}T12:00:00.000Z");
        let conn = store.conn();
        conn.execute(
            "UPDATE applications SET created_at = ?2, updated_at = ?2 WHERE id = ?1",
            (id, &at),
        )
        .unwrap();
        conn.execute(
            "UPDATE status_events SET at = ?2 WHERE application_id = ?1",
            (id, &at),
        )
        .unwrap();
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_list_is_the_filtered_list_with_the_milestones_sent_date() {
        let store = Store::open_in_memory().unwrap();
        let a = add(&store, "Chargé(e) de suivi-évaluation", "Médecins du Monde");
        add(&store, "Logisticien", "PNUD");
        store.set_status(a, Status::Sent, None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("liste.csv");
        let query = ApplicationQuery {
            text: Some("evaluation".into()),
            ..ApplicationQuery::default()
        };
        let summary = store
            .export_list(
                &query,
                ListFormat::Csv,
                Separator::Semicolon,
                Language::Fr,
                &dest,
            )
            .unwrap();
        assert_eq!(summary.rows, 1);
        let text = std::fs::read_to_string(&dest).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(lines[1].starts_with("Chargé(e) de suivi-évaluation;Médecins du Monde;"));
        assert!(lines[1].contains(";Envoyée;"), "{text}");
        // The day it was sent, from application_milestones: today on this computer.
        let today = crate::format::day_numeric(store.today(), Language::Fr);
        assert!(lines[1].contains(&format!(";Envoyée;{today};")), "{text}");
        assert!(
            lines[1].ends_with(";https://emploi.example/annonce"),
            "{text}"
        );
    }

    #[test]
    fn an_unwritable_destination_names_the_folder_and_writes_nothing() {
        let store = Store::open_in_memory().unwrap();
        add(&store, "Logisticien", "PNUD");
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("absent");
        for format in [ListFormat::Csv, ListFormat::Xlsx] {
            let err = store
                .export_list(
                    &ApplicationQuery::default(),
                    format,
                    Separator::Semicolon,
                    Language::Fr,
                    &missing.join("liste.xlsx"),
                )
                .unwrap_err();
            assert!(
                matches!(&err, Error::Io { path, .. } if *path == missing),
                "{err:?}"
            );
        }
        let err = store
            .export_journal(
                day("2025-01-01"),
                day("2025-12-31"),
                Language::Fr,
                &missing.join("journal.pdf"),
                &mut |_| {},
                &AtomicBool::new(false),
            )
            .unwrap_err();
        assert!(
            matches!(&err, Error::Io { path, .. } if *path == missing),
            "{err:?}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn the_log_holds_the_applications_active_in_the_period_with_their_history() {
        let store = Store::open_in_memory().unwrap();
        store
            .update_profile(Profile {
                first_name: "Aïssata".into(),
                last_name: "Traoré".into(),
                ..Profile::default()
            })
            .unwrap();
        let before = add(&store, "Avant la période", "ONG A");
        let created = add(&store, "Créée en mars", "ONG B");
        let followed = add(&store, "Relancée en mars", "ONG C");
        let after = add(&store, "Après la période", "ONG D");
        dated(&store, before, "2025-01-10");
        dated(&store, created, "2025-03-02");
        dated(&store, followed, "2025-02-01");
        dated(&store, after, "2025-04-02");
        store
            .conn()
            .execute(
                "INSERT INTO follow_ups (application_id, at, note)
                 VALUES (?1, '2025-03-20T09:00:00.000Z', 'Appel au secrétariat')",
                [followed],
            )
            .unwrap();
        let input = store
            .journal_input(day("2025-03-01"), day("2025-03-31"), Language::Fr, Tz::UTC)
            .unwrap();
        let titles: Vec<&str> = input.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["Relancée en mars", "Créée en mars"]);
        assert_eq!(input.candidate, "Aïssata TRAORÉ");
        let followed = &input.entries[0];
        assert_eq!(followed.events.len(), 2);
        assert_eq!(
            followed.events[0].kind,
            JournalEventKind::Status(Status::ToPrepare)
        );
        assert_eq!(followed.events[1].kind, JournalEventKind::FollowUp);
        assert_eq!(
            followed.events[1].note.as_deref(),
            Some("Appel au secrétariat")
        );
        // The last day is included, whole: 31 March 23:59 on the candidate's clock.
        let late = store
            .journal_input(day("2025-04-02"), day("2025-04-02"), Language::Fr, Tz::UTC)
            .unwrap();
        assert_eq!(late.entries.len(), 1);
        let err = store
            .journal_input(day("2025-04-02"), day("2025-04-01"), Language::Fr, Tz::UTC)
            .unwrap_err();
        assert!(matches!(
            err,
            Error::Validation {
                field: "period",
                ..
            }
        ));
    }

    #[test]
    fn a_log_is_written_with_its_pages_counted_and_an_empty_period_says_so() {
        let store = Store::open_in_memory().unwrap();
        let id = add(&store, "Évaluateur(trice) externe", "Première Urgence");
        dated(&store, id, "2025-03-02");
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("journal.pdf");
        let mut seen = Vec::new();
        let summary = store
            .export_journal(
                day("2025-03-01"),
                day("2025-03-31"),
                Language::Fr,
                &dest,
                &mut |p| seen.push(p),
                &AtomicBool::new(false),
            )
            .unwrap();
        assert_eq!((summary.applications, summary.pages), (1, 1));
        assert!(std::fs::read(&dest).unwrap().starts_with(b"%PDF-"));
        assert!(seen.last().is_some_and(|p| p.done == p.total));
        let empty = store
            .export_journal(
                day("2024-01-01"),
                day("2024-01-31"),
                Language::En,
                &dest,
                &mut |_| {},
                &AtomicBool::new(false),
            )
            .unwrap();
        assert_eq!((empty.applications, empty.pages), (0, 1));
        let cancelled = store.export_journal(
            day("2025-03-01"),
            day("2025-03-31"),
            Language::Fr,
            &dir.path().join("other.pdf"),
            &mut |_| {},
            &AtomicBool::new(true),
        );
        assert!(matches!(cancelled, Err(Error::Cancelled)));
        assert!(!dir.path().join("other.pdf").exists());
    }

    #[test]
    fn ten_thousand_applications_make_a_log_numbered_page_by_page() {
        let store = Store::open_in_memory().unwrap();
        store.seed_benchmark_data(10_000, 5, 7).unwrap();
        let today = store.now().date_naive();
        let input = store
            .journal_input(today, today, Language::Fr, Tz::UTC)
            .unwrap();
        assert_eq!(input.entries.len(), 10_000);
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("journal.pdf");
        let mut last = None;
        let mut calls = 0;
        let summary = crate::export::journal::write_journal(
            &input,
            &dest,
            &mut |p| {
                calls += 1;
                last = Some(p);
            },
            &AtomicBool::new(false),
        )
        .unwrap();
        // About nine applications a page; every one is somewhere.
        assert!(
            summary.pages > 1_000 && summary.pages < 1_500,
            "{summary:?}"
        );
        let last = last.unwrap();
        assert_eq!(
            (last.done, last.total),
            (summary.pages as u32, summary.pages as u32)
        );
        assert!(
            calls < 200,
            "progress every hundred steps, not per line: {calls}"
        );
        let pdf = lopdf::Document::load(&dest).unwrap();
        assert_eq!(pdf.get_pages().len(), summary.pages);
        let last_page = pdf.extract_text(&[summary.pages as u32]).unwrap();
        let numbered = format!("Page {} / {}", summary.pages, summary.pages);
        assert!(last_page.contains(&numbered), "{last_page}");
    }
}
