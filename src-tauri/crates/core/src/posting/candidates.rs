//! Every plausible value of the title, the organization and the duty station, each with the
//! features the ranker ([`super::ranker`]) weighs: where it was found (a label, « X recrute
//! un(e) Y », the letterhead, « basé à », a known place or employer…), where the line is,
//! its shape (length, capitals, punctuation) and what its words are (a job noun, an
//! organization's word or legal form, a known employer, a place, a section heading).
//!
//! Generation is deliberately generous: the ranker, fitted on real postings, decides; a
//! candidate that is never right only costs a little time.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use super::fields::{Field, LabelHit};
use super::lexicon;
use super::normalize::Normalized;
use super::pattern::{floor_boundary, fold, is_shouting, Pat};
use super::timezone;

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
        }
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

static RECRUIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:\brecrutement|\brecrute|\brecrutent|\brecherche|\bseeks?|is seeking|is looking for|\brecruits?|\brecruiting|vacancy for|\bhiring)\s+(?:d'\s*)?(?:(?:une?\s*\(e\)|un\(e\)|une|un|a|an|des|deux|trois|quatre|cinq)\s+|\(\d+\)\s*|\d+\s+)?(?:\(\d+\)\s*)?(?P<t>[^\n.;:!?]{3,160})",
    )
});

static RECRUIT_ALONE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"^\s*(?:recrute|recrutent|recrutement|recruits|is recruiting|is hiring)\s*:?\s*$")
});

static BEFORE_RECRUIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?P<o>.{2,120}?)\s+(?:recrute|recrutent|lance un avis|recruits|is recruiting|is hiring|seeks|is seeking)\b",
    )
});

static QUOTED: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r#"(?:en tant qu'|en tant que|en qualite d'|en qualite de|as an?|au poste d'|au poste de)\s*[«"“]\s*(?P<t>[^»"”\n]{3,120}?)\s*[»"”]"#,
    )
});

static POST_OF: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:\bau poste d'|\bau poste de|\ble poste d'|\ble poste de|\bpour le poste de|\bpour le recrutement d'une?|\bpour le recrutement d'un\(e\)|\bfor the (?:post|position) of|\brecruitment of an?|\bvacancy for an?|\bposte de)\s+(?:une?\s*\(e\)\s*|un\(e\)\s*)?(?P<t>[^\n.;:,!?]{3,120})",
    )
});

static AFTER_HEADING: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:fiche de poste|avis de recrutement|avis de vacance(?: de poste)?|recrutement|offre d'emploi|offre de stage|appel a candidatures?|job title|job offer|vacancy(?: announcement)?|call for applications|poste|position|intitule)\s*(?:n°\s*\S+\s*)?(?:d'une?\s*\(e\)|d'une?|d'un\(e\)|:|-|–|—)\s*(?P<t>.{3,150})$",
    )
});

static SUBJECT_PREFIX: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:candidature|application|demande d'emploi)s?\s*(?:spontanee\s*)?(?:au poste d[e']|pour le poste d[e']|pour le poste|au poste|for the (?:post|position) of|for|pour|:|-|–|_)?\s*(?:d'une?\s*|de\s*)?",
    )
});

static TITLE_CUT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\s+(?:pour (?:son|sa|ses|le compte|renforcer|appuyer|les besoins|une duree|un contrat)|base(?:e|\(e\)|\.e)? a|based in|au sein|dans le cadre|to (?:join|support|be based|work)|for (?:its|their|our|the)|in (?:its|their|our)|a temps plein|full[- ]time|afin de|charge(?:e|\(e\))? de l'|qui sera|qui|aura|sera|will|to start|starting|pour une|pour un|avec|with)\b",
    )
});

/// A dash that separates a title from a specialty or an employer ("X - Connaissances ERP").
static DASH_CUT: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\s+[-–—|]\s+"));

static LEADING_COUNT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:\(?\d{1,4}\)?\s+|un\s*\(e\)\s+|un\(e\)\s+|une?\s+|des\s+|an?\s+|le\s*/\s*la\s+|la\s+|le\s+|les\s+|l'|the\s+)",
    )
});

