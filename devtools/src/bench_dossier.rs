//! `cargo xtask bench-dossier`: the dossier export on a realistic dossier, against a
//! reference run in the same go on the same files.
//!
//! The fixture is written by `../shared/bench/make-dossier-fixture.py` (a 2-page CV and a
//! cover letter as PDF, 12-megapixel phone photos as JPEG, 300-dpi scans as PNG). The
//! reference is what a careful user would script: `img2pdf` on the pictures (no
//! re-encoding either), then `qpdf --empty --pages` to put every file in one PDF. Postulo's
//! export does more (a cover page and list with an embedded font, bookmarks, fsync) and is
//! timed in-process from a release build. Figures only: nothing here passes or fails.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use chrono::NaiveDate;
use postulo_core::dossier::{self, DossierDocument, DossierInput, SizeMode, MB};
use postulo_core::model::{
    Application, ApplyMethod, DocumentKind, Language, PieceFormat, Profile, Status,
};

use crate::stats::{median, runs_ms as list_ms};
use crate::{root, target_dir, Result};

const RUNS: usize = 5;

pub fn run() -> Result {
    // xtask gives the Python venv that holds img2pdf and the fixture's generator.
    let python = PathBuf::from(
        std::env::var_os("POSTULO_PYTHON")
            .ok_or("POSTULO_PYTHON is not set: run this through `cargo xtask bench-dossier`")?,
    );
    let fixture = fixture(&python)?;
    let files = list(&fixture)?;
    let inputs_bytes: u64 = files.iter().map(|f| size(f)).sum();
    let work = target_dir().join("bench-dossier").join("out");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;

    println!("\n== Dossier export (release build) ==");
    println!(
        "fixture: {} files, {:.1} MB ({})",
        files.len(),
        inputs_bytes as f64 / MB as f64,
        fixture.display()
    );
    let input = dossier_input(&files);
    let img2pdf = python.with_file_name(if cfg!(windows) {
        "img2pdf.exe"
    } else {
        "img2pdf"
    });

    // Interleaved, after one warm-up of each, so that the disk cache and a busy moment
    // of the machine treat both alike.
    let (mut t_ref, mut t_ours, mut t_mail) = (Vec::new(), Vec::new(), Vec::new());
    let (mut t_pieces, mut t_jpeg) = (Vec::new(), Vec::new());
    let (mut ref_bytes, mut our_bytes, mut mail, mut pieces) = (0, 0, None, None);
    let mut jpeg = None;
    for run in 0..=RUNS {
        let (t, bytes) = reference(&img2pdf, &files, &work)?;
        let (t2, summary) = export(&input, &work.join("postulo.pdf"), SizeMode::Lossless)?;
        let (t3, mail_summary) = export(
            &input,
            &work.join("postulo-email.pdf"),
            SizeMode::email_default(),
        )?;
        let (t4, pieces_summary) = export_pieces(&input, &work.join("pieces"), PieceFormat::Pdf)?;
        let (t5, jpeg_summary) =
            export_pieces(&input, &work.join("pieces-jpeg"), PieceFormat::Jpeg)?;
        if run > 0 {
            t_ref.push(t);
            t_ours.push(t2);
            t_mail.push(t3);
            t_pieces.push(t4);
            t_jpeg.push(t5);
        }
        ref_bytes = bytes;
        our_bytes = summary.bytes;
        mail = Some(mail_summary);
        pieces = Some(pieces_summary);
        jpeg = Some(jpeg_summary);
    }
    let pages = |p: &Path| -> Result<String> {
        let info = Command::new("pdfinfo")
            .arg(p)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
            .ok_or("pdfinfo (poppler-utils) is needed to count pages")?;
        Ok(info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap_or("?")
            .trim()
            .to_owned())
    };
    let (m_ref, m_ours, m_mail) = (median(&mut t_ref), median(&mut t_ours), median(&mut t_mail));
    println!(
        "reference (img2pdf + qpdf --empty --pages): median {m_ref:.0} ms, {:.2} MB, {} pages  (runs: {})",
        ref_bytes as f64 / MB as f64,
        pages(&work.join("reference.pdf"))?,
        list_ms(&t_ref)
    );
    println!(
        "Postulo, lossless:                         median {m_ours:.0} ms, {:.2} MB, {} pages  (runs: {})",
        our_bytes as f64 / MB as f64,
        pages(&work.join("postulo.pdf"))?,
        list_ms(&t_ours)
    );
    println!(
        "time ratio Postulo / reference:            {:.2}  (target ≤ 0.50)",
        m_ours / m_ref
    );
    println!(
        "size ratio Postulo / inputs:               {:.4}  (target ≤ 1.01)",
        our_bytes as f64 / inputs_bytes as f64
    );
    println!(
        "size ratio Postulo / reference:            {:.4}",
        our_bytes as f64 / ref_bytes as f64
    );
    if let Some(m) = mail {
        println!(
            "Postulo, e-mail mode (limit {:.0} MB):      median {m_mail:.0} ms, {:.2} MB, fits: {}, \
             JPEG quality {} at {} dpi  (runs: {})",
            dossier::DEFAULT_EMAIL_LIMIT as f64 / MB as f64,
            m.bytes as f64 / MB as f64,
            m.fits,
            m.jpeg_quality.map_or("-".into(), |q| q.to_string()),
            m.dpi.map_or("-".into(), |d| d.to_string()),
            list_ms(&t_mail)
        );
        println!(
            "e-mail mode time / reference:              {:.2}  (target ≤ 1.00)",
            m_mail / m_ref
        );
        if let Some(p) = pieces {
            let m_pieces = median(&mut t_pieces);
            let largest = p.pieces.iter().map(|f| f.bytes).max().unwrap_or(0);
            println!(
                "Postulo, one file per piece (≤ {:.0} MB each): median {m_pieces:.0} ms, {} files, \
                 largest {:.2} MB, all fit: {}  (runs: {})",
                PIECE_LIMIT as f64 / MB as f64,
                p.pieces.len(),
                largest as f64 / MB as f64,
                p.fits,
                list_ms(&t_pieces)
            );
            println!(
                "per-piece time / e-mail mode time:         {:.2}  (target ≤ 1.5)",
                m_pieces / m_mail
            );
        }
        if let Some(j) = jpeg {
            let m_jpeg = median(&mut t_jpeg);
            let largest = j.pieces.iter().map(|f| f.bytes).max().unwrap_or(0);
            println!(
                "Postulo, one JPEG per piece (≤ {:.0} MB each): median {m_jpeg:.0} ms, {} files, \
                 largest {:.2} MB, all fit: {}  (runs: {})",
                PIECE_LIMIT as f64 / MB as f64,
                j.pieces.len(),
                largest as f64 / MB as f64,
                j.fits,
                list_ms(&t_jpeg)
            );
            println!(
                "JPEG per-piece time / e-mail mode time:    {:.2}",
                m_jpeg / m_mail
            );
        }
    }
    Ok(())
}

