//! The commands that change what the window changes (`edit`, `delete`, `checklist`,
//! `contact`, `interview`, `profile`, `settings`), run as the real binary in a private data
//! folder: what they save, read back through `show --json` and the other commands, and
//! each refused input with its exit code and message, leaving the saved data as it was.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common::{pdf, Cli};
use serde_json::Value;

/// Before the deadlines used here (17 May 2026), so that none has passed.
const BEFORE: &str = "2026-05-01T08:00:00Z";

fn cli() -> Cli {
    Cli::at(BEFORE)
}

/// An application with a deadline at 17:00 in Bamako, a reference and notes; its id.
fn application(cli: &Cli) -> String {
    let app = cli.json(&[
        "add",
        "--title",
        "Chargé de suivi-évaluation",
        "--organization",
        "UNICEF",
        "--deadline",
        "2026-05-17T17:00",
        "--tz",
        "Africa/Bamako",
        "--reference",
        "REF-2026-04",
        "--notes",
        "Appeler Mme Koné",
        "--json",
    ]);
    app["id"].as_i64().unwrap().to_string()
}

fn shown(cli: &Cli, id: &str) -> Value {
    cli.json(&["show", id, "--json"])
}

/// The checklist's items, in order.
fn items(cli: &Cli, id: &str) -> Vec<Value> {
    shown(cli, id)["checklist"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["item"].clone())
        .collect()
}

fn vault_pdf(cli: &Cli, name: &str, kind: &str) -> String {
    let path = cli.work_dir().join(name);
    std::fs::write(&path, pdf(name)).unwrap();
    let added = cli.json(&[
        "vault",
        "add",
        path.to_str().unwrap(),
        "--kind",
        kind,
        "--json",
    ]);
    added["document"]["id"].as_i64().unwrap().to_string()
}

