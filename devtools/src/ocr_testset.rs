//! `ocr-testset [DIR...] [--limit N] [--out DIR]`: makes issue 15's test set from postings
//! whose text is known, reads it back with the import's OCR, and prints what a candidate
//! gets: character accuracy, the critical fields against the same posting read as text,
//! the sheet's corners in phone photos, and the time per page.
//!
//! The pictures are written to `target/ocr-testset/<kind>/` with an `expected.json`, so
//! that `cargo xtask posting-report target/ocr-testset/photo` measures every field on them
//! as on text files. Nothing here is fitted: the generator and the OCR never saw the
//! figures.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use postulo_core::ocr::{geometry, testset};
use postulo_core::posting::report::ExpectedRecord;
use postulo_core::posting::{draft_from_text, text_of_file, DraftFieldName, PostingDraft};

use crate::stats::{median, percentile};
use crate::{root, target_dir, Result};

/// The kinds of picture made, and the extension of each.
const KINDS: [(&str, &str); 4] = [
    ("scan", "png"),
    ("photo", "jpg"),
    ("screenshot", "png"),
    ("pdf", "pdf"),
];

const CRITICAL: [DraftFieldName; 4] = [
    DraftFieldName::Deadline,
    DraftFieldName::ApplyEmail,
    DraftFieldName::EmailSubject,
    DraftFieldName::Reference,
];

const TZ: &str = "Africa/Abidjan";

#[derive(Default)]
struct Kind {
    accuracy: Vec<f64>,
    folded: Vec<f64>,
    fields_same: usize,
    fields_in_text: usize,
    seconds_per_page: Vec<f64>,
    failures: Vec<String>,
}

