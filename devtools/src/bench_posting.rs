//! `cargo xtask bench-posting` (part of `cargo xtask bench`): how long the posting import
//! takes on the corpus of real postings (median and p95 per posting), on 10 MB of text, and
//! how long fitting the ranker takes, each beside a reference measured in the same run: one
//! pass that lowercases the same text (what any reading of it costs at least).

use std::path::PathBuf;
use std::time::Instant;

use postulo_core::posting::learn::{self, load_corpus, RankedField};
use postulo_core::posting::parse_posting;

use crate::posting_report::CORPUS_DIRS;
use crate::stats::{median, percentile};
use crate::Result;

const RUNS: usize = 15;

pub fn run() -> Result {
    println!("\n== Posting import (release build) ==");
    let root = crate::root();
    let dirs: Vec<PathBuf> = CORPUS_DIRS.iter().map(|d| root.join(d)).collect();
    let refs: Vec<&std::path::Path> = dirs.iter().map(PathBuf::as_path).collect();
    let corpus = load_corpus(&refs)?;
    // Warm the patterns (compiled once per process, on first use).
    for p in &corpus {
        std::hint::black_box(parse_posting(&p.text));
    }
    let mut parse_ms = Vec::new();
    let mut pass_ms = Vec::new();
    for p in &corpus {
        parse_ms.push(median_ms(RUNS, || {
            std::hint::black_box(parse_posting(&p.text));
        }));
        pass_ms.push(median_ms(RUNS, || {
            std::hint::black_box(p.text.to_lowercase());
        }));
    }
    let sizes: Vec<usize> = corpus.iter().map(|p| p.text.len()).collect();
    let (p50, p95) = (percentile(&parse_ms, 50), percentile(&parse_ms, 95));
    let (r50, r95) = (percentile(&pass_ms, 50), percentile(&pass_ms, 95));
    println!(
        "{} real postings, {} to {} KB of text",
        corpus.len(),
        sizes.iter().min().unwrap_or(&0) / 1024,
        sizes.iter().max().unwrap_or(&0) / 1024
    );
    println!(
        "read one posting:   p50 {p50:.2} ms, p95 {p95:.2} ms, max {:.2} ms",
        percentile(&parse_ms, 100)
    );
    println!(
        "reference (lowercase the text once): p50 {r50:.3} ms, p95 {r95:.3} ms; ratio p50 {:.0}×",
        p50 / r50.max(1e-6)
    );

    let mut huge = String::with_capacity(10 * 1024 * 1024 + 64 * 1024);
    for p in corpus.iter().cycle() {
        if huge.len() >= 10 * 1024 * 1024 {
            break;
        }
        huge.push_str(&p.text);
        huge.push('\n');
    }
    let mut huge_ms = Vec::new();
    let mut huge_ref = Vec::new();
    for _ in 0..3 {
        huge_ms.push(timed(|| {
            std::hint::black_box(parse_posting(&huge));
        }));
        huge_ref.push(timed(|| {
            std::hint::black_box(huge.to_lowercase());
        }));
    }
    let (h, hr) = (percentile(&huge_ms, 50), percentile(&huge_ref, 50));
    println!(
        "read {:.1} MB of postings: median {h:.0} ms (runs: {}); reference {hr:.0} ms; ratio {:.0}×",
        huge.len() as f64 / 1_048_576.0,
        huge_ms
            .iter()
            .map(|t| format!("{t:.0}"))
            .collect::<Vec<_>>()
            .join(", "),
        h / hr.max(1e-6)
    );

    let started = Instant::now();
    let examples = RankedField::ALL.map(|f| learn::examples(&corpus, f));
    let candidates_s = started.elapsed().as_secs_f64();
    let started = Instant::now();
    std::hint::black_box(learn::fit_model(&examples, |_| false));
    println!(
        "fit the ranker on {} postings: {:.2} s (candidates {candidates_s:.2} s, fitting with its inner cross-validation {:.2} s)",
        corpus.len(),
        candidates_s + started.elapsed().as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn timed(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64() * 1000.0
}

/// The median time of `runs` calls of `f`, in ms.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut v: Vec<f64> = (0..runs).map(|_| timed(&mut f)).collect();
    median(&mut v)
}
