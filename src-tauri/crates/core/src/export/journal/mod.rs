//! The « Journal de recherche d'emploi » / "Job search log": one PDF listing every
//! application with activity in a period (created, a status change or a follow-up within
//! it), each with its dates and its whole history, for the candidate to hand to an
//! employment agency. Drawn in the dossier's typography (its embedded fonts, its canvas).
//!
//! A period without any activity gives a one-page log that says so, rather than an error:
//! it is a true answer to "what did I do in March?", it needs no new error for the window
//! to word, and [`JournalSummary::applications`] (0) lets a front end warn before the
//! candidate sends it.

mod layout;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;

use crate::atomic_write::PartialFile;
use crate::dossier::{Progress, Stage};
use crate::error::{Error, Result};
use crate::model::{Deadline, Language, Status};

/// One application of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    pub id: i64,
    pub title: String,
    pub organization: String,
    pub reference: Option<String>,
    pub status: Status,
    /// RFC 3339 UTC, as stored.
    pub created_at: String,
    /// From the `application_milestones` view.
    pub sent_at: Option<String>,
    pub deadline: Option<Deadline>,
    /// Status changes and follow-ups, oldest first.
    pub events: Vec<JournalEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEvent {
    /// RFC 3339 UTC.
    pub at: String,
    pub kind: JournalEventKind,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalEventKind {
    /// A status reached (the first one when the application was created).
    Status(Status),
    FollowUp,
}

/// Everything the log is drawn from.
#[derive(Debug, Clone)]
pub struct JournalInput {
    pub language: Language,
    /// « Aïssata TRAORÉ », from the profile; may be empty.
    pub candidate: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The candidate's date when the log is made.
    pub generated_on: NaiveDate,
    /// The candidate's zone: the day of each event is the day on their clock.
    pub tz: Tz,
    pub entries: Vec<JournalEntry>,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct JournalSummary {
    #[cfg_attr(test, ts(type = "number"))]
    pub applications: usize,
    #[cfg_attr(test, ts(type = "number"))]
    pub pages: usize,
    #[cfg_attr(test, ts(type = "number"))]
    pub bytes: u64,
}

/// Writes the log to `dest` (through a temporary file renamed at the end: on an error or a
/// cancel the destination is as it was). `progress` hears of each application laid out
/// (stage `reading`) and each page drawn (stage `writing`).
pub fn write_journal(
    input: &JournalInput,
    dest: &Path,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<JournalSummary> {
    // First, so that an unwritable folder is said at once rather than after the drawing.
    let mut partial = PartialFile::beside(dest, ".pdf.part")?;
    let (bytes, pages) = layout::render(input, progress, cancel)?;
    if cancel.load(Ordering::Relaxed) {
        return Err(Error::Cancelled);
    }
    std::io::Write::write_all(partial.as_file_mut(), &bytes).map_err(|e| Error::io(dest, e))?;
    partial.commit(dest)?;
    Ok(JournalSummary {
        applications: input.entries.len(),
        pages,
        bytes: bytes.len() as u64,
    })
}

/// Reports every `EVERY` steps and the last one: the window's bar moves without a
/// callback per line of 10,000.
pub(crate) const EVERY: usize = 100;

pub(crate) fn report(progress: &mut dyn FnMut(Progress), stage: Stage, done: usize, total: usize) {
    if done.is_multiple_of(EVERY) || done == total {
        progress(Progress {
            stage,
            done: done as u32,
            total: total as u32,
        });
    }
}
