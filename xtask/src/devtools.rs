//! The measuring tools of `postulo-devtools`, run through cargo: they need the core, which
//! xtask does not depend on so that it builds in seconds on a fresh machine.

use crate::cmd::{self, Cmd};

/// Timings mean nothing from a debug build: the benchmarks run in release.
pub fn release(args: &[&str]) -> Cmd {
    let mut all = vec![
        "run",
        "--release",
        "--quiet",
        "-p",
        "postulo-devtools",
        "--",
    ];
    all.extend_from_slice(args);
    cmd::cargo(&all)
}

/// Training shares the debug build of the tests; it runs in the
/// caller's folder so that the folders it is given are found where they were named.
pub fn debug(args: &[String]) -> Cmd {
    let mut all = vec!["run", "--quiet", "-p", "postulo-devtools", "--"];
    all.extend(args.iter().map(String::as_str));
    cmd::cargo(&all).in_caller_dir()
}
