//! A candidate's whole story through the built `postulo-cli`, in a private data folder:
//! a real posting imported, a PDF and a JPEG put in the vault and attached, the dossier
//! exported and checked by qpdf and pdfinfo, the e-mail draft read back by Python's
//! `email`, the calendar, the list and the application as JSON, a status change, and the
//! reminders handed out exactly once, by an injected clock.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;
use std::process::Command;

use crate::common::{jpeg, pdf, pdf_pages, postings_dir, qpdf_check, Cli};
use serde_json::Value;

const POSTING: &str = "pui-bamako-2026.txt";

/// Before the posting's deadline (17 May 2026, end of day, Bamako).
const BEFORE: &str = "2026-05-01T08:00:00Z";
/// The 7-day deadline reminder falls due on 10 May at 09:00.
const SEVEN_DAYS_BEFORE: &str = "2026-05-10T10:00:00Z";
const SENT_AT: &str = "2026-05-12T10:00:00Z";
/// Past the 14-day follow-up after sending.
const FOLLOW_UP: &str = "2026-06-01T10:00:00Z";

fn expected(file: &str) -> Value {
    let text = std::fs::read_to_string(postings_dir().join("expected.json")).unwrap();
    let all: Value = serde_json::from_str(&text).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == file)
        .cloned()
        .unwrap_or_else(|| panic!("{file} is not in expected.json"))
}

