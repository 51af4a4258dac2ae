//! Where the sheet is in a phone photo, and the sheet straightened: its four corners found
//! against the table or the hand around it, then the perspective undone so that the page
//! is a flat rectangle again, as a scanner would have seen it.

use image::GrayImage;

/// Side of the reduced picture the sheet is looked for in: enough to place a corner
/// within a few pixels of the full photo, and quick on a 50-megapixel one.
const SEARCH_SIDE: u32 = 640;

/// The sheet must cover this share of the photo at least (else what was found is a
/// bright patch, not the page) and leave this much of the frame around it (else the photo
/// is already the page: a scan, a screenshot, a photo cropped by the phone).
const MIN_SHARE: f32 = 0.2;
const MAX_SHARE: f32 = 0.97;

/// The sheet's corners in `photo`: top-left, top-right, bottom-right, bottom-left. `None`
/// when no sheet stands out from its surroundings.
pub fn find_sheet(photo: &GrayImage) -> Option<[(f32, f32); 4]> {
    let (w, h) = photo.dimensions();
    let k = SEARCH_SIDE as f32 / w.max(h) as f32;
    let k = k.min(1.0);
    let (sw, sh) = (
        ((w as f32 * k) as u32).max(8),
        ((h as f32 * k) as u32).max(8),
    );
    let small = image::imageops::resize(photo, sw, sh, image::imageops::FilterType::Triangle);
    let threshold = otsu(&small);
    let bright: Vec<bool> = small.pixels().map(|p| p.0[0] > threshold).collect();
    let component = largest_component(&bright, sw as usize, sh as usize)?;
    let share = component.len() as f32 / (sw * sh) as f32;
    if !(MIN_SHARE..=MAX_SHARE).contains(&share) {
        return None;
    }
    let pick = |f: &dyn Fn(f32, f32) -> f32| {
        component
            .iter()
            .map(|&i| {
                (
                    (i % sw as usize) as f32 + 0.5,
                    (i / sw as usize) as f32 + 0.5,
                )
            })
            .max_by(|a, b| f(a.0, a.1).total_cmp(&f(b.0, b.1)))
    };
    let corners = [
        pick(&|x, y| -(x + y))?,
        pick(&|x, y| x - y)?,
        pick(&|x, y| x + y)?,
        pick(&|x, y| y - x)?,
    ];
    // A sheet touching the frame's edges on all sides is a cropped page, not a photo of one.
    let touches = corners
        .iter()
        .filter(|(x, y)| *x < 2.0 || *y < 2.0 || *x > sw as f32 - 2.0 || *y > sh as f32 - 2.0)
        .count();
    if touches == 4 {
        return None;
    }
    Some(corners.map(|(x, y)| (x / k, y / k)))
}

/// The sheet cut out of the photo and flattened, at the photo's own resolution.
pub fn straighten(photo: &GrayImage, corners: [(f32, f32); 4]) -> GrayImage {
    let side = |a: (f32, f32), b: (f32, f32)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    let [tl, tr, br, bl] = corners;
    let width = side(tl, tr).max(side(bl, br)).round().max(1.0) as u32;
    let height = side(tl, bl).max(side(tr, br)).round().max(1.0) as u32;
    let map = Homography::square_to_quad(corners);
    GrayImage::from_fn(width, height, |x, y| {
        let (sx, sy) = map.apply(
            (x as f32 + 0.5) / width as f32,
            (y as f32 + 0.5) / height as f32,
        );
        image::Luma([bilinear(photo, sx, sy) as u8])
    })
}

/// The grey level at a point between pixels, white outside the picture.
pub fn bilinear(page: &GrayImage, x: f32, y: f32) -> f32 {
    let (w, h) = page.dimensions();
    if !(x >= 0.0 && y >= 0.0 && x < w as f32 && y < h as f32) {
        return 255.0;
    }
    let x = (x - 0.5).clamp(0.0, (w - 1) as f32);
    let y = (y - 0.5).clamp(0.0, (h - 1) as f32);
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = |x, y| f32::from(page.get_pixel(x, y).0[0]);
    let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
    let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
    top * (1.0 - fy) + bottom * fy
}

