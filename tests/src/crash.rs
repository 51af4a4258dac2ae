//! The crash harness (issue 7): starts `crash-writer` on one data folder, kills it with
//! SIGKILL at a random moment, and checks after each kill, the way the app would find its
//! data at the next start:
//! - `PRAGMA integrity_check` says `ok`;
//! - every write the writer acknowledged before the kill is there (an application created,
//!   its notes updated to that value or a later one, a file attached to that checklist
//!   piece or a later one, an exported dossier complete under its name);
//! - the vault has no file no document uses (after the start-up sweep) and no document
//!   whose file is missing.
//!
//! `cargo xtask crash` runs it 1,000 times and prints the figures; a shorter run is part
//! of the test suite (tests/crash_safety.rs).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use postulo_core::Store;

/// A small deterministic generator: a run is repeatable from its seed.
#[derive(Debug)]
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Self(
            seed.wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407),
        )
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// In `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// A valid PDF of `pages` A4 pages; `variant` makes the bytes (and the hash) unique.
pub fn pdf_bytes(pages: usize, variant: u64) -> Vec<u8> {
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            (0..pages)
                .map(|i| format!("{} 0 R", 3 + 2 * i))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    ];
    for i in 0..pages {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R >>",
            4 + 2 * i
        ));
        let content = "0 0 1 rg 100 100 395 642 re f";
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }
    let mut out = format!("%PDF-1.4\n% variant {variant}\n").into_bytes();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// What a run did, for the figures.
#[derive(Debug, Default)]
pub struct Report {
    pub kills: usize,
    /// Kills that hit before the store was open (opening, migrating, sweeping).
    pub killed_while_opening: usize,
    /// Kills that hit a write under way, by kind.
    pub killed_during: BTreeMap<String, usize>,
    /// Acknowledged writes, by kind.
    pub acknowledged: BTreeMap<String, usize>,
    /// Checks after a kill (that run's writes), plus the final one (every write).
    pub checks: usize,
    /// Writes (rows and files, the latest of each) checked again at the very end.
    pub final_check_writes: usize,
    pub orphans_swept: usize,
    /// Temporary files of killed exports left beside the destination.
    pub export_leftovers: usize,
    pub elapsed: Duration,
}

/// What has been acknowledged so far, to check after each kill.
#[derive(Default)]
struct Acked {
    created: BTreeMap<i64, String>,
    notes: BTreeMap<i64, u64>,
    /// Checklist piece → (its application, the document acknowledged attached to it).
    attached: BTreeMap<i64, (i64, i64)>,
    exports: Vec<PathBuf>,
}

impl Acked {
    /// Later acknowledgements replace earlier ones of the same row.
    fn merge(&mut self, later: Acked) {
        self.created.extend(later.created);
        self.notes.extend(later.notes);
        self.attached.extend(later.attached);
        self.exports.extend(later.exports);
    }

    fn len(&self) -> usize {
        self.created.len() + self.notes.len() + self.attached.len() + self.exports.len()
    }
}

