//! `cargo xtask posting-report DIR... [--json] [--folds K]`: how well the posting parser
//! reads folders of postings described by an `expected.json` (the format of
//! ../shared/postings); `cargo xtask posting-train [DIR...]`: fits the ranker of the title,
//! organization and duty station on the corpus and writes the shipped model.
//!
//! Without `--json`: the figures with the shipped model, then cross-validated (each
//! posting read by a model fitted without it: what a new posting gets), then every
//! cross-validated miss. With `--json`: for every posting file of the folder, what the
//! parser found, as a list of objects with the keys of expected.json.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use postulo_core::posting::learn::{
    self, cross_validate, load_corpus, Labelled, RankedField, Scorecard,
};
use postulo_core::posting::report::{compare, same_name, ExpectedRecord};
use postulo_core::posting::{parse_posting, text_of_file};

use crate::Result;

/// The file types the import accepts.
const POSTING_EXTENSIONS: &[&str] = &[
    "txt", "pdf", "docx", "odt", "jpg", "jpeg", "png", "webp", "tif", "tiff", "bmp",
];

pub fn run(args: &[String]) -> Result {
    let json = args.iter().any(|a| a == "--json");
    let mut folds = None;
    let mut dirs = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => {}
            "--explain" => {
                let file = it.next().ok_or("--explain takes a posting file")?;
                return explain(Path::new(file));
            }
            "--folds" => {
                let k = it.next().and_then(|k| k.parse().ok());
                folds = Some(k.ok_or("--folds takes a number")?);
            }
            d => dirs.push(Path::new(d)),
        }
    }
    if dirs.is_empty() {
        return Err("usage: cargo xtask posting-report DIR... [--json] [--folds K]".into());
    }
    if json {
        dirs.iter().try_for_each(|d| print_json(d))
    } else {
        print_accuracy(&dirs, folds)
    }
}

fn parse_file(dir: &Path, file: &str) -> Result<ExpectedRecord> {
    let path = dir.join(file);
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let never = std::sync::atomic::AtomicBool::new(false);
    let text = text_of_file(bytes, file, &mut |_| {}, &never)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .text;
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

fn print_accuracy(dirs: &[&Path], folds: Option<usize>) -> Result {
    let corpus = load_corpus(dirs)?;
    let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    println!(
        "Posting report for {} ({} postings)\n",
        names.join(", "),
        corpus.len()
    );
    let trained: Vec<(ExpectedRecord, ExpectedRecord)> = corpus
        .iter()
        .map(|p| {
            (
                parse_posting(&p.text).to_expected(&p.expected.file),
                p.expected.clone(),
            )
        })
        .collect();
    println!("== With the shipped model (as trained: these postings may have taught it) ==");
    println!("{}", Scorecard::new(&trained).table());
    print_requirements_split(&trained);
    print_posts(&corpus);
    // How often the right value is among the candidates at all: the ceiling of "right".
    for field in RankedField::ALL {
        let ex = learn::examples(&corpus, field);
        let said = ex.iter().filter(|e| e.correct.iter().any(|c| *c)).count();
        let n: usize = ex.iter().map(|e| e.features.len()).sum();
        println!(
            "{:<14} right value among the candidates in {said} of {} postings ({n} candidates)",
            field.key(),
            corpus.len()
        );
        // The postings that say it where no candidate catches it: what generation misses.
        let missed: Vec<&str> = ex
            .iter()
            .zip(corpus.iter())
            .filter(|(e, p)| {
                !e.correct.iter().any(|c| *c) && learn::expected_value(&p.expected, field).is_some()
            })
            .map(|(_, p)| p.expected.file.as_str())
            .collect();
        if !missed.is_empty() {
            println!(
                "{:<14} said but not among the candidates: {}",
                "",
                missed.join(", ")
            );
        }
    }
    println!();
    print_coverage(&corpus);
    let folds = folds.unwrap_or(corpus.len());
    let started = Instant::now();
    let cv: Vec<(ExpectedRecord, ExpectedRecord)> = cross_validate(&corpus, folds)
        .into_iter()
        .zip(corpus.iter().map(|p| p.expected.clone()))
        .collect();
    let how = if folds >= corpus.len() {
        "leave-one-out".to_string()
    } else {
        format!("{folds}-fold")
    };
    println!(
        "== Cross-validated ({how}: each posting read by a model fitted without it; {:.1} s) ==",
        started.elapsed().as_secs_f64()
    );
    println!("{}", Scorecard::new(&cv).table());
    let mut misses = Vec::new();
    for (found, expected) in &cv {
        for r in compare(found, expected) {
            let counted = matches!(
                r.field,
                "title"
                    | "organization"
                    | "location"
                    | "deadline"
                    | "apply_email"
                    | "email_subject"
                    | "reference"
                    | "documents_required_now"
                    | "documents_required_later"
            );
            if counted && !r.matched {
                misses.push(format!(
                    "{} · {}\n    expected: {}\n    found:    {}",
                    expected.file, r.field, r.expected, r.actual
                ));
            }
        }
    }
    if misses.is_empty() {
        println!("No miss.");
    } else {
        println!("Misses, cross-validated ({}):", misses.len());
        for miss in &misses {
            println!("- {miss}");
        }
    }
    Ok(())
}

/// What is asked of each piece, on the development postings (even index in the corpus,
/// which for one folder is the index in its `expected.json`) apart from the held-out ones
/// (odd index), which the rules were not written from.
fn print_requirements_split(pairs: &[(ExpectedRecord, ExpectedRecord)]) {
    for (name, parity) in [("development (even index)", 0), ("held out (odd index)", 1)] {
        let half: Vec<(ExpectedRecord, ExpectedRecord)> = pairs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == parity)
            .map(|(_, p)| p.clone())
            .collect();
        println!(
            "what is asked of each piece, {name}, {} postings:\n{}",
            half.len(),
            Scorecard::new(&half).requirements_table()
        );
    }
}

