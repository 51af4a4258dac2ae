//! Collecting the candidates of one field, each with its cut variants and its features.

use super::names::*;
use super::patterns::*;
use super::*;

/// How far into a posting, and how many, runs of capitalized words are candidates.
const NAME_SPAN_WINDOW: usize = 4000;
const NAME_SPANS: usize = 60;

pub(super) struct Builder<'c, 'a> {
    pub(super) ctx: &'c Context<'a>,
    pub(super) field: RankedField,
    pub(super) out: Vec<Candidate>,
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
        let count = ctx.count(key);
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
        // What a cut would remove is still there: « Chauffeur à Kédougou », « Le/la
        // Coordinateur », « … pour coordonner la construction … ». Lets the model prefer
        // the cut value over the whole phrase, whatever the source.
        let tail_cut: &[&Pat] = match self.field {
            RankedField::Title => &[&TITLE_CUT, &PLACE_CUT],
            RankedField::Organization => &[&ORG_CUT],
            RankedField::Location => &[&LOCATION_CUT],
        };
        set(
            "has_cut_tail",
            b(tail_cut
                .iter()
                .any(|p| p.find(value).is_some_and(|m| m.start() > 1))),
        );
        let lead: &Pat = match self.field {
            RankedField::Title => &LEADING_COUNT,
            RankedField::Organization => &ORG_LEAD,
            RankedField::Location => &PLACE_LEAD,
        };
        set(
            "leading_article",
            b(lead
                .find(value)
                .is_some_and(|m| m.end() > 0 && m.end() < value.len())),
        );
        set(
            "short_whole_line_with_job_noun",
            b(whole == *range && words <= 8 && lexicon::has_job_noun(folded)),
        );
        f
    }

    pub(super) fn title(&mut self, hits: &[LabelHit]) {
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

    pub(super) fn organization(&mut self, hits: &[LabelHit]) {
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
        // Any name written near the top, however it is introduced: employers that no
        // pattern and no gazetteer knows are among them.
        let top = head
            .get(..floor_boundary(head, NAME_SPAN_WINDOW))
            .unwrap_or("");
        let mut seen = HashSet::new();
        for m in NAME_SPAN.find_iter(top) {
            if seen.len() >= NAME_SPANS {
                break;
            }
            // As written: a run of capitals has no « recrute » or « (ACRONYM) » to cut.
            if seen.insert(m.as_str()) {
                self.push_one(Source::NameSpan, m.range(), false);
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

    pub(super) fn location(&mut self, hits: &[LabelHit]) {
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
