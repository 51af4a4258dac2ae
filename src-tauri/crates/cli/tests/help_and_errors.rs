//! The help in French and English (chosen by `--lang`, the app's setting or the locale),
//! and the exit codes and messages of each kind of failure.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common::Cli;
use postulo_core::model::{Language, Settings};
use postulo_core::Store;

fn assert_french_help(text: &str) {
    for word in ["Utilisation : ", "Options :", "Affiche cette aide"] {
        assert!(text.contains(word), "{word:?} missing from:\n{text}");
    }
    for english in ["Usage:", "Print help", "Commands:", "possible values"] {
        assert!(
            !text.contains(english),
            "{english:?} in the French help:\n{text}"
        );
    }
}

#[test]
fn help_is_french_by_default_and_english_when_asked() {
    let mut cli = Cli::new();
    let fr = cli.ok(&["--help"]);
    assert_french_help(&fr);
    assert!(fr.contains("Codes de sortie"), "{fr}");
    assert!(fr.contains("5  notification impossible"), "{fr}");
    for command in [
        "list",
        "show",
        "add",
        "status",
        "import-posting",
        "vault",
        "attach",
        "export",
        "letter",
        "email",
        "ics",
        "reminders",
    ] {
        assert!(fr.contains(command), "{command} not listed:\n{fr}");
    }

    let en = cli.ok(&["--lang", "en", "--help"]);
    assert!(en.contains("Usage: postulo-cli"), "{en}");
    assert!(en.contains("Exit codes"), "{en}");
    assert!(en.contains("Print this help"), "{en}");
    assert!(!en.contains("Codes de sortie"), "{en}");

    // A command's own help, and `help COMMAND` / `aide COMMAND`.
    let export = cli.ok(&["export", "--help"]);
    assert_french_help(&export);
    assert!(export.contains("--email-size <MO>"), "{export}");
    assert!(export.contains("Réduit les scans"), "{export}");
    assert_eq!(cli.ok(&["aide", "export"]), export);
    let en = cli.ok(&["help", "export", "--lang=en"]);
    assert!(en.contains("Shrink scans"), "{en}");
    let due = cli.ok(&["reminders", "due", "--help"]);
    assert!(due.contains("--notify") && due.contains("code 5"), "{due}");

    // The locale, when nothing else says.
    cli.lang_env = "en_US.UTF-8";
    let en = cli.ok(&["--help"]);
    assert!(en.contains("Exit codes"), "{en}");
    let fr = cli.ok(&["--lang", "fr", "vault", "add", "--help"]);
    assert_french_help(&fr);
    assert!(fr.contains("casier judiciaire"), "{fr}");

    // Printing help never creates the database.
    assert!(!cli.data_dir().join("postulo.sqlite3").exists());
}

#[test]
fn the_language_chosen_in_the_app_wins_over_the_locale() {
    let cli = Cli::new();
    let store = Store::open_in(cli.data_dir()).unwrap();
    store
        .update_settings(&Settings {
            language: Language::En,
        })
        .unwrap();
    drop(store);
    let help = cli.ok(&["--help"]);
    assert!(help.contains("Exit codes"), "{help}");
    assert_eq!(cli.ok(&["list"]).trim(), "No application.");
    assert_eq!(
        cli.ok(&["--lang", "fr", "list"]).trim(),
        "Aucune candidature."
    );
    let run = cli.run(&["show", "4"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: application 4 was not found"),
        "{}",
        run.stderr
    );
}

#[test]
fn each_failure_has_its_exit_code_and_a_message_in_the_users_language() {
    let cli = Cli::new();

    // 1: the command line.
    cli.fails(&["envoyer"], 1, "commande inconnue : envoyer");
    cli.fails(&["--lang", "en", "envoyer"], 1, "unknown command: envoyer");
    cli.fails(&["show", "abc"], 1, "n'est pas un numéro valide");
    cli.fails(&["show"], 1, "argument obligatoire manquant");
    cli.fails(&["list", "--colour"], 1, "argument inattendu : --colour");
    cli.fails(&["--lang", "de", "list"], 1, "valeurs possibles : fr, en");
    cli.fails(&["add", "--title", "Poste"], 1, "--organization");
    let run = cli.run::<&str>(&[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("Utilisation"), "{}", run.stderr);

    // 2: not found.
    cli.fails(&["show", "999"], 2, "candidature 999 introuvable");
    cli.fails(&["status", "999", "envoyée"], 2, "introuvable");
    cli.fails(&["ics"], 2, "aucune date limite");
    let id = cli.json(&["add", "--title", "Poste", "--organization", "ONG", "--json"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    cli.fails(&["attach", &id, "criminal_record", "1"], 2, "pas de pièce");
    cli.fails(&["attach", &id, "cv", "42"], 2, "document 42 introuvable");

    // 3: values refused.
    cli.fails(&["status", &id, "gagnée"], 3, "statut inconnu « gagnée »");
    cli.fails(
        &[
            "add",
            "--title",
            "P",
            "--organization",
            "O",
            "--deadline",
            "2026-13-40",
        ],
        3,
        "--deadline : date invalide",
    );
    cli.fails(
        &[
            "add",
            "--title",
            "P",
            "--organization",
            "O",
            "--deadline",
            "2026-05-17",
            "--tz",
            "Mars/Olympus",
        ],
        3,
        "fuseau horaire inconnu",
    );
    cli.fails(
        &[
            "add",
            "--title",
            "P",
            "--organization",
            "O",
            "--email",
            "rh at ong.org",
        ],
        3,
        "Adresse e-mail (--email) : adresse e-mail invalide",
    );
    cli.fails(
        &["add", "--title", " ", "--organization", "O"],
        3,
        "obligatoire",
    );
    let text = cli.work_dir().join("notes.txt");
    std::fs::write(&text, "pas un document").unwrap();
    cli.fails(
        &["vault", "add", text.to_str().unwrap(), "--kind", "cv"],
        3,
        "ni un PDF",
    );
    cli.fails(
        &["vault", "add", text.to_str().unwrap(), "--kind", "bulletin"],
        3,
        "type de pièce inconnu",
    );
    cli.fails(
        &["export", &id, "--email-size", "zéro"],
        3,
        "taille invalide",
    );

    // 6: files.
    cli.fails(
        &["vault", "add", "/nonexistent/cv.pdf", "--kind", "cv"],
        6,
        "le fichier est introuvable",
    );
    cli.fails(
        &["import-posting", "/nonexistent/annonce.pdf"],
        6,
        "introuvable",
    );
    cli.fails(
        &["email", &id, "--dossier", "/nonexistent/dossier.pdf"],
        6,
        "/nonexistent/dossier.pdf",
    );
}

#[test]
fn a_newer_or_busy_database_is_a_data_problem() {
    let cli = Cli::new();
    cli.ok(&["add", "--title", "Poste", "--organization", "ONG"]);
    let db = cli.data_dir().join("postulo.sqlite3");

    // Held by another program past the busy timeout.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('x', 'y');")
        .unwrap();
    let run = cli.run(&["add", "--title", "Autre", "--organization", "ONG"]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(run.stderr.contains("occupée"), "{}", run.stderr);
    conn.execute_batch("ROLLBACK").unwrap();

    // Written by a newer Postulo: refused, and left as it was.
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();
    let run = cli.run(&["list"]);
    assert_eq!(run.code, 4, "{}", run.stderr);
    assert!(
        run.stderr.contains("version plus récente"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}
