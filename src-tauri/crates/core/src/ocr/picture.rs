//! A picture made ready for the engine: decoded upright (EXIF orientation), in grey,
//! scaled so that letters have the size the engine reads best, and with the light evened
//! out (the shadow of a hand or a phone, yellowed paper, a dark screenshot).

use std::io::Cursor;

use image::imageops::{self, FilterType};
use image::{DynamicImage, GrayImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::geometry;
use crate::error::{Error, Invalid, Result};
use crate::vault::{MAX_DECODE_BYTES, MAX_IMAGE_PIXELS};

/// Longest side given to the engine. An A4 page at 300 dpi is 3,508 pixels high; more only
/// slows the engine down, and a 50-megapixel photo is brought down to this.
pub const LONGEST_SIDE: u32 = 4000;

/// A picture whose longest side is below this (a screenshot, a picture shrunk by a
/// messaging app) is enlarged: the engine misreads letters under about 20 pixels high.
const SMALL_SIDE: u32 = 2200;

/// The picture formats read: those phones, scanners and screenshots produce.
pub fn format_of(bytes: &[u8]) -> Option<ImageFormat> {
    match image::guess_format(bytes).ok()? {
        f @ (ImageFormat::Jpeg
        | ImageFormat::Png
        | ImageFormat::WebP
        | ImageFormat::Tiff
        | ImageFormat::Bmp) => Some(f),
        _ => None,
    }
}

/// Decodes a picture upright, in grey. A picture over 100 megapixels is refused before
/// its pixels are decoded; a damaged one is said to be damaged.
pub fn decode(bytes: &[u8]) -> Result<GrayImage> {
    let format = format_of(bytes).ok_or_else(|| Error::invalid("file", Invalid::FileType))?;
    let corrupt = |e: image::ImageError| match e {
        // Over the memory allowed (a 16-bit picture of many megapixels): too large, not
        // damaged.
        image::ImageError::Limits(_) => Error::invalid("file", Invalid::ImageTooLarge),
        _ => Error::invalid("file", Invalid::FileCorrupt),
    };
    let mut header = ImageReader::with_format(Cursor::new(bytes), format);
    header.no_limits();
    let (width, height) = header.into_dimensions().map_err(corrupt)?;
    if u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS {
        return Err(Error::invalid("file", Invalid::ImageTooLarge));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(corrupt)?;
    let orientation = decoder.orientation().map_err(corrupt)?;
    // Grey first, then turned: a turned copy of the colour picture would double the memory
    // of a 100-megapixel photo.
    let mut picture = DynamicImage::ImageLuma8(
        DynamicImage::from_decoder(decoder)
            .map_err(corrupt)?
            .into_luma8(),
    );
    picture.apply_orientation(orientation);
    Ok(picture.into_luma8())
}

/// Scales the page for the engine, cuts the sheet out of a photo of it and flattens it,
/// and evens out its light.
pub fn prepare(page: GrayImage) -> GrayImage {
    let page = scaled(page);
    let page = match geometry::find_sheet(&page) {
        Some(corners) => geometry::straighten(&page, corners),
        None => page,
    };
    let page = if mostly_dark(&page) {
        // Light text on a dark ground (a screenshot in dark mode): the engine reads dark
        // letters on light paper.
        let mut page = page;
        imageops::invert(&mut page);
        page
    } else {
        page
    };
    even_light(page)
}

fn scaled(page: GrayImage) -> GrayImage {
    let (w, h) = page.dimensions();
    let longest = w.max(h);
    if longest > LONGEST_SIDE {
        let k = f64::from(LONGEST_SIDE) / f64::from(longest);
        let (nw, nh) = (scale(w, k), scale(h, k));
        imageops::resize(&page, nw, nh, FilterType::Triangle)
    } else if longest < SMALL_SIDE && longest > 0 {
        let k = (f64::from(SMALL_SIDE) / f64::from(longest)).min(3.0);
        imageops::resize(&page, scale(w, k), scale(h, k), FilterType::CatmullRom)
    } else {
        page
    }
}

fn scale(side: u32, k: f64) -> u32 {
    ((f64::from(side) * k).round() as u32).max(1)
}

fn mostly_dark(page: &GrayImage) -> bool {
    let mut histogram = [0u64; 256];
    for p in page.pixels() {
        histogram[usize::from(p.0[0])] += 1;
    }
    let total: u64 = histogram.iter().sum();
    let dark: u64 = histogram[..100].iter().sum();
    dark * 2 > total
}

/// Divides each pixel by the paper's brightness around it, estimated per tile as a bright
/// percentile (the paper, not the ink) and interpolated between tiles: a shadow across the
/// page or a yellowed sheet becomes an even white, and the ink keeps its contrast.
pub fn even_light(mut page: GrayImage) -> GrayImage {
    let (w, h) = page.dimensions();
    if w < 2 || h < 2 {
        return page;
    }
    let tile = (w.max(h) / 48).max(16);
    let (cols, rows) = (w.div_ceil(tile), h.div_ceil(tile));
    let mut paper = vec![0f32; (cols * rows) as usize];
    for ty in 0..rows {
        for tx in 0..cols {
            let mut histogram = [0u32; 256];
            let mut n = 0u32;
            for y in ty * tile..((ty + 1) * tile).min(h) {
                for x in tx * tile..((tx + 1) * tile).min(w) {
                    histogram[usize::from(page.get_pixel(x, y).0[0])] += 1;
                    n += 1;
                }
            }
            paper[(ty * cols + tx) as usize] = percentile(&histogram, n, 0.9);
        }
    }
    let paper = smooth(&paper, cols as usize, rows as usize);
    let at = |tx: f32, ty: f32| {
        let cx = tx.clamp(0.0, (cols - 1) as f32);
        let cy = ty.clamp(0.0, (rows - 1) as f32);
        let (x0, y0) = (cx.floor() as usize, cy.floor() as usize);
        let (x1, y1) = (
            (x0 + 1).min(cols as usize - 1),
            (y0 + 1).min(rows as usize - 1),
        );
        let (fx, fy) = (cx - x0 as f32, cy - y0 as f32);
        let v = |x: usize, y: usize| paper[y * cols as usize + x];
        let top = v(x0, y0) * (1.0 - fx) + v(x1, y0) * fx;
        let bottom = v(x0, y1) * (1.0 - fx) + v(x1, y1) * fx;
        top * (1.0 - fy) + bottom * fy
    };
    let half = tile as f32 / 2.0;
    for (x, y, p) in page.enumerate_pixels_mut() {
        let bg = at(
            (x as f32 - half) / tile as f32,
            (y as f32 - half) / tile as f32,
        )
        .max(24.0);
        p.0[0] = (f32::from(p.0[0]) * 255.0 / bg).min(255.0) as u8;
    }
    page
}

fn percentile(histogram: &[u32; 256], n: u32, q: f32) -> f32 {
    let target = (n as f32 * q) as u32;
    let mut seen = 0;
    for (value, count) in histogram.iter().enumerate() {
        seen += count;
        if seen > target {
            return value as f32;
        }
    }
    255.0
}

/// A 3×3 mean over the tiles, so that a tile full of ink (a heading, a logo) takes the
/// paper's brightness of its neighbours instead of darkening its text.
fn smooth(grid: &[f32], cols: usize, rows: usize) -> Vec<f32> {
    let mut out = vec![0f32; grid.len()];
    for y in 0..rows {
        for x in 0..cols {
            let mut values = Vec::with_capacity(9);
            for ny in y.saturating_sub(1)..(y + 2).min(rows) {
                for nx in x.saturating_sub(1)..(x + 2).min(cols) {
                    values.push(grid[ny * cols + nx]);
                }
            }
            // The brightest neighbours are paper; the mean of the upper half ignores tiles
            // that are mostly ink.
            values.sort_by(f32::total_cmp);
            let upper = &values[values.len() / 2..];
            out[y * cols + x] = upper.iter().sum::<f32>() / upper.len() as f32;
        }
    }
    out
}

/// Turns the page clockwise by `degrees` (0, 90, 180, 270), as the engine's orientation
/// report says to.
pub fn rotate(page: &GrayImage, degrees: u32) -> GrayImage {
    match degrees {
        90 => imageops::rotate90(page),
        180 => imageops::rotate180(page),
        270 => imageops::rotate270(page),
        _ => page.clone(),
    }
}

/// The binary PGM the engine reads from its standard input: no compression to spend time
/// on, and a format every build of the engine's image library reads.
pub fn to_pgm(page: &GrayImage) -> Vec<u8> {
    let (w, h) = page.dimensions();
    let mut out = format!("P5\n{w} {h}\n255\n").into_bytes();
    out.extend_from_slice(page.as_raw());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    #[test]
    fn a_shadow_across_the_page_is_evened_out_and_the_ink_kept() {
        // Paper going from 250 (left) to 120 (right, in shadow), with ink strokes at a
        // third of the paper's brightness.
        let page = GrayImage::from_fn(800, 600, |x, y| {
            let paper = 250.0 - 130.0 * x as f32 / 800.0;
            let ink = (y / 20) % 3 == 0 && x % 40 < 6;
            Luma([if ink { paper / 3.0 } else { paper } as u8])
        });
        let even = even_light(page);
        let paper_left = even.get_pixel(10, 30).0[0];
        let paper_right = even.get_pixel(790, 30).0[0];
        assert!(
            paper_left >= 235 && paper_right >= 235,
            "{paper_left} {paper_right}"
        );
        let ink_right = even.get_pixel(761, 5).0[0];
        assert!(ink_right < 120, "ink in the shadow stays dark: {ink_right}");
    }

    #[test]
    fn small_pictures_are_enlarged_and_huge_ones_reduced() {
        let small = prepare(GrayImage::from_pixel(1000, 600, Luma([255])));
        assert_eq!(small.dimensions(), (2200, 1320));
        let huge = prepare(GrayImage::from_pixel(8000, 6000, Luma([255])));
        assert_eq!(huge.dimensions(), (LONGEST_SIDE, 3000));
    }

    #[test]
    fn a_dark_screenshot_is_inverted() {
        let dark = GrayImage::from_pixel(2400, 1000, Luma([20]));
        let page = prepare(dark);
        assert!(page.get_pixel(5, 5).0[0] > 200);
    }

    #[test]
    fn bad_pictures_are_refused_with_their_reason() {
        let reason = |bytes: &[u8]| match decode(bytes) {
            Err(Error::Validation { reason, .. }) => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(reason(b"not a picture at all"), Invalid::FileType);
        let mut png = Vec::new();
        DynamicImage::ImageLuma8(GrayImage::from_pixel(50, 50, Luma([200])))
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .unwrap();
        assert_eq!(decode(&png).unwrap().dimensions(), (50, 50));
        assert_eq!(reason(&png[..png.len() / 2]), Invalid::FileCorrupt);
    }

    #[test]
    fn pgm_header_then_pixels() {
        let pgm = to_pgm(&GrayImage::from_pixel(3, 2, Luma([7])));
        assert_eq!(&pgm[..11], b"P5\n3 2\n255\n");
        assert_eq!(pgm.len(), 11 + 6);
    }
}