/// A place after the title: "Chauffeur à Kédougou", "Driver in Maiduguri".
static PLACE_CUT: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\s+(?:à|a|in|at|au|en|pour|for)\s+\p{Lu}"));

/// Words before an organization's name that are not part of it.
static ORG_LEAD: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:l'|la |le |les |the )?(?:cabinet|societe|entreprise|structure|organisation|organization|ong|ngo|association|groupe|group)?\s*",
    )
});

/// Words before a place: "Ville de Bamako", "la région de Mopti".
static PLACE_LEAD: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"^(?:(?:la |le |l')?(?:ville|region|commune|district|prefecture|province) (?:de |d'|du )|a |au |en |in )",
    )
});

/// What follows a place: "Bamako avec déplacements fréquents".
static LOCATION_CUT: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"\s+(?:avec|with|et deplacements|\(|et des|and)\b"));

static ORG_IS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:^|\n|[.!?]\s+)(?P<o>\p{Lu}[^\n.!?]{1,120}?)\s+(?:est une?|is an?|is the)\s+(?:[\p{L}-]+\s+){0,4}?(?:organisation|ong|association|agence|institution|fondation|organisme|entreprise|societe|organization|ngo|agency|foundation|charity|non-profit|company|humanitarian|programme|fund|reseau|network|cabinet|groupe|structure|projet|project|mission)\b",
    )
});

static ORG_RECRUITS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"(?:^|\n|[.!?]\s+)(?P<o>\p{Lu}[^\n.!?]{1,100}?)\s+(?:recrute|recrutent|lance un avis|lance un appel|souhaite recruter|recruits|is recruiting|is seeking|seeks|is looking)\b",
    )
});

static ORG_PREFIX: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:le cabinet|la societe|l'ong|l'association|la fondation|le groupe|l'entreprise|l'agence|l'organisation|the organi[sz]ation|l'institution|le reseau|la structure)\s+(?P<o>\p{Lu}[^\n,.;:!?]{1,90})",
    )
});

static ORG_CUT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\s+(?:recrute|recrutent|souhaite|lance|est une?|est un|is an?|is the|sis|situe|base|basee|based|intervient|works|a pour|dont|qui|that|which|pour|for|dans le cadre|en partenariat)\b",
    )
});

static ARTICLE: LazyLock<Pat> = LazyLock::new(|| Pat::new(r"^(?:l'|la |le |les |the )"));

static ACRONYM_DEF: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(r"\(\s*(?P<a>\p{Lu}[\p{Lu}\p{N}&.'’/-]{1,14}(?:[ -]\p{Lu}[\p{Lu}\p{N}-]{0,8})?)\s*\)")
});

static ACRONYM_WORD: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\b\p{Lu}[\p{Lu}\p{N}]{1,9}(?:-\p{Lu}[\p{Lu}\p{N}]{0,5})?\b"));

static BASED_AT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:poste (?:est )?base a|base(?:e|\(e\)|\.e)? a|based in|based at|duty station is|en poste a|affecte(?:e|\(e\))? a)\s+(?P<v>\p{Lu}[\p{L}'’ -]{1,40})",
    )
});

static OFFICE_OF: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:bureau|antenne|sous-bureau|base|office|siege|delegation) (?:de |d'|du |in |at |a )(?P<v>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)",
    )
});

static DATELINE: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"^(?:fait a\s+)?(?P<p>\p{Lu}[\p{L}' -]{2,30}),?\s+le\s+\d"));

static SENTENCE_WORDS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:est|sont|nous|vous|notre|votre|sera|will|are|is|we|you|our|your|doit|doivent|must|should|avec|with|dans|afin|which|qui|que)\b",
    )
});

static SAYS_RECRUIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"\b(?:recrute|recrutement|recruits|recruitment|hiring|recherche)\b")
});

/// Words that continue a name when walking back from an acronym's parenthesis.
const CONNECTORS: &[&str] = &[
    "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "en", "au", "aux", "sur", "of",
    "for", "the", "and", "in", "on", "&", "à", "a",
];

struct Builder<'c, 'a> {
    ctx: &'c Context<'a>,
    field: RankedField,
    out: Vec<Candidate>,
}

