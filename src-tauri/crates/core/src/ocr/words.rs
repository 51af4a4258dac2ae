//! Turns the engine's TSV (one row per word, with its box and confidence) into the page's
//! text, line by line, and remembers where the words it was unsure of are, so that the
//! review screen can ask the candidate to check them.

use std::ops::Range;

/// Below this confidence (the engine's 0–100 scale) a word is shown as to be checked. At
/// 60 a clean 300 dpi scan marks almost nothing and a blurred photo marks the words that
/// are really misread (see the note of issue 15 for the figures).
pub const LOW_CONFIDENCE: f32 = 60.0;

/// The text of pages read so far, with the byte ranges of its uncertain words.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageText {
    pub text: String,
    pub low_confidence: Vec<Range<usize>>,
    /// Words read, and the sum of their confidences (for the mean).
    words: usize,
    confidence_sum: f32,
}

impl PageText {
    /// The mean confidence of the words read, 0 when there are none.
    pub fn mean_confidence(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.confidence_sum / self.words as f32
        }
    }

    pub fn words(&self) -> usize {
        self.words
    }

    /// Adds one page, after a blank line when text is already there.
    pub fn append(&mut self, page: PageText) {
        if page.words == 0 {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let offset = self.text.len();
        self.text.push_str(&page.text);
        self.low_confidence.extend(
            page.low_confidence
                .into_iter()
                .map(|r| r.start + offset..r.end + offset),
        );
        self.words += page.words;
        self.confidence_sum += page.confidence_sum;
    }
}

/// One page's TSV. Rows of level 5 are words; a change of block or paragraph starts a new
/// paragraph (a blank line, as a posting's sections are), a change of line a new line.
pub fn parse(tsv: &str) -> PageText {
    let mut page = PageText::default();
    let mut last: Option<(u32, u32, u32)> = None;
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.splitn(12, '\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let word = cols[11].trim();
        if word.is_empty() {
            continue;
        }
        let number = |i: usize| cols[i].parse::<u32>().unwrap_or(0);
        let at = (number(2), number(3), number(4));
        match last {
            Some((block, par, _)) if (block, par) != (at.0, at.1) => page.text.push_str("\n\n"),
            Some(line) if line != at => page.text.push('\n'),
            // The engine often cuts an address at its « @ » (« ongdfa7 @gmail.com »): an
            // address has no space, so the two halves are joined again.
            Some(_) if word.starts_with('@') || page.text.ends_with('@') => {}
            Some(_) => page.text.push(' '),
            None => {}
        }
        last = Some(at);
        let confidence = cols[10].parse::<f32>().unwrap_or(0.0).clamp(0.0, 100.0);
        let start = page.text.len();
        page.text.push_str(&digits_in_numbers(word));
        if confidence < LOW_CONFIDENCE {
            page.low_confidence.push(start..page.text.len());
        }
        page.words += 1;
        page.confidence_sum += confidence;
    }
    page
}

/// The letter O read where only a digit can be: in a number (« 2O23 », « 1O:OO ») or an
/// hour written the French way (« OOH », « 17HOO »). The engine confuses them on a photo;
/// a deadline's hour depends on it. Same length, so the spans do not move.
fn digits_in_numbers(word: &str) -> std::borrow::Cow<'_, str> {
    let core = word.trim_end_matches(['.', ',', ';', ')']);
    let has_digit = core.chars().any(|c| c.is_ascii_digit());
    let number = has_digit
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'O' | 'o' | ':' | '/' | '-' | '.'));
    let hour = {
        let upper = core.to_ascii_uppercase();
        let (hours, minutes) = upper.split_once('H').unwrap_or((upper.as_str(), "\u{0}"));
        let digitish = |s: &str| {
            !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit() || c == 'O')
        };
        // « OH » alone stays a word: an hour needs a digit, or the two places of « OOH ».
        digitish(hours)
            && (minutes.is_empty() || digitish(minutes))
            && minutes != "\u{0}"
            && (has_digit || hours.len() == 2)
    };
    if (number || hour) && core.contains(['O', 'o']) {
        let fixed: String = core
            .chars()
            .map(|c| if matches!(c, 'O' | 'o') { '0' } else { c })
            .collect();
        std::borrow::Cow::Owned(format!("{fixed}{}", &word[core.len()..]))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    fn row(block: u32, par: u32, line: u32, conf: f32, text: &str) -> String {
        format!("5\t1\t{block}\t{par}\t{line}\t1\t0\t0\t10\t10\t{conf}\t{text}\n")
    }

    #[test]
    fn words_make_lines_and_paragraphs_and_doubtful_words_are_marked() {
        let tsv = format!(
            "{HEADER}1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n{}{}{}{}{}",
            row(1, 1, 1, 96.5, "AVIS"),
            row(1, 1, 1, 95.0, "DE"),
            row(1, 1, 2, 91.0, "RECRUTEMENT"),
            row(2, 1, 1, 42.0, "Bamakc"),
            row(2, 1, 1, 93.0, "(Mali)"),
        );
        let page = parse(&tsv);
        assert_eq!(page.text, "AVIS DE\nRECRUTEMENT\n\nBamakc (Mali)");
        assert_eq!(page.low_confidence.len(), 1);
        assert_eq!(&page.text[page.low_confidence[0].clone()], "Bamakc");
        assert_eq!(page.words(), 5);
    }

    #[test]
    fn an_address_cut_at_its_at_sign_is_joined() {
        let tsv = format!(
            "{HEADER}{}{}{}{}",
            row(1, 1, 1, 90.0, "mail"),
            row(1, 1, 1, 90.0, "ongdfa7"),
            row(1, 1, 1, 90.0, "@gmail.com"),
            row(1, 1, 1, 90.0, "ou"),
        );
        assert_eq!(parse(&tsv).text, "mail ongdfa7@gmail.com ou");
        let split_after = format!(
            "{HEADER}{}{}",
            row(1, 1, 1, 90.0, "rh@"),
            row(1, 1, 1, 90.0, "ins.gov.gn")
        );
        assert_eq!(parse(&split_after).text, "rh@ins.gov.gn");
    }

    #[test]
    fn pages_are_joined_and_ranges_follow_the_text() {
        let mut text = PageText::default();
        text.append(parse(&format!("{HEADER}{}", row(1, 1, 1, 30.0, "Déjà"))));
        text.append(parse(&format!("{HEADER}{}", row(1, 1, 1, 20.0, "là"))));
        assert_eq!(text.text, "Déjà\n\nlà");
        let marked: Vec<&str> = text
            .low_confidence
            .iter()
            .map(|r| &text.text[r.clone()])
            .collect();
        assert_eq!(marked, ["Déjà", "là"]);
        assert!((text.mean_confidence() - 25.0).abs() < 0.01);
    }

    #[test]
    fn the_letter_o_in_a_number_or_an_hour_is_a_zero() {
        assert_eq!(digits_in_numbers("OOH"), "00H");
        assert_eq!(digits_in_numbers("17HOO,"), "17H00,");
        assert_eq!(digits_in_numbers("2O23."), "2023.");
        assert_eq!(digits_in_numbers("1O:OO"), "10:00");
        // Words stay words: « OH », « Bonjour », « Hôpital », a code with letters.
        for word in ["OH", "Bonjour", "HO", "ONG", "CM-R1-PAC-2026", "O", "Oh"] {
            assert_eq!(digits_in_numbers(word), word);
        }
    }

    #[test]
    fn a_page_without_words_adds_nothing() {
        let mut text = PageText::default();
        text.append(parse(HEADER));
        text.append(parse("garbage without tabs"));
        assert_eq!(text, PageText::default());
    }
}
