//! Where a picture goes on its A4 page: page orientation, margins, scale, and the placement
//! matrix that also applies the EXIF orientation, so that the JPEG bytes stay untouched.

pub use crate::jpeg::Orientation;

/// A4 in PDF points (1/72 inch).
pub const A4_WIDTH: f32 = 595.276;
pub const A4_HEIGHT: f32 = 841.89;
/// White border around a picture: 10 mm, inside what any printer can print.
const MARGIN: f32 = 28.346;
/// Resolution assumed for a picture that does not state one: a phone photo is shrunk to
/// the page anyway, and a small ID photo is not blown up to a whole page.
const DEFAULT_DPI: f32 = 100.0;
/// Stated resolutions below this are not physical (a 1:1 aspect ratio, "72 dpi" from phones).
const MIN_TRUSTED_DPI: f32 = 96.0;

/// The affine map from the image's unit square (u right, v up, v = 1 the first pixel
/// row) to the upright unit square, as (X, Y) = (a u + b v + c, d u + e v + f).
fn unit_map(orientation: Orientation) -> [f32; 6] {
    match orientation {
        Orientation::Normal => [1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
        Orientation::FlipHorizontal => [-1.0, 0.0, 1.0, 0.0, 1.0, 0.0],
        Orientation::Rotate180 => [-1.0, 0.0, 1.0, 0.0, -1.0, 1.0],
        Orientation::FlipVertical => [1.0, 0.0, 0.0, 0.0, -1.0, 1.0],
        Orientation::Transpose => [0.0, -1.0, 1.0, -1.0, 0.0, 1.0],
        Orientation::Rotate90 => [0.0, 1.0, 0.0, -1.0, 0.0, 1.0],
        Orientation::Transverse => [0.0, 1.0, 0.0, 1.0, 0.0, 0.0],
        Orientation::Rotate270 => [0.0, -1.0, 1.0, 1.0, 0.0, 0.0],
    }
}

/// A picture's page: its size and where the picture sits on it, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub page_width: f32,
    pub page_height: f32,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub orientation: Orientation,
}

impl Placement {
    /// An A4 page turned like the picture (landscape pictures get a landscape page), the
    /// picture centred within the margins, shrunk to fit and never enlarged beyond its
    /// physical size (its stated resolution, or [`DEFAULT_DPI`]).
    pub fn fit(
        pixel_width: u32,
        pixel_height: u32,
        dpi: Option<f32>,
        orientation: Orientation,
    ) -> Self {
        let (w, h) = if orientation.swaps_axes() {
            (pixel_height as f32, pixel_width as f32)
        } else {
            (pixel_width as f32, pixel_height as f32)
        };
        let (page_width, page_height) = if w > h {
            (A4_HEIGHT, A4_WIDTH)
        } else {
            (A4_WIDTH, A4_HEIGHT)
        };
        let dpi = dpi
            .filter(|d| d.is_finite() && *d >= MIN_TRUSTED_DPI)
            .unwrap_or(DEFAULT_DPI);
        let natural = 72.0 / dpi;
        let fit = ((page_width - 2.0 * MARGIN) / w).min((page_height - 2.0 * MARGIN) / h);
        let scale = natural.min(fit);
        let (width, height) = (w * scale, h * scale);
        Self {
            page_width,
            page_height,
            x: (page_width - width) / 2.0,
            y: (page_height - height) / 2.0,
            width,
            height,
            orientation,
        }
    }

    /// The `cm` matrix that draws the image XObject (a unit square) upright in its box.
    pub fn matrix(&self) -> [f32; 6] {
        let [a, b, c, d, e, f] = unit_map(self.orientation);
        [
            self.width * a,
            self.height * d,
            self.width * b,
            self.height * e,
            self.x + self.width * c,
            self.y + self.height * f,
        ]
    }

    /// Pixels needed to show the picture at `dpi` in its box, in stored (not upright) axes.
    pub fn pixels_at(&self, dpi: f32) -> (u32, u32) {
        let (w, h) = (self.width / 72.0 * dpi, self.height / 72.0 * dpi);
        let (w, h) = if self.orientation.swaps_axes() {
            (h, w)
        } else {
            (w, h)
        };
        (w.round().max(1.0) as u32, h.round().max(1.0) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(m: [f32; 6], u: f32, v: f32) -> (f32, f32) {
        (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5])
    }

    #[test]
    fn landscape_pictures_get_a_landscape_page() {
        let p = Placement::fit(4032, 3024, None, Orientation::Normal);
        assert!(p.page_width > p.page_height);
        // Turned upright by EXIF, the same pixels are portrait.
        let p = Placement::fit(4032, 3024, None, Orientation::Rotate90);
        assert!(p.page_width < p.page_height);
        assert!(p.height > p.width);
    }

    #[test]
    fn small_pictures_keep_their_physical_size() {
        // A 35 × 45 mm ID photo scanned at 300 dpi.
        let p = Placement::fit(413, 531, Some(300.0), Orientation::Normal);
        assert!((p.width - 413.0 * 72.0 / 300.0).abs() < 0.01);
        // A full-page scan at 300 dpi is shrunk into the margins.
        let p = Placement::fit(2480, 3508, Some(300.0), Orientation::Normal);
        assert!(p.height <= A4_HEIGHT - 2.0 * MARGIN + 0.01);
        assert!((p.x - (A4_WIDTH - p.width) / 2.0).abs() < 0.01);
    }

    #[test]
    fn the_matrix_puts_the_first_row_on_top_for_every_orientation() {
        // The stored image's top-left corner is (u, v) = (0, 1).
        let top_left = |o: Orientation| {
            let p = Placement {
                page_width: 100.0,
                page_height: 100.0,
                x: 0.0,
                y: 0.0,
                width: 1.0,
                height: 1.0,
                orientation: o,
            };
            let (x, y) = apply(p.matrix(), 0.0, 1.0);
            (x.round() as i32, y.round() as i32)
        };
        assert_eq!(top_left(Orientation::Normal), (0, 1));
        assert_eq!(top_left(Orientation::FlipHorizontal), (1, 1));
        assert_eq!(top_left(Orientation::Rotate180), (1, 0));
        assert_eq!(top_left(Orientation::FlipVertical), (0, 0));
        assert_eq!(top_left(Orientation::Transpose), (0, 1));
        assert_eq!(top_left(Orientation::Rotate90), (1, 1));
        assert_eq!(top_left(Orientation::Transverse), (1, 0));
        assert_eq!(top_left(Orientation::Rotate270), (0, 0));
    }

    #[test]
    fn pixels_for_a_resolution_follow_the_stored_axes() {
        let p = Placement::fit(3024, 4032, None, Orientation::Rotate90);
        let (w, h) = p.pixels_at(150.0);
        // Stored portrait, shown landscape: the stored width is the shown height.
        assert!(w < h, "{w} × {h}");
        assert!(p.page_width > p.page_height);
    }
}
