//! `bench-hour APP [PAGES]`: an hour of use, compressed, and what it does to memory (issue
//! 19, item 3: PSS may grow by 10% at most). The release app, driven through WebDriver like
//! a candidate with 1,000 applications: search for one by its reference, open its page,
//! back to the list, PAGES times (500 by default); every 25 pages the board, the vault,
//! the import screen, the dashboard and the statistics. PSS of the app and its WebKit
//! processes after a first round (everything loaded once) and at the end, each after the
//! same pause. A bench command, not a test: it prints figures, never pass/fail.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use postulo_e2e::{wait_for, Environment, Session};

use crate::bench_startup::{measure_tree, seed, Memory};
use crate::{target_dir, Result};

const APPLICATIONS: usize = 1_000;
const VIEWS_EVERY: usize = 25;
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
    for i in 0..VIEWS_EVERY {
        open_and_back(&session, i);
    }
    let before = settled(root);

    let started = Instant::now();
    for i in 0..pages {
        open_and_back(&session, VIEWS_EVERY + i);
        if (i + 1) % VIEWS_EVERY == 0 {
            views(&session);
        }
    }
    let took = started.elapsed().as_secs_f64();
    let after = settled(root);
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
    for (label, m) in [("after the first round", &before), ("at the end", &after)] {
        println!("  {label}:");
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

/// Searches for application `n` by its reference (bench_startup::seed gives each its own),
/// opens its page, and goes back to the list.
fn open_and_back(session: &Session, n: usize) {
    let wanted = format!("REF-{:05}/", n % APPLICATIONS);
    session.set_value("input[type='search']", &wanted);
    // The rows are drawn again as the search narrows: found and clicked in one step.
    wait_for("the application searched for", WAIT, || {
        let clicked = session.execute(
            "const row = [...document.querySelectorAll(\"[data-testid='application-row']\")]
                 .find((r) => r.textContent.includes(arguments[0]));
             row?.querySelector(\"[data-testid='application-title']\")?.click();
             return !!row;",
            serde_json::json!([wanted]),
        );
        clicked.as_bool().filter(|c| *c)
    });
    wait_for("its page", WAIT, || {
        session.try_find("[data-testid='back']")
    });
    session.click(&session.find("[data-testid='back']"));
    wait_for("the list", WAIT, || {
        session.try_find("input[type='search']")
    });
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