#[test]
fn edit_changes_the_fields_given_and_clears_the_optional_ones() {
    let cli = cli();
    let id = application(&cli);

    let out = cli.ok(&[
        "edit",
        &id,
        "--title",
        "Chargée de suivi-évaluation",
        "--deadline",
        "20/05/2026",
        "--email",
        "recrutement@unicef.org",
        "--subject",
        "REF-2026-04 — Suivi-évaluation",
        "--location",
        "Mopti",
        "--reference",
        "",
        "--clear",
        "notes",
    ]);
    assert_eq!(
        out.trim(),
        format!("Candidature {id} modifiée : Chargée de suivi-évaluation — UNICEF")
    );
    let app = &shown(&cli, &id)["application"];
    assert_eq!(app["title"], "Chargée de suivi-évaluation");
    assert_eq!(app["organization"], "UNICEF");
    // A day alone moves the deadline and keeps its hour and zone.
    assert_eq!(app["deadline"]["date"], "2026-05-20");
    assert_eq!(app["deadline"]["time"], "17:00");
    assert_eq!(app["deadline"]["timezone"], "Africa/Bamako");
    // An address to write to says how to apply, as in `add`.
    assert_eq!(app["apply_method"], "email");
    assert_eq!(app["apply_email"], "recrutement@unicef.org");
    assert_eq!(app["apply_subject"], "REF-2026-04 — Suivi-évaluation");
    assert_eq!(app["location"], "Mopti");
    assert_eq!(app["reference"], Value::Null);
    assert_eq!(app["notes"], Value::Null);

    // Hour and zone on their own; then the hour cleared (until the end of the day).
    let app = cli.json(&[
        "edit",
        &id,
        "--time",
        "12h30",
        "--tz",
        "Africa/Dakar",
        "--json",
    ]);
    assert_eq!(app["deadline"]["time"], "12:30");
    assert_eq!(app["deadline"]["timezone"], "Africa/Dakar");
    let app = cli.json(&["edit", &id, "--clear", "time", "--json"]);
    assert_eq!(app["deadline"]["date"], "2026-05-20");
    assert_eq!(app["deadline"]["time"], Value::Null);

    // The deadline cleared, the method changed; the list still finds it by its new words.
    let app = cli.json(&[
        "edit", &id, "--clear", "deadline", "--method", "portal", "--json",
    ]);
    assert_eq!(app["deadline"], Value::Null);
    assert_eq!(app["apply_method"], "portal");
    let list = cli.json(&["list", "--search", "mopti", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
}

#[test]
fn addresses_in_copy_are_given_shown_and_cleared() {
    let cli = cli();
    let app = cli.json(&[
        "add",
        "--title",
        "Comptable principal",
        "--organization",
        "FENOS-CI",
        "--email",
        "fenoscirecrute@gmail.com",
        "--cc",
        "raffenosci@yahoo.com; oulaipelagie81@gmail.com",
        "--json",
    ]);
    assert_eq!(
        app["apply_cc"],
        serde_json::json!(["raffenosci@yahoo.com", "oulaipelagie81@gmail.com"])
    );
    let id = app["id"].as_i64().unwrap().to_string();
    let out = cli.ok(&["show", &id]);
    assert!(
        out.contains("En copie : raffenosci@yahoo.com, oulaipelagie81@gmail.com"),
        "{out}"
    );
    cli.fails(
        &["edit", &id, "--cc", "raf.yahoo.com"],
        3,
        "Adresses en copie (--cc) : adresse e-mail invalide",
    );
    let app = cli.json(&["edit", &id, "--clear", "cc", "--json"]);
    assert_eq!(app["apply_cc"], serde_json::json!([]));
}

#[test]
fn edit_refuses_bad_input_and_keeps_what_was_saved() {
    let cli = cli();
    let id = application(&cli);
    let before = shown(&cli, &id);

    cli.fails(
        &["edit", &id, "--deadline", "31/02/2026"],
        3,
        "--deadline : date invalide « 31/02/2026 »",
    );
    cli.fails(
        &["edit", &id, "--email", "rh at unicef.org"],
        3,
        "Adresse e-mail (--email) : adresse e-mail invalide",
    );
    cli.fails(
        &["edit", &id, "--url", "javascript:alert(1)"],
        3,
        "adresse web invalide",
    );
    cli.fails(
        &["edit", &id, "--tz", "Mars/Olympus"],
        3,
        "fuseau horaire inconnu",
    );
    cli.fails(
        &["edit", &id, "--time", "25:00"],
        3,
        "--time : heure invalide « 25:00 »",
    );
    cli.fails(
        &["edit", &id, "--title", " "],
        3,
        "Titre (--title) : obligatoire",
    );
    cli.fails(
        &["edit", &id, "--method", "pigeon"],
        3,
        "--method : « pigeon » inconnu",
    );
    cli.fails(&["edit", &id], 1, "rien à modifier");
    // Title and organization are required: changed, never cleared.
    cli.fails(&["edit", &id, "--clear", "title"], 1, "--clear");
    cli.fails(
        &["edit", "999", "--title", "X"],
        2,
        "candidature 999 introuvable",
    );
    cli.fails(
        &["--lang", "en", "edit", &id, "--deadline", "2026-02-31"],
        3,
        "--deadline: invalid date \"2026-02-31\"",
    );
    assert_eq!(
        shown(&cli, &id),
        before,
        "a refused edit changed the application"
    );

    // An hour needs a day to belong to.
    cli.ok(&["edit", &id, "--clear", "deadline"]);
    cli.fails(
        &["edit", &id, "--time", "17:00"],
        3,
        "n'a pas de date limite",
    );
}

#[test]
fn delete_asks_for_yes_without_a_terminal_then_deletes() {
    let cli = cli();
    let id = application(&cli);
    let other = cli.json(&["add", "--title", "Autre", "--organization", "ONG", "--json"])["id"]
        .as_i64()
        .unwrap()
        .to_string();

    // The tests' standard input is no terminal: nobody can answer, nothing is deleted.
    cli.fails(&["delete", &id], 1, "ajoutez --yes");
    cli.fails(&["--lang", "en", "delete", &id], 1, "add --yes");
    shown(&cli, &id);
    cli.fails(
        &["delete", "999", "--yes"],
        2,
        "candidature 999 introuvable",
    );

    let out = cli.ok(&["delete", &id, "--yes"]);
    assert_eq!(
        out.trim(),
        format!("Candidature {id} supprimée : Chargé de suivi-évaluation — UNICEF")
    );
    cli.fails(&["show", &id], 2, "introuvable");
    let deleted = cli.json(&["delete", &other, "-y", "--json"]);
    assert_eq!(deleted["deleted"]["title"], "Autre");
    assert_eq!(cli.ok(&["list"]).trim(), "Aucune candidature.");
}

#[test]
fn a_second_diploma_is_a_second_piece_and_attach_fills_the_first_empty_one() {
    let cli = cli();
    let id = application(&cli);
    let first = cli.json(&[
        "checklist",
        "add",
        &id,
        "diploma_copies",
        "--label",
        "Licence",
        "--json",
    ]);
    let out = cli.ok(&["checklist", "add", &id, "diplômes", "--label", "Master"]);
    let second_id = items(&cli, &id).last().unwrap()["id"].as_i64().unwrap();
    assert_eq!(
        out.trim(),
        format!("Candidature {id} : pièce #{second_id} « Master » ajoutée (2 pièces de ce type)")
    );

    let licence = vault_pdf(&cli, "licence.pdf", "diploma_copies");
    let master = vault_pdf(&cli, "master.pdf", "diploma_copies");
    cli.ok(&["attach", &id, "diploma_copies", &licence]);
    cli.ok(&["attach", &id, "diploma_copies", &master]);
    let diplomas: Vec<Value> = items(&cli, &id)
        .into_iter()
        .filter(|i| i["kind"] == "diploma_copies")
        .collect();
    assert_eq!(diplomas.len(), 2);
    assert_eq!(diplomas[0]["id"], first["id"]);
    assert_eq!(diplomas[0]["document_id"].to_string(), licence);
    assert_eq!(diplomas[1]["document_id"].to_string(), master);
    assert!(diplomas.iter().all(|d| d["state"] == "ready"));
    // `show` numbers the pieces for the `checklist` commands.
    let text = cli.ok(&["show", &id]);
    assert!(
        text.contains(&format!("Master (#{second_id} diploma_copies)")),
        "{text}"
    );
}

#[test]
fn checklist_add_remove_waive_unwaive_and_order() {
    let cli = cli();
    let id = application(&cli);
    let start = items(&cli, &id);
    let (cv, letter) = (start[0]["id"].to_string(), start[1]["id"].to_string());
    assert_eq!(start[0]["kind"], "cv");

    // Asked only of shortlisted candidates: not due yet.
    let record = cli.json(&["checklist", "add", &id, "casier", "--later", "--json"]);
    assert_eq!(record["stage"], "if_shortlisted");
    assert_eq!(record["due"], false);
    let record = record["id"].to_string();
    let out = cli.ok(&[
        "checklist",
        "add",
        &id,
        "other",
        "--label",
        "3 lettres de référence",
    ]);
    assert!(out.contains("« 3 lettres de référence » ajoutée"), "{out}");
    let other = items(&cli, &id).last().unwrap()["id"].to_string();

    let out = cli.ok(&["checklist", "waive", &id, &letter]);
    assert!(out.contains("marquée pas nécessaire"), "{out}");
    assert_eq!(shown(&cli, &id)["checklist"]["progress"]["due"], 2);
    let out = cli.ok(&["checklist", "waive", &id, &letter]);
    assert!(out.contains("inchangée (pas nécessaire)"), "{out}");
    let item = cli.json(&["checklist", "unwaive", &id, &letter, "--json"]);
    assert_eq!(item["state"], "missing");
    assert_eq!(shown(&cli, &id)["checklist"]["progress"]["due"], 3);

    let order = cli.json(&["checklist", "order", &id, &other, &cv, "--json"]);
    let ids: Vec<String> = order
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].to_string())
        .collect();
    assert_eq!(
        ids,
        [other.clone(), cv.clone(), letter.clone(), record.clone()]
    );
    let out = cli.ok(&["checklist", "order", &id, &letter]);
    assert!(
        out.contains(&format!(
            "  1. #{letter} Lettre de motivation (cover_letter)"
        )),
        "{out}"
    );

    let out = cli.ok(&["checklist", "remove", &id, &other]);
    assert!(out.contains("retirée de la liste"), "{out}");
    let ids: Vec<String> = items(&cli, &id)
        .iter()
        .map(|i| i["id"].to_string())
        .collect();
    assert_eq!(ids, [letter.clone(), cv.clone(), record.clone()]);
    let positions: Vec<i64> = items(&cli, &id)
        .iter()
        .map(|i| i["position"].as_i64().unwrap())
        .collect();
    assert_eq!(positions, [0, 1, 2]);
}

