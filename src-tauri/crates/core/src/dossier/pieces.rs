//! « Chaque pièce en PDF séparé, 2 Mo maximum »: the dossier as one PDF per piece, in the
//! checklist's order, each named `01_CV_TRAORE_Aissata.pdf` and shrunk to its own limit the
//! way the e-mail mode shrinks the whole dossier.
//!
//! Every piece is written under a temporary name in a new folder and measured before any
//! takes its name, so a piece that cannot fit even at the smallest legible setting is named
//! and nothing is exported: the candidate never sends half a dossier, and never a mix of
//! this export and an earlier one.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use serde::Serialize;

use super::piece_picture::piece_picture;
use super::{assemble, piece_file_name, DossierInput, Progress, SizeMode, Stage, Tracker};
use crate::atomic_write::PartialFile;
use crate::error::{DocumentRef, Error, Invalid, Result};
use crate::model::{PieceFormat, PieceLimits};

/// One piece's file, as it will be (or was) written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PieceFile {
    pub document: DocumentRef,
    pub label: String,
    /// `01_CV_TRAORE_Aissata.pdf`.
    pub file_name: String,
    #[cfg_attr(test, ts(type = "number"))]
    pub bytes: u64,
    pub pages: u32,
    /// Scans re-encoded to fit the limit.
    pub shrunk: bool,
    /// Within the per-piece limit (always true without one).
    pub fits: bool,
}

/// What a per-piece export produces, or would.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PiecesSummary {
    pub pieces: Vec<PieceFile>,
    #[cfg_attr(test, ts(type = "number"))]
    pub total_bytes: u64,
    pub limits: PieceLimits,
    /// Every piece fits its limit and all together fit the total: only then is anything
    /// written.
    pub fits: bool,
    /// Set when the pieces were written: the new folder that holds them.
    pub folder: Option<String>,
}

/// A piece written under its temporary name, and the name it takes once all fit.
type Pending = (PartialFile, PathBuf);

/// Assembles every piece: into a byte counter for an estimate, or into its temporary file
/// in `folder`. The pieces are independent, so they are built on every core at once (a
/// dossier's single e-mail pass shares its scans between the cores the same way); only the
/// pieces being built are in memory, whatever their number and size (scans of 100 MB are
/// accepted in the vault).
fn build_pieces(
    input: &DossierInput,
    limits: PieceLimits,
    folder: Option<&Path>,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<(PiecesSummary, Vec<Pending>)> {
    let n = input.documents.len();
    if n == 0 {
        return Err(Error::invalid("documents", Invalid::Required));
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |c| c.get())
        .min(n);
    let next = AtomicUsize::new(0);
    let mut built: Vec<Option<Result<Built>>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::channel();
        for _ in 0..workers {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let result = build_piece(input, i, limits, folder, cancel);
                let failed = result.is_err();
                if sender.send((i, result)).is_err() || failed {
                    // A piece that cannot be built stops the others: nothing will be written.
                    next.store(n, Ordering::Relaxed);
                    break;
                }
            });
        }
        drop(sender);
        for (done, (i, result)) in (1..).zip(receiver) {
            if let Some(slot) = built.get_mut(i) {
                *slot = Some(result);
            }
            progress(Progress {
                stage: Stage::Compressing,
                done,
                total: n as u32,
            });
        }
    });
    let mut pending: Vec<Pending> = Vec::new();
    let mut pieces = Vec::with_capacity(n);
    for result in built {
        // A piece never built was stopped by another's failure, reported in order before it.
        let (piece, file) = result.ok_or(Error::Cancelled)??;
        pieces.push(piece);
        pending.extend(file);
    }
    let total_bytes = pieces.iter().map(|p| p.bytes).sum();
    let fits = pieces.iter().all(|p| p.fits)
        && limits.total_bytes.is_none_or(|limit| total_bytes <= limit);
    let summary = PiecesSummary {
        pieces,
        total_bytes,
        limits,
        fits,
        folder: None,
    };
    Ok((summary, pending))
}

/// One piece, and its temporary file when written.
type Built = (PieceFile, Option<Pending>);

