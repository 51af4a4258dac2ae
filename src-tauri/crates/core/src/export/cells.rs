//! One exported line per application: the columns a candidate expects, as typed cells that
//! the CSV writes as text and the .xlsx as real dates and numbers.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;

use crate::labels::{self, ExportWords};
use crate::model::{ApplicationListItem, Language};

/// What the list item does not carry: the posting's link, and when the application was sent
/// and first answered (from the `application_milestones` view).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ListExtras {
    pub source_url: Option<String>,
    /// RFC 3339 UTC, as stored.
    pub sent_at: Option<String>,
    pub first_answer_at: Option<String>,
    /// The last dated step: status change or follow-up, whichever is later. The « last
    /// change » column shows it rather than when the row was last saved: an application
    /// entered today with past dates last changed on its last past date.
    pub last_step_at: Option<String>,
}

/// A value of the exported list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    /// A web address: a link in the .xlsx when it is one.
    Link(String),
    Day(NaiveDate),
    /// A day and hour on a stated clock (the deadline's zone, or the candidate's).
    Moment(NaiveDateTime),
    Count(u32),
    Empty,
}

/// The columns, in order; each row has one cell per column.
pub(crate) const COLUMNS: usize = 13;

pub(crate) fn headings(language: Language) -> [&'static str; COLUMNS] {
    let w: &'static ExportWords = labels::export_words(language);
    [
        &w.title,
        &w.organization,
        &w.reference,
        &w.location,
        &w.status,
        &w.sent_on,
        &w.first_answer_on,
        &w.deadline,
        &w.time_zone,
        &w.updated_at,
        &w.documents_ready,
        &w.documents_due,
        &w.posting,
    ]
    .map(String::as_str)
}

/// One application, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ListRow {
    pub cells: [Cell; COLUMNS],
}

impl ListRow {
    /// `tz` is the candidate's zone: the day an application was sent is the day on their
    /// clock. The deadline stays on the posting's clock, its zone in the next column.
    pub(crate) fn new(
        item: &ApplicationListItem,
        extras: &ListExtras,
        language: Language,
        tz: Tz,
    ) -> Self {
        let text = |s: &str| Cell::Text(s.to_owned());
        let optional = |s: &Option<String>| match s.as_deref().map(str::trim) {
            Some(s) if !s.is_empty() => Cell::Text(s.to_owned()),
            _ => Cell::Empty,
        };
        let local_day = |at: &Option<String>| match local(at.as_deref(), tz) {
            Some(t) => Cell::Day(t.date()),
            None => Cell::Empty,
        };
        let (deadline, zone) = match &item.deadline {
            Some(d) => (
                match d.time {
                    Some(time) => Cell::Moment(d.date.and_time(time)),
                    None => Cell::Day(d.date),
                },
                Cell::Text(d.timezone.clone()),
            ),
            None => (Cell::Empty, Cell::Empty),
        };
        let link = match extras.source_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => Cell::Link(url.to_owned()),
            _ => Cell::Empty,
        };
        Self {
            cells: [
                text(&item.title),
                text(&item.organization),
                optional(&item.reference),
                optional(&item.location),
                text(labels::status(item.status, language)),
                local_day(&extras.sent_at),
                local_day(&extras.first_answer_at),
                deadline,
                zone,
                last_change(item, extras, tz),
                Cell::Count(item.progress.ready),
                Cell::Count(item.progress.due),
                link,
            ],
        }
    }
}

/// The last dated step on the candidate's clock; the last save when there is none (or it
/// cannot be read).
fn last_change(item: &ApplicationListItem, extras: &ListExtras, tz: Tz) -> Cell {
    let at = extras.last_step_at.as_deref().unwrap_or(&item.updated_at);
    match local(Some(at), tz).or_else(|| local(Some(&item.updated_at), tz)) {
        Some(t) => Cell::Moment(t),
        None => Cell::Text(item.updated_at.clone()),
    }
}

/// A stored RFC 3339 instant on the candidate's clock, to the minute: minutes are what a
/// person reads, and seconds would make the spreadsheet show them.
fn local(at: Option<&str>, tz: Tz) -> Option<NaiveDateTime> {
    let t = DateTime::parse_from_rfc3339(at?).ok()?.with_timezone(&Utc);
    t.with_timezone(&tz)
        .naive_local()
        .with_second(0)?
        .with_nanosecond(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChecklistProgress, Deadline, Status};

    fn item() -> ApplicationListItem {
        ApplicationListItem {
            id: 1,
            title: "Chargé(e) de suivi-évaluation".into(),
            organization: "Médecins du Monde".into(),
            reference: Some("MDM/2025/014".into()),
            location: None,
            deadline: Some(Deadline {
                date: NaiveDate::from_ymd_opt(2025, 3, 14).unwrap(),
                time: chrono::NaiveTime::from_hms_opt(17, 0, 0),
                timezone: "Africa/Abidjan".into(),
            }),
            deadline_utc: Some("2025-03-14T17:00:00Z".into()),
            status: Status::Sent,
            created_at: "2025-03-01T09:00:00.000Z".into(),
            updated_at: "2025-03-05T23:30:12.345Z".into(),
            no_response: None,
            progress: ChecklistProgress {
                ready: 3,
                due: 5,
                ..ChecklistProgress::default()
            },
        }
    }

    #[test]
    fn a_row_has_the_expected_cells_on_the_right_clocks() {
        let extras = ListExtras {
            source_url: Some("https://emploi.example/annonce/14".into()),
            sent_at: Some("2025-03-05T23:30:00.000Z".into()),
            first_answer_at: None,
            last_step_at: None,
        };
        let row = ListRow::new(&item(), &extras, Language::Fr, chrono_tz::Europe::Paris);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // Sent late on the 5th in UTC: the 6th on a Paris clock.
        assert_eq!(row.cells[5], Cell::Day(day(2025, 3, 6)));
        assert_eq!(row.cells[6], Cell::Empty);
        assert_eq!(
            row.cells[7],
            Cell::Moment(day(2025, 3, 14).and_hms_opt(17, 0, 0).unwrap())
        );
        assert_eq!(row.cells[8], Cell::Text("Africa/Abidjan".into()));
        assert_eq!(
            row.cells[9],
            Cell::Moment(day(2025, 3, 6).and_hms_opt(0, 30, 0).unwrap())
        );
        assert_eq!(row.cells[4], Cell::Text("Envoyée".into()));
        assert_eq!(
            (&row.cells[10], &row.cells[11]),
            (&Cell::Count(3), &Cell::Count(5))
        );
        assert_eq!(row.cells[3], Cell::Empty);
        assert_eq!(headings(Language::En)[0], "Position");

        // With a dated step, the last change is that step, not the last save.
        let stepped = ListExtras {
            last_step_at: Some("2025-02-10T08:00:00.000Z".into()),
            ..extras
        };
        let row = ListRow::new(&item(), &stepped, Language::Fr, chrono_tz::Europe::Paris);
        assert_eq!(
            row.cells[9],
            Cell::Moment(day(2025, 2, 10).and_hms_opt(9, 0, 0).unwrap())
        );
        assert!(headings(Language::Fr).iter().all(|h| !h.is_empty()));
    }
}
