//! Page numbers on the documents' pages (« 5 / 12 »), as the cover and the list already
//! carry them: a recruiter who prints the dossier, or is told « page 7 », finds every page.
//!
//! The number is stamped in the footer margin by an extra content stream drawn after the
//! page's own, which is left byte for byte as it was: the page's content is wrapped in
//! `q … Q` (so whatever state it leaves does not move the number), then the number is
//! drawn in the standard Helvetica (one of the 14 fonts every reader has: nothing is
//! embedded). Rotated pages (`/Rotate`) get it at the bottom right of the page as shown.

use std::io::{self, Write};

use lopdf::{dictionary, Dictionary, Object, ObjectId};

use super::writer::PdfWriter;

/// The font's name in the page resources: long enough never to clash with a page's own.
const FONT: &str = "PostuloFolio";
/// Points: as the cover's footer.
const SIZE: f64 = 8.5;
/// From the right edge and from the bottom edge of the page as shown, in points (about
/// 10 and 5 mm): in the margin every printer leaves and scanners rarely fill.
const RIGHT: f64 = 28.0;
const BOTTOM: f64 = 14.0;
/// The cover's muted grey.
const GREY: f64 = 0.42;
/// A4, for a page whose box cannot be read.
const A4: [f64; 4] = [0.0, 0.0, 595.276, 841.89];

/// The shared parts, written once per dossier: the font and the stream that opens `q`.
pub(super) struct Folios {
    font: ObjectId,
    open: ObjectId,
    total: usize,
}

impl Folios {
    /// `total`: the dossier's page count, cover and list included.
    pub(super) fn new<W: Write>(w: &mut PdfWriter<W>, total: usize) -> io::Result<Self> {
        let font = w.reserve();
        w.write(
            font,
            &Object::Dictionary(dictionary! {
                "Type" => "Font",
                "Subtype" => "Type1",
                "BaseFont" => "Helvetica",
                "Encoding" => "WinAnsiEncoding",
            }),
        )?;
        let open = w.reserve();
        w.write_stream(open, Dictionary::new(), &[b"q\n"])?;
        Ok(Self { font, open, total })
    }

    /// Bytes one stamp adds to the file, for the e-mail size budget (its stream and the
    /// page's longer dictionary), rounded up.
    pub(super) const BYTES_PER_PAGE: u64 = 260;