/// Runs `iterations` kills with `writer` (the crash-writer binary) in `dir` (emptied first).
pub fn run(writer: &Path, dir: &Path, iterations: usize, seed: u64) -> Result<Report, String> {
    let started = Instant::now();
    let _ = std::fs::remove_dir_all(dir);
    let data = dir.join("data");
    let work = dir.join("work");
    std::fs::create_dir_all(work.join("exports")).map_err(|e| e.to_string())?;
    let mut rng = Lcg::new(seed);
    let mut report = Report::default();
    let mut acked = Acked::default();
    for run in 0..iterations {
        let mut child = Command::new(writer)
            .args([&data, &work])
            .arg(run.to_string())
            .arg(seed.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", writer.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let (tx, rx) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // One kill in ten lands while the store opens; the others during the writes.
        let early = rng.below(10) == 0;
        let mut lines = Vec::new();
        if early {
            std::thread::sleep(Duration::from_millis(rng.below(40)));
        } else {
            loop {
                match rx.recv_timeout(Duration::from_secs(30)) {
                    Ok(line) if line == "ready" => {
                        lines.push(line);
                        break;
                    }
                    Ok(line) => lines.push(line),
                    Err(_) => {
                        let _ = child.kill();
                        let err = child
                            .stderr
                            .take()
                            .map(|mut s| {
                                let mut t = String::new();
                                let _ = std::io::Read::read_to_string(&mut s, &mut t);
                                t
                            })
                            .unwrap_or_default();
                        return Err(format!("run {run}: the writer never got ready: {err}"));
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(rng.below(250)));
        }
        child.kill().map_err(|e| format!("kill: {e}"))?;
        let status = child.wait().map_err(|e| e.to_string())?;
        let _ = reader.join();
        lines.extend(rx.try_iter());
        if status.success() {
            return Err(format!("run {run}: the writer stopped on its own"));
        }
        report.kills += 1;
        let mut fresh = Acked::default();
        record(&lines, &mut fresh, &mut report);
        // What this run acknowledged is checked now; everything acknowledged since the
        // start is checked again at the end (a later run must not have lost it either).
        check(&data, &work, &fresh, &mut report).map_err(|e| format!("run {run}: {e}"))?;
        acked.merge(fresh);
        if (run + 1) % 100 == 0 {
            println!("  {} kills, all checks passed", run + 1);
        }
    }
    check(&data, &work, &acked, &mut report).map_err(|e| format!("final check: {e}"))?;
    report.final_check_writes = acked.len();
    report.elapsed = started.elapsed();
    Ok(report)
}

fn record(lines: &[String], acked: &mut Acked, report: &mut Report) {
    let mut in_flight: Option<String> = None;
    if !lines.iter().any(|l| l == "ready") {
        report.killed_while_opening += 1;
        return;
    }
    for line in lines {
        let words: Vec<&str> = line.split(' ').collect();
        match words.as_slice() {
            ["begin", op] => in_flight = Some((*op).to_owned()),
            ["ack", "create", id, title @ ..] => {
                if let Ok(id) = id.parse() {
                    acked.created.insert(id, title.join(" "));
                }
                in_flight = None;
                *report.acknowledged.entry("create".into()).or_default() += 1;
            }
            ["ack", "update", id, seq] => {
                if let (Ok(id), Ok(seq)) = (id.parse(), seq.parse()) {
                    acked.notes.insert(id, seq);
                }
                in_flight = None;
                *report.acknowledged.entry("update".into()).or_default() += 1;
            }
            ["ack", "attach", app, item, doc] => {
                if let (Ok(app), Ok(item), Ok(doc)) = (app.parse(), item.parse(), doc.parse()) {
                    acked.attached.insert(item, (app, doc));
                }
                in_flight = None;
                *report.acknowledged.entry("attach".into()).or_default() += 1;
            }
            ["ack", "export", path @ ..] => {
                acked.exports.push(PathBuf::from(path.join(" ")));
                in_flight = None;
                *report.acknowledged.entry("export".into()).or_default() += 1;
            }
            _ => {}
        }
    }
    let op = in_flight.unwrap_or_else(|| "between writes".to_owned());
    *report.killed_during.entry(op).or_default() += 1;
}

/// Opens the data as the app does at start, then checks everything acknowledged.
fn check(data: &Path, work: &Path, acked: &Acked, report: &mut Report) -> Result<(), String> {
    if !data.join("postulo.sqlite3").exists() {
        // Killed before the very first open created anything: nothing to check yet.
        return if acked.created.is_empty() {
            report.checks += 1;
            Ok(())
        } else {
            Err("the database is gone".into())
        };
    }
    // What the start-up sweep will remove, counted before it does.
    let before = orphans_on_disk(data)?;
    let store = Store::open_in(data).map_err(|e| format!("open after kill: {e}"))?;
    report.orphans_swept += before;
    let integrity = store.integrity_check().map_err(|e| e.to_string())?;
    if integrity != "ok" {
        return Err(format!("integrity_check: {integrity}"));
    }
    for (id, title) in &acked.created {
        let app = store
            .application(*id)
            .map_err(|e| format!("acknowledged application {id} lost: {e}"))?;
        if &app.title != title {
            return Err(format!(
                "application {id}: title {:?}, expected {title:?}",
                app.title
            ));
        }
    }
    for (id, seq) in &acked.notes {
        let app = store.application(*id).map_err(|e| e.to_string())?;
        let stored: u64 = app
            .notes
            .as_deref()
            .and_then(|n| n.strip_prefix('n'))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if stored < *seq {
            return Err(format!(
                "application {id}: acknowledged notes n{seq} lost (n{stored})"
            ));
        }
    }
    let today = chrono::Local::now().date_naive();
    let mut checklists = BTreeMap::new();
    for (item, (app, doc)) in &acked.attached {
        let found = checklists_item(&store, *app, *item, today, &mut checklists)?;
        if found.is_none_or(|d| d < *doc) {
            return Err(format!(
                "checklist piece {item}: acknowledged document {doc} lost ({found:?})"
            ));
        }
    }
    for path in &acked.exports {
        let bytes = std::fs::read(path).map_err(|e| format!("export {}: {e}", path.display()))?;
        let tail = &bytes[bytes.len().saturating_sub(32)..];
        if !bytes.starts_with(b"%PDF-") || !tail.windows(5).any(|w| w == b"%%EOF") {
            return Err(format!("export {} is not a complete PDF", path.display()));
        }
    }
    let vault = store.check_vault().map_err(|e| e.to_string())?;
    if !vault.orphans.is_empty() || !vault.missing.is_empty() {
        return Err(format!(
            "vault: orphans {:?}, missing {:?}",
            vault.orphans, vault.missing
        ));
    }
    report.export_leftovers = std::fs::read_dir(work.join("exports"))
        .map_err(|e| e.to_string())?
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().ends_with(".pdf"))
        .count();
    report.checks += 1;
    Ok(())
}

/// The document attached to a checklist piece, reading each application's checklist once.
fn checklists_item(
    store: &Store,
    app: i64,
    item: i64,
    today: chrono::NaiveDate,
    cache: &mut BTreeMap<i64, Option<i64>>,
) -> Result<Option<i64>, String> {
    if !cache.contains_key(&item) {
        let checklist = store.checklist(app, today).map_err(|e| e.to_string())?;
        for entry in checklist.entries {
            cache.insert(entry.item.id, entry.item.document_id);
        }
    }
    cache
        .get(&item)
        .copied()
        .ok_or_else(|| format!("checklist piece {item} lost"))
}

/// Content files in the vault that no row of the database names, read without the store
/// (which would sweep them).
fn orphans_on_disk(data: &Path) -> Result<usize, String> {
    let conn_path = data.join("postulo.sqlite3");
    let store_files: std::collections::HashSet<String> = {
        let store = Store::open_file_without_sweep(&conn_path).map_err(|e| e.to_string())?;
        store
            .documents(chrono::Local::now().date_naive())
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|d| d.document.stored_file)
            .collect()
    };
    let vault = postulo_core::vault::Vault::new(data.join("vault"));
    Ok(vault
        .stored_files()
        .map_err(|e| e.to_string())?
        .iter()
        .filter(|f| !store_files.contains(*f))
        .count())
}
