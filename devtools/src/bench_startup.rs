//! `cargo xtask bench`'s start-up and memory figures, never pass/fail.
//!
//! Start-up: time from spawning the release binary to the UI's `ui_ready` call (the first
//! screen listed the applications and can be used), median of several runs, for an empty
//! store, 1,000 and 10,000 applications, each as a ratio to the floor: the reference app
//! (bench/reference-app, an empty Tauri window built the same way) until its page has
//! loaded, measured in the same go, interleaved.
//! Memory: RSS and PSS of the app together with its WebKit processes, idle, 1,000
//! applications, against the floor's. PSS shares libraries fairly between processes, so it
//! is the better sum.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use postulo_core::model::{ApplicationInput, ApplyMethod, Deadline};
use postulo_core::Store;
use postulo_e2e::Environment;

use crate::stats::{median, runs_ms as list};
use crate::{target_dir, Result};

const RUNS: usize = 5;
/// Runs of each WebKit lever.
const LEVER_RUNS: usize = 3;
/// The app's switch for WebKit's memory levers (src-tauri/src/webkit_levers.rs).
const LEVERS_ENV: &str = "POSTULO_WEBKIT_LEVERS";
/// What the lever runs try: none of them, each alone, all of them.
const LEVER_CHOICES: [&str; 5] = [
    "none",
    "document-viewer",
    "no-page-cache",
    "no-gpu",
    "document-viewer,no-page-cache,no-gpu",
];
const IDLE: Duration = Duration::from_secs(5);

pub fn run(args: &[String]) -> Result {
    let app = PathBuf::from(
        args.first()
            .ok_or("bench-startup takes the release app's path (cargo xtask bench builds it)")?,
    );
    let floor = PathBuf::from(args.get(1).ok_or(
        "bench-startup takes the reference app's path second (cargo xtask bench builds it)",
    )?);
    let env = Environment::start();

    let empty = fresh_dir("bench-empty")?;
    Store::open_in(&empty).map_err(|e| e.to_string())?;
    let full = fresh_dir("bench-1000")?;
    seed(&full, 1000)?;
    let huge = fresh_dir("bench-10000")?;
    Store::open_in(&huge)
        .and_then(|s| s.seed_benchmark_data(10_000, 5, 7))
        .map_err(|e| e.to_string())?;
    let floor_data = fresh_dir("bench-floor")?;

    println!("\n== Start-up to an interactive first screen (release build, Xvfb) ==");
    println!("floor: an empty Tauri 2 window with one static page (bench/reference-app), same Tauri, features and release profile; its page loaded");
    // Interleaved so that a slow moment of the machine hits every kind alike.
    let (mut t_floor, mut t_empty, mut t_full, mut t_huge) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut ui_floor, mut ui_empty, mut ui_full, mut ui_huge) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut memory, mut floor_memory) = (Vec::new(), Vec::new());
    // Warm the disk cache once each, not counted.
    run_app(&env, &floor, &floor_data, None, None)?;
    run_app(&env, &app, &empty, None, None)?;
    for _ in 0..RUNS {
        let (t, ui, mem) = run_app(&env, &floor, &floor_data, Some(IDLE), None)?;
        t_floor.push(t);
        ui_floor.push(ui);
        floor_memory.extend(mem);
        let (t, ui, _) = run_app(&env, &app, &empty, None, None)?;
        t_empty.push(t);
        ui_empty.push(ui);
        let (t, ui, mem) = run_app(&env, &app, &full, Some(IDLE), None)?;
        t_full.push(t);
        ui_full.push(ui);
        memory.extend(mem);
        let (t, ui, _) = run_app(&env, &app, &huge, None, None)?;
        t_huge.push(t);
        ui_huge.push(ui);
    }
    let m_floor = median(&mut t_floor);
    println!(
        "floor (reference app):   median {m_floor:.0} ms  (runs: {})",
        list(&t_floor)
    );
    for (label, times) in [
        ("empty store:            ", &mut t_empty),
        ("1,000 applications:     ", &mut t_full),
        ("10,000 applications + 50,000 checklist items:", &mut t_huge),
    ] {
        let m = median(times);
        println!(
            "{label} median {m:.0} ms  (runs: {}); ratio to the floor {:.2}",
            list(times),
            m / m_floor
        );
    }
    println!("targets (issue 19): 1,000 applications ≤ 1.30 × the floor; 10,000 ≤ 1.50 ×");

    println!("\n== The list in the UI, as it measured itself (same runs) ==");
    print_phases("floor (its page loaded):", &ui_floor);
    print_ui("empty store:", &ui_empty);
    print_ui("1,000 applications:", &ui_full);
    print_ui("10,000 applications:", &ui_huge);

    println!(
        "\n== Memory, idle {} s after start (app + its WebKit processes) ==",
        IDLE.as_secs()
    );
    let (floor_rss, floor_pss) = medians(&floor_memory);
    let (rss, pss) = medians(&memory);
    println!(
        "floor (reference app):   RSS {floor_rss:.1} MiB, PSS {floor_pss:.1} MiB  (PSS runs: {})",
        mib_runs(&floor_memory)
    );
    println!(
        "1,000 applications:      RSS {rss:.1} MiB, PSS {pss:.1} MiB  (PSS runs: {})",
        mib_runs(&memory)
    );
    println!(
        "ratio to the floor:      RSS {:.2}, PSS {:.2}  (target, issue 19: PSS ≤ 1.25)",
        rss / floor_rss,
        pss / floor_pss
    );
    levers(&env, &app, &full, floor_pss)?;
    for (label, runs) in [("floor", &floor_memory), ("Postulo, 1,000", &memory)] {
        if let Some(last) = runs.last() {
            println!("  {label}, last run:");
            for (name, rss, pss) in &last.per_process {
                println!(
                    "    {name:<24} RSS {:>7.1} MiB  PSS {:>7.1} MiB",
                    *rss as f64 / 1024.0,
                    *pss as f64 / 1024.0
                );
            }
        }
    }
    Ok(())
}

