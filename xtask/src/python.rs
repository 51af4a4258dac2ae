//! The Python tools that check Postulo's output (an .ics parser, the dossier benchmark's
//! fixture and reference): one venv in the target folder, reinstalled when
//! `xtask/python-requirements.txt` changes. Tests find its interpreter in `POSTULO_PYTHON`.

use std::fs;
use std::path::PathBuf;

use crate::{cmd, e2e, root, Result};

const STAMP: &str = ".postulo-requirements.txt";

/// The venv's python, creating or updating the venv first.
pub fn ensure() -> Result<PathBuf> {
    let venv = e2e::target_dir().join("python-tools");
    let python = if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    };
    let wanted_path = root().join("xtask").join("python-requirements.txt");
    let wanted = fs::read(&wanted_path)
        .map_err(|e| format!("cannot read {}: {e}", wanted_path.display()))?;
    if python.is_file() && fs::read(venv.join(STAMP)).ok().as_deref() == Some(wanted.as_slice()) {
        return Ok(python);
    }
    let system_python = if cmd::exists("python3") {
        "python3"
    } else {
        "python"
    };
    let venv_str = venv.to_string_lossy().into_owned();
    cmd::new(system_python, &["-m", "venv", &venv_str]).run()?;
    let python_str = python.to_string_lossy().into_owned();
    let req = wanted_path.to_string_lossy().into_owned();
    cmd::new(
        &python_str,
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            &req,
        ],
    )
    .run()?;
    fs::write(venv.join(STAMP), wanted).map_err(|e| format!("cannot write the venv stamp: {e}"))?;
    Ok(python)
}
