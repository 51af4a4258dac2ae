//! `export ID --per-piece --max-mb 2 -o DIR`: one PDF per piece, numbered and named after
//! the candidate, each under its limit (checked by qpdf); a piece that cannot fit is named,
//! exit code 7, and nothing is written. In French and English.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::io::Cursor;
use std::path::Path;

use crate::common::{pdf, qpdf_check, Cli};

/// A phone photo of a page: paper with grain, which JPEG cannot squeeze much (a few MB).
fn photo(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2_654_435_761).max(1);
    let img = image::RgbImage::from_fn(width, height, |_, y| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let grain = (x % 60) as u8;
        let ink = if (y / 40) % 3 == 0 { 90 } else { 0 };
        let v = 235u8.saturating_sub(grain).saturating_sub(ink);
        image::Rgb([v, v.saturating_sub(4), v.saturating_sub(12)])
    });
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

/// An application with a CV (PDF) and two photographed pieces attached.
fn application_with_pieces(cli: &Cli) -> String {
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
        "--json",
    ])["id"]
        .to_string();
    let dir = cli.work_dir();
    std::fs::write(dir.join("cv.pdf"), pdf("Aïssata Traoré, juriste")).unwrap();
    std::fs::write(dir.join("licence.jpg"), photo(1800, 2500, 1)).unwrap();
    std::fs::write(dir.join("casier.jpg"), photo(1800, 2500, 2)).unwrap();
    for (file, kind) in [
        ("cv.pdf", "cv"),
        ("licence.jpg", "diploma_copies"),
        ("casier.jpg", "criminal_record"),
    ] {
        let doc = cli.json(&["vault", "add", file, "--kind", kind, "--json"]);
        let doc_id = doc["document"]["id"].to_string();
        if kind != "cv" {
            cli.ok(&["checklist", "add", &id, kind]);
        }
        cli.ok(&["attach", &id, kind, &doc_id]);
    }
    id
}

fn pdfs_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn each_piece_in_its_own_file_under_two_megabytes() {
    let cli = Cli::new();
    let id = application_with_pieces(&cli);
    let photo_size = std::fs::metadata(cli.work_dir().join("licence.jpg"))
        .unwrap()
        .len();
    assert!(
        photo_size > 1_000_000,
        "the photo must need shrinking: {photo_size}"
    );

    let out = cli.ok(&["export", &id, "--per-piece", "--max-mb", "1", "-o", "envoi"]);
    // A new folder named like the dossier, inside the one given.
    let folder = cli.work_dir().join("envoi").join("TRAORE_Aissata_Juriste");
    assert!(out.contains("Pièces écrites dans"), "{out}");
    // In the checklist's order; the cover letter, still missing, is not exported.
    assert_eq!(
        pdfs_in(&folder),
        [
            "01_CV_TRAORE_Aissata.pdf",
            "02_Copies-des-diplomes_TRAORE_Aissata.pdf",
            "03_Extrait-de-casier-judiciaire_TRAORE_Aissata.pdf",
        ],
        "{out}"
    );
    for name in pdfs_in(&folder) {
        let path = folder.join(&name);
        qpdf_check(&path);
        let size = std::fs::metadata(&path).unwrap().len();
        assert!(size <= 1_000_000, "{name} is {size} bytes");
    }

    // --json gives each file and its size; English words for English.
    let json = cli.json(&[
        "--lang",
        "en",
        "export",
        &id,
        "--per-piece",
        "--max-mb",
        "1",
        "-o",
        "again",
        "--json",
    ]);
    assert_eq!(json["fits"], true);
    assert!(json["folder"]
        .as_str()
        .unwrap()
        .ends_with("again/TRAORE_Aissata_Juriste"));
    assert_eq!(json["pieces"].as_array().unwrap().len(), 3);
    assert_eq!(json["pieces"][0]["file_name"], "01_CV_TRAORE_Aissata.pdf");
    assert_eq!(json["pieces"][1]["shrunk"], true);
    let english = cli.ok(&["--lang", "en", "export", &id, "--per-piece", "-o", "envoi"]);
    assert!(english.contains("Pieces written in"), "{english}");
    // The second export into the same place gets a folder of its own.
    assert!(english.contains("TRAORE_Aissata_Juriste (2)"), "{english}");
    assert_eq!(pdfs_in(&folder).len(), 3);
}

