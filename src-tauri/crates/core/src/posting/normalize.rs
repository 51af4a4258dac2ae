//! Text clean-up. Owns the normalized copy of a posting that every matcher reads (bullets,
//! exotic spaces, typographic quotes and dashes, markdown emphasis, HTML remnants,
//! invisible characters and decomposed accents ironed out) and the map from any range of
//! that copy back to byte offsets of the text the caller passed in, so the UI highlights
//! the source. Also owns `display`, which turns a source range into the value shown to
//! the user (typography kept, layout removed).

use std::ops::Range;

use unicode_normalization::char::{compose, decompose_compatible, is_combining_mark};

use super::pattern::{ceil_boundary, floor_boundary, fold};

/// One run of the normalized text and where it came from.
#[derive(Debug, Clone, Copy)]
struct Seg {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
    /// Copied unchanged, so offsets inside the run map one to one.
    same: bool,
}

/// The normalized posting and its offset map.
#[derive(Debug)]
pub(crate) struct Normalized<'a> {
    pub(crate) original: &'a str,
    pub(crate) text: String,
    segs: Vec<Seg>,
    /// Normalized offsets of line starts whose source line began with a bullet.
    pub(crate) bullet_lines: Vec<usize>,
}

#[derive(Clone, Copy)]
enum Pending {
    None,
    Space(usize, usize),
    Tab(usize, usize),
}

struct Builder<'a> {
    original: &'a str,
    text: String,
    segs: Vec<Seg>,
    pending: Pending,
    line_start: bool,
    bullet_lines: Vec<usize>,
}

impl Builder<'_> {
    fn push(&mut self, orig: usize, orig_len: usize, s: &str) {
        let same = self.original.get(orig..orig + orig_len) == Some(s);
        let norm = self.text.len();
        if let Some(last) = self.segs.last_mut() {
            if same
                && last.same
                && last.norm + last.norm_len == norm
                && last.orig + last.orig_len == orig
            {
                last.norm_len += s.len();
                last.orig_len += orig_len;
                self.text.push_str(s);
                return;
            }
        }
        self.segs.push(Seg {
            norm,
            orig,
            norm_len: s.len(),
            orig_len,
            same,
        });
        self.text.push_str(s);
    }

    fn flush(&mut self) {
        match std::mem::replace(&mut self.pending, Pending::None) {
            Pending::None => {}
            Pending::Space(o, l) => self.push(o, l, " "),
            Pending::Tab(o, l) => self.push(o, l, "\t"),
        }
    }

    fn emit(&mut self, orig: usize, orig_len: usize, s: &str) {
        if !self.line_start {
            self.flush();
        }
        self.pending = Pending::None;
        self.push(orig, orig_len, s);
        self.line_start = false;
    }

    fn space(&mut self, orig: usize, orig_len: usize, tab: bool) {
        if self.line_start {
            return;
        }
        self.pending = match (self.pending, tab) {
            (Pending::Tab(o, l), _) => Pending::Tab(o, l),
            (_, true) => Pending::Tab(orig, orig_len),
            (Pending::Space(o, l), false) => Pending::Space(o, l),
            (Pending::None, false) => Pending::Space(orig, orig_len),
        };
    }

    fn bullet(&mut self, orig: usize, orig_len: usize) {
        if self.line_start {
            let here = self.text.len();
            if self.bullet_lines.last() != Some(&here) {
                self.bullet_lines.push(here);
            }
        }
        self.space(orig, orig_len, false);
    }

    fn newline(&mut self, orig: usize, orig_len: usize) {
        self.pending = Pending::None;
        self.push(orig, orig_len, "\n");
        self.line_start = true;
    }
}

/// Section headings and words that scrapers glue to the text around them when they drop
/// the page's blocks (« Description du posteCreditinfo », « Prime de
/// déplacementDossiers de candidatureCOMMENT POSTULER »), folded.
const GLUED_HEADINGS: &[&str] = &[
    "description du poste",
    "dossiers de candidature",
    "dossier de candidature",
    "comment postuler",
    "profil recherche",
    "profil du candidat",
    "profil du poste",
    "missions",
    "responsabilites",
    "qualifications",
    "competences",
    "avantages",
    "contexte",
    "job description",
    "how to apply",
    "requirements",
    "responsibilities",
];

