//! Drawing on a page of the cover: text in the embedded fonts, rules and bands, in points.

use super::*;

pub(crate) struct Canvas<'f> {
    ops: Vec<Op>,
    regular: &'f Face,
    bold: &'f Face,
}

pub(crate) fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

impl<'f> Canvas<'f> {
    pub(crate) fn new(regular: &'f Face, bold: &'f Face) -> Self {
        Self {
            ops: Vec::new(),
            regular,
            bold,
        }
    }

    pub(crate) fn face(&self, bold: bool) -> &'f Face {
        if bold {
            self.bold
        } else {
            self.regular
        }
    }

    pub(crate) fn text(
        &mut self,
        bold: bool,
        size: f32,
        color: (f32, f32, f32),
        x: f32,
        y: f32,
        s: &str,
    ) {
        let face = self.face(bold);
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(size),
            },
            Op::SetFillColor { col: rgb(color) },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(s.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    pub(crate) fn text_right(
        &mut self,
        bold: bool,
        size: f32,
        color: (f32, f32, f32),
        right: f32,
        y: f32,
        s: &str,
    ) {
        let w = self.face(bold).width(s, size);
        self.text(bold, size, color, right - w, y, s);
    }

    /// Wrapped text from `y` (first baseline) down; returns the baseline after the last line.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn paragraph(
        &mut self,
        bold: bool,
        size: f32,
        leading: f32,
        color: (f32, f32, f32),
        x: f32,
        y: f32,
        max: f32,
        s: &str,
    ) -> f32 {
        let mut y = y;
        for line in self.face(bold).wrap(s, size, max) {
            self.text(bold, size, color, x, y, &line);
            y -= leading;
        }
        y
    }

    pub(crate) fn rule(
        &mut self,
        x1: f32,
        x2: f32,
        y: f32,
        color: (f32, f32, f32),
        thickness: f32,
    ) {
        self.line((x1, y), (x2, y), color, thickness);
    }

    /// A vertical rule from `y1` up to `y2` at `x`.
    pub(crate) fn vertical_rule(
        &mut self,
        x: f32,
        y1: f32,
        y2: f32,
        color: (f32, f32, f32),
        thickness: f32,
    ) {
        self.line((x, y1), (x, y2), color, thickness);
    }

    fn line(&mut self, from: (f32, f32), to: (f32, f32), color: (f32, f32, f32), thickness: f32) {
        let point = |(x, y): (f32, f32)| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor { col: rgb(color) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine {
                line: Line {
                    points: vec![point(from), point(to)],
                    is_closed: false,
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    pub(crate) fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: (f32, f32, f32)) {
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::SetFillColor { col: rgb(color) },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(y),
                    width: Pt(w),
                    height: Pt(h),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
            Op::RestoreGraphicsState,
        ]);
    }

    /// The accent band on top and the footer: preparation date and page number.
    pub(crate) fn frame(&mut self, footer_left: &str, page: usize, total: usize) {
        self.frame_with(footer_left, &format!("{page} / {total}"));
    }

    /// The same frame with the footer's right-hand text given (« Page 2 / 7 »).
    pub(crate) fn frame_with(&mut self, footer_left: &str, footer_right: &str) {
        self.fill(0.0, A4_HEIGHT - 10.0, A4_WIDTH, 10.0, ACCENT);
        self.rule(LEFT, RIGHT, 66.0, RULE, 0.6);
        self.text(false, 8.5, MUTED, LEFT, 50.0, footer_left);
        self.text_right(false, 8.5, MUTED, RIGHT, 50.0, footer_right);
    }

    pub(crate) fn into_page(self) -> PdfPage {
        self.into_sized_page(A4_WIDTH, A4_HEIGHT)
    }

    /// A page of another size than A4 (an envelope), in points.
    pub(crate) fn into_sized_page(self, width: f32, height: f32) -> PdfPage {
        PdfPage::new(
            printpdf::Mm(width * 25.4 / 72.0),
            printpdf::Mm(height * 25.4 / 72.0),
            self.ops,
        )
    }
}
