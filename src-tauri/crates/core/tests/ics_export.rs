//! The calendar export, parsed back by a real RFC 5545 parser: the Python `icalendar`
//! package, run by the interpreter named in `POSTULO_PYTHON` (`cargo xtask test` sets it;
//! locally `target/python-tools/bin/python`). Without it the test fails: it never skips.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, NaiveTime, Utc};
use postulo_core::clock::ManualClock;
use postulo_core::model::{
    ApplicationInput, ApplyMethod, Deadline, InterviewInput, Language, Status,
};
use postulo_core::Store;
use serde_json::Value;

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

/// Reads the file with icalendar and prints what it understood, as JSON.
const READER: &str = r#"
import json, sys
from icalendar import Calendar

raw = open(sys.argv[1], "rb").read()
cal = Calendar.from_ical(raw)
errors = list(cal.errors)
events = []
for ev in cal.walk("VEVENT"):
    errors += list(ev.errors)
    start = ev.decoded("DTSTART")
    events.append({
        "uid": str(ev["UID"]),
        "summary": str(ev["SUMMARY"]),
        "description": str(ev.get("DESCRIPTION", "")),
        "location": str(ev["LOCATION"]) if "LOCATION" in ev else None,
        "all_day": not hasattr(start, "hour"),
        "start": start.isoformat(),
        "end": ev.decoded("DTEND").isoformat() if "DTEND" in ev else None,
        "stamp": ev.decoded("DTSTAMP").isoformat(),
        "alarms": [int(a.decoded("TRIGGER").total_seconds()) for a in ev.walk("VALARM")],
        "alarm_actions": [str(a["ACTION"]) for a in ev.walk("VALARM")],
    })
print(json.dumps({
    "version": str(cal["VERSION"]),
    "prodid": str(cal["PRODID"]),
    "errors": [str(e) for e in errors],
    "events": events,
    # Writing it out again must work too (a round trip through the parser's model).
    "reserialized": len(cal.to_ical()) > 0,
}))
"#;

fn python() -> String {
    let python = std::env::var("POSTULO_PYTHON").unwrap_or_else(|_| {
        panic!(
            "POSTULO_PYTHON is not set: it must name a Python interpreter with the icalendar \
             package (`cargo xtask test` sets it; locally run `cargo xtask test` once, then \
             POSTULO_PYTHON=target/python-tools/bin/python)"
        )
    });
    let check = Command::new(&python)
        .args(["-c", "import icalendar; print(icalendar.__version__)"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run POSTULO_PYTHON={python}: {e}"));
    assert!(
        check.status.success(),
        "POSTULO_PYTHON={python} cannot import icalendar: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    python
}

fn parse_back(dir: &Path, name: &str, ics: &str) -> Value {
    let file = dir.join(name);
    std::fs::write(&file, ics).unwrap();
    let reader = dir.join("read_ics.py");
    std::fs::write(&reader, READER).unwrap();
    let out = Command::new(python())
        .arg(&reader)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "icalendar could not read {name}: {}\n{ics}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(parsed["errors"], Value::Array(vec![]), "{ics}");
    assert_eq!(parsed["version"], "2.0");
    assert_eq!(parsed["reserialized"], true);
    parsed
}

/// Every line ends in CRLF and holds at most 75 octets (RFC 5545 §3.1).
fn assert_wire_format(ics: &str) {
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "line without CRLF: {line:?}");
        let content = &line[..line.len() - 2];
        assert!(!content.contains('\r'), "stray CR in {line:?}");
        assert!(content.len() <= 75, "{} octets: {content}", content.len());
    }
}

fn event<'a>(parsed: &'a Value, uid_prefix: &str) -> &'a Value {
    parsed["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["uid"].as_str().unwrap().starts_with(uid_prefix))
        .unwrap_or_else(|| panic!("no event {uid_prefix}* in {parsed:#}"))
}