/// Writes the fixture once per version of the generator (it takes a while: numpy noise on
/// 12-megapixel pictures); same script, same seed, same files.
fn fixture(python: &Path) -> Result<PathBuf> {
    let script = root()
        .join("..")
        .join("shared")
        .join("bench")
        .join("make-dossier-fixture.py");
    let source = std::fs::read(&script).map_err(|e| {
        format!(
            "cannot read {} (the shared benchmark fixture script): {e}",
            script.display()
        )
    })?;
    let dir = target_dir().join("bench-dossier").join("fixture");
    let stamp = dir.join(".generator");
    if std::fs::read(&stamp).ok().as_deref() == Some(source.as_slice()) {
        return Ok(dir);
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "\n$ {} {} {}",
        python.display(),
        script.display(),
        dir.display()
    );
    let status = Command::new(python)
        .arg(&script)
        .arg(&dir)
        .status()
        .map_err(|e| format!("cannot start {}: {e}", python.display()))?;
    if !status.success() {
        return Err(format!("the fixture generator failed ({status})"));
    }
    std::fs::write(&stamp, source).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    Ok(dir)
}

/// The fixture's files in name order (its numbering is the checklist's order).
fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(ext(p), "pdf" | "jpg" | "png"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no files in {}", dir.display()));
    }
    Ok(files)
}

fn ext(p: &Path) -> &str {
    p.extension().and_then(|e| e.to_str()).unwrap_or_default()
}

fn size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