/// `--explain FILE`: every candidate of each ranked field with its probability under the
/// shipped model, best first, so that a developer sees why a field was left empty.
fn explain(path: &Path) -> Result {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let never = std::sync::atomic::AtomicBool::new(false);
    let text = text_of_file(bytes, name, &mut |_| {}, &never)
        .map_err(|e| e.to_string())?
        .text;
    let model = &*postulo_core::posting::ranker::SHIPPED;
    let posts = parse_posting(&text).posts;
    if !posts.is_empty() {
        println!("== posts ({}) ==", posts.len());
        for p in &posts {
            println!("        {}", p.value);
        }
    }
    for field in RankedField::ALL {
        let cands = learn::candidates(&text, field);
        let feats: Vec<Vec<f32>> = cands.iter().map(|c| c.features.clone()).collect();
        let probs = model.field(field).probabilities(&feats);
        let mut rows: Vec<(f64, &str, &str)> = probs
            .iter()
            .zip(&cands)
            .map(|(p, c)| (*p, c.key.as_str(), c.value.as_str()))
            .collect();
        rows.sort_by(|a, b| b.0.total_cmp(&a.0));
        println!(
            "== {} (kept at {:.2}) ==",
            field.key(),
            model.field(field).keep_at
        );
        for (p, key, value) in rows.iter().take(8) {
            println!("{p:6.3}  [{key}]  {value}");
        }
    }
    Ok(())
}

