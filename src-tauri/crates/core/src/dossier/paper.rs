//! The paper file (« dossier papier », issue 17): what a candidate prints to hand a dossier
//! in at an office or to post it. One print-ready PDF:
//! - a cover sheet for the top of the file (« À l'attention de … — Objet : candidature au
//!   poste de … — Réf. … »), with the sender and the pieces enclosed;
//! - the checklist of the pieces in the order the posting asks them, with the form, the
//!   number of copies and the age each must have, and a box to tick as it goes in;
//! - the envelope's label, on a page the size of the envelope (DL, C5 or C4), to print on
//!   the envelope itself or on paper to glue.
//!
//! Drawn with the dossier's embedded fonts and canvas, so it prints the same everywhere.

use chrono::NaiveDate;
use printpdf::{PdfDocument, PdfPage, PdfSaveOptions};
use serde::{Deserialize, Serialize};

use super::cover::canvas::Canvas;
use super::cover::{
    Face, FontError, ACCENT, BAND, BOLD_TTF, BOTTOM, INK, LEFT, MUTED, REGULAR_TTF, RIGHT, RULE,
    TOP,
};
use super::words::{self, PaperWords};
use crate::model::{Application, Language, PieceRequirements, Profile};

/// ISO 269 envelopes, by the paper they hold: DL a sheet folded in three, C5 an A4 folded
/// once, C4 an A4 flat (the usual one for an application file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Envelope {
    Dl,
    C5,
    #[default]
    C4,
}

impl Envelope {
    pub const ALL: [Envelope; 3] = [Self::Dl, Self::C5, Self::C4];

    /// Width and height in millimetres, lying flat with the flap at the top.
    pub fn millimetres(self) -> (f32, f32) {
        match self {
            Self::Dl => (220.0, 110.0),
            Self::C5 => (229.0, 162.0),
            Self::C4 => (324.0, 229.0),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dl => "dl",
            Self::C5 => "c5",
            Self::C4 => "c4",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// One piece of the checklist as printed.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperPiece {
    /// The posting's words for it, or its kind's name.
    pub label: String,
    pub requirements: PieceRequirements,
    /// A document of the vault is attached (the candidate still prints or copies it).
    pub ready: bool,
}

/// Everything the paper file shows.
#[derive(Debug, Clone)]
pub struct PaperInput {
    pub language: Language,
    pub profile: Profile,
    pub application: Application,
    pub pieces: Vec<PaperPiece>,
    pub prepared_on: NaiveDate,
}

const MM: f32 = 72.0 / 25.4;

/// The paper file as PDF bytes: cover sheet, checklist (as many pages as it needs), then the
/// label for `envelope`.
pub fn paper_file(input: &PaperInput, envelope: Envelope) -> Result<Vec<u8>, FontError> {
    let w = words::paper_words(input.language);
    let title = format!("{} — {}", w.file_title, input.application.title);
    let mut doc = PdfDocument::new(&title);
    let regular = Face::load(&mut doc, REGULAR_TTF)?;
    let bold = Face::load(&mut doc, BOLD_TTF)?;
    let footer = format!(
        "{} {}",
        w.prepared_on,
        words::date(input.language, input.prepared_on)
    );
    let mut pages = vec![cover_sheet(input, &w, &regular, &bold, &footer)];
    pages.extend(checklist_pages(input, &w, &regular, &bold, &footer));
    pages.push(envelope_label(input, &w, &regular, &bold, envelope));
    let mut warnings = Vec::new();
    Ok(doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warnings))
}

/// The sender as printed: name, then postal address, phone and e-mail, one per line.
pub(crate) fn sender_lines(p: &Profile) -> Vec<String> {
    let mut lines = vec![words::candidate_name(&p.first_name, &p.last_name)];
    if let Some(address) = &p.postal_address {
        lines.extend(
            address
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        );
    }
    lines.extend([p.phone.clone(), p.email.clone()].into_iter().flatten());
    lines.retain(|l| !l.trim().is_empty());
    lines
}

/// The organization, who is to receive the file, then the address the posting gives for it
/// (where it is dropped or posted), line by line. Postings often name the recipient in the
/// address itself (« à l'attention de Monsieur le Représentant… »); when none does, the
/// recruitment team is named, never a person the candidate would have to guess.
pub(crate) fn recipient_lines(a: &Application, w: &PaperWords) -> Vec<String> {
    let organization = a.organization.trim();
    let address: Vec<String> = a
        .apply_address
        .as_deref()
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.eq_ignore_ascii_case(organization))
        .map(str::to_owned)
        .collect();
    let mut lines = vec![organization.to_owned()];
    let named = address.iter().any(|l| {
        let l = l.to_lowercase();
        l.contains("attention") || l.starts_with("attn")
    });
    if !named {
        lines.push(w.attention.to_owned());
    }
    lines.extend(address);
    lines
}

