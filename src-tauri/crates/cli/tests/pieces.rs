//! What a piece is asked as (`checklist add --form --copies --max-age`, `checklist
//! require`) and a vault document's dates (`vault edit`, `vault add --certified`), run as
//! the real binary in a private data folder: what `show` says in French and English, what
//! `show --json` holds, and each refused value with its exit code, message and unchanged data.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common::{pdf, Cli};
use serde_json::{json, Value};

/// A month before the deadline used here (31 March 2026).
const NOW: &str = "2026-03-01T08:00:00Z";
/// Exit code of a refused value.
const INVALID: i32 = 3;

fn cli() -> Cli {
    Cli::at(NOW)
}

/// An application whose deadline is 31 March 2026; its id.
fn application(cli: &Cli) -> String {
    let app = cli.json(&[
        "add",
        "--title",
        "Assistant administratif",
        "--organization",
        "Mairie de Ségou",
        "--deadline",
        "2026-03-31",
        "--tz",
        "Africa/Bamako",
        "--json",
    ]);
    app["id"].as_i64().unwrap().to_string()
}

fn shown(cli: &Cli, id: &str) -> Value {
    cli.json(&["show", id, "--json"])
}

/// The entry of piece `item` in `show --json`.
fn entry(cli: &Cli, id: &str, item: &str) -> Value {
    shown(cli, id)["checklist"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["item"]["id"].as_i64() == item.parse().ok())
        .cloned()
        .unwrap_or_else(|| panic!("no piece {item}"))
}

/// A criminal record piece « de moins de 3 mois »; its number.
fn record_piece(cli: &Cli, id: &str, extra: &[&str]) -> String {
    let mut args = vec!["checklist", "add", id, "casier", "--max-age", "3mois"];
    args.extend_from_slice(extra);
    args.push("--json");
    cli.json(&args)["id"].as_i64().unwrap().to_string()
}

/// A PDF filed in the vault; its number.
fn document(cli: &Cli, name: &str, kind: &str, issued: &str) -> String {
    let path = cli.work_dir().join(name);
    std::fs::write(&path, pdf(name)).unwrap();
    let added = cli.json(&[
        "vault",
        "add",
        path.to_str().unwrap(),
        "--kind",
        kind,
        "--issued",
        issued,
        "--json",
    ]);
    added["document"]["id"].as_i64().unwrap().to_string()
}

#[test]
fn checklist_add_takes_what_the_piece_is_asked_as_and_show_says_it() {
    let cli = cli();
    let id = application(&cli);
    let out = cli.ok(&[
        "checklist",
        "add",
        &id,
        "casier",
        "--form",
        "certifiée",
        "--max-age",
        "3mois",
    ]);
    assert!(
        out.contains("« Extrait de casier judiciaire » ajoutée — Copie certifiée conforme · de moins de 3 mois"),
        "{out}"
    );
    let diplomas = cli.json(&[
        "checklist",
        "add",
        &id,
        "diploma_copies",
        "--form",
        "legalized_copy",
        "--copies",
        "3",
        "--max-age",
        "90d",
        "--json",
    ]);
    assert_eq!(
        diplomas["requirements"],
        json!({"form": "legalized_copy", "copies": 3, "max_age": {"count": 90, "unit": "days"}, "handwritten": false})
    );

    let fr = cli.ok(&["show", &id]);
    assert!(
        fr.contains(
            "Extrait de casier judiciaire — Copie certifiée conforme · de moins de 3 mois (#"
        ),
        "{fr}"
    );
    assert!(
        fr.contains("Copies des diplômes — Copie légalisée · 3 exemplaires · de moins de 90 jours"),
        "{fr}"
    );
    // Nothing asked beyond the kind: the line is as before.
    assert!(fr.contains("  [ ] CV (#"), "{fr}");
    let en = cli.ok(&["--lang", "en", "show", &id]);
    assert!(
        en.contains("Criminal record extract — Certified true copy · less than 3 months old (#"),
        "{en}"
    );

    let entries = shown(&cli, &id)["checklist"]["entries"].clone();
    let record = entries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["item"]["kind"] == "criminal_record")
        .unwrap();
    assert_eq!(
        record["item"]["requirements"],
        json!({"form": "certified_copy", "copies": null, "max_age": {"count": 3, "unit": "months"}, "handwritten": false})
    );
    // No document yet: nothing can fall short.
    assert_eq!(record["problem"], Value::Null);
}

