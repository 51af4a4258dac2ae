//! `bench-hour APP [PAGES]`: an hour of use, compressed, and what it does to memory (issue
//! 19, item 3: PSS may grow by 10% at most). The release app, used like a candidate with
//! 1,000 applications: search for one by its reference, open its page, back to the list,
//! PAGES times (500 by default); every 25 pages the board, the vault, the import screen,
//! the dashboard and the statistics. PSS of the app and its WebKit processes after a first
//! round (everything loaded once) and at the end, each after the same pause. A bench
//! command, not a test: it prints figures, never pass/fail.
//!
//! The pages are opened by a script running in the page, 25 to a WebDriver call: every
//! WebDriver command runs scripts of its own in the page, which WebKit compiles and keeps,
//! and driving each click through WebDriver measured the driver's footprint with the app's.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use postulo_e2e::{wait_for, Environment, Session};

use crate::bench_startup::{measure_tree, seed, Memory};
use crate::{target_dir, Result};

const APPLICATIONS: usize = 1_000;
const VIEWS_EVERY: usize = 25;
const TREND_EVERY: usize = 100;
const SETTLE: Duration = Duration::from_secs(5);
const WAIT: Duration = Duration::from_secs(20);

pub fn run(args: &[String]) -> Result {
    let app = PathBuf::from(
        args.first()
            .ok_or("bench-hour takes the release app's path (cargo xtask bench builds it)")?,
    );
    let pages: usize = match args.get(1) {
        Some(n) => n
            .parse()
            .map_err(|_| format!("not a number of pages: {n}"))?,
        None => 500,
    };
    let data = target_dir().join("bench-hour");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).map_err(|e| format!("cannot create {}: {e}", data.display()))?;
    seed(&data, APPLICATIONS)?;
    let app = app
        .canonicalize()
        .map_err(|e| format!("cannot find {}: {e}", app.display()))?;

    println!("\n== An hour of use, compressed: memory before and after (release build, Xvfb) ==");
    let env = Environment::start();
    let session = Session::start(&env, &app, &data);
    wait_for("the list", WAIT, || {
        session.try_find("[data-testid='application-row']")
    });
    let root = wait_for("the app's process", WAIT, || app_process(&app));

    // A first round opens every view once: what is loaded once is not growth.
    views(&session);
    open_and_back(&session, 0, VIEWS_EVERY)?;
    let before = settled(root);
    let nodes_before = page_nodes(&session);

    let started = Instant::now();
    // Without the pause: the trend, not the figure.
    let mut trend = Vec::new();
    let mut opened = 0;
    while opened < pages {
        let batch = VIEWS_EVERY.min(pages - opened);
        open_and_back(&session, VIEWS_EVERY + opened, batch)?;
        opened += batch;
        if batch == VIEWS_EVERY {
            views(&session);
        }
        if opened % TREND_EVERY == 0 {
            trend.push(format!("{:.0}", measure_tree(root).pss_kib as f64 / 1024.0));
        }
    }
    let took = started.elapsed().as_secs_f64();
    let after = settled(root);
    let nodes_after = page_nodes(&session);
    session.quit();

    let mib = |m: &Memory| m.pss_kib as f64 / 1024.0;
    println!(
        "{pages} application pages opened (searched, opened, back to the list), the other \
         views every {VIEWS_EVERY}, in {took:.0} s"
    );
    println!(
        "PSS after the first round: {:.1} MiB; after the {pages} pages: {:.1} MiB; growth {:+.1}% \
         (issue 19: ≤ 10%)",
        mib(&before),
        mib(&after),
        100.0 * (mib(&after) / mib(&before) - 1.0)
    );
    println!(
        "PSS every {TREND_EVERY} pages, MiB (read at once, no pause): {}",
        trend.join(", ")
    );
    for (label, m, nodes) in [
        ("after the first round", &before, nodes_before),
        ("at the end", &after, nodes_after),
    ] {
        println!("  {label}: {nodes} nodes in the page");
        for (name, rss, pss) in &m.per_process {
            println!(
                "    {name:<24} RSS {:>7.1} MiB  PSS {:>7.1} MiB",
                *rss as f64 / 1024.0,
                *pss as f64 / 1024.0
            );
        }
    }
    Ok(())
}

/// Memory after a pause, as the median of three readings two seconds apart (the web
/// process's garbage collector runs when it chooses).
fn settled(root: u32) -> Memory {
    std::thread::sleep(SETTLE);
    let mut readings: Vec<Memory> = (0..3)
        .map(|i| {
            if i > 0 {
                std::thread::sleep(Duration::from_secs(2));
            }
            measure_tree(root)
        })
        .collect();
    readings.sort_by_key(|m| m.pss_kib);
    readings.swap_remove(1)
}

/// How many nodes the page holds, attached or not yet collected (what a view left behind
/// would add to), as WebKit counts them in the document.
fn page_nodes(session: &Session) -> u64 {
    session
        .execute(
            "return document.getElementsByTagName('*').length",
            serde_json::json!([]),
        )
        .as_u64()
        .unwrap_or(0)
}

/// The app started by the driver: the process running `app`.
fn app_process(app: &Path) -> Option<u32> {
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid = entry.file_name().to_string_lossy().parse::<u32>().ok()?;
            let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok()?;
            (exe == app).then_some(pid)
        })
}

/// In the page, `count` times from application `first`: searches for it by its reference
/// (bench_startup::seed gives each its own), opens its page, and goes back to the list,
/// each step waiting for what the candidate would wait for.
const OPEN_PAGES: &str = r#"
const [first, count, applications, done] = arguments;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const until = async (what, find) => {
  for (let i = 0; i < 800; i++) {
    const found = find();
    if (found) return found;
    await pause(25);
  }
  throw new Error("no " + what + " after 20 s");
};
(async () => {
  for (let n = first; n < first + count; n++) {
    const wanted = "REF-" + String(n % applications).padStart(5, "0") + "/";
    const search = await until("search field", () => document.querySelector("input[type='search']"));
    search.value = wanted;
    search.dispatchEvent(new Event("input", { bubbles: true }));
    const row = await until(wanted, () =>
      [...document.querySelectorAll("[data-testid='application-row']")].find((r) => r.textContent.includes(wanted)));
    row.querySelector("[data-testid='application-title']").click();
    (await until("its page", () => document.querySelector("[data-testid='back']"))).click();
    await until("the list", () => document.querySelector("input[type='search']"));
  }
  return "ok";
})().then(done, (e) => done(String(e)));
"#;

fn open_and_back(session: &Session, first: usize, count: usize) -> Result {
    let answer = session.execute_async(OPEN_PAGES, serde_json::json!([first, count, APPLICATIONS]));
    match answer.as_str() {
        Some("ok") => Ok(()),
        _ => Err(format!("opening application pages failed: {answer}")),
    }
}

/// The board, the vault, the import screen, the dashboard and the statistics, then the
/// list again.
fn views(session: &Session) {
    for (button, shows) in [
        ("nav-board", "[data-testid='board-column']"),
        ("nav-vault", "[data-testid='view-vault']"),
        ("import-posting-nav", "[data-testid='view-import']"),
        ("nav-dashboard", "[data-view='dashboard']"),
        ("nav-stats", "[data-view='stats']"),
        ("nav-list", "input[type='search']"),
    ] {
        session.click(&session.find(&format!("[data-testid='{button}']")));
        wait_for(button, WAIT, || session.try_find(shows));
    }
}