/// « Crac-PME DALOARecruteUN(e) assistant(e) comptable »: the verb glued on both sides.
const GLUED_WORDS: &[&str] = &["recrute"];

enum Glue {
    /// A heading ends or starts here: a line break belongs here.
    Heading,
    /// A word ends or starts here: a space belongs here.
    Word,
}

/// Whether a capital letter at the start of `rest`, glued to the letter before it
/// (`before` is the normalized text so far), starts or ends a heading or a word a scraper
/// glued. Only capitals glued to a letter are looked at, so this costs nothing on text
/// written with spaces; names written in camel case (« eHealth », « OpenStreetMap ») are
/// left alone, as none of them ends or starts with these words.
fn glued_at(before: &str, rest: &str) -> Option<Glue> {
    // Glued means a small letter then a capital (« posteCreditinfo », « RecruteUN(e) »),
    // or a capitalized word after capitals (« DALOARecrute »); a word in capitals
    // (« RECRUTEMENT », « SOUMISSIONS ») is one word.
    let prev = before.chars().next_back()?;
    let capitalized = rest.chars().nth(1).is_some_and(char::is_lowercase);
    if !(prev.is_lowercase() || prev.is_alphabetic() && capitalized) {
        return None;
    }
    let line = before.rsplit('\n').next().unwrap_or(before);
    let tail = fold(
        line.get(ceil_boundary(line, line.len().saturating_sub(40))..)
            .unwrap_or(line),
    );
    let head = fold(rest.get(..floor_boundary(rest, 40)).unwrap_or(rest));
    let ends = |w: &str| {
        tail.strip_suffix(w)
            .is_some_and(|left| !left.chars().next_back().is_some_and(char::is_alphabetic))
    };
    let starts = |w: &str| head.starts_with(w);
    if GLUED_HEADINGS.iter().any(|w| ends(w) || starts(w)) {
        Some(Glue::Heading)
    } else if GLUED_WORDS.iter().any(|w| ends(w) || starts(w)) {
        Some(Glue::Word)
    } else {
        None
    }
}

/// Bullets, arrows, pictograms and private-use glyphs (Word's Symbol bullets come out as
/// U+F0B7): none carries meaning for the parser, all of them can sit inside a phrase.
fn is_decoration(c: char) -> bool {
    matches!(c,
        '\u{2022}' | '\u{2023}' | '\u{2043}' | '\u{2219}' | '\u{25a0}'..='\u{25ff}'
        | '\u{2190}'..='\u{21ff}' | '\u{2700}'..='\u{27bf}' | '\u{2600}'..='\u{26ff}'
        | '\u{2b00}'..='\u{2bff}' | '\u{1f000}'..='\u{1faff}' | '\u{e000}'..='\u{f8ff}'
        | '\u{f0000}'..='\u{10ffff}' | '\u{fffd}'
        | '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2000}'
            ..='\u{200a}' | '\u{205f}' | '\u{3000}' | '\u{1680}'
    )
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
        | '\u{fe00}'..='\u{fe0f}' | '\u{200e}' | '\u{200f}' | '\u{e0000}'..='\u{e007f}')
}

