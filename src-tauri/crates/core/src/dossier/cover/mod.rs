//! The dossier's own pages: a cover page (candidate, post, deadline, how it is sent) and
//! the "Bordereau des pièces jointes" (every enclosed document and the page it starts on).
//!
//! Drawn with printpdf and an embedded Liberation Sans (SIL OFL), which printpdf subsets to
//! the glyphs used: accents, « », ’ and œ print on any reader, for about 30 KB. Text is
//! placed line by line with our own wrapping, measured with the font's advance widths.
//! printpdf writes its own PDF (with its own lopdf version); the dossier takes its bytes.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};

use super::geometry::{A4_HEIGHT, A4_WIDTH};
use super::words::{self, Words};
use crate::model::{Application, Language, Profile};
use canvas::Canvas;
use chrono::NaiveDate;

pub(crate) mod canvas;

pub(crate) const REGULAR_TTF: &[u8] =
    include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
pub(crate) const BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");

pub(crate) const LEFT: f32 = 64.0;
pub(crate) const RIGHT: f32 = A4_WIDTH - 64.0;
pub(crate) const TOP: f32 = A4_HEIGHT - 92.0;
/// Rows of the list stop here; the footer sits below.
pub(crate) const BOTTOM: f32 = 96.0;

pub(crate) const INK: (f32, f32, f32) = (0.10, 0.11, 0.13);
pub(crate) const MUTED: (f32, f32, f32) = (0.36, 0.39, 0.44);
pub(crate) const ACCENT: (f32, f32, f32) = (0.12, 0.23, 0.37);
pub(crate) const RULE: (f32, f32, f32) = (0.82, 0.84, 0.87);
pub(crate) const BAND: (f32, f32, f32) = (0.93, 0.95, 0.97);

/// One line of the list of enclosed documents.
#[derive(Debug, Clone)]
pub struct ListedDocument {
    /// The checklist's wording ("Copies des diplômes").
    pub label: String,
    /// The vault title, shown smaller under the label when it says something more.
    pub title: String,
    pub pages: usize,
    /// 1-based page of the dossier where the document starts.
    pub first_page: usize,
}

/// What the cover pages show.
#[derive(Debug)]
pub struct CoverContent<'a> {
    pub language: Language,
    pub profile: &'a Profile,
    pub application: &'a Application,
    pub prepared_on: NaiveDate,
}

#[derive(Debug, thiserror::Error)]
#[error("the embedded font could not be read")]
pub struct FontError;

pub(crate) struct Face {
    parsed: ParsedFont,
    id: FontId,
    units_per_em: f32,
}

impl Face {
    pub(crate) fn load(doc: &mut PdfDocument, bytes: &[u8]) -> Result<Self, FontError> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(FontError)?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let id = doc.add_font(&parsed);
        Ok(Self {
            parsed,
            id,
            units_per_em,
        })
    }

    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                self.parsed
                    .lookup_glyph_index(u32::from(c))
                    .map_or(0, |g| u32::from(self.parsed.get_horizontal_advance(g)))
            })
            .sum();
        units as f32 * size / self.units_per_em
    }

    /// Greedy line breaking at spaces; a word wider than the line is cut where it must be.
    pub(crate) fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size) <= max {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    line.push(c);
                    if self.width(&line, size) > max && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    }
                }
            }
            if !line.is_empty() {
                lines.push(line);
            }
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

/// The number of pages the list of `count` documents needs (the cover is one more).
pub fn list_pages(rows: &[RowSize]) -> usize {
    paginate(rows).len().max(1)
}

/// Height of one row of the list, which depends on how its texts wrap.
#[derive(Debug, Clone, Copy)]
pub struct RowSize {
    height: f32,
}

