//! Pictures of postings as they reach candidates, made from a posting's text so that what
//! they should read is known: a clean 300 dpi scan, a phone photo (perspective, a table
//! around the sheet, uneven light, yellowed paper, blur, JPEG compression), a screenshot
//! at screen resolution, and a PDF of page pictures without a text layer.
//!
//! Built only with the `testset` feature: for the tests, the posting report and the
//! benchmarks, never in the app.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::{self, FilterType};
use image::{DynamicImage, GrayImage, ImageFormat, Rgb, RgbImage};
use lopdf::{dictionary, Document, Object, Stream};
use printpdf::{PdfDocument, PdfPage, PdfSaveOptions};

use super::geometry::Homography;
use super::scanned_pdf::ScannedPdf;
use crate::dossier::cover::canvas::Canvas;
use crate::dossier::cover::{Face, BOLD_TTF, BOTTOM, INK, LEFT, REGULAR_TTF, RIGHT, TOP};

/// Body text size and line spacing of the typeset posting, in points: a printed notice.
const SIZE: f32 = 11.0;
const LEADING: f32 = 14.5;

/// The posting's text typeset on A4 pages, as a PDF with a text layer.
pub fn typeset(text: &str) -> Vec<u8> {
    let mut doc = PdfDocument::new("posting");
    let (Ok(regular), Ok(bold)) = (
        Face::load(&mut doc, REGULAR_TTF),
        Face::load(&mut doc, BOLD_TTF),
    ) else {
        return Vec::new();
    };
    let mut pages: Vec<PdfPage> = Vec::new();
    let mut canvas = Canvas::new(&regular, &bold);
    let mut y = TOP;
    for line in regular.wrap(text, SIZE, RIGHT - LEFT) {
        if y < BOTTOM {
            pages.push(std::mem::replace(&mut canvas, Canvas::new(&regular, &bold)).into_page());
            y = TOP;
        }
        canvas.text(false, SIZE, INK, LEFT, y, &line);
        y -= LEADING;
    }
    pages.push(canvas.into_page());
    let mut warnings = Vec::new();
    doc.with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warnings)
}

/// The typeset posting's pages as a 300 dpi scanner sees them, in grey.
pub fn scan(text: &str) -> Vec<GrayImage> {
    let Some(pdf) = ScannedPdf::open(typeset(text)) else {
        return Vec::new();
    };
    (0..pdf.page_count()).filter_map(|i| pdf.page(i)).collect()
}

/// A page as a PNG.
pub fn png(page: &GrayImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let _ = page.write_to(&mut out, ImageFormat::Png);
    out.into_inner()
}

/// A page shrunk to screen resolution (96 dpi), as a screenshot of a PDF viewer at 100 %.
pub fn screenshot(page: &GrayImage) -> Vec<u8> {
    let (w, h) = page.dimensions();
    let small = imageops::resize(page, w * 96 / 300, h * 96 / 300, FilterType::Triangle);
    png(&small)
}

/// A PDF whose pages are JPEG pictures of `pages`, with no text layer: a scanned notice.
pub fn scanned_pdf(pages: &[GrayImage]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    for page in pages {
        let (w, h) = page.dimensions();
        let jpeg = jpeg(&DynamicImage::ImageLuma8(page.clone()), 85);
        let image = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(w),
                "Height" => i64::from(h),
                "ColorSpace" => "DeviceGray",
                "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            },
            jpeg,
        ));
        // The picture fills an A4 page (595 × 842 points).
        let content = doc.add_object(Stream::new(
            dictionary! {},
            b"q 595 0 0 842 0 0 cm /Im0 Do Q".to_vec(),
        ));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image } },
            "Contents" => content,
        });
        kids.push(Object::Reference(page_id));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    let _ = doc.save_to(&mut out);
    out
}

/// A phone photo of a printed page: where its four corners landed, and the JPEG.
#[derive(Debug)]
pub struct Photo {
    /// Top-left, top-right, bottom-right, bottom-left, in the photo's pixels.
    pub corners: [(f32, f32); 4],
    pub jpeg: Vec<u8>,
}

