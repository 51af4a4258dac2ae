//! The log's pages: each application is a block of lines (title, organization, dates,
//! history) measured with the real font, blocks are laid on A4 pages (kept whole when they
//! fit on one, else continued), then each page is drawn with the dossier's canvas.

use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use printpdf::{PdfDocument, PdfPage, PdfSaveOptions};

use super::{report, JournalEntry, JournalEventKind, JournalInput};
use crate::dossier::cover::canvas::Canvas;
use crate::dossier::cover::{
    Face, ACCENT, BOLD_TTF, BOTTOM, INK, LEFT, MUTED, REGULAR_TTF, RIGHT, RULE, TOP,
};
use crate::dossier::{words, Progress, Stage};
use crate::error::{Error, Result};
use crate::format;
use crate::labels::{self, ExportWords};
use crate::model::Language;

type Rgb = (f32, f32, f32);

/// One line of text, placed at `x` in its block; `right` is drawn flush right on the same
/// baseline (the status beside the title).
#[derive(Debug, Clone)]
struct Line {
    bold: bool,
    size: f32,
    color: Rgb,
    x: f32,
    text: String,
    /// Space from this baseline to the next.
    leading: f32,
    right: Option<String>,
    /// A small text at the left margin on the same baseline (an event's day).
    margin: Option<String>,
}

/// One application's lines.
#[derive(Debug)]
struct Block {
    lines: Vec<Line>,
}

impl Block {
    /// From the first baseline to the last: what must fit above [`LOWEST`].
    fn span(&self) -> f32 {
        let all: f32 = self.lines.iter().map(|l| l.leading).sum();
        all - self.lines.last().map_or(0.0, |l| l.leading)
    }
}

const TITLE_SIZE: f32 = 11.0;
const BODY_SIZE: f32 = 9.0;
const EVENT_X: f32 = LEFT + 92.0;
const STATUS_WIDTH: f32 = 120.0;
/// Between two applications, under the rule that parts them.
const BLOCK_GAP: f32 = 16.0;
/// Where blocks start on the first page (under the heading) and on the next ones.
const FIRST_TOP: f32 = TOP - 112.0;
const NEXT_TOP: f32 = TOP - 34.0;
/// The lowest baseline: the footer's rule is 18 pt below, at 66 pt.
const LOWEST: f32 = BOTTOM - 12.0;

/// A page: the lines it holds, each with its baseline, and the rules between blocks.
#[derive(Debug, Default)]
struct PageLayout {
    lines: Vec<(f32, Line)>,
    rules: Vec<f32>,
}

/// The PDF's bytes and its number of pages.
pub(super) fn render(
    input: &JournalInput,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<(Vec<u8>, usize)> {
    let w = labels::export_words(input.language);
    let mut doc = PdfDocument::new(&w.journal_title);
    let font_error = |_| Error::Corrupt("the embedded font could not be read".to_owned());
    let regular = Face::load(&mut doc, REGULAR_TTF).map_err(font_error)?;
    let bold = Face::load(&mut doc, BOLD_TTF).map_err(font_error)?;

    let total = input.entries.len();
    let mut blocks = Vec::with_capacity(total);
    for (i, entry) in input.entries.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        blocks.push(block(entry, input, w, &regular, &bold));
        report(progress, Stage::Reading, i + 1, total);
    }
    let layouts = paginate(blocks);
    let count = layouts.len();
    let footer = fill(
        &w.generated_on,
        &[("date", format::day(input.generated_on, input.language))],
    );
    let mut pages: Vec<PdfPage> = Vec::with_capacity(count);
    for (index, layout) in layouts.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(Error::Cancelled);
        }
        let mut c = Canvas::new(&regular, &bold);
        let page_text = fill(
            &w.page,
            &[
                ("page", (index + 1).to_string()),
                ("total", count.to_string()),
            ],
        );
        c.frame_with(&footer, &page_text);
        heading(&mut c, input, w, index == 0, &regular);
        for (y, line) in &layout.lines {
            draw(&mut c, *y, line);
        }
        for y in &layout.rules {
            c.rule(LEFT, RIGHT, *y, RULE, 0.5);
        }
        if input.entries.is_empty() {
            c.paragraph(
                false,
                11.0,
                15.0,
                INK,
                LEFT,
                FIRST_TOP - 8.0,
                RIGHT - LEFT,
                &w.nothing,
            );
        }
        pages.push(c.into_page());
        report(progress, Stage::Writing, index + 1, count);
    }
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warnings);
    Ok((bytes, count))
}