pub fn run(args: &[String]) -> Result {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut limit = 12usize;
    let mut out = target_dir().join("ocr-testset");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--limit" => {
                limit = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--limit takes a number")?;
            }
            "--out" => out = PathBuf::from(it.next().ok_or("--out takes a folder")?),
            d => dirs.push(PathBuf::from(d)),
        }
    }
    if dirs.is_empty() {
        dirs.push(root().join("tests/fixtures/posting-corpus"));
    }
    let postings = pick(&dirs, limit)?;
    println!(
        "OCR test set: {} postings fitting one page (every kind) from {}; pictures in {}",
        postings.len(),
        dirs.iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        out.display()
    );
    let mut kinds: Vec<Kind> = KINDS.iter().map(|_| Kind::default()).collect();
    let mut records: Vec<Vec<ExpectedRecord>> = KINDS.iter().map(|_| Vec::new()).collect();
    let mut corners_within = 0usize;
    let mut corners_total = 0usize;
    for (kind, _) in KINDS {
        std::fs::create_dir_all(out.join(kind)).map_err(|e| e.to_string())?;
    }
    for (n, (record, text)) in postings.iter().enumerate() {
        let stem = Path::new(&record.file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("posting")
            .to_owned();
        let pages = testset::scan(text);
        let Some(page) = pages.first() else {
            continue;
        };
        let photo = testset::phone_photo(page, n as u64 + 1);
        let made: [Vec<u8>; 4] = [
            testset::png(page),
            photo.jpeg.clone(),
            testset::screenshot(page),
            testset::scanned_pdf(&pages),
        ];
        // The sheet's corners, found in the photo as the import finds them.
        if let Ok(picture) = image_of(&photo.jpeg) {
            corners_total += 1;
            if let Some(found) = geometry::find_sheet(&picture) {
                let [tl, _, br, _] = photo.corners;
                let size = ((br.0 - tl.0).powi(2) + (br.1 - tl.1).powi(2)).sqrt();
                let worst = photo
                    .corners
                    .iter()
                    .zip(found)
                    .map(|(e, f)| ((e.0 - f.0).powi(2) + (e.1 - f.1).powi(2)).sqrt() / size)
                    .fold(0.0f32, f32::max);
                if worst <= 0.02 {
                    corners_within += 1;
                }
            }
        }
        let from_text = draft_from_text(text, TZ);
        for (k, ((kind, ext), bytes)) in KINDS.iter().zip(made).enumerate() {
            let file = format!("{stem}.{ext}");
            std::fs::write(out.join(kind).join(&file), &bytes).map_err(|e| e.to_string())?;
            let mut expected = record.clone();
            expected.file = file.clone();
            records[k].push(expected);
            let started = Instant::now();
            let read = text_of_file(bytes, &file, &mut |_| {}, &AtomicBool::new(false));
            let seconds = started.elapsed().as_secs_f64();
            let stats = &mut kinds[k];
            match read {
                Ok(read) => {
                    let pages_read = read.recognized.as_ref().map_or(1, |r| r.pages_read.max(1));
                    stats.seconds_per_page.push(seconds / pages_read as f64);
                    stats.accuracy.push(accuracy(text, &read.text, false));
                    stats.folded.push(accuracy(text, &read.text, true));
                    let from_picture = draft_from_text(&read.text, TZ);
                    for name in CRITICAL {
                        if let Some(v) = value(&from_text, name) {
                            stats.fields_in_text += 1;
                            let read = value(&from_picture, name);
                            if read.as_deref().map(fold) == Some(fold(&v)) {
                                stats.fields_same += 1;
                            } else {
                                stats.failures.push(format!(
                                    "{file}: {name:?} {v:?} in the text, {read:?} in the picture"
                                ));
                            }
                        }
                    }
                }
                Err(e) => stats.failures.push(format!("{file}: not read: {e}")),
            }
        }
        eprint!("\r  {} of {} postings read", n + 1, postings.len());
    }
    eprintln!();
    for ((kind, _), list) in KINDS.iter().zip(&records) {
        let json = serde_json::to_string_pretty(list).map_err(|e| e.to_string())?;
        std::fs::write(out.join(kind).join("expected.json"), json).map_err(|e| e.to_string())?;
    }
    println!(
        "\n{:<11} {:>9} {:>9} {:>9} {:>13} {:>11} {:>11}",
        "kind", "chars", "chars*", "worst*", "critical", "s/page p50", "s/page p95"
    );
    for ((kind, _), stats) in KINDS.iter().zip(&mut kinds) {
        let n = stats.folded.len().max(1) as f64;
        let mean = |v: &[f64]| v.iter().sum::<f64>() / n;
        let worst = stats.folded.iter().copied().fold(1.0f64, f64::min);
        let critical = if stats.fields_in_text == 0 {
            "-".to_owned()
        } else {
            format!(
                "{:.1}% ({}/{})",
                100.0 * stats.fields_same as f64 / stats.fields_in_text as f64,
                stats.fields_same,
                stats.fields_in_text
            )
        };
        let p95 = percentile(&stats.seconds_per_page, 95);
        println!(
            "{kind:<11} {:>8.2}% {:>8.2}% {:>8.2}% {critical:>13} {:>11.2} {:>11.2}",
            100.0 * mean(&stats.accuracy),
            100.0 * mean(&stats.folded),
            100.0 * worst,
            median(&mut stats.seconds_per_page),
            p95
        );
        for failure in &stats.failures {
            println!("  {failure}");
        }
    }
    documents()?;
    println!(
        "\nchars: character accuracy (1 - edit distance / length, spaces collapsed); chars*: the same with \
         typographic quotes, apostrophes and dashes folded to plain ones; worst*: the lowest posting.\n\
         critical: deadline, apply e-mail, subject and reference read from the picture as from the text \
         (dashes and quotes folded), of those the text gives.\n\
         sheet corners found within 2% of the sheet's size: {corners_within} of {corners_total} phone photos."
    );
    Ok(())
}

