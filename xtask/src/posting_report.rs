//! `cargo xtask posting-report DIR [--json]`: how well the posting parser reads a folder of
//! postings described by an `expected.json` (the format of ../shared/postings).
//!
//! Without `--json`: per-field accuracy over the postings listed in expected.json, then
//! every miss. With `--json`: for every posting file of the folder, what the parser found,
//! as a list of objects with the keys of expected.json.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use postulo_core::posting::input::text_from_bytes;
use postulo_core::posting::parse_posting;
use postulo_core::posting::report::{compare, ExpectedRecord};

use crate::Result;

/// The file types the import accepts.
const POSTING_EXTENSIONS: &[&str] = &["txt", "pdf", "docx", "odt"];

pub fn run(args: &[String]) -> Result {
    let json = args.iter().any(|a| a == "--json");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .ok_or("usage: cargo xtask posting-report DIR [--json]")?;
    let dir = Path::new(dir);
    if json {
        print_json(dir)
    } else {
        print_accuracy(dir)
    }
}

fn parse_file(dir: &Path, file: &str) -> Result<ExpectedRecord> {
    let path = dir.join(file);
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text = text_from_bytes(&bytes, file).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(parse_posting(&text).to_expected(file))
}

fn print_json(dir: &Path) -> Result {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            Path::new(name)
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| POSTING_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    let records = files
        .iter()
        .map(|f| parse_file(dir, f))
        .collect::<Result<Vec<_>>>()?;
    let text = serde_json::to_string_pretty(&records).map_err(|e| e.to_string())?;
    // Written, not println!'d: a reader that stops early (`| head`) is not an error.
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn print_accuracy(dir: &Path) -> Result {
    let expected_path = dir.join("expected.json");
    let raw = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("cannot read {}: {e}", expected_path.display()))?;
    let expected: Vec<ExpectedRecord> = serde_json::from_str(&raw).map_err(|e| {
        format!(
            "{} is not in the expected format: {e}",
            expected_path.display()
        )
    })?;

    // field -> (matched, total), in the order fields are compared.
    let mut per_field: BTreeMap<usize, (&'static str, usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for record in &expected {
        let found = parse_file(dir, &record.file)?;
        for (i, result) in compare(&found, record).into_iter().enumerate() {
            let entry = per_field.entry(i).or_insert((result.field, 0, 0));
            entry.2 += 1;
            if result.matched {
                entry.1 += 1;
            } else {
                misses.push(format!(
                    "{} · {}\n    expected: {}\n    found:    {}",
                    record.file, result.field, result.expected, result.actual
                ));
            }
        }
    }
    println!(
        "Posting report for {} ({} postings)\n",
        dir.display(),
        expected.len()
    );
    println!("{:<26} {:>9}  {:>8}", "field", "correct", "accuracy");
    let (mut all_ok, mut all) = (0, 0);
    for (field, ok, total) in per_field.values() {
        all_ok += ok;
        all += total;
        println!(
            "{field:<26} {:>9}  {:>7.1}%",
            format!("{ok}/{total}"),
            pct(*ok, *total)
        );
    }
    println!(
        "{:<26} {:>9}  {:>7.1}%",
        "all fields",
        format!("{all_ok}/{all}"),
        pct(all_ok, all)
    );
    if misses.is_empty() {
        println!("\nNo miss.");
    } else {
        println!("\nMisses ({}):", misses.len());
        for miss in &misses {
            println!("- {miss}");
        }
    }
    Ok(())
}

fn pct(ok: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        ok as f64 * 100.0 / total as f64
    }
}