fn alarms(event: &Value) -> Vec<i64> {
    event["alarms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_i64().unwrap())
        .collect()
}

struct Fixture {
    store: Store,
    paris: i64,
    bamako: i64,
    sent: i64,
    rejected: i64,
    interview: i64,
}

fn fixture() -> Fixture {
    let clock = ManualClock::new(at("2026-03-01T08:00:00Z"));
    let store = Store::open_in_memory().unwrap().with_clock(clock.clock());
    let paris = store
        .create_application(ApplicationInput {
            title: "Chargé(e) de programme, WASH; Sahel \\ Mali – évaluation à mi-parcours".into(),
            organization: "Médecins du Monde – Délégation Afrique de l'Ouest".into(),
            reference: Some("REF N°013/2026".into()),
            location: Some("Ségou, Mali".into()),
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("recrutement@mdm.org".into()),
            apply_subject: Some("REF N°013/2026 – Chargé de programme".into()),
            apply_cc: Vec::new(),
            deadline: Some(deadline("2026-03-30", Some("17:00"), "Europe/Paris")),
            ..Default::default()
        })
        .unwrap()
        .id;
    let bamako = store
        .create_application(ApplicationInput {
            title: "Comptable".into(),
            organization: "PNUD".into(),
            deadline: Some(deadline("2026-05-17", None, "Africa/Bamako")),
            ..Default::default()
        })
        .unwrap()
        .id;
    let sent = store
        .create_application(ApplicationInput {
            title: "Logisticien".into(),
            organization: "PUI".into(),
            deadline: Some(deadline("2026-03-10", Some("12:00"), "Africa/Dakar")),
            ..Default::default()
        })
        .unwrap()
        .id;
    store.set_status(sent, Status::Sent, None).unwrap();
    let interview = store
        .add_interview(
            sent,
            InterviewInput {
                date: "2026-04-02".parse().unwrap(),
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                timezone: "Africa/Dakar".into(),
                place: Some("Bureau PUI, Point E, Dakar".into()),
                notes: Some("Apporter les originaux\ndes diplômes".into()),
            },
        )
        .unwrap()
        .id;
    let rejected = store
        .create_application(ApplicationInput {
            title: "Chauffeur".into(),
            organization: "CICR".into(),
            deadline: Some(deadline("2026-03-20", Some("17:00"), "Africa/Abidjan")),
            ..Default::default()
        })
        .unwrap()
        .id;
    store.set_status(rejected, Status::Rejected, None).unwrap();
    Fixture {
        store,
        paris,
        bamako,
        sent,
        rejected,
        interview,
    }
}

#[test]
fn every_open_application_in_one_calendar_parses_back_with_its_alarms() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let now = at("2026-03-01T09:30:00Z");
    let ics = f.store.calendar_ics(Language::Fr, now).unwrap().unwrap();
    assert_wire_format(&ics);
    let parsed = parse_back(dir.path(), "postulo.ics", &ics);
    assert!(parsed["prodid"]
        .as_str()
        .unwrap()
        .starts_with("-//Postulo//"));
    let events = parsed["events"].as_array().unwrap();
    // Three deadlines and one interview; the refused application is left out.
    assert_eq!(events.len(), 4, "{parsed:#}");
    assert!(!ics.contains(&format!("deadline-{}-", f.rejected)));

    // A deadline with an hour: one instant, in UTC, across the daylight-saving change.
    let paris = event(&parsed, &format!("deadline-{}-", f.paris));
    assert_eq!(
        paris["summary"],
        "Date limite\u{a0}: Chargé(e) de programme, WASH; Sahel \\ Mali – évaluation à \
         mi-parcours – Médecins du Monde – Délégation Afrique de l'Ouest"
    );
    assert_eq!(paris["all_day"], false);
    assert_eq!(paris["start"], "2026-03-30T15:00:00+00:00");
    assert_eq!(paris["end"], Value::Null);
    assert_eq!(paris["stamp"], "2026-03-01T09:30:00+00:00");
    assert_eq!(paris["location"], "Ségou, Mali");
    let description = paris["description"].as_str().unwrap();
    assert!(
        description.contains("Date limite\u{a0}: 30 mars 2026, 17:00 (Europe/Paris)"),
        "{description}"
    );
    assert!(description.contains("\nEnvoi par e-mail\u{a0}: recrutement@mdm.org\n"));
    assert!(description.contains("Objet exigé\u{a0}: « REF N°013/2026 – Chargé de programme »"));
    // Alarms at the reminders' instants: 17:00 Paris 7 and 2 days before (winter time,
    // so 23 h less than whole days before the summer-time deadline), 1 day, 3 hours.
    let day = 86_400;
    assert_eq!(
        alarms(paris),
        [-(7 * day - 3600), -(2 * day - 3600), -day, -3 * 3600]
    );
    assert!(paris["alarm_actions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a == "DISPLAY"));

    // A date without an hour: an all-day event, alarms from that day's 00:00.
    let bamako = event(&parsed, &format!("deadline-{}-", f.bamako));
    assert_eq!(bamako["all_day"], true);
    assert_eq!(bamako["start"], "2026-05-17");
    assert_eq!(bamako["end"], "2026-05-18");
    assert_eq!(
        alarms(bamako),
        [
            -(6 * day + 15 * 3600),   // 09:00, 7 days before
            -(day + 15 * 3600),       // 09:00, 2 days before
            -15 * 3600,               // 09:00 the day before
            20 * 3600 + 59 * 60 + 59, // 20:59:59, three hours before the day ends
        ]
    );

    // Sent: the deadline stays in the calendar, without alarms (no reminder either).
    let sent = event(&parsed, &format!("deadline-{}-", f.sent));
    assert!(alarms(sent).is_empty());

    // The interview: an hour long, where it takes place, alarms the day before and 2 h before.
    let interview = event(&parsed, &format!("interview-{}-", f.interview));
    assert_eq!(interview["summary"], "Entretien\u{a0}: Logisticien – PUI");
    assert_eq!(interview["start"], "2026-04-02T10:00:00+00:00");
    assert_eq!(interview["end"], "2026-04-02T11:00:00+00:00");
    assert_eq!(interview["location"], "Bureau PUI, Point E, Dakar");
    assert!(interview["description"]
        .as_str()
        .unwrap()
        .ends_with("Apporter les originaux\ndes diplômes"));
    assert_eq!(alarms(interview), [-day, -2 * 3600]);
}

#[test]
fn exporting_again_keeps_the_uids_so_importing_updates_instead_of_duplicating() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let uids = |ics: &str| -> Vec<String> {
        let parsed = parse_back(dir.path(), "again.ics", ics);
        let mut uids: Vec<String> = parsed["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["uid"].as_str().unwrap().to_owned())
            .collect();
        uids.sort();
        uids
    };
    let first = f
        .store
        .calendar_ics(Language::Fr, at("2026-03-01T09:30:00Z"))
        .unwrap()
        .unwrap();
    let later = f
        .store
        .calendar_ics(Language::En, at("2026-03-05T18:00:00Z"))
        .unwrap()
        .unwrap();
    assert_ne!(first, later);
    assert_eq!(uids(&first), uids(&later));
    let mut all = uids(&first);
    all.dedup();
    assert_eq!(all.len(), 4, "UIDs are unique");
    assert!(all.iter().all(|u| u.ends_with("@org.postulo.desktop")));
}

#[test]
fn one_application_has_its_own_calendar_in_english_too() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let now = at("2026-03-01T09:30:00Z");
    let ics = f
        .store
        .application_calendar_ics(f.sent, Language::En, now)
        .unwrap()
        .unwrap();
    assert_wire_format(&ics);
    let parsed = parse_back(dir.path(), "logisticien.ics", &ics);
    let events = parsed["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(
        event(&parsed, "deadline-")["summary"],
        "Deadline: Logisticien – PUI"
    );
    assert_eq!(
        event(&parsed, "interview-")["summary"],
        "Interview: Logisticien – PUI"
    );
    // A refused application can still be exported on its own (its history), without alarms.
    let ics = f
        .store
        .application_calendar_ics(f.rejected, Language::Fr, now)
        .unwrap()
        .unwrap();
    let parsed = parse_back(dir.path(), "chauffeur.ics", &ics);
    assert!(alarms(event(&parsed, "deadline-")).is_empty());
    // Nothing dated: no calendar (a VCALENDAR must hold at least one event).
    let bare = f
        .store
        .create_application(ApplicationInput {
            title: "Candidature spontanée".into(),
            organization: "ONG locale".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        f.store
            .application_calendar_ics(bare.id, Language::Fr, now)
            .unwrap(),
        None
    );
}

#[test]
fn an_application_with_its_own_offsets_gets_matching_alarms() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    f.store
        .set_deadline_offsets(f.bamako, Some(vec![2 * 1440, 60]))
        .unwrap();
    let ics = f
        .store
        .application_calendar_ics(f.bamako, Language::Fr, at("2026-03-01T09:30:00Z"))
        .unwrap()
        .unwrap();
    let parsed = parse_back(dir.path(), "comptable.ics", &ics);
    assert_eq!(
        alarms(event(&parsed, "deadline-")),
        [-(86_400 + 15 * 3600), 22 * 3600 + 59 * 60 + 59]
    );
}
