//! `letter ID`: the cover letter as PDF (read back by poppler) or .docx, from Postulo's
//! template or the candidate's own; unknown fields, a missing template and a wrong file
//! name refused with a clear message and nothing written; `--attach` puts it in the vault
//! on the cover-letter piece. In French and English.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use crate::common::{qpdf_check, tool, Cli};

fn application(cli: &Cli) -> String {
    cli.ok(&[
        "profile",
        "set",
        "--first-name",
        "Aïssata",
        "--last-name",
        "Traoré",
    ]);
    cli.json(&[
        "add",
        "--title",
        "Assistant administratif",
        "--organization",
        "UNESCO Abidjan",
        "--reference",
        "VA-2026-14",
        "--json",
    ])["id"]
        .to_string()
}

fn text_of(pdf: &std::path::Path) -> String {
    tool("pdftotext", &[pdf.as_os_str(), "-".as_ref()]).replace('\u{a0}', " ")
}

#[test]
fn the_letter_is_written_as_pdf_or_docx() {
    let cli = Cli::new();
    let id = application(&cli);
    let out = cli.ok(&["letter", &id, "--place", "Abidjan"]);
    let pdf = cli.work_dir().join("lettre-de-motivation.pdf");
    assert!(out.contains("Lettre écrite"), "{out}");
    qpdf_check(&pdf);
    let text = text_of(&pdf);
    for expected in [
        "Aïssata TRAORÉ",
        "UNESCO Abidjan",
        "Abidjan, le ",
        "Objet : Candidature au poste d’Assistant administratif",
        "Réf. : VA-2026-14",
        "Madame, Monsieur,",
        "salutations distinguées",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }

    // In English, as a .docx: a Word package with the letter's words.
    cli.ok(&["--lang", "en", "letter", &id, "-o", "letter.docx"]);
    let docx = std::fs::read(cli.work_dir().join("letter.docx")).unwrap();
    assert!(docx.starts_with(b"PK"), "a .docx is a zip");
    assert!(
        docx.windows(17).any(|w| w == b"word/document.xml"),
        "no word/document.xml"
    );
}

#[test]
fn the_candidates_template_is_used_and_its_mistakes_said() {
    let cli = Cli::new();
    let id = application(&cli);
    std::fs::write(
        cli.work_dir().join("modele.txt"),
        "Je postule au poste de {Poste} chez {Organisation}.\n\nDisponible dès le {Date du jour}.",
    )
    .unwrap();
    cli.ok(&[
        "letter",
        &id,
        "--template",
        "modele.txt",
        "-o",
        "mienne.pdf",
    ]);
    let text = text_of(&cli.work_dir().join("mienne.pdf"));
    assert!(
        text.contains("Je postule au poste de Assistant administratif chez UNESCO Abidjan."),
        "{text}"
    );

    // A field that does not exist: named, with the ones that do, and nothing written.
    std::fs::write(
        cli.work_dir().join("faux.txt"),
        "Salaire souhaité : {Salaire}. {Poste}",
    )
    .unwrap();
    cli.fails(
        &["letter", &id, "--template", "faux.txt", "-o", "faux.pdf"],
        3,
        "le modèle nomme des champs inconnus : {Salaire}",
    );
    assert!(!cli.work_dir().join("faux.pdf").exists());
    cli.fails(
        &["--lang", "en", "letter", &id, "--template", "faux.txt"],
        3,
        "Fields it may use: {Position}",
    );
    // A template that is not there, a name that is neither PDF nor Word.
    cli.fails(
        &["letter", &id, "--template", "absent.txt"],
        6,
        "absent.txt",
    );
    cli.fails(&["letter", &id, "-o", "lettre.txt"], 3, ".pdf ou .docx");
    cli.fails(&["letter", "999"], 2, "999");
}

#[test]
fn attach_keeps_the_letter_on_the_cover_letter_piece() {
    let cli = Cli::new();
    let id = application(&cli);
    let out = cli.ok(&["letter", &id, "--attach"]);
    assert!(
        out.contains("Jointe à la pièce « Lettre de motivation »"),
        "{out}"
    );
    let vault = cli.json(&["vault", "list", "--json"]);
    let letters: Vec<&serde_json::Value> = vault
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["document"]["kind"] == "cover_letter")
        .collect();
    assert_eq!(letters.len(), 1, "{vault}");
    assert_eq!(
        letters[0]["document"]["title"],
        "Lettre de motivation — UNESCO Abidjan"
    );
    assert_eq!(
        letters[0]["used_by"][0]["application"]["id"].to_string(),
        id
    );
}

#[test]
fn a_letter_asked_by_hand_is_written_as_a_draft_and_never_attached() {
    let cli = Cli::new();
    let id = application(&cli);
    let shown = cli.json(&["show", &id, "--json"]);
    let piece = shown["checklist"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["item"]["kind"] == "cover_letter")
        .map(|e| e["item"]["id"].to_string())
        .unwrap();
    let out = cli.ok(&["checklist", "require", &id, &piece, "--handwritten", "oui"]);
    assert!(out.contains("À écrire à la main"), "{out}");

    // The draft is written, with the reminder.
    let out = cli.ok(&["letter", &id, "-o", "brouillon.pdf"]);
    assert!(out.contains("écrite à la main"), "{out}");
    assert!(text_of(&cli.work_dir().join("brouillon.pdf")).contains("Madame, Monsieur,"));

    // Attaching it is refused, and the vault stays empty.
    cli.fails(
        &["letter", &id, "--attach", "-o", "autre.pdf"],
        3,
        "écrite à la main",
    );
    cli.fails(
        &["--lang", "en", "letter", &id, "--attach"],
        3,
        "handwritten",
    );
    let vault = cli.json(&["vault", "list", "--json"]);
    assert_eq!(vault.as_array().unwrap().len(), 0, "{vault}");

    // A word that is neither yes nor no changes nothing.
    cli.fails(
        &[
            "checklist",
            "require",
            &id,
            &piece,
            "--handwritten",
            "peut-être",
        ],
        3,
        "ni oui ni non",
    );
    let out = cli.ok(&["checklist", "require", &id, &piece, "--handwritten", "non"]);
    assert!(!out.contains("à la main"), "{out}");
    let out = cli.ok(&["letter", &id, "--attach", "-o", "tapee.pdf"]);
    assert!(!out.contains("écrite à la main"), "{out}");
    assert!(out.contains("Jointe à la pièce"), "{out}");
}
