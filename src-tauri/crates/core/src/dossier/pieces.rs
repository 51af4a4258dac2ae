//! « Chaque pièce en PDF séparé, 2 Mo maximum »: the dossier as one PDF per piece, in the
//! checklist's order, each named `01_CV_TRAORE_Aissata.pdf` and shrunk to its own limit the
//! way the e-mail mode shrinks the whole dossier.
//!
//! Every piece is assembled in memory and measured before anything is written, so a piece
//! that cannot fit even at the smallest legible setting is named and nothing is exported:
//! the candidate never sends half a dossier. Each file is written under a temporary name
//! and renamed only once all are ready.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};

use super::{assemble, piece_file_name, DossierInput, Progress, SizeMode, Stage, Tracker};
use crate::atomic_write::PartialFile;
use crate::error::{DocumentRef, Error, Invalid, Result};

/// How the pieces must be sent: a size limit per file, and one for all of them together
/// (« le tout ne dépassant pas 5 Mo »). `None`: no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PieceLimits {
    #[cfg_attr(test, ts(type = "number | null"))]
    pub per_piece_bytes: Option<u64>,
    #[cfg_attr(test, ts(type = "number | null"))]
    pub total_bytes: Option<u64>,
}

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
    /// Set when the pieces were written: the folder that holds them.
    pub folder: Option<String>,
}

/// Assembles every piece in memory: the files and the summary.
fn assemble_pieces(
    input: &DossierInput,
    limits: PieceLimits,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<(Vec<Vec<u8>>, PiecesSummary)> {
    if input.documents.is_empty() {
        return Err(Error::invalid("documents", Invalid::Required));
    }
    let total = input.documents.len() as u32;
    let mode = match limits.per_piece_bytes {
        Some(limit_bytes) => SizeMode::Email { limit_bytes },
        None => SizeMode::Lossless,
    };
    let mut files = Vec::with_capacity(input.documents.len());
    let mut pieces = Vec::with_capacity(input.documents.len());
    for (i, doc) in input.documents.iter().enumerate() {
        let one = DossierInput {
            documents: vec![doc.clone()],
            ..input.clone()
        };
        // Each piece reports as one step of the whole; its own steps stay inside.
        let mut quiet = |_: Progress| {};
        let mut tracker = Tracker::new(&one, mode, &mut quiet, cancel);
        let prepared = assemble::prepare(&one, mode, false, &mut tracker)?;
        let target = Path::new(&doc.title);
        let (bytes, summary) = assemble::write(&one, &prepared, Vec::new(), target, &mut tracker)?;
        let shrunk = summary.documents.iter().any(|d| d.shrunk);
        pieces.push(PieceFile {
            document: DocumentRef {
                id: doc.document_id,
                title: doc.title.clone(),
            },
            label: doc.label.clone(),
            file_name: piece_file_name(i + 1, &doc.label, &input.profile),
            bytes: bytes.len() as u64,
            pages: summary.pages,
            shrunk,
            fits: summary.fits,
        });
        files.push(bytes);
        progress(Progress {
            stage: Stage::Compressing,
            done: i as u32 + 1,
            total,
        });
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
    Ok((files, summary))
}

/// What [`export_pieces`] would write, without writing: each piece's name, size and whether
/// it fits.
pub fn estimate_pieces(
    input: &DossierInput,
    limits: PieceLimits,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<PiecesSummary> {
    assemble_pieces(input, limits, progress, cancel).map(|(_, summary)| summary)
}

/// Writes one PDF per piece into `folder` (created if missing; files of the same names are
/// replaced). When a piece cannot fit its limit, or all together the total, nothing is
/// written and the summary says which (`fits` false).
pub fn export_pieces(
    input: &DossierInput,
    folder: &Path,
    limits: PieceLimits,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<PiecesSummary> {
    let (files, mut summary) = assemble_pieces(input, limits, progress, cancel)?;
    if !summary.fits {
        return Ok(summary);
    }
    std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    // Every file is complete on disk before the first one takes its name.
    let mut written: Vec<(PartialFile, PathBuf)> = Vec::with_capacity(files.len());
    for (bytes, piece) in files.iter().zip(&summary.pieces) {
        let destination = folder.join(&piece.file_name);
        let mut partial = PartialFile::beside(&destination, ".pdf.part")?;
        std::io::Write::write_all(partial.as_file_mut(), bytes)
            .map_err(|e| Error::io(partial.path(), e))?;
        written.push((partial, destination));
    }
    if cancel.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(Error::Cancelled);
    }
    for (partial, destination) in written {
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