/// The page photographed on a table: seen at an angle (each corner moved by up to 6 % of
/// the frame), lit from one side with a soft shadow, on yellowed paper, slightly out of
/// focus, saved at JPEG quality 60. `seed` varies the angle and the light.
pub fn phone_photo(page: &GrayImage, seed: u64) -> Photo {
    let mut random = Lcg(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    // A 9-megapixel phone, the page filling most of the frame.
    let (fw, fh) = (2600u32, 3500u32);
    let (mw, mh) = (fw as f32 * 0.08, fh as f32 * 0.07);
    let mut jitter = |x: f32, y: f32| {
        (
            x + (random.unit() - 0.5) * 2.0 * 0.06 * fw as f32 * 0.5,
            y + (random.unit() - 0.5) * 2.0 * 0.06 * fh as f32 * 0.5,
        )
    };
    let corners = [
        jitter(mw, mh),
        jitter(fw as f32 - mw, mh),
        jitter(fw as f32 - mw, fh as f32 - mh),
        jitter(mw, fh as f32 - mh),
    ];
    let to_quad = Homography::square_to_quad(corners);
    let from_quad = to_quad.inverse();
    let (pw, ph) = page.dimensions();
    let light_angle = random.unit() * std::f32::consts::TAU;
    let (lx, ly) = (light_angle.cos(), light_angle.sin());
    let shadow = (random.unit() * fw as f32, random.unit() * fh as f32);
    let photo = RgbImage::from_fn(fw, fh, |x, y| {
        let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
        // Light falls off across the frame (from 1.0 to 0.6) and a soft round shadow (a
        // hand, the phone) darkens one place by up to a third.
        let along = ((fx / fw as f32 - 0.5) * lx + (fy / fh as f32 - 0.5) * ly + 0.7) / 1.4;
        let (dx, dy) = (fx - shadow.0, fy - shadow.1);
        let dist = (dx * dx + dy * dy).sqrt() / (fw as f32 * 0.45);
        let light = (0.6 + 0.4 * along.clamp(0.0, 1.0)) * (1.0 - 0.33 * (1.0 - dist).max(0.0));
        let (u, v) = from_quad.apply(fx, fy);
        if (0.0..1.0).contains(&u) && (0.0..1.0).contains(&v) {
            let p = super::geometry::bilinear(page, u * pw as f32, v * ph as f32);
            // Yellowed paper: blue fades most.
            Rgb([
                (p * light).min(255.0) as u8,
                (p * 0.96 * light).min(255.0) as u8,
                (p * 0.84 * light).min(255.0) as u8,
            ])
        } else {
            // A dark wooden table, grained.
            let grain = ((fy * 0.05 + (fx * 0.002).sin() * 8.0).sin() * 10.0) as i32;
            let shade = |base: i32| (base + grain).clamp(0, 255) as f32 * light;
            Rgb([shade(96) as u8, shade(66) as u8, shade(44) as u8])
        }
    });
    let blurred = imageops::blur(&photo, 1.1);
    Photo {
        corners,
        jpeg: jpeg(&DynamicImage::ImageRgb8(blurred), 60),
    }
}

fn jpeg(picture: &DynamicImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = picture.write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality));
    out
}

/// A small seeded generator, so that the same seed makes the same photo on every machine.
struct Lcg(u64);

impl Lcg {
    fn unit(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// Character accuracy of `read` against `expected`: 1 − edit distance / expected length, on
/// the texts with their runs of white space made one space (a line break read as a space is
/// no error). The test set's figure and the OCR tests' threshold both read it.
pub fn accuracy(expected: &str, read: &str) -> f64 {
    let squash = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .collect::<Vec<char>>()
    };
    let (a, b) = (squash(expected), squash(read));
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = cur;
        }
    }
    1.0 - row[b.len()] as f64 / a.len().max(1) as f64
}
