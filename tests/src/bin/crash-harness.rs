//! The crash harness of `postulo_e2e::crash` with its figures: `cargo xtask crash
//! [ITERATIONS] [SEED]` builds it with `crash-writer` and runs it (by default 1,000 kills).
//!
//! Usage: `crash-harness [ITERATIONS] [SEED]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crash-harness: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
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
    // The writer is built beside this binary (`cargo xtask crash` builds both).
    let here = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let bin_dir = here.parent().ok_or("this program has no folder")?;
    let writer = bin_dir.join(format!("crash-writer{}", std::env::consts::EXE_SUFFIX));
    if !writer.is_file() {
        return Err(format!(
            "{} is missing: build it with `cargo build -p postulo-e2e --bins`",
            writer.display()
        ));
    }
    let dir = bin_dir.join("crash-harness-data");
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
