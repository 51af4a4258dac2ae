//! `cargo xtask test`: every check, in the order that fails fastest.

use crate::{cmd, e2e, system, ui, Result};

pub fn all() -> Result {
    system::ensure(system::Purpose::Test)?;
    system::ensure_tauri_driver()?;
    ui::install()?;
    // The app embeds ui/dist at compile time, so the UI is built before any cargo check.
    ui::build()?;

    cmd::cargo(&["fmt", "--all", "--", "--check"]).run()?;
    cmd::cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])
    .run()?;
    cmd::cargo(&["test", "--workspace", "--exclude", "postulo-e2e"]).run()?;
    cmd::npm(&["run", "check"]).run()?;
    cmd::npm(&["test"]).run()?;
    e2e::build_and_run()?;
    println!("\nAll checks passed.");
    Ok(())
}