const ROW_PADDING: f32 = 9.0;
const LABEL_SIZE: f32 = 10.5;
const TITLE_SIZE: f32 = 8.5;
const LABEL_LEADING: f32 = 13.5;
const TITLE_LEADING: f32 = 11.0;
const NUMBER_X: f32 = LEFT + 8.0;
const LABEL_X: f32 = LEFT + 36.0;
const LABEL_WIDTH: f32 = 300.0;
const PAGES_RIGHT: f32 = RIGHT - 62.0;
const START_RIGHT: f32 = RIGHT - 8.0;
const HEADER_HEIGHT: f32 = 22.0;
/// Where the table starts on the first list page (under the title and subtitle) and on
/// the following ones.
const FIRST_TABLE_TOP: f32 = TOP - 70.0;
const NEXT_TABLE_TOP: f32 = TOP - 30.0;

/// Lays out the rows of the list on pages: returns the row indices of each page.
fn paginate(rows: &[RowSize]) -> Vec<Vec<usize>> {
    let mut pages: Vec<Vec<usize>> = vec![Vec::new()];
    let mut y = FIRST_TABLE_TOP - HEADER_HEIGHT;
    for (i, row) in rows.iter().enumerate() {
        let fits = y - row.height >= BOTTOM + 24.0;
        let page_empty = pages.last().is_some_and(Vec::is_empty);
        if !fits && !page_empty {
            pages.push(Vec::new());
            y = NEXT_TABLE_TOP - HEADER_HEIGHT;
        }
        if let Some(page) = pages.last_mut() {
            page.push(i);
        }
        y -= row.height;
    }
    pages
}

/// The fonts, parsed once per dossier.
pub struct CoverFonts {
    doc: PdfDocument,
    regular: Face,
    bold: Face,
}

impl std::fmt::Debug for CoverFonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CoverFonts")
    }
}

impl CoverFonts {
    pub fn load(title: &str) -> Result<Self, FontError> {
        let mut doc = PdfDocument::new(title);
        let regular = Face::load(&mut doc, REGULAR_TTF)?;
        let bold = Face::load(&mut doc, BOLD_TTF)?;
        Ok(Self { doc, regular, bold })
    }

    /// How tall each document's row of the list is.
    pub fn row_sizes(&self, documents: &[(String, String)]) -> Vec<RowSize> {
        documents
            .iter()
            .map(|(label, title)| {
                let label_lines = self.bold.wrap(label, LABEL_SIZE, LABEL_WIDTH).len();
                let title_lines = if shows_title(label, title) {
                    self.regular.wrap(title, TITLE_SIZE, LABEL_WIDTH).len()
                } else {
                    0
                };
                RowSize {
                    height: 2.0 * ROW_PADDING
                        + label_lines as f32 * LABEL_LEADING
                        + title_lines as f32 * TITLE_LEADING,
                }
            })
            .collect()
    }

    /// The cover and list pages, as a PDF of their own. `total_pages` is the dossier's.
    pub fn render(
        mut self,
        content: &CoverContent<'_>,
        documents: &[ListedDocument],
        total_pages: usize,
    ) -> Vec<u8> {
        let w = words::words(content.language);
        let footer = format!(
            "{} {}",
            w.prepared_on,
            words::date(content.language, content.prepared_on)
        );
        let mut pages = vec![self.cover_page(content, documents, &w, &footer, total_pages)];
        let sizes = self.row_sizes(
            &documents
                .iter()
                .map(|d| (d.label.clone(), d.title.clone()))
                .collect::<Vec<_>>(),
        );
        for (index, rows) in paginate(&sizes).iter().enumerate() {
            pages.push(self.list_page(content, documents, rows, index, &w, &footer, total_pages));
        }
        let mut warnings = Vec::new();
        self.doc
            .with_pages(pages)
            .save(&PdfSaveOptions::default(), &mut warnings)
    }

