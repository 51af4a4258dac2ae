//! Calendar export (RFC 5545): the deadlines and interviews of the candidate's applications,
//! with alarms at the same moments as Postulo's own reminders, for Google Calendar,
//! Outlook or Thunderbird.
//!
//! Choices, and why:
//! - A deadline with an hour is an instant in UTC (`DTSTART:…Z`), with no end: it is a
//!   moment, not a meeting. UTC rather than `TZID` + `VTIMEZONE`: every client imports it
//!   and shows it on the user's clock, with no time-zone table to get wrong; the zone as
//!   the posting states it is written in the description.
//! - A deadline without an hour is an all-day event on that date (`VALUE=DATE`), the way
//!   the candidate reads "date limite : 17 mai": a fake 23:59 event would sit at the bottom
//!   of the day where nobody looks. Its alarms are relative to the start of that day, at
//!   the same local times as the reminders (09:00 the days before, 21:00 on the day).
//! - Alarms are `TRIGGER`s relative to the start, computed from the very instants the
//!   reminders use, so a daylight-saving change shows as `-P1DT23H` rather than a drift.
//! - UIDs are built from the application's id and creation time: exporting again and
//!   importing updates the events instead of duplicating them.

mod lines;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

use crate::model::{Application, ApplyMethod, Deadline, Interview, Language};
use crate::reminders::schedule::{before, is_closed, INTERVIEW_OFFSETS};
use lines::Lines;

/// The name offered when saving every open application's calendar.
pub const ALL_FILE_NAME: &str = "postulo.ics";
/// What an interview lasts in the calendar when the invitation does not say.
pub const INTERVIEW_LENGTH: Duration = Duration::hours(1);
const UID_DOMAIN: &str = "org.postulo.desktop";

/// An application and what its events need.
#[derive(Debug, Clone)]
pub struct CalendarEntry {
    pub application: Application,
    /// Minutes before the deadline (the application's own, or the settings').
    pub deadline_offsets: Vec<u32>,
    pub interviews: Vec<Interview>,
}

/// One VCALENDAR with the events of `entries`, or `None` when there is no event at all (a
/// calendar must hold at least one component). `now` stamps the events (DTSTAMP).
pub fn calendar(entries: &[CalendarEntry], lang: Language, now: DateTime<Utc>) -> Option<String> {
    let mut events = Lines::default();
    let mut count = 0;
    for entry in entries {
        if let Some(deadline) = &entry.application.deadline {
            if deadline_event(&mut events, entry, deadline, lang, now) {
                count += 1;
            }
        }
        for interview in &entry.interviews {
            if interview_event(&mut events, entry, interview, lang, now) {
                count += 1;
            }
        }
    }
    if count == 0 {
        return None;
    }
    let mut out = Lines::default();
    out.raw("BEGIN", "VCALENDAR");
    out.raw("VERSION", "2.0");
    out.raw(
        "PRODID",
        &format!("-//Postulo//Postulo {}//FR", env!("CARGO_PKG_VERSION")),
    );
    out.raw("CALSCALE", "GREGORIAN");
    out.raw("METHOD", "PUBLISH");
    out.text(
        "X-WR-CALNAME",
        match lang {
            Language::Fr => "Postulo – candidatures",
            Language::En => "Postulo – applications",
        },
    );
    let mut text = out.finish();
    text.push_str(&events.finish());
    let mut end = Lines::default();
    end.raw("END", "VCALENDAR");
    text.push_str(&end.finish());
    Some(text)
}

/// Returns false (and writes nothing) when the deadline's zone is unknown to this build.
fn deadline_event(
    out: &mut Lines,
    entry: &CalendarEntry,
    deadline: &Deadline,
    lang: Language,
    now: DateTime<Utc>,
) -> bool {
    let app = &entry.application;
    let Ok(instant) = deadline.instant_utc() else {
        return false;
    };
    let summary = format!(
        "{}{} {} – {}",
        match lang {
            Language::Fr => "Date limite",
            Language::En => "Deadline",
        },
        colon(lang),
        app.title,
        app.organization
    );
    out.raw("BEGIN", "VEVENT");
    out.raw("UID", &uid("deadline", app.id, app));
    out.instant("DTSTAMP", now);
    match deadline.time {
        Some(_) => out.instant("DTSTART", instant),
        None => {
            out.date("DTSTART", deadline.date);
            out.date("DTEND", deadline.date.succ_opt().unwrap_or(deadline.date));
        }
    }
    out.text("SUMMARY", &summary);
    out.text("DESCRIPTION", &deadline_description(app, deadline, lang));
    if let Some(location) = &app.location {
        out.text("LOCATION", location);
    }
    // A deadline does not make the candidate busy.
    out.raw("TRANSP", "TRANSPARENT");
    if app.status.is_before_sending() {
        for &offset in &entry.deadline_offsets {
            let Some(due) = before(deadline, offset) else {
                continue;
            };
            let trigger = match deadline.time {
                Some(_) => due - instant,
                // Relative to the start of the all-day event: that day's 00:00, local.
                None => {
                    due.with_timezone(&zone(deadline)).naive_local()
                        - deadline.date.and_time(NaiveTime::MIN)
                }
            };
            alarm(out, trigger, &summary);
        }
    }
    out.raw("END", "VEVENT");
    true
}