#[test]
fn checklist_refuses_unknown_kinds_and_pieces_of_another_application() {
    let cli = cli();
    let id = application(&cli);
    let other =
        cli.json(&["add", "--title", "Autre", "--organization", "ONG", "--json"])["id"].to_string();
    let theirs = items(&cli, &other)[0]["id"].to_string();
    let mine = items(&cli, &id)[0]["id"].to_string();
    let before = items(&cli, &id);

    cli.fails(
        &["checklist", "add", &id, "bulletin"],
        3,
        "type de pièce inconnu « bulletin »",
    );
    cli.fails(
        &["checklist", "add", &id, "other"],
        3,
        "Libellé (--label) : obligatoire",
    );
    cli.fails(
        &["checklist", "add", "999", "cv"],
        2,
        "candidature 999 introuvable",
    );
    cli.fails(
        &["checklist", "remove", &id, &theirs],
        2,
        &format!("n'a pas de pièce #{theirs}"),
    );
    cli.fails(
        &["checklist", "waive", &id, "9999"],
        2,
        "n'a pas de pièce #9999",
    );
    cli.fails(
        &["checklist", "order", &id, &mine, &theirs],
        2,
        "n'a pas de pièce",
    );
    cli.fails(
        &["checklist", "order", &id, &mine, &mine],
        3,
        "citée deux fois",
    );
    cli.fails(
        &["--lang", "en", "checklist", "remove", &id, &theirs],
        2,
        "has no piece",
    );
    cli.fails(
        &["checklist", "remove", &id],
        1,
        "argument obligatoire manquant",
    );
    assert_eq!(items(&cli, &id), before);
    assert_eq!(items(&cli, &other).len(), 2);
}

