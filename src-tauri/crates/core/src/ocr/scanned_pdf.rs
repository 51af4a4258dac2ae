//! The pages of a scanned PDF (pictures of pages, no text layer) rendered in grey for the
//! engine, with the renderer the vault already uses for its thumbnails (hayro, pure Rust:
//! it reads the JPEG, JBIG2 and CCITT fax pictures scanners write).

use std::sync::Arc;

use image::GrayImage;

use super::picture::LONGEST_SIDE;

/// The pages to read and how many there are. `None` when the renderer cannot open the file.
pub struct ScannedPdf {
    pdf: hayro::hayro_syntax::Pdf,
}

impl ScannedPdf {
    pub fn open(bytes: Vec<u8>) -> Option<Self> {
        // The renderer runs on untrusted input: a panic costs the reading, not the app.
        std::panic::catch_unwind(move || hayro::hayro_syntax::Pdf::new(Arc::new(bytes)).ok())
            .ok()
            .flatten()
            .map(|pdf| Self { pdf })
    }

    pub fn page_count(&self) -> usize {
        self.pdf.pages().len()
    }

    /// Page `index` (from 0) at about 300 dpi (longest side [`LONGEST_SIDE`] at most), in
    /// grey on white. `None` when the page cannot be drawn.
    pub fn page(&self, index: usize) -> Option<GrayImage> {
        // 300 dpi (a PDF unit is 1/72 inch), unless the page is larger than A4.
        let pixmap = self.render(index, |longest| {
            (300.0 / 72.0_f32).min(LONGEST_SIDE as f32 / longest)
        })?;
        let (pw, ph) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
        // On a white ground every pixel is opaque, so the premultiplied colours are the
        // colours; grey by the usual luma weights.
        let grey: Vec<u8> = pixmap
            .data_as_u8_slice()
            .chunks_exact(4)
            .map(|p| {
                ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000)
                    as u8
            })
            .collect();
        GrayImage::from_raw(pw, ph, grey)
    }

    /// Page `index` (from 0) drawn on white, at the scale `scale` gives for the page's longest
    /// side in PDF units: the OCR's pages and the vault's thumbnails. The renderer runs on
    /// untrusted input: a panic inside it costs this page, not the caller.
    pub(crate) fn render(
        &self,
        index: usize,
        scale: impl FnOnce(f32) -> f32,
    ) -> Option<hayro::vello_cpu::Pixmap> {
        let pdf = &self.pdf;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            use hayro::hayro_interpret::InterpreterSettings;
            use hayro::vello_cpu::color::palette::css::WHITE;
            use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

            let pages = pdf.pages();
            let page = pages.get(index)?;
            let (w, h) = page.render_dimensions();
            let longest = w.max(h);
            if !(longest.is_finite() && longest > 0.0) {
                return None;
            }
            let scale = scale(longest);
            Some(render(
                page,
                &RenderCache::new(),
                &InterpreterSettings::default(),
                &RenderSettings::default(),
                &PixmapSettings {
                    x_scale: scale,
                    y_scale: scale,
                    bg_color: WHITE,
                },
            ))
        }))
        .ok()
        .flatten()
    }
}