/// Announcements for several posts: which postings list posts, and how many of the posts
/// listed are posts the record names (its title and accepted forms). Records name the
/// other posts of an announcement in `title_also`; a list found in a posting for one
/// post is a false alarm.
fn print_posts(corpus: &[Labelled]) {
    let (mut lists, mut named, mut listed, mut single_alarms) = (0, 0, 0, 0);
    let mut several = 0;
    for p in corpus {
        let notes = p.expected.notes.as_deref().unwrap_or("").to_lowercase();
        let is_several = notes.contains("multi-post") || notes.contains("several posts");
        several += usize::from(is_several);
        let posts = parse_posting(&p.text).posts;
        if posts.is_empty() {
            continue;
        }
        lists += 1;
        if !is_several {
            single_alarms += 1;
        }
        let names: Vec<&str> = p
            .expected
            .title
            .iter()
            .chain(&p.expected.title_also)
            .map(String::as_str)
            .collect();
        for post in &posts {
            listed += 1;
            if names.iter().any(|n| same_name(n, &post.value)) {
                named += 1;
            }
        }
    }
    println!(
        "announcements for several posts: {lists} postings list posts ({several} are marked as such in their notes; {single_alarms} list where the notes say nothing); {named} of {listed} posts listed are named by the record\n"
    );
}

/// The corpus the shipped model is fitted on.
pub const CORPUS_DIRS: &[&str] = &[
    "tests/fixtures/posting-corpus",
    "src-tauri/crates/core/tests/fixtures/postings",
];

/// Where the shipped model lives.
const MODEL_PATH: &str = "src-tauri/crates/core/src/posting/model.json";

/// `cargo xtask posting-train [DIR...]`: fits the ranker on the corpus and writes the
/// shipped model file.
pub fn train(args: &[String]) -> Result {
    let root = crate::root();
    let dirs: Vec<PathBuf> = if args.is_empty() {
        CORPUS_DIRS.iter().map(|d| root.join(d)).collect()
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    let dir_refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    let corpus = load_corpus(&dir_refs)?;
    let started = Instant::now();
    let examples = RankedField::ALL.map(|f| learn::examples(&corpus, f));
    let mut model = learn::fit_model(&examples, |_| false);
    let took = started.elapsed().as_secs_f64();
    model.about = format!(
        "Written by `cargo xtask posting-train` from {} postings ({}); do not edit by hand.",
        corpus.len(),
        CORPUS_DIRS.join(", ")
    );
    let json = serde_json::to_string_pretty(&model).map_err(|e| e.to_string())?;
    let path = root.join(MODEL_PATH);
    std::fs::write(&path, json + "\n")
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    for field in RankedField::ALL {
        let n: usize = examples[RankedField::ALL
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0)]
        .iter()
        .map(|e| e.features.len())
        .sum();
        println!("{:<14} {n} candidates", field.key());
    }
    println!(
        "fitted on {} postings in {took:.2} s; wrote {}",
        corpus.len(),
        path.display()
    );
    Ok(())
}

/// What each threshold would keep, 5-fold: the best value of each posting from weights
/// fitted without it, kept when its probability reaches the threshold. Shows whether the
/// ranker's order or its confidence limits "right": the first column is the share of
/// postings whose best value is right whatever its probability.
fn print_coverage(corpus: &[Labelled]) {
    const THRESHOLDS: [f64; 6] = [0.0, 0.3, 0.5, 0.65, 0.8, 0.9];
    println!(
        "right / wrong at each threshold (5-fold, weights only; the threshold is chosen apart):"
    );
    let head: Vec<String> = THRESHOLDS.iter().map(|t| format!("≥{t:.2}")).collect();
    println!("{:<14} {}", "", head.join("        "));
    for field in RankedField::ALL {
        let outcomes = learn::out_of_fold(&learn::examples(corpus, field), 5);
        let n = outcomes.len().max(1) as f64;
        let cells: Vec<String> = THRESHOLDS
            .iter()
            .map(|t| {
                let kept = outcomes.iter().flatten().filter(|(p, _)| p >= t);
                let (right, wrong) = kept.fold(
                    (0, 0),
                    |(r, w), (_, ok)| {
                        if *ok {
                            (r + 1, w)
                        } else {
                            (r, w + 1)
                        }
                    },
                );
                format!(
                    "{:>4.1}/{:>4.1}",
                    100.0 * f64::from(right) / n,
                    100.0 * f64::from(wrong) / n
                )
            })
            .collect();
        println!("{:<14} {}", field.key(), cells.join("   "));
    }
    println!();
}
