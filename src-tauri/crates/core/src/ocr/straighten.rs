//! A photographed document made into a clean A4 page for the dossier: the sheet cut out of
//! the photo and its perspective undone, the shadows and the yellowed paper evened out to
//! white, placed upright on an A4 page at 200 dpi and saved as a grey JPEG — what a
//! scanner would have given, small enough for e-mail.

use image::imageops::{self, FilterType};
use image::{DynamicImage, GrayImage, Luma};

use super::{geometry, picture};
use crate::error::{Error, Invalid, Result};
use crate::raster;

/// A4 at 200 dpi: legible print and small files (a page is 200–500 kB).
const A4_SHORT: u32 = 1654;
const A4_LONG: u32 = 2339;
const QUALITY: u8 = 82;

/// The straightened page as a JPEG, and whether a sheet was found in the photo (when none
/// is, the whole picture is the page: a scan or a photo already cropped).
pub fn straightened_page(bytes: &[u8]) -> Result<(Vec<u8>, bool)> {
    let photo = picture::decode(bytes)?;
    let photo = fit_within(photo, picture::LONGEST_SIDE);
    let (sheet, found) = match geometry::find_sheet(&photo) {
        Some(corners) => (geometry::straighten(&photo, corners), true),
        None => (photo, false),
    };
    let mut sheet = picture::even_light(sheet);
    levels(&mut sheet);
    let page = on_a4(&sheet);
    let jpeg = raster::encode_jpeg(&DynamicImage::ImageLuma8(page), QUALITY)
        .map_err(|_| Error::invalid("file", Invalid::FileCorrupt))?;
    Ok((jpeg, found))
}

/// Paper to pure white and ink a little darker, as a scanner's document mode does: the
/// faint traces of a shadow that evening out leaves are gone, the writing stands out.
fn levels(page: &mut GrayImage) {
    const INK: f32 = 40.0;
    const PAPER: f32 = 225.0;
    for p in page.pixels_mut() {
        let v = (f32::from(p.0[0]) - INK) * 255.0 / (PAPER - INK);
        p.0[0] = v.clamp(0.0, 255.0) as u8;
    }
}

fn fit_within(page: GrayImage, longest: u32) -> GrayImage {
    let (w, h) = page.dimensions();
    if w.max(h) <= longest {
        return page;
    }
    let k = f64::from(longest) / f64::from(w.max(h));
    let side = |s: u32| ((f64::from(s) * k).round() as u32).max(1);
    imageops::resize(&page, side(w), side(h), FilterType::Triangle)
}

/// The sheet scaled to fill an A4 page of its orientation (a diploma is often landscape),
/// centred on white.
fn on_a4(sheet: &GrayImage) -> GrayImage {
    let (w, h) = sheet.dimensions();
    let (pw, ph) = if w > h {
        (A4_LONG, A4_SHORT)
    } else {
        (A4_SHORT, A4_LONG)
    };
    let k = (f64::from(pw) / f64::from(w.max(1))).min(f64::from(ph) / f64::from(h.max(1)));
    let (sw, sh) = (
        ((f64::from(w) * k).round() as u32).clamp(1, pw),
        ((f64::from(h) * k).round() as u32).clamp(1, ph),
    );
    let scaled = imageops::resize(sheet, sw, sh, FilterType::CatmullRom);
    let mut page = GrayImage::from_pixel(pw, ph, Luma([255]));
    imageops::overlay(
        &mut page,
        &scaled,
        i64::from((pw - sw) / 2),
        i64::from((ph - sh) / 2),
    );
    page
}
