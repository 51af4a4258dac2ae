//! Core list and filter over 10,000 applications with 50,000 checklist items: p50 and p95
//! of each query, against the same queries over 1,000 applications (the reference, same run).
//! Then the exports of those 10,000: the list as CSV and .xlsx (target: 1 s each) and the
//! job search log PDF.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use postulo_core::export::{ListFormat, Separator};
use postulo_core::model::{ApplicationQuery, Language, SortKey, Status};
use postulo_core::Store;

use crate::Result;

const SAMPLES: usize = 40;

pub fn run() -> Result {
    println!("\n== Core list and filter (release build, in-memory SQLite) ==");
    let reference = seeded(1_000)?;
    let big = seeded(10_000)?;
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>10} {:>7}",
        "query", "1k p50", "1k p95", "10k p50", "10k p95", "ratio"
    );
    for (name, query) in queries() {
        let (r50, r95) = time(&reference, &query)?;
        let (b50, b95) = time(&big, &query)?;
        println!(
            "{name:<34} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>7.1}",
            r50,
            r95,
            b50,
            b95,
            b50 / r50
        );
    }
    println!("(ratio: 10k p50 / 1k p50; linear growth would be 10.0)");
    pages(&reference, &big)?;
    tracking()?;
    exports(&big)
}

/// Rows of a page, as the list view asks (ui/src/lib/views/listStore.svelte.ts, PAGE_ROWS).
const PAGE_ROWS: u32 = 60;

/// What the list view asks: its first page for every order and filter, a page deep in the
/// list, and the first page after each key typed in the search box.
fn pages(reference: &Store, big: &Store) -> Result {
    println!(
        "\n== The list view's pages ({PAGE_ROWS} rows and the total; issue 19: p95 ≤ 5 ms over 10,000) =="
    );
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>10}",
        "first page of", "1k p50", "1k p95", "10k p50", "10k p95"
    );
    let mut worst: f64 = 0.0;
    let mut all = Vec::new();
    for sort in SortKey::ALL {
        for descending in [false, true] {
            let name = format!(
                "everything, by {sort:?}{}",
                if descending { ", descending" } else { "" }
            )
            .to_lowercase();
            all.push((
                name,
                ApplicationQuery {
                    sort,
                    descending,
                    ..Default::default()
                },
            ));
        }
    }
    // The whole-list queries' filters; their plain orders are already above.
    let filtered: Vec<(String, ApplicationQuery)> = queries()
        .into_iter()
        .filter(|(_, q)| !all.iter().any(|(_, seen)| seen == q))
        .map(|(n, q)| (n.to_owned(), q))
        .collect();
    all.extend(filtered);
    all.push((
        "organization \"UNICEF\"".to_owned(),
        ApplicationQuery {
            organization: Some("UNICEF".into()),
            ..Default::default()
        },
    ));
    for (name, query) in &all {
        let (r50, r95) = time_page(reference, query, 0)?;
        let (b50, b95) = time_page(big, query, 0)?;
        worst = worst.max(b95);
        println!("{name:<34} {r50:>8.2}ms {r95:>8.2}ms {b50:>8.2}ms {b95:>8.2}ms");
    }
    let (d50, d95) = time_page(big, &ApplicationQuery::default(), 6_000)?;
    worst = worst.max(d95);
    println!(
        "{:<34} {:>10} {:>10} {d50:>8.2}ms {d95:>8.2}ms",
        "rows 6,000–6,059, by deadline", "", ""
    );
    // Typing « coordinateur » one key at a time: the first page after each key.
    let word = "coordinateur";
    let mut typed = Vec::new();
    for end in 1..=word.len() {
        let query = ApplicationQuery {
            text: Some(word[..end].to_owned()),
            ..Default::default()
        };
        typed.push(time_page(big, &query, 0)?.1);
    }
    let slowest = typed.iter().copied().fold(0.0, f64::max);
    println!(
        "typing « {word} » over 10,000, the first page after each key: p95 per key {} ms; slowest {slowest:.2} ms (issue 19: ≤ 50 ms)",
        typed
            .iter()
            .map(|t| format!("{t:.2}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("slowest p95 of a page over 10,000: {worst:.2} ms (issue 19: ≤ 5 ms)");
    Ok(())
}

/// p50 and p95 in milliseconds of one page, over `SAMPLES` runs after one warm-up.
fn time_page(store: &Store, query: &ApplicationQuery, offset: u32) -> Result<(f64, f64)> {
    store
        .list_page(query, offset, PAGE_ROWS)
        .map_err(|e| e.to_string())?;
    let mut samples = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let page = store
            .list_page(query, offset, PAGE_ROWS)
            .map_err(|e| e.to_string())?;
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(page);
    }
    Ok(percentiles(&mut samples))
}

/// Runs of each list export; the median is printed.
const EXPORT_RUNS: usize = 5;

fn exports(store: &Store) -> Result {
    println!("\n== Exports of 10,000 applications (release build, files in the temp folder) ==");
    let dir = std::env::temp_dir();
    let file = |ext: &str| -> PathBuf {
        dir.join(format!("postulo-bench-export-{}.{ext}", std::process::id()))
    };
    for (name, format, ext) in [
        ("list as CSV", ListFormat::Csv, "csv"),
        ("list as .xlsx", ListFormat::Xlsx, "xlsx"),
    ] {
        let dest = file(ext);
        let mut samples = Vec::with_capacity(EXPORT_RUNS);
        let mut bytes = 0;
        for _ in 0..EXPORT_RUNS {
            let start = Instant::now();
            let summary = store
                .export_list(
                    &ApplicationQuery::default(),
                    format,
                    Separator::Semicolon,
                    Language::Fr,
                    &dest,
                )
                .map_err(|e| e.to_string())?;
            samples.push(start.elapsed().as_secs_f64() * 1000.0);
            bytes = summary.bytes;
        }
        let _ = std::fs::remove_file(&dest);
        samples.sort_by(|a, b| a.total_cmp(b));
        println!(
            "{name:<34} median {:>7.1} ms  (min {:.1}, max {:.1}; {:.1} MB; target <= 1000 ms)",
            samples[samples.len() / 2],
            samples[0],
            samples[samples.len() - 1],
            bytes as f64 / 1e6
        );
    }
    let dest = file("pdf");
    let today = store.today();
    let start = Instant::now();
    let summary = store
        .export_journal(
            today,
            today,
            Language::Fr,
            &dest,
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .map_err(|e| e.to_string())?;
    let elapsed = start.elapsed().as_secs_f64() * 1000.0;
    let _ = std::fs::remove_file(&dest);
    println!(
        "{:<34} {:>7.1} ms  ({} applications, {} pages, {:.1} MB; one run)",
        "job search log PDF",
        elapsed,
        summary.applications,
        summary.pages,
        summary.bytes as f64 / 1e6
    );
    Ok(())
}

/// « Statistiques » over 10,000 applications and 100,000 status changes (target: 30 ms),
/// and the duplicate look-up before saving, against 1,000 applications and 10,000 changes.
fn tracking() -> Result {
    println!("\n== Statistics and duplicates (10 status changes per application) ==");
    let reference = seeded(1_000)?;
    let big = seeded(10_000)?;
    for store in [&reference, &big] {
        store
            .seed_benchmark_history(10, 11)
            .map_err(|e| e.to_string())?;
    }
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>10} {:>7}",
        "operation", "1k p50", "1k p95", "10k p50", "10k p95", "ratio"
    );
    type Operation = fn(&Store) -> std::result::Result<usize, postulo_core::Error>;
    let operations: [(&str, Operation); 3] = [
        ("statistics, all time", |s| {
            s.statistics(Default::default())
                .map(|x| x.applications as usize)
        }),
        ("statistics, one year", |s| {
            s.statistics(postulo_core::model::StatsPeriod {
                from: "2025-06-01".parse().ok(),
                to: "2026-05-31".parse().ok(),
            })
            .map(|x| x.applications as usize)
        }),
        ("duplicates of a new application", |s| {
            s.find_duplicates("Chargée de suivi evaluation (H/F)", "UNICEF", None, None)
                .map(|x| x.len())
        }),
    ];
    for (name, operation) in operations {
        let (r50, r95) = time_with(&reference, operation)?;
        let (b50, b95) = time_with(&big, operation)?;
        println!(
            "{name:<34} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>7.1}",
            r50,
            r95,
            b50,
            b95,
            b50 / r50
        );
    }
    println!("(target: statistics over 10k applications and 100k changes p95 <= 30 ms)");
    Ok(())
}