fn typographic(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2019}' | '\u{2018}' | '\u{2bc}' | '`' | '\u{b4}' | '\u{2032}' | '\u{201b}' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' | '\u{2033}'
        | '\u{2039}' | '\u{203a}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => "-",
        '\u{2026}' => "...",
        '\u{ba}' => "\u{b0}",
        '\u{ff1a}' => ":",
        _ => return None,
    })
}

/// Length of an HTML tag starting at `i` (`<p>`, `</li>`, `<ul style="...">`), if it is one.
fn html_tag_len(s: &str, i: usize) -> Option<usize> {
    let rest = s.get(i..)?;
    let mut chars = rest.char_indices();
    chars.next();
    let (_, first) = chars.next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    for (j, c) in chars {
        // "<rh@ong.org>" in an e-mail header is an address, not markup.
        if j > 300 || c == '<' || c == '\n' || c == '@' {
            return None;
        }
        if c == '>' {
            return Some(j + 1);
        }
    }
    None
}

const ENTITIES: &[(&str, &str)] = &[
    ("&nbsp;", " "),
    ("&amp;", "&"),
    ("&quot;", "\""),
    ("&apos;", "'"),
    ("&#39;", "'"),
    ("&rsquo;", "'"),
    ("&lsquo;", "'"),
    ("&laquo;", "\""),
    ("&raquo;", "\""),
    ("&ldquo;", "\""),
    ("&rdquo;", "\""),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&eacute;", "é"),
    ("&egrave;", "è"),
    ("&ecirc;", "ê"),
    ("&agrave;", "à"),
    ("&acirc;", "â"),
    ("&ccedil;", "ç"),
    ("&ocirc;", "ô"),
    ("&ucirc;", "û"),
    ("&icirc;", "î"),
    ("&Eacute;", "É"),
    ("&ndash;", "-"),
    ("&mdash;", "-"),
    ("&deg;", "°"),
];

impl<'a> Normalized<'a> {
    pub(crate) fn new(original: &'a str) -> Self {
        let mut b = Builder {
            original,
            text: String::with_capacity(original.len()),
            segs: Vec::new(),
            pending: Pending::None,
            line_start: true,
            bullet_lines: Vec::new(),
        };
        let mut it = original.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let len = c.len_utf8();
            let next = it.peek().map(|&(_, n)| n);
            match c {
                '\r' if next == Some('\n') => {}
                '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => b.newline(i, len),
                '\t' => b.space(i, len, true),
                c if is_space(c) => b.space(i, len, false),
                c if is_invisible(c) => {}
                '*' if next == Some('*') => {
                    it.next();
                }
                '*' | '-' | '+' | 'o' | '>'
                    if b.line_start && matches!(next, Some(' ') | Some('\t')) =>
                {
                    b.bullet(i, len)
                }
                c if is_decoration(c) => b.bullet(i, len),
                '<' => match html_tag_len(original, i) {
                    Some(tag) => {
                        while it.peek().is_some_and(|&(j, _)| j < i + tag) {
                            it.next();
                        }
                        b.space(i, tag, false);
                    }
                    None => b.emit(i, len, "<"),
                },
                '&' => {
                    let rest = original.get(i..).unwrap_or("");
                    match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
                        Some((e, r)) => {
                            while it.peek().is_some_and(|&(j, _)| j < i + e.len()) {
                                it.next();
                            }
                            if *r == " " {
                                b.space(i, e.len(), false);
                            } else {
                                b.emit(i, e.len(), r);
                            }
                        }
                        None => b.emit(i, len, "&"),
                    }
                }
                c => {
                    if c.is_uppercase() && !b.line_start {
                        match glued_at(&b.text, original.get(i..).unwrap_or("")) {
                            Some(Glue::Heading) => b.newline(i, 0),
                            Some(Glue::Word) => b.push(i, 0, " "),
                            None => {}
                        }
                    }
                    if let Some(r) = typographic(c) {
                        b.emit(i, len, r);
                        continue;
                    }
                    if ('\u{fb00}'..='\u{fb06}').contains(&c) {
                        let mut s = String::new();
                        decompose_compatible(c, |d| s.push(d));
                        b.emit(i, len, &s);
                        continue;
                    }
                    // Decomposed accents ("e" + U+0301) are composed so patterns see "é".
                    let mut composed = c;
                    let mut end = i + len;
                    while let Some(&(j, m)) = it.peek() {
                        if !is_combining_mark(m) {
                            break;
                        }
                        if let Some(x) = compose(composed, m) {
                            composed = x;
                        }
                        end = j + m.len_utf8();
                        it.next();
                    }
                    let mut buf = [0u8; 4];
                    b.emit(i, end - i, composed.encode_utf8(&mut buf));
                }
            }
        }
        Normalized {
            original,
            text: b.text,
            segs: b.segs,
            bullet_lines: b.bullet_lines,
        }
    }

    fn seg_at(&self, p: usize) -> Option<&Seg> {
        let idx = self.segs.partition_point(|s| s.norm <= p);
        idx.checked_sub(1).and_then(|k| self.segs.get(k))
    }

    fn orig_start(&self, p: usize) -> usize {
        match self.seg_at(p) {
            None => 0,
            Some(s) if p >= s.norm + s.norm_len => s.orig + s.orig_len,
            Some(s) if s.same => s.orig + (p - s.norm),
            Some(s) => s.orig,
        }
    }

    fn orig_end(&self, e: usize) -> usize {
        if e == 0 {
            return self.orig_start(0);
        }
        match self.seg_at(e - 1) {
            None => 0,
            Some(s) if s.same => s.orig + (e - s.norm).min(s.norm_len),
            Some(s) => s.orig + s.orig_len,
        }
    }

    /// Maps a range of the normalized text to the byte range of the original text.
    pub(crate) fn to_original(&self, r: Range<usize>) -> Range<usize> {
        let start = self.orig_start(r.start).min(self.original.len());
        if r.end <= r.start {
            return start..start;
        }
        let end = self.orig_end(r.end).clamp(start, self.original.len());
        start..end
    }

    /// The user-facing value for a normalized range: the source text with layout removed.
    pub(crate) fn display(&self, r: Range<usize>) -> String {
        let o = self.to_original(r);
        display(self.original.get(o).unwrap_or(""))
    }
}

/// Source text as a one-line value: typography kept (’ « » –), line breaks, tabs, bullets,
/// markdown emphasis and invisible characters removed, spaces collapsed.
pub(crate) fn display(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '*' && it.peek() == Some(&'*') {
            it.next();
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || is_space(c) || is_decoration(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_words_a_scraper_glued_are_parted() {
        let n = Normalized::new("Description du posteCreditinfo recrute");
        assert_eq!(n.text, "Description du poste\nCreditinfo recrute");
        // The name keeps its own letters in the original text.
        let r = n.text.find("Creditinfo").unwrap();
        assert_eq!(n.display(r..r + "Creditinfo".len()), "Creditinfo");
        let n = Normalized::new("Prime de déplacementDossiers de candidatureCOMMENT POSTULER");
        assert_eq!(
            n.text,
            "Prime de déplacement\nDossiers de candidature\nCOMMENT POSTULER"
        );
        let n = Normalized::new("Crac-PME DALOARecruteUN(e) assistant(e) comptable");
        assert_eq!(
            n.text,
            "Crac-PME DALOA Recrute UN(e) assistant(e) comptable"
        );
    }

    #[test]
    fn words_in_capitals_and_names_in_camel_case_stay_whole() {
        for text in [
            "AVIS DE RECRUTEMENT D'UN STATISTICIEN",
            "SOUMISSIONS",
            "eHealth Africa, OpenStreetMap, myAgro, LinkedIn",
        ] {
            assert_eq!(Normalized::new(text).text, text);
        }
    }

    #[test]
    fn maps_back_to_original() {
        let src = "  • Date\u{a0}limite : au plus tard **le 17 mai 2026**.\r\nd’envoi";
        let n = Normalized::new(src);
        assert_eq!(
            n.text,
            "Date limite : au plus tard le 17 mai 2026.\nd'envoi"
        );
        let p = n.text.find("au plus").unwrap();
        let e = n.text.find("2026").unwrap() + 4;
        let o = n.to_original(p..e);
        assert_eq!(&src[o.clone()], "au plus tard **le 17 mai 2026");
        assert_eq!(n.display(p..e), "au plus tard le 17 mai 2026");
        let q = n.text.find("d'envoi").unwrap();
        assert_eq!(&src[n.to_original(q..q + 7)], "d’envoi");
    }

    #[test]
    fn bullets_tags_and_accents() {
        let n = Normalized::new(
            "<p>LANGUES</p> <ul> ▶ Français\n- CV\n\u{f0b7} Lettre e\u{301}crite\u{ad}s",
        );
        assert_eq!(n.text, "LANGUES Français\nCV\nLettre écrites");
        assert_eq!(n.bullet_lines.len(), 2);
    }
}
