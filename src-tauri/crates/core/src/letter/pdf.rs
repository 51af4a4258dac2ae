//! The letter as a PDF: A4, the dossier's embedded fonts (accents print everywhere), the
//! formal French layout, continued on a second page when the body is long.

use printpdf::{PdfDocument, PdfPage, PdfSaveOptions};

use super::Letter;
use crate::dossier::cover::canvas::Canvas;
use crate::dossier::cover::{Face, BOLD_TTF, INK, LEFT, REGULAR_TTF, RIGHT};
use crate::error::{Error, Result};

/// A letter's margins are wider at the top than the dossier's pages: no band, no footer.
const TOP: f32 = 842.0 - 64.0;
const BOTTOM: f32 = 64.0;
const SIZE: f32 = 11.0;
const LEADING: f32 = 15.5;

pub(super) fn letter_pdf(letter: &Letter) -> Result<Vec<u8>> {
    let font_error = |_| Error::Corrupt("the embedded font could not be read".into());
    let mut doc = PdfDocument::new(&letter.subject);
    let regular = Face::load(&mut doc, REGULAR_TTF).map_err(font_error)?;
    let bold = Face::load(&mut doc, BOLD_TTF).map_err(font_error)?;
    let mut pages: Vec<PdfPage> = Vec::new();
    let mut c = Canvas::new(&regular, &bold);
    let width = RIGHT - LEFT;
    // The recipient's column: the right half, as French letters have it.
    let half = LEFT + width * 0.5;

    let mut y = TOP;
    for (i, line) in letter.sender.iter().enumerate() {
        y = c.paragraph(
            i == 0,
            SIZE,
            LEADING - 1.5,
            INK,
            LEFT,
            y,
            half - LEFT - 12.0,
            line,
        );
    }
    let mut ry = y - 24.0;
    for (i, line) in letter.recipient.iter().enumerate() {
        ry = c.paragraph(
            i == 0,
            SIZE,
            LEADING - 1.5,
            INK,
            half,
            ry,
            RIGHT - half,
            line,
        );
    }
    ry -= 18.0;
    ry = c.paragraph(
        false,
        SIZE,
        LEADING,
        INK,
        half,
        ry,
        RIGHT - half,
        &letter.place_date,
    );

    y = ry - 24.0;
    y = c.paragraph(true, SIZE, LEADING, INK, LEFT, y, width, &letter.subject);
    if let Some(reference) = &letter.reference {
        y = c.paragraph(false, SIZE, LEADING, INK, LEFT, y, width, reference);
    }
    y -= 22.0;
    y = c.paragraph(
        false,
        SIZE,
        LEADING,
        INK,
        LEFT,
        y,
        width,
        &letter.salutation,
    );
    y -= 8.0;

    // The body, then the closing formula, each paragraph whole on a page when it can be.
    let paragraphs = letter.body.iter().chain(std::iter::once(&letter.closing));
    for para in paragraphs {
        let lines = regular.wrap(para, SIZE, width).len() as f32;
        if y - lines * LEADING < BOTTOM {
            pages.push(std::mem::replace(&mut c, Canvas::new(&regular, &bold)).into_page());
            y = TOP;
        }
        y = c.paragraph(false, SIZE, LEADING, INK, LEFT, y, width, para);
        y -= 8.0;
    }
    // The signature on the right, with room above it to sign by hand.
    if y - 60.0 < BOTTOM {
        pages.push(std::mem::replace(&mut c, Canvas::new(&regular, &bold)).into_page());
        y = TOP;
    }
    c.paragraph(
        true,
        SIZE,
        LEADING,
        INK,
        half,
        y - 48.0,
        RIGHT - half,
        &letter.signature,
    );
    pages.push(c.into_page());
    let mut warnings = Vec::new();
    Ok(doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warnings))
}