/// The candidate's documents of tests/fixtures/documents, each photographed on a table
/// (two angles and lights), read by the vault: the kind and the issue date it suggests.
fn documents() -> Result {
    let dir = root().join("tests/fixtures/documents");
    let raw = std::fs::read_to_string(dir.join("expected.json")).map_err(|e| e.to_string())?;
    let list: Vec<serde_json::Value> = serde_json::from_str(&raw).map_err(|e| e.to_string())?;
    let today = chrono::Local::now().date_naive();
    let tmp = target_dir().join("ocr-testset").join("documents");
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let (mut kinds, mut dates, mut total) = (0, 0, 0);
    let mut misses = Vec::new();
    for record in &list {
        let file = record["file"].as_str().unwrap_or_default();
        let text = std::fs::read_to_string(dir.join(file)).map_err(|e| e.to_string())?;
        let Some(page) = testset::scan(&text).into_iter().next() else {
            continue;
        };
        for seed in [3u64, 8] {
            let photo = tmp.join(format!("{file}.{seed}.jpg"));
            std::fs::write(&photo, testset::phone_photo(&page, seed).jpeg)
                .map_err(|e| e.to_string())?;
            total += 1;
            let reading = postulo_core::vault::read_document(
                &photo,
                today,
                &mut |_| {},
                &AtomicBool::new(false),
            )
            .map_err(|e| format!("{file}: {e}"))?
            .reading;
            let kind = reading
                .facts
                .kind
                .map(|k| k.as_str().to_owned())
                .unwrap_or_default();
            let issued = reading
                .facts
                .issued_on
                .map(|d| d.to_string())
                .unwrap_or_default();
            if Some(kind.as_str()) == record["kind"].as_str() {
                kinds += 1;
            } else {
                misses.push(format!("{file} ({seed}): kind {kind:?}"));
            }
            if Some(issued.as_str()) == record["issued_on"].as_str() {
                dates += 1;
            } else {
                misses.push(format!("{file} ({seed}): issued {issued:?}"));
            }
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    println!(
        "\ndocuments photographed ({total}): kind suggested right {:.1}% ({kinds}), issue date right {:.1}% ({dates})",
        pct(kinds),
        pct(dates)
    );
    for miss in misses {
        println!("  {miss}");
    }
    Ok(())
}

/// Up to `limit` postings of the folders that fit on one page, spread over the corpus.
fn pick(dirs: &[PathBuf], limit: usize) -> Result<Vec<(ExpectedRecord, String)>> {
    let mut all = Vec::new();
    for dir in dirs {
        let raw = std::fs::read_to_string(dir.join("expected.json"))
            .map_err(|e| format!("cannot read {}: {e}", dir.join("expected.json").display()))?;
        let records: Vec<ExpectedRecord> = serde_json::from_str(&raw).map_err(|e| e.to_string())?;
        for record in records {
            let Ok(text) = std::fs::read_to_string(dir.join(&record.file)) else {
                continue;
            };
            // About 45 lines of 95 characters fit on the typeset A4 page.
            if text.chars().count() <= 3600 && text.lines().count() <= 45 {
                all.push((record, text));
            }
        }
    }
    let step = (all.len() / limit.max(1)).max(1);
    Ok(all.into_iter().step_by(step).take(limit).collect())
}

fn image_of(jpeg: &[u8]) -> std::result::Result<image::GrayImage, String> {
    postulo_core::ocr::picture::decode(jpeg).map_err(|e| e.to_string())
}

fn value(draft: &PostingDraft, name: DraftFieldName) -> Option<String> {
    draft
        .fields
        .iter()
        .find(|f| f.field == name)
        .map(|f| f.value.clone())
}

/// Typographic quotes, apostrophes and dashes as plain ones: the engine reads « ’ » as
/// « ' » and cannot tell an en dash from an em dash at screen resolution.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' | '«' | '»' => '"',
            '–' | '—' | '‐' => '-',
            '\u{a0}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect()
}

/// The core's character accuracy, on the texts folded first when `folded` (typographic
/// quotes and dashes the engine cannot tell apart; see [`fold`]).
fn accuracy(expected: &str, read: &str, folded: bool) -> f64 {
    if folded {
        testset::accuracy(&fold(expected), &fold(read))
    } else {
        testset::accuracy(expected, read)
    }
}
