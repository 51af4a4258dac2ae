//! The list exported for a spreadsheet and the job search log, through the built
//! `postulo-cli`, read back by real readers: Python's `csv`, LibreOffice (the CSV converted
//! to .xlsx, then read by openpyxl), openpyxl on our own .xlsx, qpdf, pdftotext and
//! pdftoppm on the log. A missing tool fails the test and says how to install it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{qpdf_check, tool, Cli};
use serde_json::Value;

const TITLE: &str = "Chargé(e) de suivi-évaluation";
const ORGANIZATION: &str = "Médecins du Monde";
/// A title copied from a hostile posting: must never run as a formula.
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\";\"Cliquez ici\")";

/// The checking tools' venv (`cargo xtask test` sets POSTULO_PYTHON), with openpyxl.
fn python() -> PathBuf {
    let path = std::env::var_os("POSTULO_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/python-tools/bin/python")
        });
    assert!(
        path.is_file(),
        "no Python at {} (set POSTULO_PYTHON, or run `cargo xtask test`, which makes the venv \
         from xtask/python-requirements.txt, openpyxl included)",
        path.display()
    );
    path
}

/// Runs a Python script with arguments; its standard output is JSON.
fn py(script: &str, args: &[&Path]) -> Value {
    let out = Command::new(python())
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("Python could not run: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'openpyxl'"),
        "openpyxl is needed: run `cargo xtask test` (xtask/python-requirements.txt) or \
         pip install openpyxl into {}",
        python().display()
    );
    assert!(out.status.success(), "the Python reader failed:\n{stderr}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Two applications, one sent, with a deadline on Abidjan's clock and a link.
fn with_applications() -> Cli {
    let cli = Cli::new();
    let made = cli.json(&[
        "add",
        "--title",
        TITLE,
        "--organization",
        ORGANIZATION,
        "--reference",
        "MDM/2025/014",
        "--location",
        "Ségou",
        "--deadline",
        "2025-03-14T17:00",
        "--tz",
        "Africa/Abidjan",
        "--url",
        "https://emploi.example/annonces/14",
        "--json",
    ]);
    let id = made["id"].as_i64().unwrap().to_string();
    cli.ok(&[
        "status",
        id.as_str(),
        "envoyée",
        "--note",
        "Envoyé par e-mail à l’équipe RH",
    ]);
    cli.ok(&["add", "--title", FORMULA, "--organization", "ONG « Œuvre »"]);
    cli
}

#[test]
fn the_csv_is_read_by_python_and_by_libreoffice_with_accents_dates_and_no_formula() {
    let cli = with_applications();
    let csv = cli.work_dir().join("candidatures.csv");
    let out = cli.json(&["export-list", "-o", csv.to_str().unwrap(), "--json"]);
    assert_eq!(out["rows"], 2);
    assert_eq!(out["format"], "csv");
    assert!(
        std::fs::read(&csv)
            .unwrap()
            .starts_with("\u{feff}".as_bytes()),
        "BOM"
    );

    let rows = py(
        r#"
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, delimiter=';'))))
"#,
        &[&csv],
    );
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "Poste");
    assert_eq!(rows[0][7], "Date limite");
    let sent = rows
        .iter()
        .find(|r| r[0] == TITLE)
        .expect("the sent application");
    assert_eq!(sent[1], ORGANIZATION);
    assert_eq!(sent[2], "MDM/2025/014");
    assert_eq!(sent[3], "Ségou");
    assert_eq!(sent[4], "Envoyée");
    assert!(!sent[5].as_str().unwrap().is_empty(), "sent on: {sent:?}");
    assert_eq!(sent[7], "14/03/2025 17:00");
    assert_eq!(sent[8], "Africa/Abidjan");
    assert_eq!(sent[12], "https://emploi.example/annonces/14");
    let hostile = rows.iter().find(|r| r[1] == "ONG « Œuvre »").unwrap();
    assert_eq!(hostile[0], format!("'{FORMULA}"));

    // LibreOffice, as a French user opens the file: `;`, UTF-8, French dates.
    let soffice_profile = tempfile::tempdir().unwrap();
    let converted = tempfile::tempdir().unwrap();
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            soffice_profile.path().display()
        ))
        .args([
            "--headless",
            "--infilter=CSV:59,34,76,1,,1036",
            "--convert-to",
            "xlsx",
        ])
        .arg("--outdir")
        .arg(converted.path())
        .arg(&csv)
        .env("HOME", soffice_profile.path())
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "LibreOffice (soffice) is needed by this test and could not run: {e}; \
                 install it with `sudo apt-get install libreoffice-calc` (cargo xtask test \
                 installs it)"
            )
        });
    let xlsx = converted.path().join("candidatures.xlsx");
    assert!(
        xlsx.is_file(),
        "LibreOffice did not convert the CSV:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let sheet = py(
        r#"
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
rows = []
for row in ws.iter_rows():
    rows.append([[c.data_type, c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value]
                 for c in row])
print(json.dumps(rows))
"#,
        &[&xlsx],
    );
    let sheet = sheet.as_array().unwrap();
    let cell = |row: &Value, i: usize| row[i].clone();
    let sent = sheet
        .iter()
        .find(|r| r[0][1] == TITLE)
        .expect("the accented title");
    assert_eq!(cell(sent, 1)[1], ORGANIZATION);
    assert_eq!(
        cell(sent, 7),
        serde_json::json!(["d", "2025-03-14T17:00:00"]),
        "a date"
    );
    let hostile = sheet
        .iter()
        .find(|r| r[1][1] == "ONG « Œuvre »")
        .expect("the « Œuvre » row");
    assert_ne!(cell(hostile, 0)[0], "f", "never a formula: {hostile:?}");
    assert!(
        cell(hostile, 0)[1].as_str().unwrap().contains("HYPERLINK"),
        "{hostile:?}"
    );
}