    fn cover_page(
        &self,
        content: &CoverContent<'_>,
        documents: &[ListedDocument],
        w: &Words,
        footer: &str,
        total_pages: usize,
    ) -> PdfPage {
        let lang = content.language;
        let (p, a) = (content.profile, content.application);
        let mut c = Canvas::new(&self.regular, &self.bold);
        c.frame(footer, 1, total_pages);
        let width = RIGHT - LEFT;

        let mut y = TOP;
        c.text(true, 10.0, ACCENT, LEFT, y, w.heading);
        y -= 38.0;
        let name = words::candidate_name(&p.first_name, &p.last_name);
        y = c.paragraph(true, 26.0, 30.0, INK, LEFT, y, width, &name);
        let contact: Vec<&str> = [p.email.as_deref(), p.phone.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        y += 8.0;
        if !contact.is_empty() {
            y = c.paragraph(
                false,
                10.5,
                14.0,
                MUTED,
                LEFT,
                y,
                width,
                &contact.join("   ·   "),
            );
        }
        if let Some(address) = &p.postal_address {
            y = c.paragraph(false, 10.5, 14.0, MUTED, LEFT, y, width, address);
        }
        y -= 14.0;
        c.rule(LEFT, RIGHT, y, RULE, 0.8);

        y -= 40.0;
        c.text(true, 9.0, MUTED, LEFT, y, &w.position.to_uppercase());
        y -= 25.0;
        y = c.paragraph(true, 19.0, 24.0, INK, LEFT, y, width, &a.title);
        y -= 2.0;
        y = c.paragraph(false, 13.0, 17.0, INK, LEFT, y, width, &a.organization);

        y -= 30.0;
        let label_width = 118.0;
        let value_x = LEFT + label_width;
        let value_width = RIGHT - value_x;
        let mut rows: Vec<(&str, String, bool)> = Vec::new();
        if let Some(reference) = &a.reference {
            rows.push((w.reference, reference.clone(), false));
        }
        if let Some(location) = &a.location {
            rows.push((w.location, location.clone(), false));
        }
        if let Some(deadline) = &a.deadline {
            rows.push((w.deadline, words::deadline(lang, deadline), true));
        }
        if let Some(sent) = words::how_sent(lang, a) {
            rows.push((w.sent, sent, false));
        }
        if let Some(subject) = &a.apply_subject {
            rows.push((w.required_subject, words::quoted(lang, subject), false));
        }
        let pages: usize = documents.iter().map(|d| d.pages).sum();
        rows.push((
            w.enclosed,
            words::enclosed_summary(lang, documents.len(), pages),
            false,
        ));
        for (label, value, strong) in rows {
            c.text(false, 10.0, MUTED, LEFT, y, label);
            let end = c.paragraph(strong, 11.0, 15.0, INK, value_x, y, value_width, &value);
            y = end - 9.0;
            if y < BOTTOM {
                break;
            }
        }
        c.into_page()
    }

    #[allow(clippy::too_many_arguments)]
    fn list_page(
        &self,
        content: &CoverContent<'_>,
        documents: &[ListedDocument],
        rows: &[usize],
        index: usize,
        w: &Words,
        footer: &str,
        total_pages: usize,
    ) -> PdfPage {
        let mut c = Canvas::new(&self.regular, &self.bold);
        c.frame(footer, 2 + index, total_pages);
        let mut y = TOP;
        if index == 0 {
            c.text(true, 20.0, INK, LEFT, y, w.list_title);
            let a = content.application;
            let name =
                words::candidate_name(&content.profile.first_name, &content.profile.last_name);
            let mut subtitle = format!("{} — {}", a.title, a.organization);
            if !name.is_empty() {
                subtitle = format!(
                    "{} — {subtitle}",
                    words::application_of(content.language, &name)
                );
            }
            if let Some(reference) = &a.reference {
                subtitle.push_str(&format!(" — {}", reference));
            }
            // At most two lines: the table starts at a fixed height.
            let lines = self.regular.wrap(&subtitle, 10.0, RIGHT - LEFT);
            let mut sy = y - 22.0;
            for line in lines.iter().take(2) {
                c.text(false, 10.0, MUTED, LEFT, sy, line);
                sy -= 13.0;
            }
            y = FIRST_TABLE_TOP;
        } else {
            c.text(true, 14.0, INK, LEFT, y, w.list_continued);
            y = NEXT_TABLE_TOP;
        }

        c.fill(LEFT, y - HEADER_HEIGHT, RIGHT - LEFT, HEADER_HEIGHT, BAND);
        let header_base = y - HEADER_HEIGHT + 7.5;
        c.text(true, 8.5, MUTED, NUMBER_X, header_base, w.number);
        c.text(true, 8.5, MUTED, LABEL_X, header_base, w.document);
        c.text_right(true, 8.5, MUTED, PAGES_RIGHT, header_base, w.pages);
        c.text_right(true, 8.5, MUTED, START_RIGHT, header_base, w.starts_on);
        y -= HEADER_HEIGHT;

        for &i in rows {
            let Some(d) = documents.get(i) else { continue };
            let top = y;
            let first = top - ROW_PADDING - LABEL_SIZE;
            c.text(
                false,
                LABEL_SIZE,
                MUTED,
                NUMBER_X,
                first,
                &(i + 1).to_string(),
            );
            let mut ly = c.paragraph(
                true,
                LABEL_SIZE,
                LABEL_LEADING,
                INK,
                LABEL_X,
                first,
                LABEL_WIDTH,
                &d.label,
            );
            if shows_title(&d.label, &d.title) {
                ly += LABEL_LEADING - TITLE_LEADING;
                ly = c.paragraph(
                    false,
                    TITLE_SIZE,
                    TITLE_LEADING,
                    MUTED,
                    LABEL_X,
                    ly,
                    LABEL_WIDTH,
                    &d.title,
                );
            }
            c.text_right(
                false,
                LABEL_SIZE,
                INK,
                PAGES_RIGHT,
                first,
                &d.pages.to_string(),
            );
            c.text_right(
                true,
                LABEL_SIZE,
                INK,
                START_RIGHT,
                first,
                &d.first_page.to_string(),
            );
            y = (ly + LABEL_SIZE - ROW_PADDING).min(top - 2.0 * ROW_PADDING - LABEL_SIZE);
            c.rule(LEFT, RIGHT, y, RULE, 0.5);
        }
        let last_page = rows.last().is_some_and(|&i| i + 1 == documents.len());
        if last_page || documents.is_empty() {
            let pages: usize = documents.iter().map(|d| d.pages).sum();
            let total = words::enclosed_summary(content.language, documents.len(), pages);
            c.text_right(true, 9.5, INK, START_RIGHT, y - 18.0, &total);
        }
        c.into_page()
    }
}

/// The title is printed under the label unless it repeats it.
fn shows_title(label: &str, title: &str) -> bool {
    let (l, t) = (label.trim().to_lowercase(), title.trim().to_lowercase());
    !t.is_empty() && l != t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_continue_on_more_pages() {
        let one = [RowSize { height: 40.0 }];
        assert_eq!(list_pages(&one), 1);
        let many = vec![RowSize { height: 40.0 }; 40];
        let pages = paginate(&many);
        assert!(pages.len() >= 2, "{pages:?}");
        assert_eq!(pages.iter().map(Vec::len).sum::<usize>(), 40);
        assert_eq!(list_pages(&[]), 1);
    }

    #[test]
    fn text_is_measured_and_wrapped_with_the_real_font() {
        let fonts = CoverFonts::load("t").unwrap();
        let narrow = fonts.regular.width("iiii", 10.0);
        let wide = fonts.regular.width("MMMM", 10.0);
        assert!(narrow > 0.0 && wide > 2.0 * narrow);
        let lines = fonts.regular.wrap(
            "Coordinateur·trice Santé Mentale et Soutien Psychosocial",
            12.0,
            120.0,
        );
        assert!(lines.len() >= 3, "{lines:?}");
        for line in &lines {
            assert!(fonts.regular.width(line, 12.0) <= 120.0, "{line}");
        }
    }
}
