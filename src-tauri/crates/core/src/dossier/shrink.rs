//! "Optimisé pour l'e-mail": scans brought down to about 150 dpi at their printed size on
//! A4 and re-encoded as JPEG, with the quality lowered step by step until the dossier fits
//! the size limit. PDF documents are never touched (their text must stay text).

use std::io::Cursor;

use image::{DynamicImage, GrayImage, ImageFormat, ImageReader, Limits, RgbImage};

use super::geometry::Placement;
use crate::raster;
use crate::vault::MAX_DECODE_BYTES;

/// One setting of the shrinking: resolution on the page and JPEG quality.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    pub dpi: f32,
    pub quality: u8,
}

/// From the best to the smallest. 150 dpi keeps small print legible; quality 85 is visually
/// lossless on paper scans; below 45 JPEG blocks start to blur text, so the resolution goes
/// down first.
pub const LADDER: [Step; 8] = [
    Step {
        dpi: 150.0,
        quality: 85,
    },
    Step {
        dpi: 150.0,
        quality: 75,
    },
    Step {
        dpi: 150.0,
        quality: 65,
    },
    Step {
        dpi: 150.0,
        quality: 55,
    },
    Step {
        dpi: 150.0,
        quality: 45,
    },
    Step {
        dpi: 120.0,
        quality: 45,
    },
    Step {
        dpi: 100.0,
        quality: 40,
    },
    Step {
        dpi: 85.0,
        quality: 35,
    },
];

/// A scan decoded once at the ladder's highest resolution, to be encoded at any step.
#[derive(Debug)]
pub struct Scan {
    pixels: DynamicImage,
    placement: Placement,
}

/// A scan re-encoded for e-mail.
#[derive(Debug, Clone)]
pub struct Shrunk {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub components: u8,
}

impl Scan {
    /// Decodes a JPEG or PNG, flattens transparency onto white paper, and scales it down to
    /// what its place on the page needs at [`LADDER`]'s first resolution. Pictures already
    /// smaller stay as they are. The caller checked the pixel count from the header.
    pub fn decode(bytes: &[u8], png: bool, placement: Placement) -> image::ImageResult<Self> {
        let mut reader = ImageReader::new(Cursor::new(bytes));
        reader.set_format(if png {
            ImageFormat::Png
        } else {
            ImageFormat::Jpeg
        });
        let mut limits = Limits::default();
        limits.max_alloc = Some(MAX_DECODE_BYTES);
        reader.limits(limits);
        let picture = reader.decode()?;
        let picture = flatten(picture);
        let (w, h) = placement.pixels_at(LADDER[0].dpi);
        let pixels = if picture.width() > w || picture.height() > h {
            raster::resize(&picture, w.min(picture.width()), h.min(picture.height()))?
        } else {
            picture
        };
        Ok(Self { pixels, placement })
    }

    /// The scan encoded at `step`.
    pub fn encode(&self, step: Step) -> image::ImageResult<Shrunk> {
        let (w, h) = self.placement.pixels_at(step.dpi);
        let scaled;
        let pixels = if self.pixels.width() > w || self.pixels.height() > h {
            scaled = raster::resize(
                &self.pixels,
                w.min(self.pixels.width()),
                h.min(self.pixels.height()),
            )?;
            &scaled
        } else {
            &self.pixels
        };
        Ok(Shrunk {
            jpeg: raster::encode_jpeg(pixels, step.quality)?,
            width: pixels.width(),
            height: pixels.height(),
            components: if matches!(pixels, DynamicImage::ImageLuma8(_)) {
                1
            } else {
                3
            },
        })
    }
}

/// Grey pictures stay grey (a third of the data); colour becomes 8-bit RGB; transparent
/// pixels are composed onto white, as they would print.
fn flatten(picture: DynamicImage) -> DynamicImage {
    let grey = matches!(
        picture,
        DynamicImage::ImageLuma8(_)
            | DynamicImage::ImageLumaA8(_)
            | DynamicImage::ImageLuma16(_)
            | DynamicImage::ImageLumaA16(_)
    );
    let has_alpha = picture.color().has_alpha();
    match (grey, has_alpha) {
        (true, false) => DynamicImage::ImageLuma8(picture.into_luma8()),
        (false, false) => DynamicImage::ImageRgb8(picture.into_rgb8()),
        (true, true) => {
            let la = picture.into_luma_alpha8();
            let (w, h) = la.dimensions();
            let out = GrayImage::from_fn(w, h, |x, y| {
                let p = la.get_pixel(x, y).0;
                image::Luma([over_white(p[0], p[1])])
            });
            DynamicImage::ImageLuma8(out)
        }
        (false, true) => {
            let rgba = picture.into_rgba8();
            let (w, h) = rgba.dimensions();
            let out = RgbImage::from_fn(w, h, |x, y| {
                let p = rgba.get_pixel(x, y).0;
                image::Rgb([
                    over_white(p[0], p[3]),
                    over_white(p[1], p[3]),
                    over_white(p[2], p[3]),
                ])
            });
            DynamicImage::ImageRgb8(out)
        }
    }
}

fn over_white(c: u8, a: u8) -> u8 {
    let (c, a) = (u32::from(c), u32::from(a));
    ((c * a + 255 * (255 - a) + 127) / 255) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::geometry::Orientation;

    fn photo(w: u32, h: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([
                (x * 7 % 256) as u8,
                (y * 3 % 256) as u8,
                ((x + y) % 256) as u8,
            ])
        });
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(img)
            .write_to(&mut out, ImageFormat::Jpeg)
            .unwrap();
        out.into_inner()
    }

    #[test]
    fn scans_come_down_to_150_dpi_and_lower_steps_are_smaller() {
        let bytes = photo(3024, 4032);
        let placement = Placement::fit(3024, 4032, None, Orientation::Normal);
        let scan = Scan::decode(&bytes, false, placement).unwrap();
        let (w, h) = placement.pixels_at(150.0);
        assert_eq!((scan.pixels.width(), scan.pixels.height()), (w, h));
        let best = scan.encode(LADDER[0]).unwrap();
        let worst = scan.encode(LADDER[LADDER.len() - 1]).unwrap();
        assert!(worst.jpeg.len() < best.jpeg.len());
        assert!(worst.width < best.width);
        assert_eq!(best.components, 3);
    }

    #[test]
    fn cmyk_jpegs_decode_to_the_right_colours() {
        let bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/dossier/cmyk-adobe.jpg"),
        )
        .unwrap();
        let placement = Placement::fit(80, 60, Some(300.0), Orientation::Normal);
        let scan = Scan::decode(&bytes, false, placement).unwrap();
        let rgb = scan.pixels.to_rgb8();
        let (w, h) = rgb.dimensions();
        let red = rgb.get_pixel(w / 4, h / 4).0;
        let black = rgb.get_pixel(3 * w / 4, 3 * h / 4).0;
        assert!(red[0] > 180 && red[1] < 90 && red[2] < 90, "{red:?}");
        assert!(black.iter().all(|&c| c < 80), "{black:?}");
    }

    #[test]
    fn transparency_is_flattened_onto_white() {
        assert_eq!(over_white(0, 0), 255);
        assert_eq!(over_white(0, 255), 0);
        assert_eq!(over_white(100, 128), 177);
    }
}
