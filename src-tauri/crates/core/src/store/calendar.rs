//! The calendar export's data: applications with their deadline offsets and interviews.

use chrono::{DateTime, Utc};

use super::Store;
use crate::error::Result;
use crate::ics::{self, CalendarEntry};
use crate::model::Language;
use crate::reminders::is_closed;

impl Store {
    /// One .ics for every application still open (not accepted, refused, abandoned or
    /// expired), or `None` when none has a deadline or an interview.
    pub fn calendar_ics(&self, lang: Language, now: DateTime<Utc>) -> Result<Option<String>> {
        let mut entries = Vec::new();
        for application in self.list_applications()? {
            if !is_closed(application.status) {
                entries.push(self.calendar_entry(application)?);
            }
        }
        Ok(ics::calendar(&entries, lang, now))
    }

    /// One .ics for one application, whatever its status, or `None` when it has neither
    /// a deadline nor an interview.
    pub fn application_calendar_ics(
        &self,
        application_id: i64,
        lang: Language,
        now: DateTime<Utc>,
    ) -> Result<Option<String>> {
        let entry = self.calendar_entry(self.application(application_id)?)?;
        Ok(ics::calendar(&[entry], lang, now))
    }

    fn calendar_entry(&self, application: crate::model::Application) -> Result<CalendarEntry> {
        Ok(CalendarEntry {
            deadline_offsets: self.deadline_offsets(application.id)?.minutes,
            interviews: self.interviews(application.id)?,
            application,
        })
    }
}
