//! `postulo-devtools <tool> [ARGS]`: what `cargo xtask` runs once the system, the UI and the
//! builds it needs are in place (xtask itself depends on nothing, so that it starts at once).
//!
//! - `bench-core`: the core's list and filter times over 10,000 applications.
//! - `bench-dossier`: the dossier export against img2pdf + qpdf (needs `POSTULO_PYTHON`).
//! - `bench-posting`: the posting import on the corpus and on 10 MB, and fitting its ranker.
//! - `bench-ocr`: reading a page of a picture, against the bare engine.
//! - `bench-startup APP FLOOR`: start-up time and memory of the release app under Xvfb,
//!   against the reference app's (the floor).
//! - `bench-hour APP [PAGES]`: memory before and after an hour of use, compressed.
//! - `posting-report DIR... [--json] [--folds K] [--explain FILE]`: the import's accuracy.
//! - `posting-train [DIR...]`: fits the posting ranker and writes its model file.
//! - `ocr-testset [DIR...] [--limit N] [--out DIR]`: postings as pictures, read back by OCR.

mod bench_core;
mod bench_dossier;
mod bench_hour;
mod bench_ocr;
mod bench_posting;
mod bench_startup;
mod ocr_testset;
mod paths;
mod posting_report;
mod stats;

use std::process::ExitCode;

pub use paths::{root, target_dir};

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("bench-core") => bench_core::run(),
        Some("bench-dossier") => bench_dossier::run(),
        Some("bench-posting") => bench_posting::run(),
        Some("bench-ocr") => bench_ocr::run(),
        Some("bench-startup") => bench_startup::run(rest),
        Some("bench-hour") => bench_hour::run(rest),
        Some("posting-report") => posting_report::run(rest),
        Some("posting-train") => posting_report::train(rest),
        Some("ocr-testset") => ocr_testset::run(rest),
        _ => Err("usage: postulo-devtools <bench-core | bench-dossier | bench-posting | bench-ocr | bench-startup APP FLOOR | bench-hour APP [PAGES] | posting-report DIR... [--json] [--folds K] [--explain FILE] | posting-train [DIR...] | ocr-testset [DIR...] [--limit N] [--out DIR]>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\npostulo-devtools: {e}");
            ExitCode::FAILURE
        }
    }
}