#[test]
fn checklist_require_changes_what_is_given_and_none_clears() {
    let cli = cli();
    let id = application(&cli);
    let piece = record_piece(&cli, &id, &["--form", "certifiee"]);
    let doc = document(&cli, "casier.pdf", "casier", "2026-02-10");
    cli.ok(&["attach", &id, "casier", &doc]);

    let out = cli.ok(&["checklist", "require", &id, &piece, "--copies", "2"]);
    assert_eq!(
        out.trim(),
        format!(
            "Candidature {id} : pièce #{piece} « Extrait de casier judiciaire » : Copie \
             certifiée conforme · 2 exemplaires · de moins de 3 mois"
        )
    );
    let item = &entry(&cli, &id, &piece)["item"];
    // The kind, stage, state and document stay.
    assert_eq!(item["state"], "ready");
    assert_eq!(item["document_id"].as_i64(), doc.parse().ok());
    assert_eq!(item["kind"], "criminal_record");

    let item = cli.json(&[
        "checklist",
        "require",
        &id,
        &piece,
        "--form",
        "none",
        "--max-age",
        "6m",
        "--json",
    ]);
    assert_eq!(
        item["requirements"],
        json!({"form": null, "copies": 2, "max_age": {"count": 6, "unit": "months"}, "handwritten": false})
    );
    let out = cli.ok(&[
        "--lang",
        "en",
        "checklist",
        "require",
        &id,
        &piece,
        "--copies",
        "none",
        "--max-age",
        "none",
    ]);
    assert!(out.contains("nothing particular asked"), "{out}");
    let record = entry(&cli, &id, &piece);
    assert_eq!(
        record["item"]["requirements"],
        json!({"form": null, "copies": null, "max_age": null, "handwritten": false})
    );
    assert_eq!(record["item"]["state"], "ready");
    let shown = cli.ok(&["show", &id]);
    assert!(
        shown.contains("  [x] Extrait de casier judiciaire (#"),
        "{shown}"
    );

    cli.fails(&["checklist", "require", &id, &piece], 1, "rien à modifier");
    cli.fails(
        &["checklist", "require", &id, "9999", "--copies", "2"],
        2,
        "9999",
    );
}

