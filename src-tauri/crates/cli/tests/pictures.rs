//! `import-posting` reads postings that arrive as pictures: a phone photo and a scanned
//! PDF, made from a posting of the corpus, with their fields and the words to check.
//! Needs Tesseract (`cargo xtask test` installs it).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::Path;

use crate::common::Cli;
use postulo_core::ocr::testset;

fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures/posting-corpus")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_photographed_posting_becomes_an_application_and_a_scan_is_read_page_by_page() {
    let cli = Cli::new();
    let text = corpus("18_mds-douala-community-manager.txt");
    let page = testset::scan(&text).remove(0);
    let photo = cli.work_dir().join("annonce.jpg");
    std::fs::write(&photo, testset::phone_photo(&page, 3).jpeg).unwrap();

    let shown = cli.run(&["import-posting".as_ref(), photo.as_os_str()]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(
        shown.stderr.contains("Lecture du texte de l'image…"),
        "{}",
        shown.stderr
    );
    assert!(
        shown.stdout.contains("Texte lu dans une image (fiabilité"),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("CM-R1-PAC-2026"), "{}", shown.stdout);

    let created = cli.json(&[
        "import-posting".as_ref(),
        photo.as_os_str(),
        "--create".as_ref(),
        // The parser leaves this posting's employer empty rather than guess it.
        "--organization".as_ref(),
        "MDS Douala".as_ref(),
        "--json".as_ref(),
    ]);
    assert!(
        created["draft"]["recognized"]["confidence"]
            .as_u64()
            .unwrap()
            >= 60
    );
    assert_eq!(created["application"]["reference"], "CM-R1-PAC-2026");
    // The posting's text kept with the application is the text read.
    let id = created["application"]["id"].as_i64().unwrap().to_string();
    let shown = cli.ok(&["show", id.as_str()]);
    assert!(shown.contains("CM-R1-PAC-2026"), "{shown}");

    // A scanned notice of several pages: progress per page on stderr, --json on stdout.
    let long = corpus("01_fenosci-comptable-principal.txt");
    let pages = testset::scan(&long);
    assert!(pages.len() >= 2);
    let scan = cli.work_dir().join("avis scanné.pdf");
    std::fs::write(&scan, testset::scanned_pdf(&pages)).unwrap();
    let run = cli.run(&[
        "import-posting".as_ref(),
        scan.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let last = format!("page {} sur {}", pages.len(), pages.len());
    assert!(run.stderr.contains(&last), "{}", run.stderr);
    let read: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(read["draft"]["recognized"]["pages_read"], pages.len());
}

#[test]
fn a_picture_without_text_is_said_in_the_users_language() {
    let cli = Cli::new();
    let blank = cli.work_dir().join("vide.png");
    std::fs::write(
        &blank,
        testset::png(&image::GrayImage::from_pixel(900, 1200, image::Luma([245]))),
    )
    .unwrap();
    let run = cli.run(&["import-posting".as_ref(), blank.as_os_str()]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr
            .contains("aucun texte n'a été reconnu dans cette image"),
        "{}",
        run.stderr
    );
    let run = cli.run(&[
        "--lang".as_ref(),
        "en".as_ref(),
        "import-posting".as_ref(),
        blank.as_os_str(),
    ]);
    assert!(
        run.stderr
            .contains("no text was recognized in this picture"),
        "{}",
        run.stderr
    );
    assert_eq!(cli.json(&["list", "--json"]), serde_json::json!([]));
}

#[test]
fn the_vault_is_searched_by_what_its_documents_say_and_their_suggestions_applied() {
    let cli = Cli::new();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/documents");
    let licence = std::fs::read_to_string(fixtures.join("licence-ouagadougou.txt")).unwrap();
    // A diploma photographed and filed as « Autre », without its date.
    let page = testset::scan(&licence).remove(0);
    let photo = cli.work_dir().join("IMG_0412.jpg");
    std::fs::write(&photo, testset::phone_photo(&page, 5).jpeg).unwrap();
    let added = cli.json(&[
        "vault".as_ref(),
        "add".as_ref(),
        photo.as_os_str(),
        "--kind".as_ref(),
        "other".as_ref(),
        "--json".as_ref(),
    ]);
    let id = added["document"]["id"].as_i64().unwrap().to_string();

    // The search reads the documents not read yet first, then finds it by its content.
    let found = cli.run(&["vault", "search", "ouagadougou"]);
    assert_eq!(found.code, 0, "{}", found.stderr);
    assert!(
        found.stderr.contains("Lecture du texte de 1 document(s)…"),
        "{}",
        found.stderr
    );
    assert!(found.stdout.contains("« IMG_0412 »"), "{}", found.stdout);
    assert!(found.stdout.contains("[Ouagadougou]"), "{}", found.stdout);
    assert_eq!(
        cli.ok(&["vault", "search", "Kinshasa"]).trim(),
        "Aucun document ne dit cela."
    );
    let hits = cli.json(&["vault", "search", "LICENCE", "economiques", "--json"]);
    assert_eq!(hits[0]["document_id"].as_i64().unwrap().to_string(), id);

    // The list says what the text suggests; applying it sets the kind and the date.
    let listed = cli.ok(&["vault", "list"]);
    assert!(
        listed.contains("lu dans le document : Copies des diplômes, délivré le 20 déc. 2019"),
        "{listed}"
    );
    cli.fails(
        &["vault", "suggestion", &id],
        1,
        "Dites --apply ou --ignore.",
    );
    let applied = cli.ok(&["vault", "suggestion", &id, "--apply"]);
    assert!(applied.contains("mis à jour"), "{applied}");
    let doc = cli.json(&["vault", "list", "--json"]);
    assert_eq!(doc[0]["document"]["kind"], "diploma_copies");
    assert_eq!(doc[0]["document"]["issued_on"], "2019-12-20");
    assert!(doc[0]["suggestion"].is_null());
    let again = cli.ok(&["vault", "suggestion", &id, "--ignore"]);
    assert_eq!(
        again.trim(),
        "Le texte de ce document ne propose rien de plus."
    );
}
