//! Text recognition (OCR) for what arrives as a picture: a photo of a notice board, a
//! screenshot shared in a messaging group, a scanned PDF without a text layer.
//!
//! Pages are prepared here (upright, grey, scaled, light evened out: [`picture`]), read by
//! Tesseract in a process of its own ([`engine`]), and their words put back together with
//! the places where the engine was unsure ([`words`]). Everything runs offline; the
//! candidate's pictures never leave the computer and are never written to a temporary file.

pub mod engine;
pub mod geometry;
pub mod picture;
pub(crate) mod scanned_pdf;
pub mod straighten;
#[cfg(feature = "testset")]
pub mod testset;
pub mod words;

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

use image::GrayImage;
use serde::Serialize;

use crate::error::{Error, Invalid, Result};
use engine::Engine;
pub(crate) use scanned_pdf::ScannedPdf;
use words::PageText;

/// Pages read from one scanned PDF. A posting is one to three pages; a 300-page scan is
/// read up to here and the candidate told how many pages were left.
pub const MAX_PAGES: usize = 10;

/// Fewer words, or a lower mean confidence, and the picture holds no text worth reading.
const MIN_WORDS: usize = 3;
const MIN_CONFIDENCE: f32 = 40.0;

/// Below this mean confidence a page is checked for being sideways or upside down: a page
/// read the right way up scores 80–95, a turned one under 40.
const TURNED_PAGE_CONFIDENCE: f32 = 55.0;

/// Where the reading is: page `page` of `pages` has started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct OcrProgress {
    pub page: u32,
    pub pages: u32,
}

/// The text read from a picture or a scanned PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognized {
    pub text: String,
    /// Byte ranges in `text` of the words the engine was unsure of.
    pub low_confidence: Vec<Range<usize>>,
    /// Mean confidence of the words, 0–100.
    pub confidence: f32,
    pub pages_read: usize,
    /// Pages in the file: more than `pages_read` for a scan over [`MAX_PAGES`], or with a
    /// page that could not be read.
    pub pages_total: usize,
}

/// Whether `bytes` are a picture OCR reads (JPEG, PNG, WebP, TIFF, BMP).
pub fn is_picture(bytes: &[u8]) -> bool {
    picture::format_of(bytes).is_some()
}

/// Reads the text of a picture, or of a PDF's pages as pictures. `progress` hears of each
/// page as it starts; `cancel` stops the engine at once (the error is then `Cancelled`).
pub fn recognize(
    bytes: Vec<u8>,
    progress: &mut dyn FnMut(OcrProgress),
    cancel: &AtomicBool,
) -> Result<Recognized> {
    // Said before any work: a missing engine is not a problem of the candidate's file.
    let engine = Engine::locate()?;
    let mut text = PageText::default();
    let pages_total;
    let mut pages_read = 0;
    if bytes.starts_with(b"%PDF-") {
        let pdf =
            ScannedPdf::open(bytes).ok_or_else(|| Error::invalid("file", Invalid::FileCorrupt))?;
        pages_total = pdf.page_count();
        let pages = pages_total.min(MAX_PAGES);
        for index in 0..pages {
            stop_if_cancelled(cancel)?;
            progress(OcrProgress {
                page: count(index + 1),
                pages: count(pages),
            });
            // A page the renderer cannot draw, or the engine fails on, is skipped: the
            // others may hold the posting.
            if let Some(page) = pdf.page(index) {
                match read_page(&engine, page, &mut text, cancel) {
                    Ok(()) => pages_read += 1,
                    Err(Error::Validation {
                        reason: Invalid::OcrFailed,
                        ..
                    }) if pages > 1 => {}
                    Err(e) => return Err(e),
                }
            }
        }
    } else {
        let page = picture::decode(&bytes)?;
        drop(bytes);
        pages_total = 1;
        stop_if_cancelled(cancel)?;
        progress(OcrProgress { page: 1, pages: 1 });
        read_page(&engine, page, &mut text, cancel)?;
        pages_read = 1;
    }
    // A texture (a face, a wall, a blurred photo) makes the engine invent a few words with
    // low confidence: that is no text, not a posting to review.
    if text.words() < MIN_WORDS || text.mean_confidence() < MIN_CONFIDENCE {
        return Err(Error::invalid("file", Invalid::NoTextRecognized));
    }
    Ok(Recognized {
        confidence: text.mean_confidence(),
        text: text.text,
        low_confidence: text.low_confidence,
        pages_read,
        pages_total,
    })
}

/// Reads one page, turning it first when the engine finds it sideways or upside down.
fn read_page(
    engine: &Engine,
    page: GrayImage,
    text: &mut PageText,
    cancel: &AtomicBool,
) -> Result<()> {
    let page = picture::prepare(page);
    let pgm = picture::to_pgm(&page);
    let first = words::parse(&engine.read_page(&pgm, cancel)?);
    // Most pages are upright and read well: the orientation check (a second run of the
    // engine) is only paid for a page that read badly.
    let best = if first.mean_confidence() < TURNED_PAGE_CONFIDENCE {
        match engine.orientation(&pgm, cancel)? {
            Some(degrees) if degrees != 0 => {
                drop(pgm);
                let turned = picture::to_pgm(&picture::rotate(&page, degrees));
                let second = words::parse(&engine.read_page(&turned, cancel)?);
                if score(&second) > score(&first) {
                    second
                } else {
                    first
                }
            }
            _ => first,
        }
    } else {
        first
    };
    text.append(best);
    Ok(())
}

fn score(page: &PageText) -> f32 {
    page.words() as f32 * page.mean_confidence()
}

fn stop_if_cancelled(cancel: &AtomicBool) -> Result<()> {
    if cancel.load(Ordering::Relaxed) {
        Err(Error::Cancelled)
    } else {
        Ok(())
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
