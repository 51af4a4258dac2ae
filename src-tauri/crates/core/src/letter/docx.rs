//! The letter as a .docx, for the candidate to rework in Word or LibreOffice: the same
//! layout in plain paragraphs (the recipient indented to the right half), Liberation Sans
//! or Arial, 11 pt, A4 with 2.5 cm margins. Written by docx-rs.

use docx_rs::{AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts};

use super::Letter;
use crate::error::{Error, Result};

/// Twentieths of a point, the unit of WordprocessingML.
const CM: i32 = 567;
/// Half-points.
const SIZE: usize = 22;

fn line(text: &str, bold: bool) -> Paragraph {
    let mut run = Run::new().add_text(text);
    if bold {
        run = run.bold();
    }
    Paragraph::new()
        .add_run(run)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

fn gap(points: u32) -> Paragraph {
    Paragraph::new().line_spacing(LineSpacing::new().before(0).after(points * 20))
}

pub(super) fn letter_docx(letter: &Letter) -> Result<Vec<u8>> {
    // The right half of an A4 page within 2.5 cm margins.
    let half = 8 * CM;
    let mut doc = Docx::new()
        .page_size(11_906, 16_838)
        .page_margin(
            PageMargin::new()
                .top(2 * CM)
                .bottom(2 * CM)
                .left(25 * CM / 10)
                .right(25 * CM / 10),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Liberation Sans")
                .hi_ansi("Liberation Sans")
                .cs("Arial"),
        )
        .default_size(SIZE);
    for (i, l) in letter.sender.iter().enumerate() {
        doc = doc.add_paragraph(line(l, i == 0));
    }
    doc = doc.add_paragraph(gap(12));
    for (i, l) in letter.recipient.iter().enumerate() {
        doc = doc.add_paragraph(line(l, i == 0).indent(Some(half), None, None, None));
    }
    doc = doc.add_paragraph(gap(12));
    doc = doc.add_paragraph(line(&letter.place_date, false).indent(Some(half), None, None, None));
    doc = doc.add_paragraph(gap(18));
    doc = doc.add_paragraph(line(&letter.subject, true));
    if let Some(reference) = &letter.reference {
        doc = doc.add_paragraph(line(reference, false));
    }
    doc = doc.add_paragraph(gap(18));
    doc = doc.add_paragraph(line(&letter.salutation, false));
    doc = doc.add_paragraph(gap(6));
    for para in letter.body.iter().chain(std::iter::once(&letter.closing)) {
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(para))
                .align(AlignmentType::Both)
                .line_spacing(LineSpacing::new().before(0).after(160)),
        );
    }
    doc = doc.add_paragraph(gap(36));
    doc = doc.add_paragraph(line(&letter.signature, true).indent(Some(half), None, None, None));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.pack(&mut out)
        .map_err(|e| Error::Corrupt(format!("the .docx could not be written: {e}")))?;
    Ok(out.into_inner())
}