/// The `i`-th piece on its own: no cover, its scans shrunk to `mode`; as one picture when
/// the pieces go as JPEG.
fn build_piece(
    input: &DossierInput,
    i: usize,
    limits: PieceLimits,
    folder: Option<&Path>,
    cancel: &AtomicBool,
) -> Result<Built> {
    let doc = input
        .documents
        .get(i)
        .ok_or_else(|| Error::Corrupt(format!("no piece {i}")))?;
    let one = DossierInput {
        documents: vec![doc.clone()],
        ..input.clone()
    };
    let file_name = piece_file_name(i + 1, &doc.label, &input.profile, limits.format);
    let document = DocumentRef {
        id: doc.document_id,
        title: doc.title.clone(),
    };
    let destination = folder.map(|f| f.join(&file_name));
    let (bytes, pages, shrunk, fits, file) = match limits.format {
        PieceFormat::Pdf => {
            let mode = match limits.per_piece_bytes {
                Some(limit_bytes) => SizeMode::Email { limit_bytes },
                None => SizeMode::Lossless,
            };
            let (summary, file) = assembled(&one, mode, destination.as_deref(), cancel)?;
            let shrunk = summary.documents.iter().any(|d| d.shrunk);
            (summary.bytes, summary.pages, shrunk, summary.fits, file)
        }
        PieceFormat::Jpeg => {
            // The scans as they are: the picture's own ladder does the shrinking.
            let target = Path::new(&doc.title);
            let (pdf, _) = assemble_into(&one, SizeMode::Lossless, Vec::new(), target, cancel)?;
            let picture =
                piece_picture(pdf, limits.per_piece_bytes, cancel)?.ok_or(Error::Document {
                    document: document.clone(),
                    reason: Invalid::FileCorrupt,
                })?;
            let file = match &destination {
                Some(destination) => {
                    let mut partial = PartialFile::beside(destination, ".jpg.part")?;
                    partial
                        .as_file_mut()
                        .write_all(&picture.jpeg)
                        .map_err(|e| Error::io(partial.path(), e))?;
                    Some((partial, destination.clone()))
                }
                None => None,
            };
            let bytes = picture.jpeg.len() as u64;
            (bytes, picture.pages, picture.shrunk, picture.fits, file)
        }
    };
    let piece = PieceFile {
        document,
        label: doc.label.clone(),
        file_name,
        bytes,
        pages,
        shrunk,
        fits,
    };
    Ok((piece, file))
}

/// One piece assembled as a PDF: into its temporary file beside `destination`, or only
/// measured.
fn assembled(
    one: &DossierInput,
    mode: SizeMode,
    destination: Option<&Path>,
    cancel: &AtomicBool,
) -> Result<(super::DossierSummary, Option<Pending>)> {
    match destination {
        Some(destination) => {
            let partial = PartialFile::beside(destination, ".pdf.part")?;
            let out = BufWriter::with_capacity(1 << 20, partial.as_file());
            let (out, summary) = assemble_into(one, mode, out, destination, cancel)?;
            out.into_inner()
                .map_err(|e| Error::io(partial.path(), e.into_error()))?;
            Ok((summary, Some((partial, destination.to_path_buf()))))
        }
        None => {
            // Named in what an error says.
            let target = one
                .documents
                .first()
                .map_or(Path::new(""), |d| Path::new(&d.title));
            let (_, summary) = assemble_into(one, mode, std::io::sink(), target, cancel)?;
            Ok((summary, None))
        }
    }
}

/// One piece assembled into `out` (`target` names it in what an error says).
fn assemble_into<W: Write>(
    one: &DossierInput,
    mode: SizeMode,
    out: W,
    target: &Path,
    cancel: &AtomicBool,
) -> Result<(W, super::DossierSummary)> {
    // Each piece reports as one step of the whole; its own steps stay inside.
    let mut quiet = |_: Progress| {};
    let mut tracker = Tracker::new(one, mode, &mut quiet, cancel);
    let prepared = assemble::prepare(one, mode, false, &mut tracker)?;
    assemble::write(one, &prepared, out, target, &mut tracker)
}

/// What [`export_pieces`] would write, without writing: each piece's name, size and whether
/// it fits.
pub fn estimate_pieces(
    input: &DossierInput,
    limits: PieceLimits,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<PiecesSummary> {
    build_pieces(input, limits, None, progress, cancel).map(|(summary, _)| summary)
}

/// Writes one PDF per piece into a new folder `folder_name` inside `parent` (« … (2) » when
/// that name is taken), so that no earlier file is replaced and no piece of another export
/// mixes with these. When a piece cannot fit its limit, or all together the total, nothing
/// is left behind and the summary says which (`fits` false).
pub fn export_pieces(
    input: &DossierInput,
    parent: &Path,
    folder_name: &str,
    limits: PieceLimits,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<PiecesSummary> {
    if input.documents.is_empty() {
        return Err(Error::invalid("documents", Invalid::Required));
    }
    let folder = fresh_folder(parent, folder_name)?;
    let built = build_pieces(input, limits, Some(&folder), progress, cancel);
    let (mut summary, pending) = match built {
        Ok((summary, pending)) if summary.fits && !cancelled(cancel) => (summary, pending),
        other => {
            // The temporary files went with their handles; the folder is ours and empty.
            let result = other.and_then(|(summary, pending)| {
                drop(pending);
                if cancelled(cancel) {
                    Err(Error::Cancelled)
                } else {
                    Ok(summary)
                }
            });
            let _ = std::fs::remove_dir(&folder);
            return result;
        }
    };
    for (partial, destination) in pending {
        partial.commit(&destination)?;
    }
    progress(Progress {
        stage: Stage::Writing,
        done: 1,
        total: 1,
    });
    summary.folder = Some(folder.display().to_string());
    Ok(summary)
}

fn cancelled(cancel: &AtomicBool) -> bool {
    cancel.load(Ordering::Relaxed)
}

/// `parent/name`, or `parent/name (2)`, `(3)`… : the first that does not exist, created.
fn fresh_folder(parent: &Path, name: &str) -> Result<PathBuf> {
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    for n in 1..=999 {
        let candidate = if n == 1 {
            parent.join(name)
        } else {
            parent.join(format!("{name} ({n})"))
        };
        match std::fs::create_dir(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&candidate, e)),
        }
    }
    Err(Error::io(
        parent,
        std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "999 folders of this name",
        ),
    ))
}