fn cover_sheet(
    input: &PaperInput,
    w: &PaperWords,
    regular: &Face,
    bold: &Face,
    footer: &str,
) -> PdfPage {
    let (p, a, lang) = (&input.profile, &input.application, input.language);
    let mut c = Canvas::new(regular, bold);
    c.frame_with(footer, "");
    let width = RIGHT - LEFT;
    let half = LEFT + width * 0.52;

    // The sender top left, the recipient on the right a little lower: the French letter's
    // layout, which an office's mail service reads at a glance.
    let mut y = TOP;
    for (i, line) in sender_lines(p).iter().enumerate() {
        y = c.paragraph(i == 0, 10.5, 14.0, INK, LEFT, y, half - LEFT - 12.0, line);
    }
    let mut ry = TOP - 70.0;
    for (i, line) in recipient_lines(a, w).iter().enumerate() {
        ry = c.paragraph(i == 0, 11.0, 15.0, INK, half, ry, RIGHT - half, line);
    }
    let place_date = words::date(lang, input.prepared_on);
    ry -= 14.0;
    c.text(
        false,
        10.0,
        MUTED,
        half,
        ry,
        &format!("{} {place_date}", w.dated),
    );

    y = y.min(ry) - 48.0;
    c.rule(LEFT, RIGHT, y + 22.0, RULE, 0.8);
    c.text(true, 10.0, ACCENT, LEFT, y, w.file_title_upper);
    y -= 30.0;
    let subject = format!("{} {}", w.subject, subject_of(lang, w, &a.title));
    y = c.paragraph(true, 15.0, 20.0, INK, LEFT, y, width, &subject);
    if let Some(reference) = &a.reference {
        y -= 2.0;
        y = c.paragraph(
            false,
            12.0,
            16.0,
            INK,
            LEFT,
            y,
            width,
            &format!("{} {reference}", w.reference),
        );
    }
    if let Some(deadline) = &a.deadline {
        y -= 6.0;
        y = c.paragraph(
            false,
            10.5,
            14.0,
            MUTED,
            LEFT,
            y,
            width,
            &format!("{} {}", w.deadline, words::deadline(lang, deadline)),
        );
    }

    y -= 26.0;
    c.text(true, 11.0, INK, LEFT, y, w.enclosed);
    y -= 20.0;
    for (i, piece) in input.pieces.iter().enumerate() {
        let mut line = format!("{}. {}", i + 1, piece.label);
        let asked = crate::labels::piece_requirements(&piece.requirements, lang);
        if !asked.is_empty() {
            line.push_str(&format!(" — {asked}"));
        }
        y = c.paragraph(false, 10.5, 14.5, INK, LEFT + 10.0, y, width - 10.0, &line);
        if y < BOTTOM + 40.0 {
            c.text(false, 10.0, MUTED, LEFT + 10.0, y, w.see_checklist);
            break;
        }
    }
    c.into_page()
}

/// « candidature au poste de Comptable » / « … d'Assistant administratif ».
pub(crate) fn subject_of(lang: Language, w: &PaperWords, title: &str) -> String {
    let title = title.trim();
    if lang == Language::Fr && words::elides(title) {
        format!("{}{title}", w.position_of_elided)
    } else {
        format!("{} {title}", w.position_of)
    }
}

