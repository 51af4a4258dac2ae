//! `paper ID [-o FILE] [--envelope dl|c5|c4]`: the paper file as one print-ready PDF (cover
//! sheet, checklist, envelope label), read back by poppler; a wrong envelope or output is
//! refused with a clear message and nothing written. In French and English.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common;

use crate::common::{pdf_pages, qpdf_check, tool, Cli};

fn application(cli: &Cli) -> String {
    cli.ok(&[
        "profile",
        "set",
        "--first-name",
        "Aïssata",
        "--last-name",
        "Traoré",
    ]);
    let id = cli.json(&[
        "add",
        "--title",
        "Juriste",
        "--organization",
        "Ministère de la Justice",
        "--reference",
        "AVIS 2026-07",
        "--json",
    ])["id"]
        .to_string();
    cli.ok(&["checklist", "add", &id, "criminal_record"]);
    id
}

fn text_of(pdf: &std::path::Path, page: usize) -> String {
    let page = page.to_string();
    tool(
        "pdftotext",
        &[
            "-f".as_ref(),
            page.as_ref(),
            "-l".as_ref(),
            page.as_ref(),
            pdf.as_os_str(),
            "-".as_ref(),
        ],
    )
    .replace('\u{a0}', " ")
}

#[test]
fn the_paper_file_is_written_under_the_dossiers_name() {
    let cli = Cli::new();
    let id = application(&cli);
    let out = cli.ok(&["paper", &id, "--envelope", "C5"]);
    let file = cli
        .work_dir()
        .join("TRAORE_Aissata_Juriste_AVIS-2026-07_papier.pdf");
    assert!(out.contains("Dossier papier écrit"), "{out}");
    assert!(out.contains("étiquette C5"), "{out}");
    assert!(file.is_file(), "{out}");
    qpdf_check(&file);
    assert_eq!(pdf_pages(&file), 3);
    let cover = text_of(&file, 1);
    assert!(
        cover.contains("Objet : candidature au poste de Juriste"),
        "{cover}"
    );
    assert!(cover.contains("Réf. : AVIS 2026-07"), "{cover}");
    let checklist = text_of(&file, 2);
    assert!(
        checklist.contains("Extrait de casier judiciaire"),
        "{checklist}"
    );

    let out = cli.ok(&["--lang", "en", "paper", &id, "-o", "paper.pdf"]);
    assert!(out.contains("Paper file written"), "{out}");
    assert!(out.contains("C4 envelope label"), "{out}");
    let cover = text_of(&cli.work_dir().join("paper.pdf"), 1);
    assert!(
        cover.contains("Subject: application for the position of Juriste"),
        "{cover}"
    );
}

#[test]
fn a_wrong_envelope_or_output_is_refused_and_nothing_is_written() {
    let cli = Cli::new();
    let id = application(&cli);
    let run = cli.run(&["paper", &id, "--envelope", "a4"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("a4"), "{}", run.stderr);
    cli.fails(
        &["paper", &id, "-o", "dossier.docx"],
        3,
        "donnez un nom en .pdf",
    );
    cli.fails(&["paper", "999", "-o", "x.pdf"], 2, "999");
    assert!(!cli.work_dir().join("x.pdf").exists());
    assert!(!cli.work_dir().join("dossier.docx").exists());
}

#[test]
fn the_receipt_of_a_file_handed_in_is_recorded_with_its_photo() {
    let cli = Cli::at("2026-03-10T09:00:00Z");
    let id = application(&cli);
    std::fs::write(cli.work_dir().join("recepisse.jpg"), common::jpeg(600, 800)).unwrap();
    let out = cli.ok(&[
        "receipt",
        &id,
        "--on",
        "09/03/2026",
        "--place",
        "Bureau du courrier",
        "--number",
        "N° 2026/0457",
        "--photo",
        "recepisse.jpg",
    ]);
    assert!(
        out.contains("Récépissé enregistré pour la candidature")
            && out.contains("déposé le 9 mars 2026 à Bureau du courrier, N° 2026/0457")
            && out.contains("statut : Envoyée"),
        "{out}"
    );
    let kept = cli.json(&[
        "receipt",
        &id,
        "--on",
        "09/03/2026",
        "--number",
        "N° 2026/0475",
        "--json",
    ]);
    assert_eq!(kept["number"], "N° 2026/0475");
    assert_eq!(kept["handed_in_on"], "2026-03-09");
    let vault = cli.ok(&["vault", "list"]);
    assert!(
        vault.contains("Récépissé — Ministère de la Justice"),
        "{vault}"
    );
}

#[test]
fn a_receipt_in_the_future_or_with_a_missing_photo_is_refused() {
    let cli = Cli::at("2026-03-10T09:00:00Z");
    let id = application(&cli);
    let run = cli.run(&["receipt", &id, "--on", "11/03/2026"]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    let run = cli.run(&["receipt", &id, "--photo", "absent.jpg"]);
    assert_ne!(run.code, 0, "{}", run.stdout);
    assert!(
        run.stderr.contains("absent.jpg") || run.stderr.contains("introuvable"),
        "{}",
        run.stderr
    );
    let show = cli.ok(&["show", &id]);
    assert!(show.contains("À préparer"), "{show}");
}
