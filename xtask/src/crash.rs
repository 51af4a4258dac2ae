//! `cargo xtask crash [ITERATIONS] [SEED]`: builds the crash harness and its writer (in
//! the end-to-end crate, which holds the harness) and runs it.

use crate::{cmd, e2e, Result};

pub fn run(args: &[String]) -> Result {
    cmd::cargo(&["build", "-p", "postulo-e2e", "--bins"]).run()?;
    let harness = e2e::target_dir()
        .join("debug")
        .join(format!("crash-harness{}", std::env::consts::EXE_SUFFIX));
    let harness = harness.to_string_lossy().into_owned();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    cmd::new(&harness, &args).run()
}
