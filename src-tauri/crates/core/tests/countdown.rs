//! The countdown's words, French and English, on the candidate's clock: the same strings
//! the UI showed (ui/src/tests/wording.test.ts) plus the "overdue by" forms.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use postulo_core::countdown::{countdown, deadline_countdown, Countdown, Urgency};
use postulo_core::model::{Deadline, Language};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn deadline(date: &str, time: Option<&str>, tz: &str) -> Deadline {
    Deadline {
        date: date.parse().unwrap(),
        time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
        timezone: tz.into(),
    }
}

const ABIDJAN: Tz = chrono_tz::Africa::Abidjan;

fn say(date: &str, time: Option<&str>, lang: Language) -> Countdown {
    let now = at("2025-12-01T09:00:00Z");
    deadline_countdown(&deadline(date, time, "Africa/Abidjan"), now, ABIDJAN, lang).unwrap()
}

#[test]
fn the_wording_table_in_french_and_english() {
    use Language::{En, Fr};
    use Urgency::{Later, Passed, Soon};
    let table: &[(&str, Option<&str>, &str, &str, Urgency)] = &[
        (
            "2025-12-01",
            Some("09:40"),
            "Dans 40 min",
            "In 40 min",
            Soon,
        ),
        (
            "2025-12-01",
            Some("17:00"),
            "Aujourd'hui à 17:00",
            "Today at 17:00",
            Soon,
        ),
        (
            "2025-12-01",
            None,
            "Aujourd'hui, fin de journée",
            "Today, end of day",
            Soon,
        ),
        (
            "2025-12-02",
            Some("17:00"),
            "Demain à 17:00",
            "Tomorrow at 17:00",
            Soon,
        ),
        (
            "2025-12-02",
            None,
            "Demain, fin de journée",
            "Tomorrow, end of day",
            Soon,
        ),
        (
            "2025-12-04",
            Some("12:00"),
            "Dans 3 jours",
            "In 3 days",
            Soon,
        ),
        (
            "2025-12-05",
            Some("12:00"),
            "Dans 4 jours",
            "In 4 days",
            Later,
        ),
        ("2025-12-14", None, "Dans 13 jours", "In 13 days", Later),
        ("2025-12-15", None, "Dans 2 semaines", "In 2 weeks", Later),
        ("2025-12-29", None, "Dans 4 semaines", "In 4 weeks", Later),
        ("2026-03-15", None, "Dans 3 mois", "In 3 months", Later),
        // Overdue: elapsed time, not calendar days.
        (
            "2025-12-01",
            Some("08:20"),
            "Dépassée depuis 40 min",
            "Overdue by 40 min",
            Passed,
        ),
        (
            "2025-12-01",
            Some("07:00"),
            "Dépassée depuis 2 h",
            "Overdue by 2 h",
            Passed,
        ),
        // A date without an hour ended at 23:59:59 the day before: 9 h ago.
        (
            "2025-11-30",
            None,
            "Dépassée depuis 9 h",
            "Overdue by 9 h",
            Passed,
        ),
        (
            "2025-11-28",
            Some("09:00"),
            "Dépassée depuis 3 jours",
            "Overdue by 3 days",
            Passed,
        ),
        (
            "2025-11-10",
            Some("09:00"),
            "Dépassée depuis 3 semaines",
            "Overdue by 3 weeks",
            Passed,
        ),
        (
            "2025-08-01",
            Some("09:00"),
            "Dépassée depuis 4 mois",
            "Overdue by 4 months",
            Passed,
        ),
    ];
    for &(date, time, fr, en, urgency) in table {
        let said = say(date, time, Fr);
        assert_eq!(said.text, fr, "{date} {time:?}");
        assert_eq!(said.urgency, urgency, "{date} {time:?}");
        assert_eq!(say(date, time, En).text, en, "{date} {time:?}");
    }
}

#[test]
fn the_hour_and_the_days_are_those_of_the_candidates_clock() {
    let now = at("2025-12-01T09:00:00Z");
    // 17:00 in Lagos (UTC+1) is 16:00 in Abidjan (UTC+0).
    let lagos = deadline("2025-12-02", Some("17:00"), "Africa/Lagos");
    let c = deadline_countdown(&lagos, now, ABIDJAN, Language::Fr).unwrap();
    assert_eq!(c.text, "Demain à 16:00");
    assert_eq!(c.urgency, Urgency::Soon);
    // The same deadline seen from Paris in winter: 17:00 there too.
    let paris = chrono_tz::Europe::Paris;
    let c = deadline_countdown(&lagos, now, paris, Language::En).unwrap();
    assert_eq!(c.text, "Tomorrow at 17:00");
    // Near midnight the calendar day decides: 23:30 tonight in Abidjan is 00:30 tomorrow
    // in Lagos, and "today" for a candidate in Abidjan.
    let late = at("2025-12-01T23:30:00Z");
    let c = countdown(late, true, now, ABIDJAN, Language::Fr);
    assert_eq!(c.text, "Aujourd'hui à 23:30");
    let c = countdown(late, true, now, chrono_tz::Africa::Lagos, Language::Fr);
    assert_eq!(c.text, "Demain à 00:30");
}

#[test]
fn minutes_are_rounded_up_and_counted_only_with_an_hour() {
    let now = at("2025-12-01T09:00:00Z");
    let c = countdown(at("2025-12-01T09:39:10Z"), true, now, ABIDJAN, Language::Fr);
    assert_eq!(c.text, "Dans 40 min");
    let c = countdown(at("2025-12-01T09:00:00Z"), true, now, ABIDJAN, Language::Fr);
    assert_eq!(
        c.text, "Dans 1 min",
        "the very last moment is not yet passed"
    );
    let c = countdown(
        at("2025-12-01T09:30:00Z"),
        false,
        now,
        ABIDJAN,
        Language::Fr,
    );
    assert_eq!(c.text, "Aujourd'hui, fin de journée");
}

#[test]
fn a_countdown_travels_as_text_and_urgency() {
    let c = say("2025-12-02", Some("17:00"), Language::Fr);
    assert_eq!(
        serde_json::to_string(&c).unwrap(),
        r#"{"text":"Demain à 17:00","urgency":"soon"}"#
    );
}