const ROW_SIZE: f32 = 10.5;
const BOX_X: f32 = LEFT + 4.0;
const NUMBER_X: f32 = LEFT + 26.0;
const PIECE_X: f32 = LEFT + 48.0;
const STATE_RIGHT: f32 = RIGHT - 4.0;
/// The piece's name, and under it what the posting asks of it (form, copies, age).
const PIECE_WIDTH: f32 = STATE_RIGHT - 84.0 - PIECE_X;

/// The checklist, continued on as many pages as the pieces need.
fn checklist_pages(
    input: &PaperInput,
    w: &PaperWords,
    regular: &Face,
    bold: &Face,
    footer: &str,
) -> Vec<PdfPage> {
    let lang = input.language;
    let mut pages = Vec::new();
    let mut rows = input.pieces.iter().enumerate().peekable();
    let mut first = true;
    loop {
        let mut c = Canvas::new(regular, bold);
        c.frame_with(footer, "");
        let mut y = TOP;
        c.text(
            true,
            18.0,
            INK,
            LEFT,
            y,
            if first {
                w.checklist_title
            } else {
                w.checklist_continued
            },
        );
        y -= 20.0;
        if first {
            let a = &input.application;
            let mut about = format!("{} — {}", a.title, a.organization);
            if let Some(reference) = &a.reference {
                about.push_str(&format!(" — {reference}"));
            }
            y = c.paragraph(false, 10.0, 13.0, MUTED, LEFT, y, RIGHT - LEFT, &about);
            y = c.paragraph(
                false,
                10.0,
                13.0,
                MUTED,
                LEFT,
                y,
                RIGHT - LEFT,
                w.checklist_hint,
            );
        }
        y -= 8.0;
        c.fill(LEFT, y - 20.0, RIGHT - LEFT, 20.0, BAND);
        let header = y - 13.5;
        c.text(true, 8.5, MUTED, NUMBER_X, header, w.number);
        c.text(true, 8.5, MUTED, PIECE_X, header, w.piece);
        c.text_right(true, 8.5, MUTED, STATE_RIGHT, header, w.state);
        y -= 20.0;
        let mut on_page = 0;
        while let Some((i, piece)) = rows.peek() {
            let asked = crate::labels::piece_requirements(&piece.requirements, lang);
            let label_lines = bold.wrap(&piece.label, ROW_SIZE, PIECE_WIDTH).len();
            let asked_lines = if asked.is_empty() {
                0
            } else {
                regular.wrap(&asked, 9.5, PIECE_WIDTH).len()
            };
            let height = 16.0 + (label_lines + asked_lines) as f32 * 13.5;
            // A row too tall for what is left goes on the next page, unless the page is
            // still empty (then it is cut by the footer rather than lost).
            if y - height < BOTTOM && on_page > 0 {
                break;
            }
            on_page += 1;
            let base = y - 8.0 - ROW_SIZE;
            // The box to tick, a little larger than the text: drawn as four rules.
            let (bx, by, side) = (BOX_X, base - 2.0, 11.0);
            for (x1, x2, ly) in [(bx, bx + side, by), (bx, bx + side, by + side)] {
                c.rule(x1, x2, ly, INK, 0.8);
            }
            for x in [bx, bx + side] {
                c.vertical_rule(x, by, by + side, INK, 0.8);
            }
            c.text(false, ROW_SIZE, MUTED, NUMBER_X, base, &(i + 1).to_string());
            let mut end = c.paragraph(
                true,
                ROW_SIZE,
                13.5,
                INK,
                PIECE_X,
                base,
                PIECE_WIDTH,
                &piece.label,
            );
            if !asked.is_empty() {
                end = c.paragraph(false, 9.5, 13.0, ACCENT, PIECE_X, end, PIECE_WIDTH, &asked);
            }
            let state = if piece.ready { w.ready } else { w.missing };
            c.text_right(
                !piece.ready,
                9.5,
                if piece.ready { MUTED } else { ACCENT },
                STATE_RIGHT,
                base,
                state,
            );
            y = (end + 13.5 - 6.0 - ROW_SIZE).min(base - 8.0);
            c.rule(LEFT, RIGHT, y, RULE, 0.5);
            rows.next();
        }
        let done = rows.peek().is_none();
        if done {
            let copies: u32 = input
                .pieces
                .iter()
                .map(|p| u32::from(p.requirements.copies.unwrap_or(1)))
                .sum();
            y -= 22.0;
            c.text(
                false,
                9.5,
                MUTED,
                LEFT,
                y,
                &words::sheets_to_gather(lang, input.pieces.len(), copies as usize),
            );
        }
        pages.push(c.into_page());
        first = false;
        if done {
            return pages;
        }
    }
}

