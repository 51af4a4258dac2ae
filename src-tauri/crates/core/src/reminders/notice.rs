//! The words of a reminder notification, in French and English, for one due reminder or
//! for several at once ("3 rappels", one line each) — as when the app was closed while
//! they fell due: one notification, not a burst of them.
//!
//! The same [`Notice`] feeds the desktop notification and, when no notification service
//! answers, the banner inside the app.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{DueReminder, ReminderKind};
use crate::countdown::{countdown, Urgency};
use crate::model::Language;

/// Lines of a grouped notice before "+ 2 autres": notification bubbles are small.
const MAX_LINES: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Notice {
    pub summary: String,
    pub body: String,
    /// The application a click opens; `None` when the notice names several.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub application_id: Option<i64>,
    /// Every reminder the notice stands for.
    #[cfg_attr(test, ts(type = "Array<number>"))]
    pub reminder_ids: Vec<i64>,
    /// The most pressing of them.
    pub urgency: Urgency,
}

/// One notice for all of `due`, or `None` when nothing is due. Several reminders of the
/// same application and kind (the 7-day, 2-day and 1-day ones all missed while the app was
/// closed) collapse into the latest: the earlier ones' news is stale.
pub fn present(
    due: &[DueReminder],
    now: DateTime<Utc>,
    user_tz: Tz,
    lang: Language,
) -> Option<Notice> {
    let mut lines: Vec<Line> = Vec::new();
    for reminder in due {
        let line = Line::of(reminder, now, user_tz, lang);
        match lines.iter_mut().find(|l| l.key == line.key) {
            Some(same) if line.due_at >= same.due_at => *same = line,
            Some(_) => {}
            None => lines.push(line),
        }
    }
    lines.sort_by(|a, b| (a.urgency, &a.due_at).cmp(&(b.urgency, &b.due_at)));
    let first = lines.first()?;
    let reminder_ids = due.iter().map(|r| r.reminder.id).collect();
    let urgency = first.urgency;
    let mut applications: Vec<i64> = lines.iter().map(|l| l.application_id).collect();
    applications.sort_unstable();
    applications.dedup();
    let application_id = match applications.as_slice() {
        [only] => Some(*only),
        _ => None,
    };
    if let [only] = lines.as_slice() {
        return Some(Notice {
            summary: format!("{}{} {}", only.label, colon(lang), only.title),
            body: only.body_alone(),
            application_id,
            reminder_ids,
            urgency,
        });
    }
    let mut body: Vec<String> = lines
        .iter()
        .take(MAX_LINES)
        .map(|l| l.in_a_list(lang))
        .collect();
    let rest = lines.len().saturating_sub(MAX_LINES);
    if rest > 0 {
        body.push(match lang {
            Language::Fr if rest == 1 => "+ 1 autre".to_owned(),
            Language::Fr => format!("+ {rest} autres"),
            Language::En => format!("+ {rest} more"),
        });
    }
    Some(Notice {
        summary: match lang {
            Language::Fr => format!("{} rappels", lines.len()),
            Language::En => format!("{} reminders", lines.len()),
        },
        body: body.join("\n"),
        application_id,
        reminder_ids,
        urgency,
    })
}

/// French puts a no-break space before a colon.
fn colon(lang: Language) -> &'static str {
    match lang {
        Language::Fr => "\u{a0}:",
        Language::En => ":",
    }
}

/// What one reminder says.
struct Line {
    /// Reminders with the same key say the same thing, only more or less early.
    key: (i64, ReminderKind, Option<i64>, Option<i64>),
    application_id: i64,
    due_at: String,
    urgency: Urgency,
    label: &'static str,
    title: String,
    organization: String,
    /// "Demain à 17:00", "Envoyée il y a 14 jours : pensez à relancer", the note…
    detail: String,
    place: Option<String>,
}

impl Line {
    fn of(r: &DueReminder, now: DateTime<Utc>, user_tz: Tz, lang: Language) -> Self {
        let event_at = r
            .event_at_utc
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc));
        let kind = r.reminder.kind;
        let (detail, urgency) = match (kind, event_at) {
            (ReminderKind::Deadline | ReminderKind::Interview, Some(at)) => {
                let has_time = kind == ReminderKind::Interview || r.event_has_time;
                let c = countdown(at, has_time, now, user_tz, lang);
                (c.text, c.urgency)
            }
            (ReminderKind::FollowUp, Some(sent)) => {
                (follow_up((now - sent).num_days(), lang), Urgency::Later)
            }
            _ => (r.reminder.note.clone().unwrap_or_default(), Urgency::Soon),
        };
        let distinct = (kind == ReminderKind::Custom).then_some(r.reminder.id);
        Self {
            key: (r.application.id, kind, r.reminder.interview_id, distinct),
            application_id: r.application.id,
            due_at: r.reminder.due_at_utc.clone(),
            urgency,
            label: label(kind, lang),
            title: r.application.title.clone(),
            organization: r.application.organization.clone(),
            detail,
            place: r.place.clone().filter(|p| !p.trim().is_empty()),
        }
    }

    /// "UNICEF · Demain à 17:00" (and the place, for an interview).
    fn body_alone(&self) -> String {
        let mut parts = vec![self.organization.as_str(), self.detail.as_str()];
        if let Some(place) = &self.place {
            parts.push(place);
        }
        parts.retain(|p| !p.is_empty());
        parts.join(" · ")
    }

    /// "Date limite · Assistant RH (UNICEF) : Demain à 17:00".
    fn in_a_list(&self, lang: Language) -> String {
        format!(
            "{} · {} ({}){} {}",
            self.label,
            self.title,
            self.organization,
            colon(lang),
            self.detail
        )
    }
}