#[test]
fn bad_values_are_refused_in_the_users_language_and_change_nothing() {
    let cli = cli();
    let id = application(&cli);
    let piece = record_piece(&cli, &id, &[]);
    let doc = document(&cli, "casier.pdf", "casier", "2026-01-15");
    let (id, piece, doc) = (id.as_str(), piece.as_str(), doc.as_str());
    let before = shown(&cli, id);
    let vault_before = cli.json(&["vault", "list", "--json"]);

    for (args, fr, en) in [
        (
            vec!["checklist", "require", id, piece, "--copies", "0"],
            "Nombre d'exemplaires (--copies) : hors des limites acceptées (1 à 20 exemplaires)",
            "Number of copies (--copies): out of the accepted range (1 to 20 copies)",
        ),
        (
            vec!["checklist", "require", id, piece, "--copies", "21"],
            "(1 à 20 exemplaires)",
            "(1 to 20 copies)",
        ),
        (
            vec!["checklist", "require", id, piece, "--max-age", "0m"],
            "Ancienneté maximale (--max-age) : hors des limites acceptées (1 à 999 jours ou mois)",
            "Age limit (--max-age): out of the accepted range (1 to 999 days or months)",
        ),
        (
            vec!["checklist", "require", id, piece, "--max-age", "3x"],
            "--max-age : ancienneté illisible « 3x »",
            "--max-age: cannot read the age \"3x\"",
        ),
        (
            // One bad option among good ones: none of them is saved.
            vec![
                "checklist",
                "require",
                id,
                piece,
                "--copies",
                "2",
                "--form",
                "bidule",
            ],
            "--form : forme inconnue « bidule » (formes : original, simple_copy",
            "--form: unknown form \"bidule\" (forms: original, simple_copy",
        ),
        (
            vec!["checklist", "add", id, "cv", "--copies", "0"],
            "Nombre d'exemplaires (--copies)",
            "Number of copies (--copies)",
        ),
        (
            vec!["checklist", "add", id, "cv", "--max-age", "3x"],
            "ancienneté illisible",
            "cannot read the age",
        ),
        (
            vec!["checklist", "add", id, "cv", "--form", "bidule"],
            "forme inconnue",
            "unknown form",
        ),
        (
            vec!["vault", "edit", doc, "--certified", "2026-03-02"],
            "Date de certification (--certified) : cette date n'est pas encore arrivée",
            "Date of certification (--certified): this date has not come yet",
        ),
        (
            vec![
                "vault",
                "edit",
                doc,
                "--certified",
                "2026-01-14",
                "--title",
                "Autre",
            ],
            "Date de certification (--certified) : avant la date de délivrance",
            "Date of certification (--certified): before the date of issue",
        ),
        (
            // Issued after its certification: refused the same way.
            vec![
                "vault",
                "edit",
                doc,
                "--certified",
                "2026-02-01",
                "--issued",
                "2026-02-02",
            ],
            "avant la date de délivrance",
            "before the date of issue",
        ),
        (
            // Read as every date option is (17/05/2026 too); 30 February does not exist.
            vec!["vault", "edit", doc, "--certified", "30/02/2026"],
            "--certified : date invalide « 30/02/2026 »",
            "--certified: invalid date \"30/02/2026\"",
        ),
    ] {
        cli.fails(&args, INVALID, fr);
        let mut english = vec!["--lang", "en"];
        english.extend_from_slice(&args);
        cli.fails(&english, INVALID, en);
    }
    assert_eq!(shown(&cli, id), before);
    assert_eq!(cli.json(&["vault", "list", "--json"]), vault_before);

    // A refused certification date does not leave the new document behind.
    let other = cli.work_dir().join("diplome.pdf");
    std::fs::write(&other, pdf("diplome")).unwrap();
    let other = other.to_str().unwrap();
    for lang in ["fr", "en"] {
        let run = cli.run(&[
            "--lang",
            lang,
            "vault",
            "add",
            other,
            "--kind",
            "diplomes",
            "--certified",
            "2027-01-01",
        ]);
        assert_eq!(run.code, INVALID, "{}", run.stderr);
    }
    assert_eq!(cli.json(&["vault", "list", "--json"]), vault_before);
}

#[test]
fn a_too_old_criminal_record_is_shown_under_its_piece() {
    let cli = cli();
    let id = application(&cli);
    let piece = record_piece(&cli, &id, &[]);
    // 31 March minus 3 months: 31 December is the oldest accepted.
    let doc = document(&cli, "casier.pdf", "casier", "2025-12-30");
    cli.ok(&["attach", &id, "casier", &doc]);

    let fr = cli.ok(&["show", &id]);
    assert!(
        fr.contains("Extrait de casier judiciaire — de moins de 3 mois (#")
            && fr.contains(
                "\n      ⚠ Délivré le 30 déc. 2025\u{a0}: trop ancien à la date limite (accepté à \
             partir du 31 déc. 2025).\n"
            ),
        "{fr}"
    );
    let en = cli.ok(&["--lang", "en", "show", &id]);
    assert!(
        en.contains(
            "⚠ Issued on 30 Dec 2025: too old on the deadline (accepted from 31 Dec 2025)."
        ),
        "{en}"
    );
    assert_eq!(
        entry(&cli, &id, &piece)["problem"],
        json!({
            "problem": "too_old",
            "dated_on": "2025-12-30",
            "oldest_accepted": "2025-12-31",
            "on_deadline": true
        })
    );

    // A certified copy is asked: the stamp's date is what counts, and a scan has none.
    cli.ok(&["checklist", "require", &id, &piece, "--form", "certifiee"]);
    let fr = cli.ok(&["show", &id]);
    assert!(
        fr.contains(
            "⚠ Copie certifiée conforme demandée\u{a0}: le document joint n'a pas de date de \
             certification"
        ),
        "{fr}"
    );
    assert_eq!(
        entry(&cli, &id, &piece)["problem"],
        json!({"problem": "not_certified"})
    );
    let out = cli.ok(&["vault", "edit", &doc, "--certified", "2026-02-20"]);
    assert!(out.contains("Certifié le 20 févr. 2026"), "{out}");
    assert_eq!(entry(&cli, &id, &piece)["problem"], Value::Null);
    let fr = cli.ok(&["show", &id]);
    assert!(!fr.contains("      ⚠"), "{fr}");
    let list = cli.ok(&["vault", "list"]);
    assert!(list.contains(", certifié le 20 févr. 2026)"), "{list}");
    let list = cli.ok(&["--lang", "en", "vault", "list"]);
    assert!(list.contains(", certified on 20 Feb 2026)"), "{list}");

    // An undated document cannot be checked against an age limit.
    cli.ok(&["checklist", "require", &id, &piece, "--form", "none"]);
    cli.ok(&[
        "vault",
        "edit",
        &doc,
        "--issued",
        "none",
        "--certified",
        "none",
    ]);
    let en = cli.ok(&["--lang", "en", "show", &id]);
    assert!(
        en.contains("⚠ Enter the issue date of the attached document to check its age."),
        "{en}"
    );
}

