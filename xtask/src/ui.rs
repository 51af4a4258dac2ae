//! The Svelte UI: dependencies (npm ci when the lock file changed) and production build.

use std::fs;

use crate::{cmd, root, Result};

/// A copy of the lock file that node_modules was installed from.
const STAMP: &str = "node_modules/.postulo-installed-lock.json";

pub fn install() -> Result {
    let ui = root().join("ui");
    let lock = fs::read(ui.join("package-lock.json"))
        .map_err(|e| format!("cannot read ui/package-lock.json: {e}"))?;
    if fs::read(ui.join(STAMP)).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(());
    }
    if !cmd::exists("npm") && !cmd::exists("npm.cmd") {
        return Err("Node.js and npm are required: install Node.js 20 or newer".into());
    }
    cmd::npm(&["ci", "--no-audit", "--no-fund"]).run()?;
    fs::write(ui.join(STAMP), lock).map_err(|e| format!("cannot write {STAMP}: {e}"))
}

pub fn build() -> Result {
    cmd::npm(&["run", "build"]).run()
}