fn label(kind: ReminderKind, lang: Language) -> &'static str {
    match (kind, lang) {
        (ReminderKind::Deadline, Language::Fr) => "Date limite",
        (ReminderKind::Deadline, Language::En) => "Deadline",
        (ReminderKind::FollowUp, Language::Fr) => "Relance",
        (ReminderKind::FollowUp, Language::En) => "Follow-up",
        (ReminderKind::Interview, Language::Fr) => "Entretien",
        (ReminderKind::Interview, Language::En) => "Interview",
        (ReminderKind::Custom, Language::Fr) => "Rappel",
        (ReminderKind::Custom, Language::En) => "Reminder",
    }
}

fn follow_up(days: i64, lang: Language) -> String {
    match lang {
        Language::Fr if days <= 1 => {
            "Envoyée il y a 1 jour\u{a0}: pensez à relancer le recruteur".to_owned()
        }
        Language::Fr => {
            format!("Envoyée il y a {days} jours\u{a0}: pensez à relancer le recruteur")
        }
        Language::En if days <= 1 => "Sent 1 day ago: time to follow up".to_owned(),
        Language::En => format!("Sent {days} days ago: time to follow up"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ApplicationRef, Status};
    use crate::reminders::Reminder;

    fn due(id: i64, application_id: i64, kind: ReminderKind, note: Option<&str>) -> DueReminder {
        DueReminder {
            reminder: Reminder {
                id,
                application_id,
                interview_id: None,
                kind,
                due_at_utc: "2026-05-01T08:00:00Z".into(),
                offset_minutes: None,
                note: note.map(str::to_owned),
                shown_at: None,
                dismissed_at: None,
                created_at: "2026-04-01T08:00:00Z".into(),
            },
            application: ApplicationRef {
                id: application_id,
                title: format!("Poste {application_id}"),
                organization: "ONG".into(),
            },
            status: Status::Sent,
            deadline: None,
            event_at_utc: Some("2026-04-17T08:00:00Z".into()),
            event_has_time: true,
            place: None,
        }
    }

    #[test]
    fn a_long_batch_names_five_and_counts_the_rest() {
        let now = DateTime::parse_from_rfc3339("2026-05-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let batch: Vec<DueReminder> = (1..=8)
            .map(|i| due(i, i, ReminderKind::FollowUp, None))
            .collect();
        let fr = present(&batch, now, Tz::UTC, Language::Fr).unwrap();
        assert_eq!(fr.summary, "8 rappels");
        let lines: Vec<&str> = fr.body.lines().collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(
            lines[0],
            "Relance · Poste 1 (ONG)\u{a0}: Envoyée il y a 14 jours\u{a0}: pensez à relancer le recruteur"
        );
        assert_eq!(lines[5], "+ 3 autres");
        let en = present(&batch, now, Tz::UTC, Language::En).unwrap();
        assert_eq!(en.summary, "8 reminders");
        assert!(en.body.ends_with("\n+ 3 more"));
        assert_eq!(en.application_id, None);
        assert_eq!(en.reminder_ids, (1..=8).collect::<Vec<_>>());
        assert!(present(&[], now, Tz::UTC, Language::Fr).is_none());
    }

    #[test]
    fn two_reminders_of_one_application_open_it() {
        let now = DateTime::parse_from_rfc3339("2026-05-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let batch = [
            due(1, 7, ReminderKind::FollowUp, None),
            due(2, 7, ReminderKind::Custom, Some("Appeler Mme Diallo")),
        ];
        let notice = present(&batch, now, Tz::UTC, Language::Fr).unwrap();
        assert_eq!(notice.summary, "2 rappels");
        assert_eq!(notice.application_id, Some(7));
        assert!(notice
            .body
            .contains("Rappel · Poste 7 (ONG)\u{a0}: Appeler Mme Diallo"));
    }
}