/// The .eml read back by Python's `email` package: recipient, subject, the X-Unsent flag
/// and the attachments (name, type); the first PDF attachment is saved to `pdf_out`.
fn read_eml(eml: &Path, pdf_out: &Path) -> Value {
    let script = r#"
import email, json, sys
from email import policy
with open(sys.argv[1], 'rb') as f:
    m = email.message_from_binary_file(f, policy=policy.default)
atts = []
saved = False
for part in m.iter_attachments():
    data = part.get_payload(decode=True)
    atts.append([part.get_filename(), part.get_content_type(), len(data)])
    if part.get_content_type() == 'application/pdf' and not saved:
        open(sys.argv[2], 'wb').write(data)
        saved = True
body = m.get_body(preferencelist=('plain',)).get_content()
print(json.dumps({'to': str(m['To']), 'subject': str(m['Subject']),
                  'unsent': str(m['X-Unsent']), 'attachments': atts, 'body': body}))
"#;
    // The checking tools' venv when `cargo xtask test` runs us (also on Windows, where there
    // is no `python3`); any Python 3 otherwise: only its standard library is used.
    let python = std::env::var_os("POSTULO_PYTHON").unwrap_or_else(|| "python3".into());
    let out = Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(eml)
        .arg(pdf_out)
        .output()
        .unwrap_or_else(|e| panic!("python3 is needed to read the .eml back: {e}"));
    assert!(
        out.status.success(),
        "python3 could not read the draft: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_whole_application_from_posting_to_reminders() {
    let mut cli = Cli::new();
    let posting = postings_dir().join(POSTING);
    let expected = expected(POSTING);
    let work = cli.work_dir().to_path_buf();

    // Reading the posting alone saves nothing.
    cli.now = Some(BEFORE.to_owned());
    let read = cli.json(&[
        "import-posting".as_ref(),
        posting.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(read["draft"]["input"]["title"], expected["title"]);
    assert_eq!(
        read["draft"]["input"]["organization"],
        expected["organization"]
    );
    assert!(read["application"].is_null());
    assert_eq!(cli.json(&["list", "--json"]), serde_json::json!([]));
    let text = cli.ok(&["import-posting".as_ref(), posting.as_os_str()]);
    assert!(text.contains("Trouvé dans l'annonce"), "{text}");
    assert!(text.contains("--create"), "{text}");

    // Created: the fields and the checklist the posting describes.
    let created = cli.json(&[
        "import-posting".as_ref(),
        posting.as_os_str(),
        "--create".as_ref(),
        "--json".as_ref(),
    ]);
    let app = &created["application"];
    let id = app["id"].as_i64().unwrap();
    let id_arg = id.to_string();
    assert_eq!(app["title"], expected["title"]);
    assert_eq!(app["apply_email"], expected["apply_email"]);
    assert_eq!(app["apply_subject"], expected["email_subject"]);
    assert_eq!(app["deadline"]["date"], "2026-05-17");
    assert_eq!(app["deadline"]["timezone"], expected["deadline_timezone"]);
    assert_eq!(app["status"], "to_prepare");

    // A PDF and a JPEG made here go into the vault.
    let cv = work.join("CV Aïssata Traoré.pdf");
    std::fs::write(&cv, pdf("Aissata Traore - Curriculum vitae")).unwrap();
    let letter = work.join("lettre.jpg");
    std::fs::write(&letter, jpeg(1240, 1754)).unwrap();
    let added = cli.json(&[
        "vault".as_ref(),
        "add".as_ref(),
        cv.as_os_str(),
        "--kind".as_ref(),
        "cv".as_ref(),
        "--json".as_ref(),
    ]);
    let cv_id = added["document"]["id"].as_i64().unwrap();
    assert_eq!(added["document"]["kind"], "cv");
    assert_eq!(added["document"]["page_count"], 1);
    let text = cli.ok(&[
        "vault".as_ref(),
        "add".as_ref(),
        letter.as_os_str(),
        "--kind".as_ref(),
        "Lettre de motivation".as_ref(),
        "--title".as_ref(),
        "Lettre de motivation PUI".as_ref(),
    ]);
    assert!(text.contains("ajouté"), "{text}");
    let docs = cli.json(&["vault", "list", "--json"]);
    let letter_id = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"]["kind"] == "cover_letter")
        .map(|d| d["document"]["id"].as_i64().unwrap())
        .expect("the letter is in the vault");
    // The same file again is recognised.
    let again = cli.json(&[
        "vault".as_ref(),
        "add".as_ref(),
        cv.as_os_str(),
        "--kind".as_ref(),
        "cv".as_ref(),
        "--json".as_ref(),
    ]);
    assert_eq!(again["already_in_vault"], true);
    assert_eq!(again["document"]["id"].as_i64(), Some(cv_id));

    // Attached to the checklist pieces of their kind.
    cli.ok(&["attach", &id_arg, "cv", &cv_id.to_string()]);
    let text = cli.ok(&["attach", &id_arg, "lettre", &letter_id.to_string()]);
    assert!(text.contains("Lettre de motivation PUI"), "{text}");
    let shown = cli.json(&["show", &id_arg, "--json"]);
    assert_eq!(shown["application"]["id"].as_i64(), Some(id));
    let progress = &shown["checklist"]["progress"];
    assert_eq!(progress["ready"], progress["due"], "{shown}");
    assert_eq!(progress["ready"], 2);
    let entries = shown["checklist"]["entries"].as_array().unwrap();
    let doc_of = |kind: &str| {
        entries
            .iter()
            .find(|e| e["item"]["kind"] == kind)
            .map(|e| e["item"]["document_id"].as_i64())
            .unwrap()
    };
    assert_eq!(doc_of("cv"), Some(cv_id));
    assert_eq!(doc_of("cover_letter"), Some(letter_id));
    assert_eq!(shown["timeline"].as_array().unwrap().len(), 1);

    // The dossier: cover, list of enclosed documents, the CV page and the scan.
    let dossier = work.join("dossier.pdf");
    let text = cli.ok(&[
        "export".as_ref(),
        id_arg.as_ref(),
        "-o".as_ref(),
        dossier.as_os_str(),
    ]);
    assert!(text.contains("Dossier écrit"), "{text}");
    qpdf_check(&dossier);
    let pages = pdf_pages(&dossier);
    assert!(pages >= 3, "cover + 2 documents, got {pages} pages");
    let summary = cli.json(&[
        "export".as_ref(),
        id_arg.as_ref(),
        "-o".as_ref(),
        work.as_os_str(),
        "--email-size".as_ref(),
        "5".as_ref(),
        "--json".as_ref(),
    ]);
    assert_eq!(summary["fits"], true);
    assert_eq!(summary["documents"].as_array().unwrap().len(), 2);
    assert!(summary["bytes"].as_u64().unwrap() <= 5_000_000);
    let named = Path::new(summary["file"].as_str().unwrap()).to_path_buf();
    assert_eq!(named.parent(), Some(work.as_path()));
    assert!(named.extension().is_some_and(|e| e == "pdf"), "{named:?}");
    qpdf_check(&named);
    assert_eq!(pdf_pages(&named), pages);

    // The e-mail draft: the posting's recipient and exact subject, the dossier attached.
    let eml = work.join("candidature.eml");
    let text = cli.ok(&[
        "email".as_ref(),
        id_arg.as_ref(),
        "-o".as_ref(),
        eml.as_os_str(),
        "--mailto".as_ref(),
    ]);
    assert!(
        text.contains("mailto:recrutement@premiere-urgence-mli.org?"),
        "{text}"
    );
    let attached = work.join("attached.pdf");
    let mail = read_eml(&eml, &attached);
    assert_eq!(mail["to"], expected["apply_email"]);
    assert_eq!(mail["subject"], expected["email_subject"]);
    assert_eq!(mail["unsent"], "1");
    let attachments = mail["attachments"].as_array().unwrap();
    assert_eq!(attachments.len(), 1, "{mail}");
    assert_eq!(attachments[0][1], "application/pdf");
    assert!(mail["body"].as_str().unwrap().contains("Madame, Monsieur"));
    qpdf_check(&attached);
    assert_eq!(pdf_pages(&attached), pages);
    // The documents one by one instead.
    let separate = work.join("separate.eml");
    cli.ok(&[
        "email".as_ref(),
        id_arg.as_ref(),
        "--separate".as_ref(),
        "-o".as_ref(),
        separate.as_os_str(),
    ]);
    let mail = read_eml(&separate, &work.join("first.pdf"));
    let types: Vec<&str> = mail["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a[1].as_str().unwrap())
        .collect();
    assert_eq!(types, ["application/pdf", "image/jpeg"]);

    // The calendar, to a file and to standard output.
    let ics = work.join("pui.ics");
    cli.ok(&[
        "ics".as_ref(),
        id_arg.as_ref(),
        "-o".as_ref(),
        ics.as_os_str(),
    ]);
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.starts_with("BEGIN:VCALENDAR\r\n"), "{calendar}");
    assert!(calendar.contains("BEGIN:VEVENT"), "{calendar}");
    assert!(calendar.contains("20260517"), "{calendar}");
    let all = cli.ok(&["ics"]);
    assert!(
        all.contains("BEGIN:VCALENDAR") && all.contains("END:VCALENDAR"),
        "{all}"
    );

    // The list and its filters.
    let listed = cli.json(&["list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["id"].as_i64(), Some(id));
    assert_eq!(listed[0]["progress"]["ready"], 2);
    let found = cli.json(&["list", "--search", "systeme de sante", "--json"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "accents are ignored");
    assert_eq!(
        cli.json(&["list", "--search", "logisticien", "--json"]),
        serde_json::json!([])
    );
    let table = cli.ok(&["list"]);
    assert!(
        table.contains("À préparer") && table.contains("17 mai 2026"),
        "{table}"
    );

    // Reminders: the 7-day one is due on 10 May, handed out once only.
    cli.now = Some(SEVEN_DAYS_BEFORE.to_owned());
    let due = cli.json(&["reminders", "due", "--json"]);
    let reminders = due["reminders"].as_array().unwrap();
    assert_eq!(reminders.len(), 1, "{due}");
    assert_eq!(reminders[0]["reminder"]["kind"], "deadline");
    assert_eq!(reminders[0]["application"]["id"].as_i64(), Some(id));
    assert!(due["notice"]["summary"]
        .as_str()
        .unwrap()
        .contains("Date limite"));
    assert_eq!(due["notified"], false);
    let again = cli.json(&["reminders", "due", "--json"]);
    assert_eq!(
        again["reminders"],
        serde_json::json!([]),
        "shown twice: {again}"
    );
    let text = cli.ok(&["reminders", "due"]);
    assert!(text.contains("Aucun rappel"), "{text}");

    // Sent, in French words; the list follows.
    cli.now = Some(SENT_AT.to_owned());
    let text = cli.ok(&["status", &id_arg, "envoyée"]);
    assert!(text.contains("À préparer → Envoyée"), "{text}");
    let sent = cli.json(&["list", "--status", "sent", "--json"]);
    assert_eq!(sent.as_array().unwrap().len(), 1);
    assert_eq!(
        cli.json(&["list", "--status", "à préparer", "--json"]),
        serde_json::json!([])
    );
    let shown = cli.json(&["show", &id_arg, "--json"]);
    let timeline = shown["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 2);
    // The creation is stamped by the system clock, the change by `--now`: find it.
    let sent = timeline.iter().find(|e| e["to"] == "sent").unwrap();
    assert_eq!(sent["from"], "to_prepare");
    assert!(
        sent["at"].as_str().unwrap().starts_with("2026-05-12T10:00"),
        "{sent}"
    );

    // The follow-up falls due; no notification service answers: printed, exit code 5.
    cli.now = Some(FOLLOW_UP.to_owned());
    let run = cli.run(&["reminders", "due", "--notify"]);
    assert_eq!(
        run.code, 5,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    assert!(run.stdout.contains("Relance"), "{}", run.stdout);
    assert!(
        run.stderr.contains("notification impossible"),
        "{}",
        run.stderr
    );
    // Claimed all the same: printed once, never again.
    let again = cli.json(&["reminders", "due", "--json"]);
    assert_eq!(again["reminders"], serde_json::json!([]));

    // The application as a person reads it.
    let text = cli.ok(&["show", &id_arg]);
    assert!(text.contains("Envoyée"), "{text}");
    assert!(text.contains("[x] CV"), "{text}");
    assert!(text.contains("Historique"), "{text}");

    // Backed up, then restored into an empty data folder: everything is found again.
    let shown_before = cli.json(&["show", &id_arg, "--json"]);
    let vault_before = cli.json(&["vault", "list", "--json"]);
    let archive = cli.work_dir().join("ma sauvegarde.zip");
    let written = cli.json(&["backup", archive.to_str().unwrap(), "--json"]);
    assert_eq!(written["applications"], 1, "{written}");
    assert_eq!(written["documents"], vault_before.as_array().unwrap().len());
    let healthy = cli.json(&["check", "--json"]);
    assert_eq!(healthy["sound"], true, "{healthy}");

    let mut elsewhere = Cli::new();
    elsewhere.now = cli.now.clone();
    let text = elsewhere.ok(&["restore", archive.to_str().unwrap()]);
    assert!(
        text.contains("restaurée") && text.contains("1 candidature"),
        "{text}"
    );
    assert_eq!(elsewhere.json(&["show", &id_arg, "--json"]), shown_before);
    assert_eq!(elsewhere.json(&["vault", "list", "--json"]), vault_before);
    assert_eq!(elsewhere.json(&["check", "--json"])["sound"], true);
    // The restored vault makes the same dossier.
    let again = elsewhere.work_dir().join("again.pdf");
    elsewhere.ok(&["export", &id_arg, "-o", again.to_str().unwrap()]);
    qpdf_check(&again);
    assert_eq!(pdf_pages(&again), pdf_pages(&dossier));

    // A file that is not a backup: a clear message, code 3, nothing changed.
    let run = elsewhere.run(&["restore", again.to_str().unwrap()]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("n'est pas une sauvegarde de Postulo"),
        "{}",
        run.stderr
    );
    assert_eq!(elsewhere.json(&["show", &id_arg, "--json"]), shown_before);
}

#[test]
fn an_application_added_by_hand_with_a_deadline_hour_and_zone() {
    let mut cli = Cli::new();
    cli.now = Some(BEFORE.to_owned());
    let app = cli.json(&[
        "add",
        "--title",
        "Chargé(e) de suivi-évaluation",
        "--organization",
        "UNICEF",
        "--deadline",
        "2027-05-17T17:00",
        "--tz",
        "Africa/Abidjan",
        "--reference",
        "VN-2026-014",
        "--email",
        "recrutement@example.org",
        "--subject",
        "VN-2026-014 – Suivi-évaluation",
        "--json",
    ]);
    assert_eq!(app["deadline"]["time"], "17:00");
    assert_eq!(app["deadline"]["timezone"], "Africa/Abidjan");
    assert_eq!(app["apply_method"], "email");
    assert_eq!(app["apply_subject"], "VN-2026-014 – Suivi-évaluation");
    let id = app["id"].as_i64().unwrap().to_string();
    // A date alone lasts until the end of that day. (Deadlines in 2027: the list puts
    // deadlines still ahead by the system's clock first.)
    let other = cli.json(&[
        "add",
        "--title",
        "Logisticien",
        "--organization",
        "ALIMA",
        "--deadline",
        "2027-05-20",
        "--tz",
        "Africa/Bamako",
        "--json",
    ]);
    assert!(other["deadline"]["time"].is_null());
    let listed = cli.json(&["list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert_eq!(
        listed[0]["id"].as_i64().map(|i| i.to_string()),
        Some(id.clone())
    );
    // English status names and codes are read too.
    cli.ok(&["status", &id, "shortlisted"]);
    cli.ok(&["status", &id, "INTERVIEW"]);
    let shown = cli.json(&["show", &id, "--json"]);
    assert_eq!(shown["application"]["status"], "interview");
}

/// A process killed when the test ends, whatever happens.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private D-Bus with python-dbusmock's notification daemon logging what it receives to
/// `log` (as the core's notification tests do). Needs `dbus-daemon`, `dbus-send` and the
/// Debian package python3-dbusmock (`cargo xtask test` installs them).
fn notification_service(dir: &Path, log: &Path) -> (Running, Running, String) {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let config = dir.join("bus.conf");
    std::fs::write(
        &config,
        format!(
            r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>"#,
            dir.join("bus").display()
        ),
    )
    .unwrap();
    let mut bus = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start dbus-daemon (install `dbus`): {e}"));
    let mut address = String::new();
    BufReader::new(bus.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let bus = Running(bus);
    let address = address.trim().to_owned();
    let python = "/usr/bin/python3";
    let check = Command::new(python)
        .args(["-c", "import dbusmock"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    assert!(
        check.status.success(),
        "{python} cannot import dbusmock: install python3-dbusmock"
    );
    let daemon = Running(
        Command::new(python)
            .args([
                "-m",
                "dbusmock",
                "--session",
                "-t",
                "notification_daemon",
                "-l",
            ])
            .arg(log)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .spawn()
            .unwrap(),
    );
    let started = std::time::Instant::now();
    loop {
        let out = Command::new("dbus-send")
            .arg(format!("--bus={address}"))
            .args([
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.Notifications",
            ])
            .output()
            .unwrap_or_else(|e| panic!("dbus-send is needed (install `dbus`): {e}"));
        if String::from_utf8_lossy(&out.stdout).contains("boolean true") {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "the mock notification daemon did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    (bus, daemon, address)
}

#[test]
#[cfg(target_os = "linux")]
fn a_scheduled_run_sends_one_grouped_notification_once() {
    let mut cli = Cli::new();
    cli.now = Some(BEFORE.to_owned());
    for (title, day) in [("Poste A", "2026-05-17"), ("Poste B", "2026-05-18")] {
        cli.ok(&[
            "add",
            "--title",
            title,
            "--organization",
            "ONG",
            "--deadline",
            day,
            "--tz",
            "Africa/Bamako",
        ]);
    }
    let services = tempfile::tempdir().unwrap();
    let log = services.path().join("notifications.log");
    let (_bus, _daemon, address) = notification_service(services.path(), &log);

    // Both 7-day reminders are due on 11 May: one notification names the two.
    cli.now = Some("2026-05-11T10:00:00Z".to_owned());
    let run = |cli: &Cli| {
        let out = cli
            .command(&["reminders", "due", "--notify", "--json"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let first = run(&cli);
    assert_eq!(first["notified"], true, "{first}");
    assert_eq!(first["reminders"].as_array().unwrap().len(), 2);
    assert_eq!(first["notice"]["summary"], "2 rappels");
    // The daemon logs as it answers; give its write a moment to land.
    let started = std::time::Instant::now();
    while !std::fs::read_to_string(&log).is_ok_and(|l| l.contains("Notify"))
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let logged = std::fs::read_to_string(&log).unwrap();
    assert_eq!(logged.matches("Notify").count(), 1, "{logged}");
    assert!(logged.contains("2 rappels"), "{logged}");

    // The next scheduled run finds nothing new: no second notification.
    let second = run(&cli);
    assert_eq!(second["reminders"], serde_json::json!([]));
    assert_eq!(second["notified"], false);
    let logged = std::fs::read_to_string(&log).unwrap();
    assert_eq!(logged.matches("Notify").count(), 1, "{logged}");
}