/// WebKit's memory levers, each alone and all together, against the app as shipped (the
/// levers it turns on): idle PSS with 1,000 applications and the start-up time.
fn levers(env: &Environment, app: &Path, data: &Path, floor_pss: f64) -> Result {
    println!(
        "\nWebKit's levers (src-tauri/src/webkit_levers.rs), 1,000 applications, {LEVER_RUNS} runs each, interleaved:"
    );
    let mut choices: Vec<(String, Option<&str>)> = LEVER_CHOICES
        .iter()
        .map(|c| ((*c).to_owned(), Some(*c)))
        .collect();
    choices.push(("as shipped".to_owned(), None));
    let mut results: Vec<(Vec<f64>, Vec<Memory>)> =
        choices.iter().map(|_| (Vec::new(), Vec::new())).collect();
    for _ in 0..LEVER_RUNS {
        for ((_, levers), (times, memory)) in choices.iter().zip(results.iter_mut()) {
            let (t, _, mem) = run_app(env, app, data, Some(IDLE), *levers)?;
            times.push(t);
            memory.extend(mem);
        }
    }
    for ((name, _), (times, memory)) in choices.iter().zip(results.iter_mut()) {
        let (_, pss) = medians(memory);
        println!(
            "  {name:<40} PSS {pss:>6.1} MiB ({:.2} × the floor)   start-up median {:.0} ms",
            pss / floor_pss,
            median(times)
        );
    }
    Ok(())
}

/// Median RSS and PSS of the runs, in MiB.
fn medians(runs: &[Memory]) -> (f64, f64) {
    let mut rss: Vec<f64> = runs.iter().map(|m| m.rss_kib as f64 / 1024.0).collect();
    let mut pss: Vec<f64> = runs.iter().map(|m| m.pss_kib as f64 / 1024.0).collect();
    (median(&mut rss), median(&mut pss))
}

/// Each run's PSS in MiB, for the record.
fn mib_runs(runs: &[Memory]) -> String {
    runs.iter()
        .map(|m| format!("{:.1}", m.pss_kib as f64 / 1024.0))
        .collect::<Vec<_>>()
        .join(", ")
}

