//! Every posting of a directory against its `expected.json`, field by field: the shared real
//! postings (POSTINGS_DIR, default ../shared/postings beside the repository) and our own fixtures.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::path::{Path, PathBuf};

use postulo_core::posting::report::{compare, ExpectedRecord};
use postulo_core::posting::{input::text_from_bytes, parse_posting};

fn check_dir(dir: &Path) -> (usize, Vec<String>) {
    let expected_path = dir.join("expected.json");
    let raw = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", expected_path.display()));
    let records: Vec<ExpectedRecord> = serde_json::from_str(&raw).expect("expected.json parses");
    assert!(
        !records.is_empty(),
        "no record in {}",
        expected_path.display()
    );
    let mut misses = Vec::new();
    let mut fields = 0;
    for expected in &records {
        let path = dir.join(&expected.file);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = text_from_bytes(&bytes, &expected.file).expect("posting decodes");
        let parsed = parse_posting(&text);
        let actual = parsed.to_expected(&expected.file);
        for r in compare(&actual, expected) {
            fields += 1;
            if r.matched {
                println!("  ok    {:<22} {:<24}", expected.file, r.field);
            } else {
                let line = format!(
                    "  MISS  {} {}\n        expected: {}\n        actual:   {}",
                    expected.file, r.field, r.expected, r.actual
                );
                println!("{line}");
                misses.push(line);
            }
        }
    }
    println!(
        "{}: {} of {fields} fields match",
        dir.display(),
        fields - misses.len()
    );
    (fields, misses)
}

fn postings_dir() -> PathBuf {
    std::env::var_os("POSTINGS_DIR")
        .map(PathBuf::from)
        // shared/ sits beside the repository (in CI too): <repo>/../shared/postings.
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/postings")
        })
}

#[test]
fn real_postings_match_expected() {
    let (_, misses) = check_dir(&postings_dir());
    assert!(
        misses.is_empty(),
        "{} field(s) differ:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn fixture_postings_match_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/postings");
    let (_, misses) = check_dir(&dir);
    assert!(
        misses.is_empty(),
        "{} field(s) differ:\n{}",
        misses.len(),
        misses.join("\n")
    );
}