impl Builder<'_, '_> {
    /// Adds the text of `range` (normalized) as a candidate, with its cut variants: each
    /// cut applied to the value and to the other cuts (a few levels deep), so that
    /// « Le cabinet Zenith … (ZIAC) » also gives « Zenith … ».
    fn push(&mut self, source: Source, range: Range<usize>) {
        let mut seen = vec![trim(self.ctx.text(), range.clone())];
        let mut frontier = vec![range.clone()];
        for _ in 0..3 {
            let mut next = Vec::new();
            for r in frontier {
                for v in self.variants(&r) {
                    let v = trim(self.ctx.text(), v);
                    if !v.is_empty() && !seen.contains(&v) {
                        seen.push(v.clone());
                        next.push(v);
                    }
                }
            }
            frontier = next;
        }
        for (i, r) in seen.into_iter().enumerate() {
            self.push_one(source, r, i > 0);
        }
    }

    /// The ranges one cut away from `range`.
    fn variants(&self, range: &Range<usize>) -> Vec<Range<usize>> {
        let Some(s) = self.ctx.text().get(range.clone()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let head = |m: usize| range.start..(range.start + m);
        let tail = |m: usize| (range.start + m)..range.end;
        let lead_cut = match self.field {
            RankedField::Title => &*LEADING_COUNT,
            RankedField::Organization => &*ORG_LEAD,
            RankedField::Location => &*PLACE_LEAD,
        };
        if let Some(m) = lead_cut
            .find(s)
            .filter(|m| m.end() > 0 && m.end() < s.len())
        {
            out.push(tail(m.end()));
        }
        let cuts: &[&Pat] = match self.field {
            RankedField::Title => &[&TITLE_CUT, &DASH_CUT, &PLACE_CUT],
            RankedField::Organization => &[&ORG_CUT, &DASH_CUT],
            RankedField::Location => &[&DASH_CUT, &LOCATION_CUT],
        };
        for cut in cuts {
            if let Some(m) = cut.find(s).filter(|m| m.start() > 1) {
                out.push(head(m.start()));
            }
        }
        // "INGENIEURS TRAVAUX - CAMEROUN", "AGENT DE SANTE, … BURKINA FASO": the post
        // without the place written after it.
        if self.field != RankedField::Location {
            if let Some(cut) = trailing_place(s).filter(|&c| c > 2) {
                out.push(head(cut));
            }
        }
        // "Comptable (Projet PCZA / Banque Mondiale)", "Fédération … (FENOS-CI)": the name
        // without what the parenthesis adds.
        if let Some(p) = s.rfind(" (").filter(|&p| p > 1) {
            let inner = s.get(p..).unwrap_or("").to_lowercase();
            let gendered =
                inner.starts_with(" (h") || inner.starts_with(" (f") || inner.starts_with(" (e)");
            if !(self.field == RankedField::Title && gendered) {
                out.push(head(p));
            }
        }
        out
    }

    fn push_one(&mut self, source: Source, range: Range<usize>, cut: bool) {
        let text = self.ctx.text();
        let range = trim(text, range);
        if range.is_empty() || range.len() > 240 {
            return;
        }
        let value = self.ctx.norm.display(range.clone());
        let value = value
            .trim_matches(|c: char| {
                c.is_whitespace()
                    || matches!(c, '"' | '«' | '»' | '“' | '”' | '-' | '–' | '—' | '•')
            })
            .to_string();
        let folded = fold(&value);
        let key = lexicon::key(&folded);
        if key.is_empty() || !value.chars().any(char::is_alphabetic) {
            return;
        }
        let features = self.features(source, &range, &value, &folded, &key, cut);
        self.out.push(Candidate {
            range,
            value,
            key,
            features,
            source,
        });
    }

    fn features(
        &self,
        source: Source,
        range: &Range<usize>,
        value: &str,
        folded: &str,
        key: &str,
        cut: bool,
    ) -> Vec<f32> {
        let ctx = self.ctx;
        let mut f = vec![0f32; N_FEATURES];
        let mut set = |name: &str, v: f32| {
            if let Some(slot) = f.get_mut(feature_index(name)) {
                *slot = v;
            }
        };
        if let Some((_, name)) = SOURCES.iter().find(|(s, _)| *s == source) {
            set(name, 1.0);
        }
        set("variant_cut", b(cut));
        let line = ctx.line_of(range.start);
        let rank = ctx.ranks.get(line).copied().unwrap_or(usize::MAX);
        set("pos_first_line", b(rank == 0));
        set("pos_line_2_3", b((1..3).contains(&rank)));
        set("pos_line_4_8", b((3..8).contains(&rank)));
        set("pos_log_line", ((rank as f32) + 1.0).ln() / 4.0);
        set(
            "pos_second_half",
            b(range.start * 2 > ctx.text().len().max(1)),
        );
        let words = value.split_whitespace().count();
        set("words_1", b(words == 1));
        set("words_2_3", b((2..=3).contains(&words)));
        set("words_4_8", b((4..=8).contains(&words)));
        set("words_9_15", b((9..=15).contains(&words)));
        set("words_16_plus", b(words > 15));
        set("chars_over_80", b(value.chars().count() > 80));
        set("all_caps", b(is_shouting(value)));
        let caps = value
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        set("capitalized_ratio", caps as f32 / words.max(1) as f32);
        set(
            "starts_lower",
            b(value.chars().next().is_some_and(char::is_lowercase)),
        );
        set("has_digit", b(value.chars().any(|c| c.is_ascii_digit())));
        set("has_colon", b(value.contains(':')));
        set("ends_with_period", b(value.ends_with('.')));
        set("has_question_mark", b(value.contains('?')));
        set("has_parenthesis", b(value.contains('(')));
        set("has_comma", b(value.contains(',')));
        let whole = trim(ctx.text(), ctx.line(line));
        set("whole_line", b(whole == *range));
        set("job_noun", b(lexicon::has_job_noun(folded)));
        set(
            "starts_with_job_noun",
            b(lexicon::starts_with_job_noun(folded)),
        );
        set("org_word", b(lexicon::has_org_word(value)));
        set("org_form", b(lexicon::has_org_form(value)));
        let known = lexicon::known_organization(folded);
        set("known_org", b(known == 2));
        set("holds_known_org", b(known == 1));
        let place = timezone::lookup(value);
        set("is_place", b(place.is_some()));
        set("is_country", b(place.is_some_and(|p| p.country)));
        set(
            "holds_place",
            b(place.is_none() && !timezone::places_in(value, 1).is_empty()),
        );
        set("heading", b(lexicon::is_heading(folded)));
        set(
            "sentence_words",
            (SENTENCE_WORDS.find_iter(value).take(4).count() as f32) / 2.0,
        );
        set("says_recruit", b(SAYS_RECRUIT.is_match(value)));
        set(
            "acronym",
            b(words == 1
                && ACRONYM_WORD
                    .find(value)
                    .is_some_and(|m| m.len() == value.len())),
        );
        let count = ctx.text_key.matches(&format!(" {key} ")).take(50).count();
        set("log_count", ((count as f32) + 1.0).ln() / 2.0);
        set(
            "in_subject",
            b(ctx
                .subject_key
                .as_ref()
                .is_some_and(|s| key.len() >= 3 && format!(" {s} ").contains(&format!(" {key} ")))),
        );
        set("matches_email_domain", b(matches_domain(ctx, key)));
        // Conjunctions the linear model cannot form by itself: a post named near the top
        // on a line of its own, an employer's name in the letterhead.
        let early = rank < 8;
        let starts_job = lexicon::starts_with_job_noun(folded);
        set("early_line_starting_with_job_noun", b(early && starts_job));
        set(
            "early_organization_line",
            b(early
                && whole == *range
                && (known > 0 || lexicon::has_org_form(value) || lexicon::has_org_word(value))),
        );
        set(
            "short_whole_line_with_job_noun",
            b(whole == *range && words <= 8 && lexicon::has_job_noun(folded)),
        );
        f
    }

    fn title(&mut self, hits: &[LabelHit]) {
        let ctx = self.ctx;
        let text = ctx.text();
        for h in hits.iter().filter(|h| h.field == Field::Title) {
            let src = if h.strict {
                Source::LabelStrict
            } else {
                Source::Label
            };
            self.push(src, h.value.clone());
        }
        let head = head(text);
        for c in RECRUIT.captures_iter(head).take(8) {
            if let Some(t) = c.name("t") {
                self.push(Source::Recruit, t.range());
            }
        }
        for c in QUOTED.captures_iter(head).take(8) {
            if let Some(t) = c.name("t") {
                self.push(Source::Quoted, t.range());
            }
        }
        for c in POST_OF.captures_iter(head).take(8) {
            if let Some(t) = c.name("t") {
                self.push(Source::PostOf, t.range());
            }
        }
        let lines = ctx.non_empty_lines(0, SHORT_LINES);
        for (n, (i, r)) in lines.iter().enumerate() {
            let l = text.get(r.clone()).unwrap_or("");
            if RECRUIT_ALONE.is_match(l) {
                if let Some((_, next)) = ctx.non_empty_lines(i + 1, 1).first() {
                    self.push(Source::RecruitNext, next.clone());
                }
            }
            if let Some(t) = AFTER_HEADING.captures(l.trim()).and_then(|c| c.name("t")) {
                let off = r.start + (l.len() - l.trim_start().len());
                self.push(Source::AfterHeading, (off + t.start())..(off + t.end()));
            }
            if l.len() > 160 {
                continue;
            }
            if n < HEAD_LINES {
                self.push(Source::HeadLine, r.clone());
            } else if l.split_whitespace().count() <= 8 && !l.trim_end().ends_with(['.', ';', ','])
            {
                self.push(Source::ShortLine, r.clone());
            }
        }
        if let Some(subject) = ctx.subject_key.as_ref() {
            // The subject the posting demands often names the post: « Candidature au
            // poste de Comptable ». Only its words that are in the text can be a value.
            let rest = SUBJECT_PREFIX
                .find(subject)
                .map_or(subject.as_str(), |m| subject.get(m.end()..).unwrap_or(""));
            if rest.len() >= 3 {
                let words: Vec<String> = rest
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(regex::escape)
                    .collect();
                let pat = Pat::new(&format!(r"\b{}\b", words.join(r"[^\p{L}\p{N}]+")));
                if let Some(m) = pat.find(text) {
                    self.push(Source::Subject, m.range());
                }
            }
        }
    }

    fn organization(&mut self, hits: &[LabelHit]) {
        let ctx = self.ctx;
        let text = ctx.text();
        for h in hits.iter().filter(|h| h.field == Field::Organization) {
            let src = if h.strict {
                Source::LabelStrict
            } else {
                Source::Label
            };
            self.push(src, h.value.clone());
        }
        let lines = ctx.non_empty_lines(0, HEAD_LINES);
        for (n, (i, r)) in lines.iter().enumerate() {
            let l = text.get(r.clone()).unwrap_or("");
            if l.len() <= 160 {
                self.push(Source::HeadLine, r.clone());
            }
            if let Some(o) = BEFORE_RECRUIT.captures(l).and_then(|c| c.name("o")) {
                self.push(
                    Source::BeforeRecruit,
                    (r.start + o.start())..(r.start + o.end()),
                );
            }
            if RECRUIT_ALONE.is_match(l) && n > 0 {
                if let Some((_, prev)) = lines.get(n - 1) {
                    self.push(Source::BeforeRecruit, prev.clone());
                }
            }
            let _ = i;
        }
        let head = head(text);
        for (pat, src) in [
            (&*ORG_RECRUITS, Source::OrgRecruits),
            (&*ORG_IS, Source::OrgIs),
        ] {
            for c in pat.captures_iter(head).take(12) {
                if let Some(o) = c.name("o") {
                    self.push(src, o.range());
                }
            }
        }
        for c in ORG_PREFIX.captures_iter(head).take(12) {
            if let Some(o) = c.name("o") {
                self.push(Source::OrgPrefix, o.range());
            }
        }
        let mut seen = HashSet::new();
        for r in lexicon::organizations_in(head, 60) {
            let k = fold(text.get(r.clone()).unwrap_or(""));
            if seen.insert(k) {
                self.push(Source::Gazetteer, r);
            }
        }
        let mut seen = HashSet::new();
        for c in ACRONYM_DEF.captures_iter(head).take(40) {
            let (Some(all), Some(a)) = (c.get(0), c.name("a")) else {
                continue;
            };
            if seen.insert(a.as_str().to_string()) {
                self.push(Source::AcronymShort, a.range());
            }
            if let Some(full) = name_before(text, all.start()) {
                self.push(Source::AcronymFull, full.clone());
                // The name with its acronym, as many postings write it.
                self.push_one(Source::AcronymFull, full.start..all.end(), true);
            }
        }
    }

    fn location(&mut self, hits: &[LabelHit]) {
        let ctx = self.ctx;
        let text = ctx.text();
        for h in hits.iter().filter(|h| h.field == Field::Location) {
            let src = if h.strict {
                Source::LabelStrict
            } else {
                Source::Label
            };
            self.push(src, h.value.clone());
        }
        let head = head(text);
        for (pat, src) in [
            (&*BASED_AT, Source::BasedAt),
            (&*OFFICE_OF, Source::OfficeOf),
        ] {
            for c in pat.captures_iter(head).take(10) {
                if let Some(v) = c.name("v") {
                    self.push(src, v.range());
                    // "basé à Bamako avec des déplacements": the place alone.
                    if let Some((r, _)) = timezone::places_in(v.as_str(), 1).first() {
                        self.push_one(src, (v.start() + r.start)..(v.start() + r.end), true);
                    }
                }
            }
        }
        let mut seen: HashMap<&'static str, ()> = HashMap::new();
        for (r, place) in timezone::places_in(head, 200) {
            if seen.insert(place.fr, ()).is_none() {
                self.push(Source::Place, r);
            }
        }
        for (_, r) in ctx.non_empty_lines(0, SHORT_LINES) {
            let l = text.get(r.clone()).unwrap_or("");
            if let Some(p) = DATELINE.captures(l).and_then(|c| c.name("p")) {
                self.push(Source::Dateline, (r.start + p.start())..(r.start + p.end()));
            }
        }
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

/// Where a place written at the end of `s` starts ("… - CAMEROUN", "… BURKINA FASO"), if
/// `s` ends with one and has words before it.
fn trailing_place(s: &str) -> Option<usize> {
    let places = timezone::places_in(s, 20);
    let (r, _) = places.last()?;
    let rest = s.get(r.end..)?;
    if !rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return None;
    }
    let before = s.get(..r.start)?;
    // "… au Mali", "… in Freetown": a place the title itself introduces stays (« à
    // Kédougou » has a cut of its own, `PLACE_CUT`).
    let last_word = fold(before.split_whitespace().last().unwrap_or(""));
    if matches!(
        last_word.as_str(),
        "a" | "au" | "aux" | "en" | "de" | "du" | "des" | "d" | "in" | "at" | "of" | "for" | "pour"
    ) || last_word.ends_with('\'')
    {
        return None;
    }
    let cut = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '(' | '/')
    });
    (!cut.is_empty()).then_some(cut.len())
}