fn fresh_dir(name: &str) -> Result<PathBuf> {
    let dir = target_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Realistic applications: French titles, each its own reference (bench-hour searches by
/// it), half with an e-mail to apply to, most with a deadline spread over the coming months.
pub(crate) fn seed(dir: &Path, count: usize) -> Result {
    let store = Store::open_in(dir).map_err(|e| e.to_string())?;
    let titles = [
        "Coordinateur·trice Santé Mentale",
        "Chargé(e) de suivi-évaluation",
        "Agent de saisie",
        "Responsable logistique",
        "Assistant(e) administratif(ve)",
    ];
    let orgs = [
        "COOPI",
        "Première Urgence Internationale",
        "ALIMA",
        "UNICEF Mali",
        "Ministère de la Santé",
    ];
    for i in 0..count {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .and_then(|d| d.checked_add_days(chrono::Days::new((i % 365) as u64)));
        let input = ApplicationInput {
            title: format!("{} n°{i}", titles[i % titles.len()]),
            organization: orgs[i % orgs.len()].to_owned(),
            reference: Some(format!("REF-{i:05}/BKO/2026")),
            location: Some("Bamako, Mali".into()),
            apply_method: (i % 2 == 0).then_some(ApplyMethod::Email),
            apply_email: (i % 2 == 0).then(|| "recrutement@example.org".to_owned()),
            deadline: day.filter(|_| i % 10 != 0).map(|date| Deadline {
                date,
                time: chrono::NaiveTime::from_hms_opt(17, 0, 0),
                timezone: "Africa/Bamako".into(),
            }),
            ..Default::default()
        };
        store.create_application(input).map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub(crate) struct Memory {
    pub(crate) rss_kib: u64,
    pub(crate) pss_kib: u64,
    pub(crate) per_process: Vec<(String, u64, u64)>,
}

/// Starts the app, waits for its first screen, optionally measures memory after `idle`,
/// then stops it and its children. Returns the start-up time in ms and what the UI
/// measured of its first screen.
fn run_app(
    env: &Environment,
    app: &Path,
    data: &Path,
    idle: Option<Duration>,
    levers: Option<&str>,
) -> Result<(f64, UiTimings, Option<Memory>)> {
    let ready = data.join("ready");
    let _ = std::fs::remove_file(&ready);
    let mut command = Command::new(app);
    env.apply(&mut command)
        .env("POSTULO_DATA_DIR", data)
        .env("POSTULO_READY_FILE", &ready)
        .env_remove(LEVERS_ENV)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(levers) = levers {
        command.env(LEVERS_ENV, levers);
    }
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", app.display()))?;
    while !ready.exists() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            return Err("the app did not report a ready screen within 60 s".into());
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the app exited before its first screen: {status}"));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let elapsed = start.elapsed().as_secs_f64() * 1000.0;
    let report = std::fs::read_to_string(&ready)
        .map_err(|e| format!("cannot read {}: {e}", ready.display()))?;
    let ui = UiTimings::parse(&report)
        .ok_or_else(|| format!("the app's start-up report is not as expected: {report:?}"))?;
    let memory = idle.map(|idle| {
        std::thread::sleep(idle);
        measure_tree(child.id())
    });
    let tree = descendants(child.id());
    let _ = child.kill();
    let _ = child.wait();
    for pid in tree {
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
    }
    Ok((elapsed, ui, memory))
}

/// The second line of the ready file: `list_ms render_ms rows rendered_rows`; the third,
/// where the time went: `shell_ms page_ms script_ms ready_ms` (the shell had opened the
/// store and asked for the window; the web view began loading the page; then, from that
/// moment, the page's script began and the first screen was drawn).
#[derive(Debug, Clone, Copy)]
struct UiTimings {
    list_ms: f64,
    render_ms: f64,
    rows: u64,
    rendered_rows: u64,
    shell_ms: f64,
    page_ms: f64,
    script_ms: f64,
    ready_ms: f64,
}

impl UiTimings {
    fn parse(report: &str) -> Option<Self> {
        let mut lines = report.lines().skip(1);
        let mut fields = lines.next()?.split_whitespace();
        let mut phases = lines.next()?.split_whitespace();
        Some(Self {
            list_ms: fields.next()?.parse().ok()?,
            render_ms: fields.next()?.parse().ok()?,
            rows: fields.next()?.parse().ok()?,
            rendered_rows: fields.next()?.parse().ok()?,
            shell_ms: phases.next()?.parse().ok()?,
            page_ms: phases.next()?.parse().ok()?,
            script_ms: phases.next()?.parse().ok()?,
            ready_ms: phases.next()?.parse().ok()?,
        })
    }
}

/// The UI's own figures for one store: medians of the list's trip from the core and of
/// drawing the first screen, and how many rows were drawn of how many.
fn print_ui(label: &str, runs: &[UiTimings]) {
    let mut list_ms: Vec<f64> = runs.iter().map(|t| t.list_ms).collect();
    let mut render_ms: Vec<f64> = runs.iter().map(|t| t.render_ms).collect();
    let (rows, drawn) = runs.last().map_or((0, 0), |t| (t.rows, t.rendered_rows));
    println!(
        "{label:<26} list from the core: median {:>6.1} ms   drawing: median {:>6.1} ms   \
         rows drawn: {drawn} of {rows}",
        median(&mut list_ms),
        median(&mut render_ms)
    );
    print_phases("", runs);
}

/// Where the start-up time went, medians over the runs.
fn print_phases(label: &str, runs: &[UiTimings]) {
    let phase = |f: fn(&UiTimings) -> f64| median(&mut runs.iter().map(f).collect::<Vec<_>>());
    let (shell, page) = (phase(|t| t.shell_ms), phase(|t| t.page_ms));
    let (script, ready) = (phase(|t| t.script_ms), phase(|t| t.ready_ms));
    println!(
        "{label:<26} where the time went (medians): window asked at {shell:.0} ms, page begun \
         at {page:.0} ms, its script at +{script:.0} ms, first screen at +{ready:.0} ms"
    );
}

pub(crate) fn measure_tree(root: u32) -> Memory {
    let mut pids = vec![root];
    pids.extend(descendants(root));
    let mut memory = Memory {
        rss_kib: 0,
        pss_kib: 0,
        per_process: Vec::new(),
    };
    for pid in pids {
        let name = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        let rollup =
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
        let field = |key: &str| {
            rollup
                .lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        let (rss, pss) = (field("Rss:"), field("Pss:"));
        memory.rss_kib += rss;
        memory.pss_kib += pss;
        memory.per_process.push((name.trim().to_owned(), rss, pss));
    }
    memory
}

/// Every process below `root`, found through /proc's parent links.
fn descendants(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            // The command name is in parentheses and may contain spaces: split after it.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parents.push((pid, ppid));
            }
        }
    }
    let mut found = Vec::new();
    let mut frontier = vec![root];
    while let Some(parent) = frontier.pop() {
        for &(pid, ppid) in &parents {
            if ppid == parent && !found.contains(&pid) {
                found.push(pid);
                frontier.push(pid);
            }
        }
    }
    found
}
