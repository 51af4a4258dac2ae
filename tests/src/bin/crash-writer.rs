//! The process the crash harness kills: it opens the data folder as the app does and writes
//! in a loop (create, update, attach a file, export a dossier), printing each write on
//! standard output once the core has returned from it, so the harness knows which writes
//! were acknowledged before the kill. See `postulo_e2e::crash`.
//!
//! Usage: `crash-writer DATA_DIR WORK_DIR RUN SEED`

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use postulo_core::dossier::{self, SizeMode};
use postulo_core::model::{ApplicationInput, DocumentKind, Language};
use postulo_core::Store;
use postulo_e2e::crash::{pdf_bytes, Lcg};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, work, run, seed] = args.as_slice() else {
        eprintln!("usage: crash-writer DATA_DIR WORK_DIR RUN SEED");
        return ExitCode::from(2);
    };
    let (Ok(run), Ok(seed)) = (run.parse::<u64>(), seed.parse::<u64>()) else {
        eprintln!("RUN and SEED are numbers");
        return ExitCode::from(2);
    };
    match write_forever(Path::new(data), Path::new(work), run, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crash-writer: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints one protocol line and flushes it: a line the harness has read was written by a
/// write that had returned.
fn say(line: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())
}

fn write_forever(data: &Path, work: &Path, run: u64, seed: u64) -> Result<(), String> {
    let store = Store::open_in(data).map_err(|e| e.to_string())?;
    let mut apps: Vec<i64> = store
        .list_applications()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|a| a.id)
        .collect();
    say("ready")?;
    let mut rng = Lcg::new(seed ^ run);
    let today = chrono::Local::now().date_naive();
    // Sequence numbers grow across runs, so "this value or a later one" can be checked.
    let mut seq = run * 1_000_000;
    loop {
        seq += 1;
        let roll = if apps.is_empty() { 0 } else { rng.below(10) };
        match roll {
            0..=3 => {
                say("begin create")?;
                let title = format!("Crash {seq}");
                let app = store
                    .create_application(ApplicationInput {
                        title: title.clone(),
                        organization: "Harness".into(),
                        ..Default::default()
                    })
                    .map_err(|e| e.to_string())?;
                apps.push(app.id);
                say(&format!("ack create {} {title}", app.id))?;
            }
            4..=6 => {
                let id = apps[rng.below(apps.len() as u64) as usize];
                say("begin update")?;
                let app = store.application(id).map_err(|e| e.to_string())?;
                store
                    .update_application(
                        id,
                        ApplicationInput {
                            title: app.title,
                            organization: app.organization,
                            notes: Some(format!("n{seq}")),
                            ..Default::default()
                        },
                    )
                    .map_err(|e| e.to_string())?;
                say(&format!("ack update {id} {seq}"))?;
            }
            7..=8 => {
                let id = apps[rng.below(apps.len() as u64) as usize];
                say("begin attach")?;
                let source = work.join(format!("cv-{seq}.pdf"));
                std::fs::write(&source, pdf_bytes(1 + (seq % 3) as usize, seq))
                    .map_err(|e| e.to_string())?;
                let doc = store
                    .add_document(&source, DocumentKind::Cv, "", None)
                    .map_err(|e| e.to_string())?
                    .document;
                let checklist = store.checklist(id, today).map_err(|e| e.to_string())?;
                let item = checklist
                    .entries
                    .iter()
                    .find(|e| e.item.kind == DocumentKind::Cv)
                    .ok_or("no CV item")?
                    .item
                    .id;
                store
                    .attach_document(item, doc.id)
                    .map_err(|e| e.to_string())?;
                // The original may go: the vault has its own copy.
                let _ = std::fs::remove_file(&source);
                say(&format!("ack attach {id} {item} {}", doc.id))?;
            }
            _ => {
                let id = apps[rng.below(apps.len() as u64) as usize];
                say("begin export")?;
                let dest: PathBuf = work.join("exports").join(format!("dossier-{seq}.pdf"));
                let input = store
                    .dossier_input(id, Language::Fr, today)
                    .map_err(|e| e.to_string())?;
                dossier::export(
                    &input,
                    &dest,
                    SizeMode::Lossless,
                    &mut |_| {},
                    &AtomicBool::new(false),
                )
                .map_err(|e| e.to_string())?;
                say(&format!("ack export {}", dest.display()))?;
            }
        }
    }
}
