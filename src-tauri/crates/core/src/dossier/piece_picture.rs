//! « Format JPEG »: a piece sent as one picture, for the portals that take only pictures.
//!
//! The piece is first assembled as the PDF it would be (scans kept as they are, Word
//! files refused the same way), then each page is drawn at 150 dpi by the renderer the
//! vault uses for its thumbnails, and the pages are put one under the other in one
//! picture: a portal's field takes one file per piece, and a two-sided diploma stays one
//! piece. Over the limit, the picture goes down the e-mail mode's own ladder (quality,
//! then resolution) to its last, still legible, step.

use std::sync::atomic::{AtomicBool, Ordering};

use image::{DynamicImage, GenericImageView, RgbImage};

use super::shrink::{Step, LADDER};
use crate::error::{Error, Result};
use crate::ocr::scanned_pdf::ScannedPdf;
use crate::raster;

/// JPEG's own limit on either side.
const MAX_SIDE: u32 = u16::MAX as u32;

/// One piece as a JPEG picture.
#[derive(Debug)]
pub struct PiecePicture {
    pub jpeg: Vec<u8>,
    pub pages: u32,
    /// Brought below the best step to fit the limit.
    pub shrunk: bool,
    /// Within the limit (always true without one).
    pub fits: bool,
}

/// `pdf` (one piece, as assembled) as one picture within `limit` bytes when a step of the
/// ladder gets there; otherwise the smallest step, marked as not fitting. `Ok(None)` when a
/// page cannot be drawn.
pub fn piece_picture(
    pdf: Vec<u8>,
    limit: Option<u64>,
    cancel: &AtomicBool,
) -> Result<Option<PiecePicture>> {
    let Some(pages) = stacked_pages(pdf, LADDER[0].dpi, cancel)? else {
        return Ok(None);
    };
    let (picture, page_count) = pages;
    let mut last = None;
    for (i, step) in LADDER.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        let jpeg = encode_at(&picture, *step)?;
        let fits = limit.is_none_or(|l| jpeg.len() as u64 <= l);
        let done = PiecePicture {
            jpeg,
            pages: page_count,
            shrunk: i > 0,
            fits,
        };
        if fits {
            return Ok(Some(done));
        }
        last = Some(done);
    }
    Ok(last)
}

/// The picture at `step`: brought down from the first step's resolution when the step's is
/// lower.
fn encode_at(picture: &DynamicImage, step: Step) -> Result<Vec<u8>> {
    let ratio = step.dpi / LADDER[0].dpi;
    let picture = if ratio < 1.0 {
        let (w, h) = picture.dimensions();
        let width = ((w as f32 * ratio).round() as u32).max(1);
        let height = ((h as f32 * ratio).round() as u32).max(1);
        std::borrow::Cow::Owned(raster::resize(picture, width, height).map_err(image_error)?)
    } else {
        std::borrow::Cow::Borrowed(picture)
    };
    raster::encode_jpeg(&picture, step.quality).map_err(image_error)
}

/// Every page drawn at `dpi` and put one under the other, centred, on white; the whole
/// brought down as needed to stay within JPEG's 65,535 pixels a side. With the page count.
fn stacked_pages(
    pdf: Vec<u8>,
    dpi: f32,
    cancel: &AtomicBool,
) -> Result<Option<(DynamicImage, u32)>> {
    let Some(document) = ScannedPdf::open(pdf) else {
        return Ok(None);
    };
    let count = document.page_count();
    if count == 0 {
        return Ok(None);
    }
    let mut pages = Vec::with_capacity(count);
    for index in 0..count {
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        let Some(pixmap) = document.render(index, |_| dpi / 72.0) else {
            return Ok(None);
        };
        let (w, h) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
        // Drawn on white, every pixel is opaque: the premultiplied colours are the colours.
        let rgb: Vec<u8> = pixmap
            .data_as_u8_slice()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let Some(page) = RgbImage::from_raw(w, h, rgb) else {
            return Ok(None);
        };
        pages.push(page);
    }
    let width = pages.iter().map(|p| p.width()).max().unwrap_or(1);
    let height: u32 = pages.iter().map(|p| p.height()).sum();
    let mut sheet = RgbImage::from_pixel(width, height, image::Rgb([255, 255, 255]));
    let mut y = 0;
    for page in &pages {
        let x = (width - page.width()) / 2;
        image::imageops::replace(&mut sheet, page, i64::from(x), i64::from(y));
        y += page.height();
    }
    drop(pages);
    let sheet = DynamicImage::ImageRgb8(sheet);
    let longest = width.max(height);
    let sheet = if longest > MAX_SIDE {
        let scale = MAX_SIDE as f32 / longest as f32;
        let w = ((width as f32 * scale) as u32).clamp(1, MAX_SIDE);
        let h = ((height as f32 * scale) as u32).clamp(1, MAX_SIDE);
        raster::resize(&sheet, w, h).map_err(image_error)?
    } else {
        sheet
    };
    Ok(Some((sheet, count as u32)))
}

fn image_error(e: image::ImageError) -> Error {
    Error::Corrupt(format!("piece picture: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A two-page PDF of A4 pages drawn with text, as the dossier writes them.
    fn two_pages() -> Vec<u8> {
        use lopdf::content::{Content, Operation};
        use lopdf::{dictionary, Document, Object, Stream};
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let mut kids = Vec::new();
        for n in 0..2 {
            let content = Content {
                operations: vec![
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec!["F1".into(), 24.into()]),
                    Operation::new("Td", vec![72.into(), 700.into()]),
                    Operation::new("Tj", vec![Object::string_literal(format!("Page {n}"))]),
                    Operation::new("ET", vec![]),
                ],
            };
            let stream = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
            kids.push(
                doc.add_object(dictionary! {
                    "Type" => "Page", "Parent" => pages_id, "Contents" => stream,
                    "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                    "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
                })
                .into(),
            );
        }
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 2 }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn the_pages_of_a_piece_go_one_under_the_other_at_150_dpi() {
        let picture = piece_picture(two_pages(), None, &AtomicBool::new(false))
            .unwrap()
            .unwrap();
        assert_eq!(picture.pages, 2);
        assert!(picture.fits && !picture.shrunk);
        let decoded = image::load_from_memory(&picture.jpeg).unwrap();
        // A4 at 150 dpi: 1240 × 1754 a page (the renderer rounds to the pixel).
        assert!(
            (1238..=1242).contains(&decoded.width()),
            "{}",
            decoded.width()
        );
        assert!(
            (2 * 1752..=2 * 1756).contains(&decoded.height()),
            "{}",
            decoded.height()
        );
    }

    #[test]
    fn over_its_limit_a_picture_goes_down_the_ladder_or_says_it_cannot_fit() {
        let cancel = AtomicBool::new(false);
        let best = piece_picture(two_pages(), None, &cancel).unwrap().unwrap();
        let limit = best.jpeg.len() as u64 * 2 / 3;
        let smaller = piece_picture(two_pages(), Some(limit), &cancel)
            .unwrap()
            .unwrap();
        assert!(smaller.fits && smaller.shrunk, "{}", smaller.jpeg.len());
        assert!(smaller.jpeg.len() as u64 <= limit);
        let impossible = piece_picture(two_pages(), Some(100), &cancel)
            .unwrap()
            .unwrap();
        assert!(!impossible.fits);
    }

    #[test]
    fn what_is_not_a_pdf_gives_no_picture() {
        assert!(
            piece_picture(b"%PDF-1.4 broken".to_vec(), None, &AtomicBool::new(false))
                .unwrap()
                .is_none()
        );
    }
}
