//! What every `-o` says when its file cannot be written (which folder, and why, in the
//! user's language; never the system's English nor the hidden temporary file), the names
//! a command refuses because the file would not be what its name says, and the counts of
//! the messages, each with its language's plural.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common::Cli;

fn cli() -> Cli {
    let cli = Cli::new();
    cli.json(&[
        "add",
        "--title",
        "Comptable",
        "--organization",
        "OIM",
        // A deadline, so that `ics` has something to write.
        "--deadline",
        "2099-05-20",
        "--json",
    ]);
    cli
}

#[test]
fn an_output_that_cannot_be_written_names_its_folder_and_why() {
    let cli = cli();
    let cases: [&[&str]; 5] = [
        &["export-list", "-o", "/nonexistent/dir/x.csv"],
        &["export-list", "-o", "/nonexistent/dir/x.xlsx"],
        &[
            "report",
            "--from",
            "2001-01-01",
            "--to",
            "2099-12-31",
            "-o",
            "/nonexistent/dir/x.pdf",
        ],
        &["backup", "/nonexistent/dir/x.zip"],
        &["ics", "1", "-o", "/nonexistent/dir/x.ics"],
    ];
    for args in cases {
        let name = args
            .iter()
            .find(|a| a.starts_with("/nonexistent"))
            .unwrap()
            .trim_start_matches("/nonexistent/dir/");
        let run = cli.run(args);
        assert_eq!(run.code, 6, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "impossible d'écrire {name} dans /nonexistent/dir : ce dossier n'existe pas ; \
                 rien n'a été écrit"
            )),
            "{args:?}: {}",
            run.stderr
        );
        for leak in [".postulo-", "os error", "No such file"] {
            assert!(!run.stderr.contains(leak), "{args:?}: {}", run.stderr);
        }
        let mut english = vec!["--lang", "en"];
        english.extend_from_slice(args);
        let run = cli.run(&english);
        assert_eq!(run.code, 6, "{english:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "cannot write {name} in /nonexistent/dir: this folder does not exist; nothing \
                 was written"
            )),
            "{english:?}: {}",
            run.stderr
        );
    }

    // A file where a folder should be.
    std::fs::write(cli.work_dir().join("fichier"), "x").unwrap();
    let run = cli.run(&["export-list", "-o", "fichier/liste.csv"]);
    assert_eq!(run.code, 6, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("impossible d'écrire liste.csv dans fichier : ce n'est pas un dossier"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_name_that_is_not_the_files_format_is_refused() {
    let cli = cli();
    let run = cli.run(&[
        "report",
        "--from",
        "01/01/2001",
        "--to",
        "31/01/2001",
        "-o",
        "x.txt",
    ]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("-o x.txt : le journal est un PDF : donnez un nom en .pdf"),
        "{}",
        run.stderr
    );
    assert!(!cli.work_dir().join("x.txt").exists());
    let run = cli.run(&[
        "--lang",
        "en",
        "report",
        "--from",
        "2001-01-01",
        "--to",
        "2001-01-31",
        "-o",
        "x",
    ]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the log is a PDF: give a name ending in .pdf"),
        "{}",
        run.stderr
    );
    let run = cli.run(&["export", "1", "-o", "dossier.docx"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("le dossier est un PDF"),
        "{}",
        run.stderr
    );
    let run = cli.run(&["export-list", "-o", "liste.txt"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains(".csv ou .xlsx"), "{}", run.stderr);
    // Any case of the right extension is the right format.
    cli.ok(&[
        "report",
        "--from",
        "01/01/2001",
        "--to",
        "31/01/2001",
        "-o",
        "JOURNAL.PDF",
    ]);
}

/// French counts 0 as one, English only 1: « 0 candidature », "0 applications".
#[test]
fn counts_follow_each_languages_plural() {
    let cli = cli();
    let period = ["--from", "2001-01-01", "--to", "2001-01-31"];
    let fr = cli.ok(&[&["report"][..], &period, &["-o", "vide.pdf"]].concat());
    assert!(fr.contains("(0 candidature, 1 page)"), "{fr}");
    let en = cli.ok(&[
        &["--lang", "en", "report"][..],
        &period,
        &["-o", "empty.pdf"],
    ]
    .concat());
    assert!(en.contains("(0 applications, 1 page)"), "{en}");
    let en = cli.ok(&["--lang", "en", "export-list", "-o", "one.csv"]);
    assert!(en.contains("(1 application)"), "{en}");
    let en = cli.ok(&[
        "--lang",
        "en",
        "export-list",
        "-o",
        "none.csv",
        "--status",
        "sent",
    ]);
    assert!(en.contains("(0 applications)"), "{en}");
    let fr = cli.ok(&["export-list", "-o", "aucune.csv", "--status", "sent"]);
    assert!(fr.contains("(0 candidature)"), "{fr}");
}
