//! Each document of a dossier, read and checked before anything is written: its type (by
//! content, never by name), its pages, and whether it can be embedded as it is.

use std::io;
use std::path::Path;

use super::pdf::{LoadedPdf, PdfProblem};
use super::png::{self, PngInfo};
use super::DossierDocument;
use crate::error::{DocumentRef, Error, Invalid, Result};
use crate::jpeg::{self, JpegInfo, JpegProblem};
use crate::vault::MAX_IMAGE_PIXELS;

/// A document, checked and ready to be written.
#[derive(Debug)]
pub enum Source {
    /// Boxed: a loaded PDF is far bigger than a picture's header facts.
    Pdf(Box<LoadedPdf>),
    Jpeg(JpegInfo),
    Png(PngInfo),
}

impl Source {
    pub fn page_count(&self) -> usize {
        match self {
            Self::Pdf(pdf) => pdf.page_count(),
            Self::Jpeg(_) | Self::Png(_) => 1,
        }
    }
}

pub fn document_error(doc: &DossierDocument, reason: Invalid) -> Error {
    Error::Document {
        document: DocumentRef {
            id: doc.document_id,
            title: doc.title.clone(),
        },
        reason,
    }
}

/// Reads a document's file; a vanished or unreadable file is an error naming the document.
pub fn read_file(doc: &DossierDocument) -> Result<Vec<u8>> {
    read_path(&doc.path).map_err(|e| {
        document_error(
            doc,
            match e.kind() {
                io::ErrorKind::NotFound => Invalid::FileMissing,
                _ => Invalid::FileUnreadable,
            },
        )
    })
}

fn read_path(path: &Path) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::other("not a file"));
    }
    std::fs::read(path)
}

/// Reads and checks one document.
pub fn inspect(doc: &DossierDocument) -> Result<(Source, u64)> {
    let bytes = read_file(doc)?;
    let size = bytes.len() as u64;
    let fail = |reason| document_error(doc, reason);
    if bytes.is_empty() {
        return Err(fail(Invalid::FileEmpty));
    }
    let source = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let info = jpeg::read_info(&bytes).map_err(|p| {
            fail(match p {
                JpegProblem::Corrupt => Invalid::FileCorrupt,
                JpegProblem::Unsupported => Invalid::ImageUnsupported,
            })
        })?;
        check_pixels(info.width, info.height).map_err(fail)?;
        if !jpeg_is_complete(&bytes, info.scan_offset) {
            return Err(fail(Invalid::FileCorrupt));
        }
        Source::Jpeg(info)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        let info = png::read_info(&bytes).ok_or_else(|| fail(Invalid::FileCorrupt))?;
        check_pixels(info.width, info.height).map_err(fail)?;
        Source::Png(info)
    } else if bytes.starts_with(b"PK\x03\x04") {
        return Err(fail(Invalid::ConvertToPdf));
    } else if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        Source::Pdf(Box::new(LoadedPdf::load(&bytes).map_err(|p| {
            fail(match p {
                PdfProblem::Encrypted => Invalid::FileEncrypted,
                PdfProblem::Corrupt => Invalid::FileCorrupt,
            })
        })?))
    } else {
        return Err(fail(Invalid::FileType));
    };
    Ok((source, size))
}

/// Pictures over 100 megapixels are refused, as the vault refuses them: a 20000 × 20000
/// scan is a mistake (or a trap), and no reader would display it well.
fn check_pixels(width: u32, height: u32) -> std::result::Result<(), Invalid> {
    if u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS {
        return Err(Invalid::ImageTooLarge);
    }
    Ok(())
}

/// A JPEG cut short (an interrupted copy) has no end-of-image marker after its scan data.
/// Inside entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, so
/// 0xFF 0xD9 there is the real end, wherever trailing data (a second picture) follows.
fn jpeg_is_complete(bytes: &[u8], scan_offset: usize) -> bool {
    bytes
        .get(scan_offset..)
        .is_some_and(|scan| scan.windows(2).rev().any(|w| w == [0xFF, 0xD9]))
}