#[test]
fn the_xlsx_is_read_by_openpyxl_with_real_dates_a_frozen_bold_header_and_a_filter() {
    let cli = with_applications();
    let xlsx = cli.work_dir().join("candidatures.xlsx");
    let said = cli.ok(&["export-list", "-o", "candidatures.xlsx"]);
    assert!(
        said.contains("Liste écrite") && said.contains("2 candidatures"),
        "{said}"
    );
    let book = py(
        r#"
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rows = [[c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value for c in row]
        for row in ws.iter_rows()]
kinds = [[c.data_type for c in row] for row in ws.iter_rows()]
print(json.dumps({
    'title': ws.title, 'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,
    'bold': all(c.font.b for c in ws[1]), 'rows': rows, 'kinds': kinds,
    'deadline_format': ws['H2'].number_format if ws['A2'].value != '' else None,
    'formats': [[c.number_format for c in row] for row in ws.iter_rows(min_row=2)],
    'width': ws.column_dimensions['A'].width,
}))
"#,
        &[&xlsx],
    );
    assert_eq!(book["title"], "Candidatures");
    assert_eq!(book["freeze"], "A2");
    assert_eq!(book["filter"], "A1:M3");
    assert_eq!(book["bold"], true);
    assert!(book["width"].as_f64().unwrap() > 20.0, "{}", book["width"]);
    let rows = book["rows"].as_array().unwrap();
    let i = rows.iter().position(|r| r[0] == TITLE).unwrap();
    let sent = &rows[i];
    assert_eq!(sent[4], "Envoyée");
    assert_eq!(sent[7], "2025-03-14T17:00:00");
    assert_eq!(book["formats"][i - 1][7], "dd/mm/yyyy hh:mm");
    assert!(
        sent[5].as_str().unwrap().ends_with("T00:00:00"),
        "a day: {}",
        sent[5]
    );
    assert_eq!(book["formats"][i - 1][5], "dd/mm/yyyy");
    assert_eq!(book["kinds"][i][10], "n", "a count is a number");
    let j = rows.iter().position(|r| r[1] == "ONG « Œuvre »").unwrap();
    assert_eq!(rows[j][0], FORMULA, "the title as it is");
    assert_eq!(book["kinds"][j][0], "s", "a string, never a formula");

    // English: the same file in English words and ISO days.
    let en = cli.work_dir().join("applications.xlsx");
    cli.ok(&["--lang", "en", "export-list", "-o", en.to_str().unwrap()]);
    let book = py(
        r#"
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps({'title': ws.title, 'head': [c.value for c in ws[1]],
                  'formats': [c.number_format for c in ws[2]]}))
"#,
        &[&en],
    );
    assert_eq!(book["title"], "Applications");
    assert_eq!(book["head"][0], "Position");
    assert!(book["formats"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "yyyy-mm-dd hh:mm"));
}