#[test]
fn a_piece_that_cannot_fit_is_named_and_nothing_is_written() {
    let cli = Cli::new();
    let id = application_with_pieces(&cli);
    // 30 kB: a photographed page cannot shrink that far and stay legible.
    let run = cli.run(&[
        "export",
        &id,
        "--per-piece",
        "--max-mb",
        "0.03",
        "-o",
        "envoi",
    ]);
    assert_eq!(run.code, 7, "{}", run.stderr);
    assert!(
        run.stderr.contains("« Copies des diplômes »") && run.stderr.contains("rien n'a été écrit"),
        "{}",
        run.stderr
    );
    let envoi = cli.work_dir().join("envoi");
    assert!(
        !envoi.exists() || pdfs_in(&envoi).is_empty(),
        "nothing left behind"
    );

    let run = cli.run(&[
        "--lang",
        "en",
        "export",
        &id,
        "--per-piece",
        "--total-mb",
        "0.5",
        "-o",
        "envoi",
    ]);
    assert_eq!(run.code, 7, "{}", run.stderr);
    assert!(
        run.stderr.contains("together") && run.stderr.contains("nothing was written"),
        "{}",
        run.stderr
    );
    assert!(pdfs_in(&envoi).is_empty(), "nothing left behind");

    // An application with nothing attached has nothing to send, and says so.
    let empty = cli.json(&[
        "add",
        "--title",
        "Comptable",
        "--organization",
        "PAM",
        "--json",
    ])["id"]
        .to_string();
    let run = cli.run(&["export", &empty, "--per-piece", "-o", "vide"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("aucune pièce n'est prête"),
        "{}",
        run.stderr
    );
    assert!(!cli.work_dir().join("vide").exists());

    // A limit without --per-piece is a usage error, said as such.
    let run = cli.run(&["export", &id, "--max-mb", "2"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("--per-piece"), "{}", run.stderr);
}

/// « Format JPEG » for a portal that takes only pictures: with `--jpeg`, or read from the
/// posting the application was imported from and followed by a plain `--per-piece`.
#[test]
fn pieces_as_jpeg_pictures_by_flag_or_as_the_posting_says() {
    let cli = Cli::new();
    let id = application_with_pieces(&cli);
    let out = cli.ok(&[
        "export",
        &id,
        "--per-piece",
        "--jpeg",
        "--max-mb",
        "1",
        "-o",
        "portail",
    ]);
    let folder = cli
        .work_dir()
        .join("portail")
        .join("TRAORE_Aissata_Juriste");
    assert_eq!(
        pdfs_in(&folder),
        [
            "01_CV_TRAORE_Aissata.jpg",
            "02_Copies-des-diplomes_TRAORE_Aissata.jpg",
            "03_Extrait-de-casier-judiciaire_TRAORE_Aissata.jpg",
        ],
        "{out}"
    );
    for name in pdfs_in(&folder) {
        let bytes = std::fs::read(folder.join(&name)).unwrap();
        assert!(bytes.len() <= 1_000_000, "{name} is {} bytes", bytes.len());
        let picture = image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(picture.width() >= 800, "{name}: {}", picture.width());
    }
    // --jpeg is for pieces only.
    cli.fails(&["export", &id, "--jpeg"], 1, "--per-piece");

    // A posting that states its rules: the application keeps them, and `--per-piece`
    // alone follows them.
    std::fs::write(
        cli.work_dir().join("annonce.txt"),
        "AVIS DE RECRUTEMENT\nPoste : Chauffeur\nOrganisation : Institut National de la Statistique\n\
         Pièces à fournir : CV, copies légalisées des diplômes, extrait de casier judiciaire.\n\
         Chaque pièce sera envoyée en fichier séparé au format JPEG, 1 Mo maximum.\n",
    )
    .unwrap();
    let shown = cli.ok(&["import-posting", "annonce.txt"]);
    assert!(
        shown.contains("Envoi des fichiers : Une image JPEG par pièce, 1\u{a0}Mo maximum chacun"),
        "{shown}"
    );
    let created = cli.json(&[
        "import-posting",
        "annonce.txt",
        "--create",
        "--organization",
        "INS Guinée",
        "--json",
    ]);
    assert_eq!(created["draft"]["sending"]["layout"], "per_piece");
    let posted = created["application"]["id"].to_string();
    for kind in ["cv", "diploma_copies"] {
        let doc = cli
            .json(&["vault", "list", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["document"]["kind"] == kind)
            .unwrap()["document"]["id"]
            .to_string();
        cli.ok(&["attach", &posted, kind, &doc]);
    }
    let json = cli.json(&["export", &posted, "--per-piece", "-o", "ins", "--json"]);
    assert_eq!(json["limits"]["format"], "jpeg", "{json}");
    assert_eq!(json["limits"]["per_piece_bytes"], 1_000_000, "{json}");
    let names: Vec<&str> = json["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["file_name"].as_str().unwrap())
        .collect();
    assert!(names.iter().all(|n| n.ends_with(".jpg")), "{names:?}");
}
