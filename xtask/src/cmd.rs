//! Running commands with their output shown, failing with a message that names them.

use std::ffi::OsStr;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{root, Result};

pub struct Cmd {
    inner: Command,
    shown: String,
}

pub fn new(program: &str, args: &[&str]) -> Cmd {
    let mut inner = Command::new(program);
    inner.args(args).current_dir(root());
    Cmd {
        inner,
        shown: format!("{program} {}", args.join(" ")),
    }
}

pub fn cargo(args: &[&str]) -> Cmd {
    new(
        &std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        args,
    )
}

pub fn npm(args: &[&str]) -> Cmd {
    let mut c = new(if cfg!(windows) { "npm.cmd" } else { "npm" }, args);
    c.inner.current_dir(root().join("ui"));
    c.shown = format!("(ui) npm {}", args.join(" "));
    c
}

impl Cmd {
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.inner.env(key, value);
        self
    }

    /// Runs in the folder xtask was started from rather than the repository root.
    pub fn in_caller_dir(mut self) -> Self {
        if let Ok(dir) = std::env::current_dir() {
            self.inner.current_dir(dir);
        }
        self
    }

    /// Runs to completion with inherited output; an error names the command.
    pub fn run(mut self) -> Result {
        println!("\n$ {}", self.shown);
        let started = Instant::now();
        let status = self
            .inner
            .status()
            .map_err(|e| format!("cannot start `{}`: {e}", self.shown))?;
        // Each step says how long it took, so that a slow CI run shows where the time went.
        let took = started.elapsed().as_secs();
        println!("({} took {}:{:02})", self.shown, took / 60, took % 60);
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{}` failed ({status})", self.shown))
        }
    }

    /// Runs quietly and returns stdout, or `None` if it could not run or failed.
    pub fn output(mut self) -> Option<String> {
        let out = self.inner.stderr(Stdio::null()).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

/// Whether `program` can be found on PATH.
pub fn exists(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            let candidate = dir.join(program);
            candidate.is_file() || candidate.with_extension("exe").is_file()
        })
    })
}