/// The label: the sender small at the top left, « Candidature » with the post and its
/// reference below it, the recipient in the lower right half where postal services read
/// the address.
fn envelope_label(
    input: &PaperInput,
    w: &PaperWords,
    regular: &Face,
    bold: &Face,
    envelope: Envelope,
) -> PdfPage {
    let (width_mm, height_mm) = envelope.millimetres();
    let (width, height) = (width_mm * MM, height_mm * MM);
    let a = &input.application;
    let mut c = Canvas::new(regular, bold);
    // A DL envelope is small: everything a size smaller.
    let k = if envelope == Envelope::Dl { 0.8 } else { 1.0 };
    let margin = 12.0 * MM;

    let mut y = height - margin - 9.0 * k;
    c.text(false, 7.5 * k, MUTED, margin, y, w.sender);
    y -= 12.0 * k;
    for (i, line) in sender_lines(&input.profile).iter().enumerate() {
        y = c.paragraph(
            i == 0,
            9.0 * k,
            11.5 * k,
            INK,
            margin,
            y,
            width * 0.45,
            line,
        );
    }

    y -= 12.0 * k;
    c.text(true, 11.0 * k, ACCENT, margin, y, w.application_upper);
    y -= 14.0 * k;
    y = c.paragraph(
        false,
        9.5 * k,
        12.0 * k,
        INK,
        margin,
        y,
        width * 0.42,
        &words::capitalized(&subject_of(input.language, w, &a.title)),
    );
    if let Some(reference) = &a.reference {
        c.paragraph(
            false,
            9.5 * k,
            12.0 * k,
            INK,
            margin,
            y,
            width * 0.42,
            &format!("{} {reference}", w.reference),
        );
    }

    let x = width * 0.5;
    let lines = recipient_lines(a, w);
    let size = 12.0 * k;
    let leading = 16.0 * k;
    let block = lines.len() as f32 * leading;
    // The block's top a little above the middle, so that it ends well above the bottom edge
    // (where sorting machines print their codes).
    let mut ry = (height * 0.55).max(block + 18.0 * MM).min(height - margin);
    for (i, line) in lines.iter().enumerate() {
        ry = c.paragraph(i == 0, size, leading, INK, x, ry, width - x - margin, line);
    }
    c.into_sized_page(width, height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelopes_are_named_and_sized_as_iso_269_says() {
        for e in Envelope::ALL {
            assert_eq!(Envelope::parse(e.as_str()), Some(e));
            let (w, h) = e.millimetres();
            assert!(w > h);
        }
        assert_eq!(Envelope::parse(" C4 "), Some(Envelope::C4));
        assert_eq!(Envelope::parse("a4"), None);
        assert_eq!(Envelope::C4.millimetres(), (324.0, 229.0));
    }

    #[test]
    fn the_subject_elides_before_a_vowel_in_french() {
        let w = words::paper_words(Language::Fr);
        assert_eq!(
            subject_of(Language::Fr, &w, "Assistant administratif"),
            "candidature au poste d’Assistant administratif"
        );
        assert_eq!(
            subject_of(Language::Fr, &w, "Comptable"),
            "candidature au poste de Comptable"
        );
        let en = words::paper_words(Language::En);
        assert_eq!(
            subject_of(Language::En, &en, "Accountant"),
            "application for the position of Accountant"
        );
    }
}
