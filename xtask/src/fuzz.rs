//! `cargo xtask fuzz [SECONDS] [TARGET...]`: every cargo-fuzz target of postulo-core (or
//! those named), one after the other, each for SECONDS (60 by default), on one core, from
//! and into the committed corpora. Needs a nightly toolchain and cargo-fuzz
//! (`rustup toolchain install nightly`, `cargo install cargo-fuzz`). See docs/fuzzing.md.

use crate::{cmd, Result};

/// The targets, in the order they run.
pub const TARGETS: [&str; 4] = [
    "posting_text",
    "posting_file",
    "document_pdf",
    "document_image",
];

/// The fuzz project, from the repository's root.
const FUZZ_DIR: &str = "src-tauri/crates/core/fuzz";

pub fn run(args: &[String]) -> Result {
    let usage = || {
        format!(
            "usage: cargo xtask fuzz [SECONDS] [{}]...",
            TARGETS.join(" | ")
        )
    };
    let mut seconds = 60u32;
    let mut targets = Vec::new();
    for arg in args {
        if let Ok(n) = arg.parse::<u32>() {
            seconds = n;
        } else if TARGETS.contains(&arg.as_str()) {
            targets.push(arg.as_str());
        } else {
            return Err(usage());
        }
    }
    if targets.is_empty() {
        targets = TARGETS.to_vec();
    }
    if !cmd::exists("cargo-fuzz") {
        return Err("cargo-fuzz is missing: cargo install cargo-fuzz".into());
    }
    for target in targets {
        let corpus = format!("{FUZZ_DIR}/corpus/{target}");
        let time = format!("-max_total_time={seconds}");
        cmd::new(
            "cargo",
            &[
                "+nightly",
                "fuzz",
                "run",
                "--fuzz-dir",
                FUZZ_DIR,
                target,
                &corpus,
                "--",
                &time,
                "-rss_limit_mb=2048",
                "-timeout=10",
                "-print_final_stats=1",
            ],
        )
        .run()?;
    }
    Ok(())
}