fn draw(c: &mut Canvas<'_>, y: f32, line: &Line) {
    c.text(line.bold, line.size, line.color, line.x, y, &line.text);
    if let Some(right) = &line.right {
        c.text_right(true, BODY_SIZE, ACCENT, RIGHT, y, right);
    }
    if let Some(margin) = &line.margin {
        c.text(false, line.size, MUTED, LEFT + 12.0, y, margin);
    }
}

/// The first page's title, candidate, period and count; the next pages' running head.
fn heading(c: &mut Canvas<'_>, input: &JournalInput, w: &ExportWords, first: bool, face: &Face) {
    let lang = input.language;
    let period = fill(
        &w.period,
        &[
            ("from", format::day(input.from, lang)),
            ("to", format::day(input.to, lang)),
        ],
    );
    if !first {
        let mut head = w.journal_title.clone();
        if !input.candidate.is_empty() {
            head = format!("{head} — {}", input.candidate);
        }
        let head = format!("{head} — {period}");
        let line = face
            .wrap(&head, 8.5, RIGHT - LEFT)
            .into_iter()
            .next()
            .unwrap_or_default();
        c.text(false, 8.5, MUTED, LEFT, TOP, &line);
        c.rule(LEFT, RIGHT, TOP - 10.0, RULE, 0.6);
        return;
    }
    c.text(true, 20.0, INK, LEFT, TOP, &w.journal_title);
    let mut y = TOP - 26.0;
    if !input.candidate.is_empty() {
        c.text(true, 13.0, INK, LEFT, y, &input.candidate);
        y -= 20.0;
    }
    let count = input.entries.len();
    let summary = format!(
        "{period}   ·   {}",
        applications_count(count, input.language)
    );
    c.text(false, 10.5, MUTED, LEFT, y, &summary);
    c.rule(LEFT, RIGHT, FIRST_TOP + 22.0, ACCENT, 0.8);
}

/// « 0 candidature », "0 applications": the core's plural rule on the catalogue's words.
fn applications_count(count: usize, language: Language) -> String {
    let w = labels::export_words(language);
    let template = if format::is_singular(count as u64, language) {
        &w.applications_one
    } else {
        &w.applications_other
    };
    fill(template, &[("count", count.to_string())])
}

/// `{name}` placeholders of a catalogue text filled in.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The candidate's day of a stored instant; `None` if it cannot be read.
fn local_day(at: &str, tz: Tz) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(at)
        .ok()
        .map(|t| t.with_timezone(&Utc).with_timezone(&tz).date_naive())
}

fn block(
    entry: &JournalEntry,
    input: &JournalInput,
    w: &ExportWords,
    regular: &Face,
    bold: &Face,
) -> Block {
    let lang = input.language;
    let mut lines = Vec::new();
    let width = RIGHT - LEFT;
    let status = labels::status(entry.status, lang).to_owned();
    let title_lines = bold.wrap(&entry.title, TITLE_SIZE, width - STATUS_WIDTH);
    for (i, text) in title_lines.into_iter().enumerate() {
        lines.push(Line {
            bold: true,
            size: TITLE_SIZE,
            color: INK,
            x: LEFT,
            text,
            leading: 14.0,
            right: (i == 0).then(|| status.clone()),
            margin: None,
        });
    }
    let mut who = entry.organization.clone();
    if let Some(reference) = entry.reference.as_deref().filter(|r| !r.trim().is_empty()) {
        who = format!("{who}   ·   {} {reference}", w.reference);
    }
    for text in regular.wrap(&who, BODY_SIZE + 0.5, width) {
        lines.push(body(LEFT, text, INK, 13.0));
    }
    let mut dates = Vec::new();
    if let Some(day) = local_day(&entry.created_at, input.tz) {
        dates.push(format!("{} {}", w.created_on, format::day(day, lang)));
    }
    if let Some(day) = entry
        .sent_at
        .as_deref()
        .and_then(|at| local_day(at, input.tz))
    {
        dates.push(format!("{} {}", w.sent_on, format::day(day, lang)));
    }
    if let Some(deadline) = &entry.deadline {
        let colon = if lang == Language::Fr { " : " } else { ": " };
        dates.push(format!(
            "{}{colon}{}",
            w.deadline,
            words::deadline(lang, deadline)
        ));
    }
    if dates.is_empty() {
        dates.push(w.no_date.clone());
    }
    for text in join_fitting(&dates, regular, BODY_SIZE, width) {
        lines.push(body(LEFT, text, MUTED, 13.0));
    }
    for (i, event) in entry.events.iter().enumerate() {
        let what = match event.kind {
            JournalEventKind::Status(s) => labels::status(s, lang).to_owned(),
            JournalEventKind::FollowUp => w.follow_up.clone(),
        };
        let text = match event.note.as_deref().map(str::trim) {
            Some(note) if !note.is_empty() => format!("{what} — {note}"),
            _ => what,
        };
        let day = local_day(&event.at, input.tz)
            .map(|d| format::day(d, lang))
            .unwrap_or_default();
        for (j, text) in regular
            .wrap(&text, BODY_SIZE, RIGHT - EVENT_X)
            .into_iter()
            .enumerate()
        {
            let mut line = body(EVENT_X, text, INK, 12.0);
            if j == 0 {
                line.margin = Some(day.clone());
            }
            if i == 0 && j == 0 {
                // Air between the dates and the history.
                line.leading += 3.0;
            }
            lines.push(line);
        }
    }
    Block { lines }
}