#[test]
fn the_filters_are_the_lists_and_bad_names_are_said_in_the_users_language() {
    let cli = with_applications();
    let out = cli.json(&[
        "export-list",
        "-o",
        "envoyees.csv",
        "--status",
        "envoyée",
        "--separator",
        ",",
        "--json",
    ]);
    assert_eq!(out["rows"], 1);
    let text = std::fs::read_to_string(cli.work_dir().join("envoyees.csv")).unwrap();
    assert!(
        text.contains(&format!("\r\n\"{TITLE}\",")) || text.contains(&format!("\r\n{TITLE},")),
        "{text}"
    );
    let listed = cli.json(&["list", "--status", "envoyée", "--json"]);
    assert_eq!(
        listed.as_array().unwrap().len(),
        1,
        "the same filter as list"
    );
    let searched = cli.json(&[
        "export-list",
        "-o",
        "s.csv",
        "--search",
        "evaluation",
        "--json",
    ]);
    assert_eq!(searched["rows"], 1);

    let run = cli.run(&["export-list", "-o", "liste.ods"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("format inconnu") && run.stderr.contains(".csv ou .xlsx"),
        "{}",
        run.stderr
    );
    let run = cli.run(&["--lang", "en", "export-list", "-o", "list.ods"]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("must end in .csv or .xlsx"),
        "{}",
        run.stderr
    );
    let run = cli.run(&["export-list", "-o", "l.csv", "--separator", "|"]);
    assert_eq!(run.code, 1, "{}", run.stderr);

    let missing = cli.work_dir().join("absent").join("liste.csv");
    let run = cli.run(&["export-list", "-o", missing.to_str().unwrap()]);
    assert_eq!(run.code, 6, "{}", run.stderr);
    assert!(run.stderr.contains("absent"), "{}", run.stderr);
    assert!(!cli.work_dir().join("absent").exists());
}

#[test]
fn the_log_is_a_valid_pdf_whose_text_and_pages_read_right() {
    let cli = with_applications();
    // Applications are created on the real clock: a period around today holds them.
    let today = chrono::Utc::now().date_naive();
    let from = (today - chrono::Duration::days(1)).to_string();
    let to = (today + chrono::Duration::days(1)).to_string();
    let pdf = cli.work_dir().join("journal.pdf");
    let out = cli.json(&[
        "report",
        "--from",
        &from,
        "--to",
        &to,
        "-o",
        pdf.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out["applications"], 2);
    assert_eq!(out["pages"], 1);
    qpdf_check(&pdf);
    let text = tool(
        "pdftotext",
        &["-layout".as_ref(), pdf.as_os_str(), "-".as_ref()],
    );
    for wanted in [
        "Journal de recherche d’emploi",
        TITLE,
        ORGANIZATION,
        "MDM/2025/014",
        "Envoyée",
        "Envoyé par e-mail à l’équipe RH",
        "14 mars 2025, 17:00 (heure d’Abidjan)",
        "ONG « Œuvre »",
        "Page 1 / 1",
        "2 candidatures",
    ] {
        assert!(text.contains(wanted), "{wanted:?} missing from:\n{text}");
    }
    // One page drawn at 60 dpi, for a person to look at (kept beside the PDF).
    let png = cli.work_dir().join("journal-page");
    tool(
        "pdftoppm",
        &[
            "-png".as_ref(),
            "-r".as_ref(),
            "60".as_ref(),
            "-singlefile".as_ref(),
            pdf.as_os_str(),
            png.as_os_str(),
        ],
    );
    assert!(std::fs::metadata(png.with_extension("png")).unwrap().len() > 5_000);

    // An empty period: a one-page log that says so, and a warning.
    let run = cli.run(&[
        "report",
        "--from",
        "2001-01-01",
        "--to",
        "2001-01-31",
        "-o",
        "vide.pdf",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("aucune candidature"), "{}", run.stderr);
    let empty = cli.work_dir().join("vide.pdf");
    qpdf_check(&empty);
    let text = tool("pdftotext", &[empty.as_os_str(), "-".as_ref()]);
    assert!(
        text.contains("Aucune candidature n’a eu d’activité"),
        "{text}"
    );

    let run = cli.run(&["report", "--from", &to, "--to", &from, "-o", "x.pdf"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("est après --to"), "{}", run.stderr);
    let run = cli.run(&[
        "--lang",
        "en",
        "report",
        "--from",
        "31/02/2025",
        "--to",
        &to,
        "-o",
        "x.pdf",
    ]);
    assert_eq!(run.code, 3);
    // The same parser as every date option: 17/05/2026 is read, 31 February is not.
    assert!(
        run.stderr
            .contains("--from: invalid date \"31/02/2025\" (expected: 2026-05-17 or 17/05/2026)"),
        "{}",
        run.stderr
    );
    assert!(!cli.work_dir().join("x.pdf").exists());
}
