//! Every plausible value of the title, the organization and the duty station, each with the
//! features the ranker ([`super::ranker`]) weighs: where it was found (a label, « X recrute
//! un(e) Y », the letterhead, « basé à », a known place or employer…), where the line is,
//! its shape (length, capitals, punctuation) and what its words are (a job noun, an
//! organization's word or legal form, a known employer, a place, a section heading).
//!
//! Generation is deliberately generous: the ranker, fitted on real postings, decides; a
//! candidate that is never right only costs a little time.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use super::fields::{Field, LabelHit};
use super::lexicon;
use super::normalize::Normalized;
use super::timezone;
use crate::posting::pattern::{floor_boundary, fold, is_shouting, Pat};
use builder::Builder;
pub(crate) use names::expand_acronym;
use names::{merge_acronyms, title_group};

mod builder;
mod names;
mod patterns;

/// The fields chosen by ranking candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RankedField {
    /// Title of the post.
    Title,
    /// Hiring organization.
    Organization,
    /// Duty station.
    Location,
}

impl RankedField {
    /// The three fields, in the order of `expected.json`.
    pub const ALL: [RankedField; 3] = [
        RankedField::Title,
        RankedField::Organization,
        RankedField::Location,
    ];

    /// The key in `expected.json` and in the model file.
    pub fn key(self) -> &'static str {
        match self {
            RankedField::Title => "title",
            RankedField::Organization => "organization",
            RankedField::Location => "location",
        }
    }
}

/// Where a candidate was found. Each is a feature of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Source {
    Label,
    LabelStrict,
    Recruit,
    RecruitNext,
    HeadLine,
    ShortLine,
    Quoted,
    PostOf,
    AfterHeading,
    Subject,
    BeforeRecruit,
    OrgIs,
    OrgRecruits,
    Gazetteer,
    AcronymFull,
    AcronymShort,
    OrgPrefix,
    BasedAt,
    OfficeOf,
    Place,
    Dateline,
    NameSpan,
}

const SOURCES: &[(Source, &str)] = &[
    (Source::Label, "src_label"),
    (Source::LabelStrict, "src_label_strict"),
    (Source::Recruit, "src_recruit"),
    (Source::RecruitNext, "src_recruit_next_line"),
    (Source::HeadLine, "src_head_line"),
    (Source::ShortLine, "src_short_line"),
    (Source::Quoted, "src_quoted"),
    (Source::PostOf, "src_post_of"),
    (Source::AfterHeading, "src_after_heading"),
    (Source::Subject, "src_subject"),
    (Source::BeforeRecruit, "src_before_recruit"),
    (Source::OrgIs, "src_org_is"),
    (Source::OrgRecruits, "src_org_recruits"),
    (Source::Gazetteer, "src_known_org"),
    (Source::AcronymFull, "src_acronym_full"),
    (Source::AcronymShort, "src_acronym"),
    (Source::OrgPrefix, "src_org_prefix"),
    (Source::BasedAt, "src_based_at"),
    (Source::OfficeOf, "src_office_of"),
    (Source::Place, "src_place"),
    (Source::Dateline, "src_dateline"),
    (Source::NameSpan, "src_name_span"),
];

/// The names of the features, in the order of [`Candidate::features`]. The model file
/// keys its weights by these names.
pub const FEATURES: &[&str] = &[
    "src_label",
    "src_label_strict",
    "src_recruit",
    "src_recruit_next_line",
    "src_head_line",
    "src_short_line",
    "src_quoted",
    "src_post_of",
    "src_after_heading",
    "src_subject",
    "src_before_recruit",
    "src_org_is",
    "src_org_recruits",
    "src_known_org",
    "src_acronym_full",
    "src_acronym",
    "src_org_prefix",
    "src_based_at",
    "src_office_of",
    "src_place",
    "src_dateline",
    "src_name_span",
    "variant_cut",
    "pos_first_line",
    "pos_line_2_3",
    "pos_line_4_8",
    "pos_log_line",
    "pos_second_half",
    "words_1",
    "words_2_3",
    "words_4_8",
    "words_9_15",
    "words_16_plus",
    "chars_over_80",
    "all_caps",
    "capitalized_ratio",
    "starts_lower",
    "has_digit",
    "has_colon",
    "ends_with_period",
    "has_question_mark",
    "has_parenthesis",
    "has_comma",
    "whole_line",
    "job_noun",
    "starts_with_job_noun",
    "org_word",
    "org_form",
    "known_org",
    "holds_known_org",
    "is_place",
    "holds_place",
    "is_country",
    "heading",
    "sentence_words",
    "says_recruit",
    "acronym",
    "log_count",
    "log_sources",
    "in_subject",
    "matches_email_domain",
    "early_line_starting_with_job_noun",
    "early_organization_line",
    "short_whole_line_with_job_noun",
    "has_cut_tail",
    "leading_article",
];

/// Number of features.
pub const N_FEATURES: usize = FEATURES.len();

fn feature_index(name: &str) -> usize {
    FEATURES.iter().position(|f| *f == name).unwrap_or(0)
}

/// One possible value of a field.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// Normalized byte range of the value in the posting.
    pub(crate) range: Range<usize>,
    /// The value as the user sees it (re-cased later when written in capitals).
    pub(crate) value: String,
    /// The folded comparison key ([`lexicon::key`]); candidates with one key are one value.
    pub(crate) key: String,
    /// Feature values, in the order of [`FEATURES`].
    pub(crate) features: Vec<f32>,
    source: Source,
}

