//! `cargo xtask crash [ITERATIONS] [SEED]`: the crash harness of `postulo_e2e::crash`, by
//! default 1,000 kills, with its figures.

use crate::{cmd, e2e, Result};

pub fn run(args: &[String]) -> Result {
    let iterations: usize = match args.first() {
        Some(n) => n
            .parse()
            .map_err(|_| format!("not a number of kills: {n}"))?,
        None => 1000,
    };
    let seed: u64 = match args.get(1) {
        Some(n) => n.parse().map_err(|_| format!("not a seed: {n}"))?,
        None => 20261123,
    };
    cmd::cargo(&["build", "-p", "postulo-e2e", "--bin", "crash-writer"]).run()?;
    let writer = e2e::target_dir().join("debug").join(exe("crash-writer"));
    let dir = e2e::target_dir().join("crash-harness");
    println!("Killing the writer {iterations} times (seed {seed})…");
    let report = postulo_e2e::crash::run(&writer, &dir, iterations, seed)?;
    let total: usize = report.acknowledged.values().sum();
    println!(
        "\nCrash harness: {} kills with SIGKILL in {:.0} s",
        report.kills,
        report.elapsed.as_secs_f64()
    );
    println!(
        "  killed while opening the store:   {}",
        report.killed_while_opening
    );
    for (op, n) in &report.killed_during {
        println!("  killed during {op:<20} {n}");
    }
    println!("  writes acknowledged before a kill: {total}");
    for (op, n) in &report.acknowledged {
        println!("    {op:<8} {n}");
    }
    println!(
        "  checks after a kill:               {} (integrity_check ok in each)",
        report.checks
    );
    println!("  acknowledged writes lost:          0 (a single loss stops the run with an error)");
    println!("  vault files missing:               0");
    println!(
        "  orphan files swept at restart:     {}",
        report.orphans_swept
    );
    println!("  orphan files left after restart:   0");
    println!(
        "  temporary export files left:       {}",
        report.export_leftovers
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}