fn dossier_input(files: &[PathBuf]) -> DossierInput {
    let documents = files
        .iter()
        .map(|f| {
            let name = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let (kind, label) = match name.as_str() {
                n if n.contains("cv") => (DocumentKind::Cv, "CV"),
                n if n.contains("lettre") => (DocumentKind::CoverLetter, "Lettre de motivation"),
                n if n.contains("scan") => (DocumentKind::Attestations, "Attestations"),
                _ => (DocumentKind::DiplomaCopies, "Copies des diplômes"),
            };
            DossierDocument {
                document_id: None,
                item_id: None,
                kind,
                label: label.to_owned(),
                title: name,
                path: f.clone(),
                mime: match ext(f) {
                    "pdf" => "application/pdf",
                    "jpg" => "image/jpeg",
                    _ => "image/png",
                }
                .to_owned(),
            }
        })
        .collect();
    DossierInput {
        language: Language::Fr,
        profile: Profile {
            first_name: "Aïssata".into(),
            last_name: "Traoré".into(),
            email: Some("aissata.traore@example.org".into()),
            phone: Some("+223 76 12 34 56".into()),
            postal_address: None,
        },
        application: Application {
            id: 1,
            title: "Coordinateur·trice Santé Mentale et Soutien Psychosocial".into(),
            organization: "COOPI".into(),
            organization_type: None,
            reference: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
            location: Some("Bamako, Mali".into()),
            contract: None,
            source_url: None,
            apply_method: Some(ApplyMethod::Email),
            apply_email: Some("assist.admin.bamako@coopi.org".into()),
            apply_subject: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
            apply_cc: Vec::new(),
            apply_url: None,
            apply_address: None,
            deadline: None,
            status: Status::Ready,
            notes: None,
            created_at: String::new(),
            updated_at: String::new(),
        },
        documents,
        prepared_on: NaiveDate::from_ymd_opt(2025, 12, 12).unwrap_or_default(),
    }
}

/// img2pdf on the pictures, then qpdf joining the PDFs and that file in order.
fn reference(img2pdf: &Path, files: &[PathBuf], work: &Path) -> Result<(f64, u64)> {
    let pictures: Vec<&PathBuf> = files.iter().filter(|f| ext(f) != "pdf").collect();
    let documents: Vec<&PathBuf> = files.iter().filter(|f| ext(f) == "pdf").collect();
    let images_pdf = work.join("reference-images.pdf");
    let out = work.join("reference.pdf");
    let start = Instant::now();
    let status = Command::new(img2pdf)
        .args(["--pagesize", "A4", "-o"])
        .arg(&images_pdf)
        .args(&pictures)
        .status()
        .map_err(|e| format!("cannot run {}: {e}", img2pdf.display()))?;
    if !status.success() {
        return Err(format!("img2pdf failed ({status})"));
    }
    let status = Command::new("qpdf")
        .arg("--empty")
        .arg("--pages")
        .args(&documents)
        .arg(&images_pdf)
        .arg("--")
        .arg(&out)
        .status()
        .map_err(|e| format!("cannot run qpdf (apt-get install qpdf): {e}"))?;
    if !status.success() {
        return Err(format!("qpdf failed ({status})"));
    }
    Ok((start.elapsed().as_secs_f64() * 1000.0, size(&out)))
}

/// « Chaque pièce en PDF séparé, 2 Mo maximum », the most common limit in the postings.
const PIECE_LIMIT: u64 = 2 * MB;

/// One file per piece under [`PIECE_LIMIT`], as PDF or (« format JPEG ») as pictures.
fn export_pieces(
    input: &DossierInput,
    folder: &Path,
    format: PieceFormat,
) -> Result<(f64, dossier::PiecesSummary)> {
    let limits = dossier::PieceLimits {
        per_piece_bytes: Some(PIECE_LIMIT),
        total_bytes: None,
        format,
    };
    // A new folder each run (the export never writes over an earlier one): cleared first,
    // outside the time measured.
    let _ = std::fs::remove_dir_all(folder);
    let start = Instant::now();
    let summary = dossier::export_pieces(
        input,
        folder,
        "pieces",
        limits,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .map_err(|e| format!("the per-piece export failed: {e}"))?;
    Ok((start.elapsed().as_secs_f64() * 1000.0, summary))
}

fn export(
    input: &DossierInput,
    dest: &Path,
    mode: SizeMode,
) -> Result<(f64, dossier::DossierSummary)> {
    let start = Instant::now();
    let summary = dossier::export(input, dest, mode, &mut |_| {}, &AtomicBool::new(false))
        .map_err(|e| format!("the dossier export failed: {e}"))?;
    Ok((start.elapsed().as_secs_f64() * 1000.0, summary))
}