/// What every candidate's features look at, computed once per posting.
pub(crate) struct Context<'a> {
    norm: &'a Normalized<'a>,
    line_starts: Vec<usize>,
    /// For each line, its rank among non-empty lines.
    ranks: Vec<usize>,
    /// The posting as one key (folded words separated by single spaces), for counting.
    text_key: String,
    subject_key: Option<String>,
    domain: Option<String>,
    /// How often each value's key is repeated in the posting, counted once per key: a
    /// value and its cut variants, found in several ways, share it.
    counts: RefCell<HashMap<String, usize>>,
}

/// How much of a posting is searched for repetitions of a value: enough for any posting,
/// bounded for a pasted 10 MB mistake.
const COUNT_WINDOW: usize = 200_000;
/// How far into the posting header-like lines are taken as candidates.
const HEAD_LINES: usize = 15;
const SHORT_LINES: usize = 60;

impl<'a> Context<'a> {
    pub(crate) fn new(
        norm: &'a Normalized<'a>,
        subject: Option<&str>,
        apply_email: Option<&str>,
    ) -> Self {
        let text = &norm.text;
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut ranks = Vec::with_capacity(line_starts.len());
        let mut rank = 0;
        for (i, &s) in line_starts.iter().enumerate() {
            ranks.push(rank);
            let end = line_starts.get(i + 1).map_or(text.len(), |e| e - 1);
            if text.get(s..end).is_some_and(|l| !l.trim().is_empty()) {
                rank += 1;
            }
        }
        let window = text.get(..floor_boundary(text, COUNT_WINDOW)).unwrap_or("");
        Context {
            norm,
            line_starts,
            ranks,
            text_key: format!(" {} ", lexicon::key(&fold(window))),
            subject_key: subject.map(|s| lexicon::key(&fold(s))),
            domain: apply_email
                .and_then(|e| e.rsplit('@').next())
                .map(|d| d.split('.').next().unwrap_or(d).to_lowercase()),
            counts: RefCell::new(HashMap::new()),
        }
    }

    /// How many times `key` stands as whole words in the posting (up to 50).
    fn count(&self, key: &str) -> usize {
        if let Some(n) = self.counts.borrow().get(key) {
            return *n;
        }
        let n = self.text_key.matches(&format!(" {key} ")).take(50).count();
        self.counts.borrow_mut().insert(key.to_string(), n);
        n
    }

    fn text(&self) -> &str {
        &self.norm.text
    }

    fn line_of(&self, pos: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= pos)
            .saturating_sub(1)
    }

    fn line(&self, i: usize) -> Range<usize> {
        let start = self
            .line_starts
            .get(i)
            .copied()
            .unwrap_or(self.text().len());
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.text().len(), |e| e - 1);
        start..end.max(start)
    }

    /// The non-empty lines from `from` on, at most `n`, as (line index, range).
    fn non_empty_lines(&self, from: usize, n: usize) -> Vec<(usize, Range<usize>)> {
        (from..self.line_starts.len())
            .map(|i| (i, self.line(i)))
            .filter(|(_, r)| {
                self.text()
                    .get(r.clone())
                    .is_some_and(|l| !l.trim().is_empty())
            })
            .take(n)
            .collect()
    }
}

fn b(v: bool) -> f32 {
    if v {
        1.0
    } else {
        0.0
    }
}

/// The part of a posting searched by the scanning patterns.
fn head(text: &str) -> &str {
    text.get(..floor_boundary(text, COUNT_WINDOW)).unwrap_or("")
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = text.get(r.clone()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ';' | ',' | ':' | '.' | '!' | '-' | '–' | '—' | '*' | '•')
    });
    // Keep the period of a final abbreviation ("S.A.").
    let mut end = r.start + t.len();
    if s.get(t.len()..).is_some_and(|rest| rest.starts_with('.'))
        && t.rsplit(' ').next().is_some_and(|w| w.contains('.'))
    {
        end += 1;
    }
    (r.start + lead)..end.max(r.start + lead)
}

/// Every candidate of `field`, with `log_sources` set: a value found in several ways is
/// more often right.
pub(crate) fn generate(ctx: &Context<'_>, hits: &[LabelHit], field: RankedField) -> Vec<Candidate> {
    let mut b = Builder {
        ctx,
        field,
        out: Vec::new(),
    };
    match field {
        RankedField::Title => b.title(hits),
        RankedField::Organization => b.organization(hits),
        RankedField::Location => b.location(hits),
    }
    let mut out = b.out;
    match field {
        RankedField::Organization => merge_acronyms(ctx, &mut out),
        RankedField::Title => {
            for c in &mut out {
                c.key = title_group(&c.key);
            }
        }
        RankedField::Location => {}
    }
    let mut sources: HashMap<String, HashSet<Source>> = HashMap::new();
    for c in &out {
        sources.entry(c.key.clone()).or_default().insert(c.source);
    }
    let slot = feature_index("log_sources");
    for c in &mut out {
        let n = sources.get(&c.key).map_or(1, HashSet::len);
        if let Some(v) = c.features.get_mut(slot) {
            *v = (n as f32).ln();
        }
    }
    out
}