/// Otsu's threshold: the grey level that best splits the picture in two classes (here the
/// sheet and what is around it).
fn otsu(picture: &GrayImage) -> u8 {
    let mut histogram = [0f64; 256];
    for p in picture.pixels() {
        histogram[usize::from(p.0[0])] += 1.0;
    }
    let total: f64 = histogram.iter().sum();
    let sum: f64 = histogram
        .iter()
        .enumerate()
        .map(|(i, c)| i as f64 * c)
        .sum();
    let (mut below, mut below_sum, mut best, mut best_var) = (0.0, 0.0, 0u8, -1.0);
    for (t, count) in histogram.iter().enumerate() {
        below += count;
        below_sum += t as f64 * count;
        let above = total - below;
        if below == 0.0 || above == 0.0 {
            continue;
        }
        let (m0, m1) = (below_sum / below, (sum - below_sum) / above);
        let var = below * above * (m0 - m1).powi(2);
        if var > best_var {
            best_var = var;
            best = t as u8;
        }
    }
    best
}

/// The indexes of the largest 4-connected set of `true` cells.
fn largest_component(cells: &[bool], w: usize, h: usize) -> Option<Vec<usize>> {
    let mut seen = vec![false; cells.len()];
    let mut best: Vec<usize> = Vec::new();
    let mut stack = Vec::new();
    for start in 0..cells.len() {
        if !cells[start] || seen[start] {
            continue;
        }
        let mut component = Vec::new();
        seen[start] = true;
        stack.push(start);
        while let Some(i) = stack.pop() {
            component.push(i);
            let (x, y) = (i % w, i / w);
            let mut visit = |j: usize| {
                if cells[j] && !seen[j] {
                    seen[j] = true;
                    stack.push(j);
                }
            };
            if x > 0 {
                visit(i - 1);
            }
            if x + 1 < w {
                visit(i + 1);
            }
            if y > 0 {
                visit(i - w);
            }
            if y + 1 < h {
                visit(i + w);
            }
        }
        if component.len() > best.len() {
            best = component;
        }
    }
    (!best.is_empty()).then_some(best)
}

/// A projective map of the plane, as a 3 × 3 matrix (row-major).
#[derive(Debug, Clone, Copy)]
pub struct Homography([f32; 9]);

impl Homography {
    /// The map taking the unit square's corners (0,0), (1,0), (1,1), (0,1) to `quad`'s, in
    /// that order (Heckbert's closed form).
    pub fn square_to_quad(quad: [(f32, f32); 4]) -> Self {
        let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = quad;
        let (sx, sy) = (x0 - x1 + x2 - x3, y0 - y1 + y2 - y3);
        if sx.abs() < 1e-6 && sy.abs() < 1e-6 {
            return Self([x1 - x0, x3 - x0, x0, y1 - y0, y3 - y0, y0, 0.0, 0.0, 1.0]);
        }
        let (dx1, dy1, dx2, dy2) = (x1 - x2, y1 - y2, x3 - x2, y3 - y2);
        let det = dx1 * dy2 - dx2 * dy1;
        let g = (sx * dy2 - dx2 * sy) / det;
        let h = (dx1 * sy - sx * dy1) / det;
        Self([
            x1 - x0 + g * x1,
            x3 - x0 + h * x3,
            x0,
            y1 - y0 + g * y1,
            y3 - y0 + h * y3,
            y0,
            g,
            h,
            1.0,
        ])
    }

    pub fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let m = &self.0;
        let w = m[6] * x + m[7] * y + m[8];
        (
            (m[0] * x + m[1] * y + m[2]) / w,
            (m[3] * x + m[4] * y + m[5]) / w,
        )
    }

    pub fn inverse(&self) -> Self {
        let [a, b, c, d, e, f, g, h, i] = self.0;
        Self([
            e * i - f * h,
            c * h - b * i,
            b * f - c * e,
            f * g - d * i,
            a * i - c * g,
            c * d - a * f,
            d * h - e * g,
            b * g - a * h,
            a * e - b * d,
        ])
    }
}
