//! `cargo xtask <command>`: the project's own build, test and benchmark scripts, in Rust so
//! that they run the same on every machine with nothing but cargo and Node.js.
//!
//! - `run`: install what is missing, build the UI, start the app.
//! - `test`: every check CI runs, including the end-to-end test of the real app.
//! - `bench`: start-up time and memory of the release build, printed as figures.
//! - `bench-dossier`: the dossier export against img2pdf + qpdf on a realistic dossier.
//! - `bench-hour [PAGES]`: memory before and after an hour of use, compressed (500 pages).
//! - `bench-posting`: the posting import on the corpus and on 10 MB, and fitting its ranker.
//! - `bundle`: the installers (.deb here; NSIS and MSI on Windows), with their sizes.
//! - `deb-check`: install the .deb in a clean Debian 12 root (debootstrap) and start it.
//! - `crash [N] [SEED]`: kill a writer process N times (1,000) and check nothing is lost.
//! - `bindings`: regenerate the UI's TypeScript types from the Rust types.
//! - `posting-report DIR... [--json] [--folds K]`: the posting parser's accuracy on folders of
//!   postings, as trained and cross-validated.
//! - `posting-train [DIR...]`: fits the posting ranker and writes its model file.
//! - `ocr-testset [DIR...] [--limit N]`: the OCR test set made from postings, read back and measured.
//! - `fuzz [SECONDS] [TARGET...]`: the cargo-fuzz targets of the core, each for SECONDS.
//!
//! xtask depends on no crate of the workspace, so that on a fresh machine it builds in
//! seconds and says what it is doing at once; the measuring tools live in
//! `postulo-devtools` (devtools/) and the crash harness in the end-to-end crate, both run
//! through cargo.

mod bench;
mod bundle;
mod cmd;
mod crash;
mod devtools;
mod e2e;
mod fuzz;
mod python;
mod system;
mod test;
mod ui;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("test") => test::all(),
        Some("bench") => bench::all(),
        Some("bench-core") => devtools::release(&["bench-core"]).run(),
        Some("bench-dossier") => bench::dossier(),
        Some("bench-hour") => bench::hour(args.get(1).map(String::as_str)),
        Some("bundle") => bundle::run(),
        Some("deb-check") => bundle::check_install(),
        Some("bindings") => bindings(),
        Some("crash") => crash::run(&args[1..]),
        Some("e2e") => e2e::run_all(),
        // The report fits the ranker once per posting (leave-one-out): a quarter of an
        // hour in a debug build, a minute and a half in release.
        Some("posting-report") => {
            let all: Vec<&str> = args.iter().map(String::as_str).collect();
            devtools::release(&all).in_caller_dir().run()
        }
        Some("posting-train") => devtools::debug(&args).run(),
        Some("bench-posting") => devtools::release(&["bench-posting"]).run(),
        Some("bench-ocr") => system::ensure(system::Purpose::Test)
            .and_then(|()| devtools::release(&["bench-ocr"]).run()),
        Some("ocr-testset") => system::ensure(system::Purpose::Test).and_then(|()| {
            let mut all = vec!["ocr-testset"];
            all.extend(args[1..].iter().map(String::as_str));
            devtools::release(&all).in_caller_dir().run()
        }),
        Some("fuzz") => fuzz::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <run | test | bench | bench-dossier | bench-hour [PAGES] | bench-posting | bench-ocr | bundle | deb-check | crash [N] [SEED] | bindings | e2e | posting-report DIR... [--json] [--folds K] | posting-train [DIR...] | ocr-testset [DIR...] [--limit N] | fuzz [SECONDS] [TARGET...]>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T = ()> = std::result::Result<T, String>;

/// The repository root (xtask lives one level below it).
fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

fn run() -> Result {
    system::ensure(system::Purpose::Run)?;
    ui::install()?;
    ui::build()?;
    cmd::cargo(&["run", "-p", "postulo"]).run()
}

fn bindings() -> Result {
    cmd::cargo(&["test", "-p", "postulo-core", "--lib", "bindings"])
        .env("UPDATE_BINDINGS", "1")
        .run()?;
    // The commands' names and typed signatures for the interface (with the shell's own
    // types), and the capability, from the list and each command's declaration.
    cmd::cargo(&["test", "-p", "postulo", "--lib", "generated"])
        .env("UPDATE_BINDINGS", "1")
        .run()?;
    println!(
        "UI bindings written to ui/src/lib/bindings/, the capability to src-tauri/capabilities/"
    );
    Ok(())
}