/// Items joined by « · » on as few lines as fit, breaking between items rather than
/// inside one (a deadline is never cut from its hour); an item wider than a line wraps.
fn join_fitting(items: &[String], face: &Face, size: f32, width: f32) -> Vec<String> {
    const JOIN: &str = "   ·   ";
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        let candidate = if line.is_empty() {
            item.clone()
        } else {
            format!("{line}{JOIN}{item}")
        };
        if face.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut wrapped = face.wrap(item, size, width);
        line = wrapped.pop().unwrap_or_default();
        lines.extend(wrapped);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn body(x: f32, text: String, color: Rgb, leading: f32) -> Line {
    Line {
        bold: false,
        size: BODY_SIZE,
        color,
        x,
        text,
        leading,
        right: None,
        margin: None,
    }
}

/// Blocks laid on pages, in order: a block goes whole to the next page when it does not
/// fit in what is left of this one but fits on a page; a longer one is continued.
fn paginate(blocks: Vec<Block>) -> Vec<PageLayout> {
    let mut pages = vec![PageLayout::default()];
    let mut y = FIRST_TOP;
    for block in blocks {
        let fits_here = y - block.span() >= LOWEST;
        let fits_a_page = NEXT_TOP - block.span() >= LOWEST;
        let page_used = pages.last().is_some_and(|p| !p.lines.is_empty());
        if !fits_here && fits_a_page && page_used {
            pages.push(PageLayout::default());
            y = NEXT_TOP;
        }
        for line in block.lines {
            if y < LOWEST {
                pages.push(PageLayout::default());
                y = NEXT_TOP;
            }
            let leading = line.leading;
            if let Some(page) = pages.last_mut() {
                page.lines.push((y, line));
            }
            y -= leading;
        }
        // The rule between two blocks, just under this one's last line.
        let rule = y + 5.0;
        if let Some(page) = pages.last_mut() {
            // Clear of the footer's own rule (66 pt).
            if rule > LOWEST - 12.0 && !page.lines.is_empty() {
                page.rules.push(rule);
            }
        }
        y -= BLOCK_GAP;
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_of(lines: usize) -> Block {
        Block {
            lines: (0..lines)
                .map(|i| body(LEFT, format!("line {i}"), INK, 12.0))
                .collect(),
        }
    }

    #[test]
    fn blocks_stay_whole_when_they_fit_and_long_ones_continue() {
        let pages = paginate((0..200).map(|_| block_of(5)).collect());
        assert!(pages.len() > 5, "{}", pages.len());
        for page in &pages {
            let texts: Vec<&str> = page.lines.iter().map(|(_, l)| l.text.as_str()).collect();
            assert_eq!(
                texts.first(),
                Some(&"line 0"),
                "a block never starts mid-page"
            );
            for (y, _) in &page.lines {
                assert!(*y >= LOWEST && *y <= FIRST_TOP.max(NEXT_TOP));
            }
        }
        let long = paginate(vec![block_of(150)]);
        assert!(long.len() >= 3);
        assert_eq!(long.iter().map(|p| p.lines.len()).sum::<usize>(), 150);
    }

    /// French counts 0 as one, English does not: the header of an empty period.
    #[test]
    fn the_count_of_applications_follows_each_languages_plural() {
        assert_eq!(applications_count(0, Language::Fr), "0 candidature");
        assert_eq!(applications_count(1, Language::Fr), "1 candidature");
        assert_eq!(applications_count(2, Language::Fr), "2 candidatures");
        assert_eq!(applications_count(0, Language::En), "0 applications");
        assert_eq!(applications_count(1, Language::En), "1 application");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill(
                "Page {page} / {total}",
                &[("page", "2".into()), ("total", "7".into())]
            ),
            "Page 2 / 7"
        );
    }
}