#[test]
fn contact_add_saves_a_person_and_refuses_bad_addresses() {
    let cli = cli();
    let id = application(&cli);
    let contact = cli.json(&[
        "contact",
        "add",
        &id,
        "--name",
        "Mme Koné",
        "--role",
        "Responsable RH",
        "--email",
        "rh@unicef.org",
        "--phone",
        "+223 76 12 34 56",
        "--json",
    ]);
    assert_eq!(contact["name"], "Mme Koné");
    assert_eq!(contact["role"], "Responsable RH");
    assert_eq!(contact["phone"], "+223 76 12 34 56");
    assert_eq!(contact["application_id"].to_string(), id);
    // `show` lists them, in its text and its JSON.
    let text = cli.ok(&["show", &id]);
    assert!(
        text.contains(
            "Contacts :\n  #1 Mme Koné — Responsable RH, rh@unicef.org, +223 76 12 34 56"
        ),
        "{text}"
    );
    assert_eq!(shown(&cli, &id)["contacts"][0]["name"], "Mme Koné");
    let out = cli.ok(&["contact", "add", &id, "--name", "M. Diarra"]);
    assert!(out.trim().ends_with("« M. Diarra » ajouté"), "{out}");

    cli.fails(
        &["contact", "add", &id, "--name", "X", "--email", "rh@unicef"],
        3,
        "Adresse e-mail (--email) : adresse e-mail invalide",
    );
    cli.fails(
        &[
            "contact",
            "add",
            &id,
            "--name",
            "X",
            "--phone",
            "appelez-moi",
        ],
        3,
        "Téléphone (--phone) : numéro de téléphone invalide",
    );
    cli.fails(
        &["contact", "add", &id, "--name", " "],
        3,
        "Nom (--name) : obligatoire",
    );
    cli.fails(&["contact", "add", &id], 1, "--name");
    cli.fails(
        &["contact", "add", "999", "--name", "X"],
        2,
        "candidature 999 introuvable",
    );
}