fn time_with(
    store: &Store,
    operation: fn(&Store) -> std::result::Result<usize, postulo_core::Error>,
) -> Result<(f64, f64)> {
    operation(store).map_err(|e| e.to_string())?;
    let mut samples = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let found = operation(store).map_err(|e| e.to_string())?;
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(found);
    }
    Ok(percentiles(&mut samples))
}

fn percentiles(samples: &mut [f64]) -> (f64, f64) {
    samples.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    (at(0.50), at(0.95))
}

fn seeded(applications: usize) -> Result<Store> {
    let store = Store::open_in_memory().map_err(|e| e.to_string())?;
    let start = Instant::now();
    store
        .seed_benchmark_data(applications, 5, 7)
        .map_err(|e| e.to_string())?;
    println!(
        "seeded {applications} applications with {} checklist items in {:.0} ms",
        applications * 5,
        start.elapsed().as_secs_f64() * 1000.0
    );
    Ok(store)
}

fn queries() -> Vec<(&'static str, ApplicationQuery)> {
    let window = |from: &str, to: &str| (from.parse().ok(), to.parse().ok());
    let (from, to) = window("2026-01-01", "2026-03-31");
    vec![
        ("everything, by deadline", ApplicationQuery::default()),
        (
            "text \"evaluation\" (accents folded)",
            ApplicationQuery {
                text: Some("evaluation".into()),
                ..Default::default()
            },
        ),
        (
            "to prepare + ready, Q1 2026",
            ApplicationQuery {
                statuses: vec![Status::ToPrepare, Status::Ready],
                deadline_from: from,
                deadline_to: to,
                ..Default::default()
            },
        ),
        (
            "everything, by title",
            ApplicationQuery {
                sort: SortKey::Title,
                ..Default::default()
            },
        ),
    ]
}

/// p50 and p95 in milliseconds over `SAMPLES` runs, after one warm-up.
fn time(store: &Store, query: &ApplicationQuery) -> Result<(f64, f64)> {
    store
        .search_applications(query)
        .map_err(|e| e.to_string())?;
    let mut samples = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let rows = store
            .search_applications(query)
            .map_err(|e| e.to_string())?;
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(rows);
    }
    Ok(percentiles(&mut samples))
}