fn interview_event(
    out: &mut Lines,
    entry: &CalendarEntry,
    interview: &Interview,
    lang: Language,
    now: DateTime<Utc>,
) -> bool {
    let app = &entry.application;
    let moment = Deadline {
        date: interview.date,
        time: Some(interview.time),
        timezone: interview.timezone.clone(),
    };
    let Ok(start) = moment.instant_utc() else {
        return false;
    };
    let summary = format!(
        "{}{} {} – {}",
        match lang {
            Language::Fr => "Entretien",
            Language::En => "Interview",
        },
        colon(lang),
        app.title,
        app.organization
    );
    out.raw("BEGIN", "VEVENT");
    out.raw("UID", &uid("interview", interview.id, app));
    out.instant("DTSTAMP", now);
    out.instant("DTSTART", start);
    out.instant("DTEND", start + INTERVIEW_LENGTH);
    out.text("SUMMARY", &summary);
    let mut description = vec![format!(
        "{}{} {} ({})",
        match lang {
            Language::Fr => "Heure locale",
            Language::En => "Local time",
        },
        colon(lang),
        human_moment(interview.date, Some(interview.time), lang),
        interview.timezone
    )];
    if let Some(notes) = &interview.notes {
        description.push(notes.clone());
    }
    out.text("DESCRIPTION", &description.join("\n"));
    if let Some(place) = &interview.place {
        out.text("LOCATION", place);
    }
    if !is_closed(app.status) {
        for offset in INTERVIEW_OFFSETS {
            if let Some(due) = before(&moment, offset) {
                alarm(out, due - start, &summary);
            }
        }
    }
    out.raw("END", "VEVENT");
    true
}

fn alarm(out: &mut Lines, trigger: Duration, description: &str) {
    out.raw("BEGIN", "VALARM");
    out.raw("ACTION", "DISPLAY");
    out.text("DESCRIPTION", description);
    out.raw("TRIGGER", &lines::duration(trigger));
    out.raw("END", "VALARM");
}

fn zone(deadline: &Deadline) -> chrono_tz::Tz {
    deadline.zone().unwrap_or(chrono_tz::Tz::UTC)
}

/// Stable across exports, distinct across databases (the creation time of the application
/// is part of it, so application 1 of another database is another event).
fn uid(what: &str, id: i64, app: &Application) -> String {
    let created: String = app
        .created_at
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    format!("{what}-{id}-{created}@{UID_DOMAIN}")
}

fn colon(lang: Language) -> &'static str {
    match lang {
        Language::Fr => "\u{a0}:",
        Language::En => ":",
    }
}

fn deadline_description(app: &Application, deadline: &Deadline, lang: Language) -> String {
    let fr = lang == Language::Fr;
    let mut lines = vec![format!(
        "{}{} {} ({})",
        if fr { "Date limite" } else { "Deadline" },
        colon(lang),
        human_moment(deadline.date, deadline.time, lang),
        deadline.timezone
    )];
    if let Some(reference) = &app.reference {
        let label = if fr { "Référence" } else { "Reference" };
        lines.push(format!("{label}{} {reference}", colon(lang)));
    }
    let how = match app.apply_method {
        Some(ApplyMethod::Email) => app.apply_email.as_ref().map(|email| {
            if fr {
                format!("Envoi par e-mail{} {email}", colon(lang))
            } else {
                format!("Send by e-mail{} {email}", colon(lang))
            }
        }),
        Some(ApplyMethod::Portal) => app.apply_url.as_ref().map(|url| {
            let label = if fr {
                "Candidature en ligne"
            } else {
                "Apply online"
            };
            format!("{label}{} {url}", colon(lang))
        }),
        Some(ApplyMethod::InPerson | ApplyMethod::Post) => app.apply_address.as_ref().map(|a| {
            let label = if fr { "Dépôt" } else { "Deliver to" };
            format!("{label}{} {a}", colon(lang))
        }),
        None => None,
    };
    lines.extend(how);
    if let Some(subject) = &app.apply_subject {
        lines.push(if fr {
            format!("Objet exigé{} « {subject} »", colon(lang))
        } else {
            format!("Required subject: \"{subject}\"")
        });
    }
    lines.join("\n")
}

/// "17 mai 2026, 17:00", "17 May 2026, end of day".
fn human_moment(date: NaiveDate, time: Option<NaiveTime>, lang: Language) -> String {
    let hour = match (time, lang) {
        (Some(t), _) => t.format("%H:%M").to_string(),
        (None, Language::Fr) => "fin de journée".to_owned(),
        (None, Language::En) => "end of day".to_owned(),
    };
    format!("{}, {hour}", crate::format::day(date, lang))
}