    /// Adds page `number`'s stamp to `page`, a page dictionary whose `Resources` (and its
    /// `Font`) are direct dictionaries or absent: see [`inline_resources`].
    pub(super) fn stamp<W: Write>(
        &self,
        w: &mut PdfWriter<W>,
        page: &mut Dictionary,
        number: usize,
    ) -> io::Result<()> {
        let text = label(number, self.total);
        let stream = w.reserve();
        w.write_stream(
            stream,
            Dictionary::new(),
            &[content(page, &text).as_bytes()],
        )?;

        let mut contents = vec![Object::Reference(self.open)];
        match page.get(b"Contents").ok().cloned() {
            Some(Object::Array(items)) => contents.extend(items),
            Some(other @ Object::Reference(_)) => contents.push(other),
            _ => {}
        }
        contents.push(Object::Reference(stream));
        page.set("Contents", contents);

        let mut resources = match page.get(b"Resources") {
            Ok(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        let mut fonts = match resources.get(b"Font") {
            Ok(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        fonts.set(FONT, Object::Reference(self.font));
        resources.set("Font", fonts);
        page.set("Resources", resources);
        Ok(())
    }
}

/// « 5 / 12 », as the cover's footer writes it.
pub(super) fn label(number: usize, total: usize) -> String {
    format!("{number} / {total}")
}

/// Makes `Resources` and its `Font` direct dictionaries (copies of the objects they point
/// to in the source, read with `resolve`), so that a stamp can add its font to this page
/// alone. The objects they pointed to are still copied for the other pages that use them.
pub(super) fn inline_resources(
    page: &mut Dictionary,
    resolve: impl Fn(ObjectId) -> Option<Object>,
) {
    let mut resources = match page.get(b"Resources") {
        Ok(Object::Reference(id)) => match resolve(*id) {
            Some(Object::Dictionary(d)) => d,
            _ => Dictionary::new(),
        },
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    };
    if let Ok(Object::Reference(id)) = resources.get(b"Font") {
        let fonts = match resolve(*id) {
            Some(Object::Dictionary(d)) => d,
            _ => Dictionary::new(),
        };
        resources.set("Font", fonts);
    }
    page.set("Resources", resources);
}

/// The stream that closes the page's `q` and draws `text` at the bottom right of the page
/// as it is shown.
fn content(page: &Dictionary, text: &str) -> String {
    let [x0, y0, x1, y1] = page_box(page);
    let rotate = page
        .get(b"Rotate")
        .ok()
        .and_then(|r| r.as_i64().ok())
        .unwrap_or(0)
        .rem_euclid(360);
    // The matrix from the page as shown (origin at its bottom left, x to the right) to the
    // page's own space, and the shown width.
    let (matrix, shown_width) = match rotate {
        90 => ([0.0, 1.0, -1.0, 0.0, x1, y0], y1 - y0),
        180 => ([-1.0, 0.0, 0.0, -1.0, x1, y1], x1 - x0),
        270 => ([0.0, -1.0, 1.0, 0.0, x0, y1], y1 - y0),
        _ => ([1.0, 0.0, 0.0, 1.0, x0, y0], x1 - x0),
    };
    let x = (shown_width - RIGHT - width(text)).max(0.0);
    let [a, b, c, d, e, f] = matrix;
    format!(
        "Q\nq {a} {b} {c} {d} {e:.3} {f:.3} cm BT /{FONT} {SIZE} Tf {GREY} g {x:.3} {BOTTOM} Td ({text}) Tj ET Q\n"
    )
}

/// The page's visible box: the crop box if it has one, else the media box, else A4.
fn page_box(page: &Dictionary) -> [f64; 4] {
    let read = |key: &[u8]| -> Option<[f64; 4]> {
        let items = page.get(key).ok()?.as_array().ok()?;
        let numbers: Vec<f64> = items
            .iter()
            .filter_map(|o| {
                o.as_float()
                    .ok()
                    .map(f64::from)
                    .or_else(|| o.as_i64().ok().map(|i| i as f64))
            })
            .collect();
        let [a, b, c, d] = numbers.as_slice() else {
            return None;
        };
        // Boxes may be given corner to corner in any order.
        Some([a.min(*c), b.min(*d), a.max(*c), b.max(*d)])
    };
    read(b"CropBox").or_else(|| read(b"MediaBox")).unwrap_or(A4)
}

/// The text's width in Helvetica at [`SIZE`]: digits are 556/1000 em, the space and the
/// slash 278 (the font's published metrics; only these characters are ever drawn).
fn width(text: &str) -> f64 {
    let units: u32 = text
        .chars()
        .map(|c| if c.is_ascii_digit() { 556 } else { 278 })
        .sum();
    f64::from(units) * SIZE / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(extra: Dictionary) -> Dictionary {
        let mut page = dictionary! {
            "Type" => "Page",
            "MediaBox" => vec![0.into(), 0.into(), 600.into(), 800.into()],
        };
        for (k, v) in extra.iter() {
            page.set(k.clone(), v.clone());
        }
        page
    }

    #[test]
    fn the_number_sits_at_the_bottom_right_of_the_page_as_shown() {
        let upright = content(&page(Dictionary::new()), "5 / 12");
        // 600 − 28 − width("5 / 12") = 600 − 28 − (556·3 + 278·3)·8.5/1000 = 550.733
        assert!(upright.contains("q 1 0 0 1 0.000 0.000 cm"), "{upright}");
        assert!(upright.contains("550.733 14 Td (5 / 12) Tj"), "{upright}");
        assert!(upright.starts_with("Q\n"));

        // Turned a quarter: shown 800 wide, the page's x axis running down the screen.
        let turned = content(&page(dictionary! { "Rotate" => 90 }), "5 / 12");
        assert!(turned.contains("q 0 1 -1 0 600.000 0.000 cm"), "{turned}");
        assert!(turned.contains("750.733 14 Td"), "{turned}");
        let upside_down = content(&page(dictionary! { "Rotate" => -180 }), "5 / 12");
        assert!(
            upside_down.contains("q -1 0 0 -1 600.000 800.000 cm"),
            "{upside_down}"
        );
    }

    #[test]
    fn the_crop_box_wins_and_a_box_given_backwards_is_read() {
        let cropped = page(dictionary! {
            "CropBox" => vec![Object::Real(550.0), 780.0.into(), 50.0.into(), 20.0.into()],
        });
        assert_eq!(page_box(&cropped), [50.0, 20.0, 550.0, 780.0]);
        let unreadable = dictionary! { "MediaBox" => "A4" };
        assert_eq!(page_box(&unreadable), A4);
    }

    #[test]
    fn resources_given_by_reference_become_this_pages_own() {
        let fonts_id = (7, 0);
        let resources_id = (6, 0);
        let mut p = page(dictionary! { "Resources" => Object::Reference(resources_id) });
        inline_resources(&mut p, |id| match id {
            (6, 0) => Some(Object::Dictionary(dictionary! {
                "Font" => Object::Reference(fonts_id),
                "XObject" => dictionary! { "Im1" => Object::Reference((9, 0)) },
            })),
            (7, 0) => Some(Object::Dictionary(
                dictionary! { "F1" => Object::Reference((8, 0)) },
            )),
            _ => None,
        });
        let resources = p.get(b"Resources").unwrap().as_dict().unwrap();
        let fonts = resources.get(b"Font").unwrap().as_dict().unwrap();
        assert_eq!(fonts.get(b"F1").unwrap(), &Object::Reference((8, 0)));
        assert!(resources.get(b"XObject").is_ok());
    }
}