/// The capitalized name right before an acronym's parenthesis: "Fédération Nationale des
/// Organisations de Santé de Côte d'Ivoire (FENOS-CI)".
fn name_before(text: &str, paren: usize) -> Option<Range<usize>> {
    let (start, window) = super::pattern::before(text, paren, 200);
    // A name does not run across lines ("Contexte\nPremière Urgence Internationale (PUI)").
    let (start, window) = match window.rfind('\n') {
        Some(nl) => (start + nl + 1, window.get(nl + 1..).unwrap_or("")),
        None => (start, window),
    };
    let window = window.trim_end();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in window.split(|c: char| c.is_whitespace()) {
        words.push((pos, w));
        pos += w.len() + 1;
    }
    let mut first = None;
    for &(at, w) in words.iter().rev() {
        let clean = w.trim_matches(|c: char| !c.is_alphanumeric());
        if clean.is_empty() && w != "&" {
            if w.is_empty() {
                continue;
            }
            break;
        }
        if w.ends_with([',', '.', ';', ':']) && first.is_some() {
            break;
        }
        let lower = fold(clean);
        let lower = lower
            .rsplit(['\'', '’'])
            .next()
            .unwrap_or(&lower)
            .to_string();
        if clean.chars().next().is_some_and(char::is_uppercase) {
            first = Some(at);
        } else if CONNECTORS.contains(&lower.as_str()) || w.contains(['\'', '’']) {
            continue;
        } else {
            break;
        }
        if first.is_some() && window.len() - at > 150 {
            break;
        }
    }
    let at = first?;
    let mut s = start + at;
    // Leading articles are not part of the name.
    let rest = text.get(s..start + window.len())?;
    if let Some(m) = ARTICLE.find(rest) {
        s += m.end();
    }
    let r = trim(text, s..start + window.len());
    (r.len() >= 4 && text.get(r.clone())?.split_whitespace().count() >= 2).then_some(r)
}