#[test]
fn interview_add_saves_its_instant_and_refuses_days_that_do_not_exist() {
    let cli = cli();
    let id = application(&cli);
    let interview = cli.json(&[
        "interview",
        "add",
        &id,
        "--date",
        "02/06/2026",
        "--time",
        "10:30",
        "--zone",
        "Africa/Bamako",
        "--place",
        "Bureau UNICEF, ACI 2000",
        "--note",
        "Apporter les originaux",
        "--json",
    ]);
    assert_eq!(interview["date"], "2026-06-02");
    assert_eq!(interview["time"], "10:30");
    assert_eq!(interview["starts_at_utc"], "2026-06-02T10:30:00Z");
    assert_eq!(interview["place"], "Bureau UNICEF, ACI 2000");
    assert_eq!(interview["notes"], "Apporter les originaux");
    let out = cli.ok(&[
        "interview",
        "add",
        &id,
        "--date",
        "2026-06-03",
        "--time",
        "9:00",
        "--tz",
        "Africa/Dakar",
    ]);
    assert!(
        out.contains("ajouté le 3 juin 2026 à 09:00 (Africa/Dakar)"),
        "{out}"
    );
    let text = cli.ok(&["show", &id]);
    assert!(
        text.contains("Entretiens :\n  #1 2 juin 2026 10:30 (Africa/Bamako) — Bureau UNICEF"),
        "{text}"
    );
    assert_eq!(shown(&cli, &id)["interviews"].as_array().unwrap().len(), 2);
    // The calendar has them.
    let ics = cli.ok(&["ics", &id]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");

    cli.fails(
        &[
            "interview",
            "add",
            &id,
            "--date",
            "31/02/2026",
            "--time",
            "10:00",
        ],
        3,
        "--date : date invalide « 31/02/2026 »",
    );
    cli.fails(
        &[
            "interview",
            "add",
            &id,
            "--date",
            "2026-06-02",
            "--time",
            "midi",
        ],
        3,
        "--time : heure invalide",
    );
    cli.fails(
        &[
            "interview",
            "add",
            &id,
            "--date",
            "2026-06-02",
            "--time",
            "10:00",
            "--tz",
            "Mali/Bamako",
        ],
        3,
        "Fuseau horaire (--tz) : fuseau horaire inconnu",
    );
    cli.fails(
        &[
            "interview",
            "add",
            "999",
            "--date",
            "2026-06-02",
            "--time",
            "10:00",
        ],
        2,
        "candidature 999 introuvable",
    );
    cli.fails(&["interview", "add", &id, "--time", "10:00"], 1, "--date");
}

#[test]
fn profile_show_and_set_go_through_the_same_checks() {
    let cli = cli();
    let empty = cli.json(&["profile", "show", "--json"]);
    assert_eq!(empty["first_name"], "");
    let out = cli.ok(&[
        "profile",
        "set",
        "--first-name",
        "Aïssata",
        "--last-name",
        "Traoré",
        "--email",
        "aissata@example.org",
        "--phone",
        "+223 76 12 34 56",
    ]);
    assert!(out.starts_with("Profil enregistré."), "{out}");
    assert!(out.contains("  Prénom : Aïssata"), "{out}");
    assert!(out.contains("  Adresse : (vide)"), "{out}");

    cli.fails(
        &["profile", "set", "--email", "aissata@example"],
        3,
        "Adresse e-mail (--email) : adresse e-mail invalide",
    );
    cli.fails(&["profile", "set"], 1, "rien à modifier");
    cli.fails(&["profile", "set", "--clear", "age"], 1, "--clear");
    let profile = cli.json(&[
        "profile",
        "set",
        "--clear",
        "phone",
        "--address",
        "BP 123\nBamako",
        "--json",
    ]);
    assert_eq!(profile["first_name"], "Aïssata");
    assert_eq!(profile["email"], "aissata@example.org");
    assert_eq!(profile["phone"], Value::Null);
    assert_eq!(profile["postal_address"], "BP 123\nBamako");
    let en = cli.ok(&["--lang", "en", "profile", "show"]);
    assert!(en.contains("  Last name: Traoré"), "{en}");
}

#[test]
fn settings_show_and_set_and_the_language_applies_at_once() {
    let cli = cli();
    let defaults = cli.json(&["settings", "show", "--json"]);
    assert_eq!(defaults["language"], "fr");
    assert_eq!(
        defaults["deadline_reminders"],
        serde_json::json!([10080, 2880, 1440, 180])
    );
    assert_eq!(defaults["follow_up_days"], 14);
    let text = cli.ok(&["settings", "show"]);
    assert!(text.contains("deadline-reminders  7j,2j,1j,3h"), "{text}");
    assert!(
        text.contains("dossier-name        {NOM}_{Prenom}_{Poste}_{Ref}"),
        "{text}"
    );

    let out = cli.ok(&["settings", "set", "deadline-reminders", "3j, 90min"]);
    assert_eq!(
        out.trim(),
        "Réglage enregistré : deadline-reminders = 3j,90min"
    );
    cli.ok(&["settings", "set", "follow-up-days", "0"]);
    cli.ok(&["settings", "set", "auto-backup", "non"]);
    cli.ok(&["settings", "set", "dossier-name", "{NOM}_{Poste}"]);
    let saved = cli.json(&["settings", "set", "language", "en", "--json"]);
    assert_eq!(saved["language"], "en");
    assert_eq!(saved["deadline_reminders"], serde_json::json!([4320, 90]));
    assert_eq!(saved["follow_up_days"], 0);
    assert_eq!(saved["auto_backup"], false);
    assert_eq!(saved["dossier_name"], "{NOM}_{Poste}");
    // The saved language is the CLI's too, as the app's.
    assert_eq!(cli.ok(&["list"]).trim(), "No application.");
    let out = cli.ok(&["settings", "set", "deadline-reminders", "none"]);
    assert_eq!(out.trim(), "Setting saved: deadline-reminders = none");

    cli.fails(
        &["--lang", "fr", "settings", "set", "language", "de"],
        3,
        "language : valeur refusée « de » (attendu : fr, en)",
    );
    cli.fails(
        &["settings", "set", "deadline-reminders", "7"],
        3,
        "expected: 7d,2d,1d,3h or none",
    );
    cli.fails(
        &["settings", "set", "deadline-reminders", "100d"],
        3,
        "up to 90 days",
    );
    cli.fails(
        &["settings", "set", "follow-up-days", "400"],
        3,
        "365 at most",
    );
    cli.fails(&["settings", "set", "follow-up-days", "deux"], 3, "refused");
    cli.fails(
        &["settings", "set", "dossier-name", "dossier"],
        3,
        "dossier-name",
    );
    cli.fails(
        &["settings", "set", "theme", "dark"],
        3,
        "unknown setting \"theme\"",
    );
    cli.fails(
        &["settings", "set", "language"],
        1,
        "missing required argument",
    );
    let after = cli.json(&["settings", "show", "--json"]);
    assert_eq!(after["deadline_reminders"], serde_json::json!([]));
    assert_eq!(after["dossier_name"], "{NOM}_{Poste}");
}

#[test]
fn the_help_lists_the_new_commands_in_both_languages() {
    let cli = cli();
    let fr = cli.ok(&["--help"]);
    for command in [
        "edit",
        "delete",
        "checklist",
        "contact",
        "interview",
        "profile",
        "settings",
    ] {
        assert!(
            fr.contains(&format!("  {command} ")),
            "{command} not listed:\n{fr}"
        );
    }
    let edit = cli.ok(&["edit", "--help"]);
    assert!(
        edit.contains("--clear <CHAMP>") && edit.contains("garde l'heure"),
        "{edit}"
    );
    let en = cli.ok(&["--lang", "en", "checklist", "add", "--help"]);
    assert!(
        en.contains("a second diploma") && en.contains("--later"),
        "{en}"
    );
    let set = cli.ok(&["settings", "set", "--help"]);
    assert!(
        set.contains("deadline-reminders") && set.contains("Utilisation"),
        "{set}"
    );
}

#[test]
fn a_protected_pdf_is_refused_until_its_password_is_given_then_kept_unlocked() {
    let cli = cli();
    // The core's fixture (password « user »), as qpdf writes a protected PDF.
    let locked = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/postings/files/encrypted.pdf");
    let path = locked.to_str().unwrap();
    cli.fails(
        &["vault", "add", path, "--kind", "attestations"],
        3,
        "donnez-le avec --password",
    );
    cli.fails(
        &[
            "vault",
            "add",
            path,
            "--kind",
            "attestations",
            "--password",
            "faux",
        ],
        3,
        "ce mot de passe n'ouvre pas le PDF",
    );
    let out = cli.ok(&[
        "vault",
        "add",
        path,
        "--kind",
        "attestations",
        "--password",
        "user",
    ]);
    assert!(
        out.contains("une copie déverrouillée a été gardée"),
        "{out}"
    );
    let list = cli.json(&["vault", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
}