#[test]
fn vault_edit_changes_only_what_is_given() {
    let cli = cli();
    let doc = document(&cli, "casier.pdf", "casier", "2026-01-05");
    let edited = cli.json(&["vault", "edit", &doc, "--title", "Casier 2026", "--json"]);
    assert_eq!(edited["title"], "Casier 2026");
    assert_eq!(edited["kind"], "criminal_record");
    assert_eq!(edited["issued_on"], "2026-01-05");
    // The kind's rule: accepted 3 months after the issue.
    assert_eq!(edited["valid_until"], "2026-04-04");

    // The rule's end moves with a new issue date; one typed by the user stays.
    let edited = cli.json(&["vault", "edit", &doc, "--issued", "2026-01-10", "--json"]);
    assert_eq!(edited["valid_until"], "2026-04-09");
    let edited = cli.json(&[
        "vault",
        "edit",
        &doc,
        "--valid-until",
        "2026-12-31",
        "--json",
    ]);
    assert_eq!(edited["valid_until"], "2026-12-31");
    let edited = cli.json(&["vault", "edit", &doc, "--issued", "2026-01-12", "--json"]);
    assert_eq!(edited["valid_until"], "2026-12-31");
    let edited = cli.json(&["vault", "edit", &doc, "--valid-until", "none", "--json"]);
    assert_eq!(edited["valid_until"], "2026-04-11");
    assert_eq!(edited["title"], "Casier 2026");

    let out = cli.ok(&[
        "--lang",
        "en",
        "vault",
        "edit",
        &doc,
        "--kind",
        "other",
        "--certified",
        "2026-02-01",
    ]);
    assert!(
        out.starts_with(&format!("Document {doc} changed: \"Casier 2026\" (Other")),
        "{out}"
    );
    assert!(out.contains("Certified on 1 Feb 2026"), "{out}");

    // Added with its certification date.
    let path = cli.work_dir().join("licence.pdf");
    std::fs::write(&path, pdf("licence")).unwrap();
    let out = cli.ok(&[
        "vault",
        "add",
        path.to_str().unwrap(),
        "--kind",
        "diplomes",
        "--issued",
        "2015-07-01",
        "--certified",
        "2026-02-27",
    ]);
    assert!(out.contains("Certifié le 27 févr. 2026"), "{out}");

    cli.fails(&["vault", "edit", &doc], 1, "rien à modifier");
    cli.fails(&["vault", "edit", "999", "--title", "X"], 2, "999");
}

#[test]
fn the_help_names_the_new_options_in_both_languages() {
    let cli = cli();
    let fr = cli.ok(&["checklist", "require", "--help"]);
    assert!(
        fr.contains("--max-age <ÂGE>") && fr.contains("ou none"),
        "{fr}"
    );
    let fr = cli.ok(&["checklist", "--help"]);
    assert!(fr.contains("  require "), "{fr}");
    let en = cli.ok(&["--lang", "en", "vault", "edit", "--help"]);
    assert!(
        en.contains("--certified <DATE>") && en.contains("kind's rule"),
        "{en}"
    );
    let en = cli.ok(&["--lang", "en", "checklist", "add", "--help"]);
    assert!(
        en.contains("--form <FORM>") && en.contains("3months"),
        "{en}"
    );
}