/// A title without what does not change the post: a count or an article before it
/// ("02", "un(e)", "le/la"), « (H/F) » after it.
fn title_group(key: &str) -> String {
    let mut words: Vec<&str> = key.split(' ').collect();
    while words.len() > 1
        && words.first().is_some_and(|w| {
            matches!(
                *w,
                "un" | "une" | "e" | "des" | "le" | "la" | "l" | "the" | "a" | "an"
            ) || w.chars().all(|c| c.is_ascii_digit())
        })
    {
        words.remove(0);
    }
    while words.len() > 2 {
        let n = words.len();
        let tail = (words[n - 2], words[n - 1]);
        if matches!(tail, ("h", "f") | ("f", "h") | ("m", "f") | ("f", "m")) {
            words.truncate(n - 2);
        } else {
            break;
        }
    }
    words.join(" ")
}

/// One value for a name, its acronym and both together, when the posting defines the
/// acronym ("Action Contre la Faim (ACF)"): they name one employer, so their
/// probabilities add up instead of splitting.
fn merge_acronyms(ctx: &Context<'_>, out: &mut [Candidate]) {
    let text = ctx.text();
    let defs: Vec<(String, String)> = ACRONYM_DEF
        .captures_iter(head(text))
        .take(40)
        .filter_map(|c| {
            let (all, a) = (c.get(0)?, c.name("a")?);
            let full = name_before(text, all.start())?;
            Some((
                lexicon::key(&fold(text.get(full)?)),
                lexicon::key(&fold(a.as_str())),
            ))
        })
        .collect();
    for c in out.iter_mut() {
        if let Some((full, acr)) = defs
            .iter()
            .find(|(full, acr)| c.key == *full || c.key == *acr || c.key == format!("{full} {acr}"))
        {
            c.key = format!("{full} {acr}");
        }
    }
}

