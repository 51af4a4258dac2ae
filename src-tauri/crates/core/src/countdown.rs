//! How long until (or since) a moment, worded the way a candidate counts: "Dans 40 min",
//! "Demain à 17:00", "Dans 3 jours", "Dépassée depuis 2 h".
//!
//! This is the one place the countdown is worded, in French and English: the views, the
//! notifications and the tray all take their text from here, so they never disagree.
//! Days are calendar days on the candidate's clock (`user_tz`), and the hour shown is the
//! hour on that clock: a Lagos deadline at 17:00 reads "Demain à 16:00" in Abidjan.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::{Deadline, Language};

/// How pressing it is: the UI colours it, the notifier may mark it urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// The moment has passed.
    Passed,
    /// Within three calendar days.
    Soon,
    Later,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Countdown {
    pub text: String,
    pub urgency: Urgency,
}

/// The countdown to a deadline; a date without an hour counts to the end of that day.
pub fn deadline_countdown(
    deadline: &Deadline,
    now: DateTime<Utc>,
    user_tz: Tz,
    lang: Language,
) -> Result<Countdown> {
    Ok(countdown(
        deadline.instant_utc()?,
        deadline.time.is_some(),
        now,
        user_tz,
        lang,
    ))
}

/// The countdown to `target`. `has_time` is false for a day without an hour (its end):
/// then no hour is named ("Demain, fin de journée") and minutes are not counted.
pub fn countdown(
    target: DateTime<Utc>,
    has_time: bool,
    now: DateTime<Utc>,
    user_tz: Tz,
    lang: Language,
) -> Countdown {
    if target < now {
        return Countdown {
            text: overdue(now - target, lang),
            urgency: Urgency::Passed,
        };
    }
    let millis = (target - now).num_milliseconds();
    // Rounded up, as the UI always counted: 39 min 10 s left reads "Dans 40 min".
    let minutes = ((millis + 59_999) / 60_000).max(1);
    let days = (local_day(target, user_tz) - local_day(now, user_tz)).num_days();
    let at = has_time.then(|| target.with_timezone(&user_tz).format("%H:%M").to_string());
    let soon = |phrase| Countdown {
        text: say(lang, phrase),
        urgency: Urgency::Soon,
    };
    if minutes < 60 && has_time {
        return soon(Phrase::InMinutes(minutes));
    }
    if days <= 0 {
        return soon(match &at {
            Some(at) => Phrase::TodayAt(at),
            None => Phrase::TodayEnd,
        });
    }
    if days == 1 {
        return soon(match &at {
            Some(at) => Phrase::TomorrowAt(at),
            None => Phrase::TomorrowEnd,
        });
    }
    let urgency = if days <= 3 {
        Urgency::Soon
    } else {
        Urgency::Later
    };
    let phrase = if days < 14 {
        Phrase::InDays(days)
    } else if days < 60 {
        Phrase::InWeeks(days / 7)
    } else {
        Phrase::InMonths(days / 30)
    };
    Countdown {
        text: say(lang, phrase),
        urgency,
    }
}

fn local_day(instant: DateTime<Utc>, tz: Tz) -> chrono::NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// "Dépassée depuis 2 h": elapsed time, not calendar days, because what matters once it
/// has passed is how late it is, and "depuis 1 jour" at 00:30 would mislead.
fn overdue(elapsed: chrono::Duration, lang: Language) -> String {
    let minutes = elapsed.num_minutes().max(1);
    let hours = minutes / 60;
    let days = hours / 24;
    let phrase = if minutes < 60 {
        Phrase::OverdueMinutes(minutes)
    } else if hours < 48 {
        Phrase::OverdueHours(hours)
    } else if days < 14 {
        Phrase::OverdueDays(days)
    } else if days < 60 {
        Phrase::OverdueWeeks(days / 7)
    } else {
        Phrase::OverdueMonths(days / 30)
    };
    say(lang, phrase)
}

/// Every count is at least 2 where the noun is plural ("jours", "semaines"): one day is
/// "Demain", 13 days "Dans 13 jours", 14 "Dans 2 semaines"; so no singular forms are needed.
enum Phrase<'a> {
    InMinutes(i64),
    TodayAt(&'a str),
    TodayEnd,
    TomorrowAt(&'a str),
    TomorrowEnd,
    InDays(i64),
    InWeeks(i64),
    InMonths(i64),
    OverdueMinutes(i64),
    OverdueHours(i64),
    OverdueDays(i64),
    OverdueWeeks(i64),
    OverdueMonths(i64),
}

/// The French strings are those of `ui/src/lib/i18n/views.fr.ts` (`countdown`), the
/// English ones those of `views.en.ts`, so nothing the candidate already reads changes.
fn say(lang: Language, phrase: Phrase<'_>) -> String {
    use Phrase::*;
    match lang {
        Language::Fr => match phrase {
            InMinutes(n) => format!("Dans {n} min"),
            TodayAt(at) => format!("Aujourd'hui à {at}"),
            TodayEnd => "Aujourd'hui, fin de journée".to_owned(),
            TomorrowAt(at) => format!("Demain à {at}"),
            TomorrowEnd => "Demain, fin de journée".to_owned(),
            InDays(n) => format!("Dans {n} jours"),
            InWeeks(n) => format!("Dans {n} semaines"),
            InMonths(n) => format!("Dans {n} mois"),
            OverdueMinutes(n) => format!("Dépassée depuis {n} min"),
            OverdueHours(n) => format!("Dépassée depuis {n} h"),
            OverdueDays(n) => format!("Dépassée depuis {n} jours"),
            OverdueWeeks(n) => format!("Dépassée depuis {n} semaines"),
            OverdueMonths(n) => format!("Dépassée depuis {n} mois"),
        },
        Language::En => match phrase {
            InMinutes(n) => format!("In {n} min"),
            TodayAt(at) => format!("Today at {at}"),
            TodayEnd => "Today, end of day".to_owned(),
            TomorrowAt(at) => format!("Tomorrow at {at}"),
            TomorrowEnd => "Tomorrow, end of day".to_owned(),
            InDays(n) => format!("In {n} days"),
            InWeeks(n) => format!("In {n} weeks"),
            InMonths(n) => format!("In {n} months"),
            OverdueMinutes(n) => format!("Overdue by {n} min"),
            OverdueHours(n) => format!("Overdue by {n} h"),
            OverdueDays(n) => format!("Overdue by {n} days"),
            OverdueWeeks(n) => format!("Overdue by {n} weeks"),
            OverdueMonths(n) => format!("Overdue by {n} months"),
        },
    }
}