/// The name an acronym stands for, as the posting defines it: "PUI" →
/// "Première Urgence Internationale (PUI)" (its normalized range). A candidate reads the
/// name better than the letters.
pub(crate) fn expand_acronym(ctx: &Context<'_>, acronym: &str) -> Option<Range<usize>> {
    let text = ctx.text();
    ACRONYM_DEF
        .captures_iter(head(text))
        .take(40)
        .find_map(|c| {
            let (all, a) = (c.get(0)?, c.name("a")?);
            if a.as_str() != acronym {
                return None;
            }
            let full = name_before(text, all.start())?;
            Some(full.start..all.end())
        })
}

/// Whether the apply e-mail's domain spells the candidate or its initials
/// ("recrutement@ropcci.org" for "ROPC-CI" or "Réseau des Organisations…").
fn matches_domain(ctx: &Context<'_>, key: &str) -> bool {
    let Some(domain) = ctx.domain.as_deref() else {
        return false;
    };
    if domain.len() < 2 || matches!(domain, "gmail" | "yahoo" | "hotmail" | "outlook") {
        return false;
    }
    let compact: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
    let initials: String = key
        .split([' ', '-'])
        .filter(|w| w.len() > 3 || w.chars().all(|c| c.is_ascii_digit()))
        .filter_map(|w| w.chars().next())
        .collect();
    (compact.len() >= 2 && (domain.contains(&compact) || compact.contains(domain)))
        || (initials.len() >= 2 && domain.starts_with(&initials))
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
