//! Required documents: where in a posting a document counts as required (an application
//! section, a list introduced by "Le dossier doit comprendre :", or a sentence about
//! applying — not the profile, where "diplôme" is a qualification), and the split between
//! documents sent now and those asked only from shortlisted or selected candidates. The
//! phrases that name them are in `document_phrases`.

use std::ops::Range;
use std::sync::LazyLock;

use super::document_phrases::PHRASES;
use super::normalize::Normalized;
use super::pattern::{fold, Pat};
use super::piece_requirements;
use super::{Found, Language, RequiredDocument};
use crate::model::DocumentKind;

static DOCS: LazyLock<Pat> = LazyLock::new(|| {
    let alts: Vec<String> = PHRASES
        .iter()
        .map(|(g, _, _, p)| format!("(?P<{g}>{p})"))
        .collect();
    Pat::scanner(&format!(r"\b(?:{})", alts.join("|")))
});

/// "1- PIÈCES À FOURNIR", "II. Dossier de candidature", "3) How to apply".
static NUMBERED_HEADING: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r"^\s*(?:\d{1,2}|[ivx]{1,4})\s*[-.)/]\s*\p{L}"));

static APP_HEADING: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"dossier|pieces|postuler|modalites|candidature|candidater|comment|apply|application|documents|submission|composition|soumission|depot",
    )
});

static APP_TRIGGER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:postuler|candidatures?|dossiers?|pieces|a fournir|fournir|joindre|joint|envoy\w*|faire parvenir|depos\w*|soumettre|transmettre|comprendre|comprend|comprendra|compose|constitue|apply|applications?|submit|include|send|enclose|attach|required documents|provid\w*|fourni\w*|presenter|presentation|produire|request\w*|demand\w*)\b",
    )
});

static LATER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"pr[ée]s[ée]lection|short-?list|candidat(?:e|\(e\))?s?(?:\(e\)s?)? (?:retenu|s[ée]lectionn|pr[ée]s[ée]lectionn|admis|final)|(?:seront|sera) (?:demand|exig|requis|n[ée]cessaire|r[ée]clam)|ulterieurement|a la signature|avant (?:la |l')?(?:signature|embauche|prise)|(?:a la|lors de la|des la) prise de (?:fonction|service)|titulaire du poste|selected candidates?|successful candidates?|will be (?:required|requested|asked)|at a later stage|upon selection|prior to (?:appointment|recruitment|hiring|contract)|before (?:the )?(?:appointment|contract|hiring)|en cas de (?:selection|recrutement|retenue)|lors de l'(?:entretien|embauche|recrutement)|au moment de (?:l'embauche|l'entretien|la signature)|only if|if shortlisted|soumise? a (?:une )?certification|subject to (?:a )?(?:medical )?(?:certification|clearance)",
    )
});

/// Later markers that also say the sentence is about applying ("shortlisted candidates
/// will be asked to ...").
static STRONG_LATER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"pr[ée]s[ée]lectionn|short-?listed|candidat(?:e|\(e\))?s?(?:\(e\)s?)? retenu|selected candidates?|successful candidates?|will be (?:asked|required|requested)|(?:seront|sera) (?:demand|exig)|devront fournir|soumise? a (?:une )?certification|subject to (?:a )?(?:medical )?(?:certification|clearance)",
    )
});

/// A sentence ends at its mark and a space, or at its mark glued to the next sentence
/// after a word of small letters (« dans un fichier unique.1- La date… », « …fichier
/// unique.Seuls les candidats… »): a scraper's glued sentences are still two, so that
/// « seuls les présélectionnés seront contactés » does not make the documents of the
/// sentence before it « later ».
static SENTENCE_BREAK: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"[.!?;]\s|\p{Ll}\p{Ll}[.!?;][\p{Lu}\d]"));

/// « Seuls les candidats présélectionnés seront contactés »: says who hears back, asks
/// for nothing.
static CONTACTED_ONLY: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"(?:seront|sera|will be) (?:contacte|convoque|invite|notifi|informe|contacted|invited|notified)",
    )
});

static ASKS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:fourni|produire|present|demand|exig|requis|provide|submit|bring|request|required)",
    )
});

/// The code of the document a phrase names (« certificat de bonne vie et mœurs » →
/// `criminal_record`), `None` when it names none of the kinds.
pub(crate) fn classify(phrase: &str) -> Option<String> {
    let c = DOCS.captures(phrase)?;
    let (_, kind, other, _) = phrase_of(&c).filter(|(g, _, _, _)| *g != "skip")?;
    Some(kind_code(*kind, *other))
}

/// The phrase of [`PHRASES`] a match of [`DOCS`] is, « skip » included.
fn phrase_of(
    c: &regex::Captures<'_>,
) -> Option<&'static (
    &'static str,
    DocumentKind,
    Option<&'static str>,
    &'static str,
)> {
    PHRASES.iter().find(|(g, _, _, _)| c.name(g).is_some())
}

/// The stable code of a kind, as written in `expected.json`.
pub(crate) fn kind_code(kind: DocumentKind, other: Option<&str>) -> String {
    match kind {
        DocumentKind::Cv => "cv".into(),
        DocumentKind::CoverLetter => "cover_letter".into(),
        DocumentKind::DiplomaCopies => "diploma_copies".into(),
        DocumentKind::CriminalRecord => "criminal_record".into(),
        DocumentKind::WorkCertificates => "work_certificates".into(),
        DocumentKind::Attestations => "other:attestations".into(),
        DocumentKind::References => "references".into(),
        DocumentKind::IdDocument => "id_document".into(),
        DocumentKind::BirthCertificate => "birth_certificate".into(),
        DocumentKind::NationalityCertificate => "nationality_certificate".into(),
        DocumentKind::IdPhoto => "id_photo".into(),
        DocumentKind::MedicalCertificate => "medical_certificate".into(),
        DocumentKind::Other => format!("other:{}", other.unwrap_or("autre")),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Zone {
    None,
    Apply,
    Later,
    /// The steps of the selection (« Le processus d’embauche comprendra les étapes
    /// suivantes : … vérifier des références »): what the employer will do, not documents.
    Process,
}

static PROCESS: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:processus|etapes|process|steps|procedure de (?:recrutement|selection)|selection procedure)\b",
    )
});

struct Line {
    range: Range<usize>,
    blank: bool,
}

fn is_heading(l: &str, prev_blank: bool) -> bool {
    let t = l.trim();
    prev_blank
        && (3..=80).contains(&t.len())
        && t.split_whitespace().count() <= 10
        && !t.ends_with(['.', ';', ',', ':'])
        && !t.contains('@')
        && t.chars().any(char::is_alphabetic)
}

/// Finds the documents asked for, split into now and later, each in order of appearance.
pub(crate) fn extract(
    norm: &Normalized<'_>,
    lang: Language,
) -> (Vec<Found<RequiredDocument>>, Vec<Found<RequiredDocument>>) {
    let text = &norm.text;
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' {
            let blank = text.get(start..i).is_none_or(|s| s.trim().is_empty());
            lines.push(Line {
                range: start..i,
                blank,
            });
            start = i + 1;
        }
    }
    // Zone of each line from section headings and list lead-ins.
    let mut zone_of: Vec<(Zone, Zone)> = Vec::with_capacity(lines.len());
    let mut section = Zone::None;
    let mut leadin = Zone::None;
    let mut leadin_left = 0usize;
    // A heading follows a blank line or a finished sentence (word processors put no blank
    // line between paragraphs), and is never a bullet item.
    let mut prev_closed = true;
    let mut prev_bullet = false;
    let mut prev_colon = false;
    let mut prev_list_item = false;
    for line in &lines {
        let l = text.get(line.range.clone()).unwrap_or("");
        let bullet = norm.bullet_lines.binary_search(&line.range.start).is_ok();
        if !line.blank {
            // After a bullet item, or numbered or in capitals ("1- PIECES A FOURNIR"), a
            // short line starts a section even when the line before has no full stop.
            let starts_section = prev_closed
                || prev_bullet
                || NUMBERED_HEADING.is_match(l)
                || super::pattern::is_shouting(l);
            // « 1. Demande adressée à Monsieur le Ministre » after « DOSSIER À FOURNIR
            // POUR LES PRÉSÉLECTIONNÉS : » is an item of that list, not a heading.
            let numbered = NUMBERED_HEADING.is_match(l);
            let list_item = numbered && (prev_colon || prev_list_item);
            prev_list_item = list_item;
            prev_colon = l.trim_end().ends_with(':');
            if !bullet && !list_item && is_heading(l, starts_section) {
                section = if APP_HEADING.is_match(l) {
                    if LATER.is_match(l) {
                        Zone::Later
                    } else {
                        Zone::Apply
                    }
                } else {
                    Zone::None
                };
                leadin = Zone::None;
            } else if l.trim_end().ends_with(':') {
                leadin = if PROCESS.is_match(l) {
                    Zone::Process
                } else if LATER.is_match(l) {
                    Zone::Later
                } else if APP_TRIGGER.is_match(l) {
                    Zone::Apply
                } else {
                    Zone::None
                };
                leadin_left = 30;
            } else if leadin_left == 0 {
                leadin = Zone::None;
            }
            leadin_left = leadin_left.saturating_sub(1);
        }
        zone_of.push((section, leadin));
        prev_closed = line.blank || l.trim_end().ends_with(['.', '!', '?']);
        if !line.blank {
            prev_bullet = bullet;
        }
    }

    mark_document_lists(text, &lines, &mut zone_of);

    let mut lists = Lists::default();
    let bullets = &norm.bullet_lines;
    let mut i = 0;
    while i < lines.len() {
        // A sentence runs over wrapped lines until punctuation, a blank line, a heading or a
        // new bullet item.
        let mut j = i;
        while j + 1 < lines.len() {
            let cur = text.get(lines[j].range.clone()).unwrap_or("").trim_end();
            let next = &lines[j + 1];
            let next_text = text.get(next.range.clone()).unwrap_or("");
            if lines[j].blank
                || next.blank
                || cur.ends_with(['.', ';', ':', '!', '?'])
                || bullets.binary_search(&next.range.start).is_ok()
                || is_heading(next_text, false) && cur.len() < 60
            {
                break;
            }
            j += 1;
        }
        let range = lines[i].range.start..lines[j].range.end;
        let (section, leadin) = zone_of.get(i).copied().unwrap_or((Zone::None, Zone::None));
        scan_block(norm, range, section, leadin, lang, &mut lists);
        i = j + 1;
    }
    let Lists {
        mut now,
        mut later,
        dossier_copies,
    } = lists;
    // « Le dossier, en deux exemplaires, comprendra : … »: each piece of it, unless its
    // own words say otherwise.
    for (list, copies) in [
        (&mut now, dossier_copies[0]),
        (&mut later, dossier_copies[1]),
    ] {
        for d in list.iter_mut() {
            let own = &mut d.value.requirements.copies;
            *own = own.or(copies);
        }
    }
    later.retain(|l| {
        !now.iter()
            .any(|n| n.value.kind == l.value.kind && n.value.other == l.value.other)
    });
    (now, later)
}

/// A line that starts by naming a piece (« Une copie du CV signé », « lettre de motivation »,
/// "Two references"), after at most a few words of article or quantity.
static PIECE_ITEM_LEAD: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"^[^\p{L}\p{N}]*(?:[\p{L}\p{N}'’()]+\s+){0,3}$"));

/// Where a line names a piece at its start: the kind's code, `None` when it does not.
fn leading_piece(line: &str) -> Option<DocumentKind> {
    let c = DOCS.captures(line)?;
    let all = c.get(0)?;
    let lead = line.get(..all.start())?;
    if lead.len() > 30 || !PIECE_ITEM_LEAD.is_match(lead) {
        return None;
    }
    phrase_of(&c)
        .filter(|(g, _, _, _)| *g != "skip")
        .map(|(_, kind, _, _)| *kind)
}

/// A run of consecutive lines that each start by naming a piece, one of them a CV or a
/// cover letter, is the list of the dossier wherever it stands: scrapers lose the
/// heading above it (« Prime de déplacementDossiers de candidatureCOMMENT POSTULER ») or
/// put it under the profile. A CV or a letter is never a qualification, so a profile's
/// list of diplomas is not taken for one.
fn mark_document_lists(text: &str, lines: &[Line], zone_of: &mut [(Zone, Zone)]) {
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        let mut anchors = 0;
        while let Some(line) = lines.get(j).filter(|l| !l.blank) {
            let Some(kind) = leading_piece(text.get(line.range.clone()).unwrap_or("")) else {
                break;
            };
            if matches!(kind, DocumentKind::Cv | DocumentKind::CoverLetter) {
                anchors += 1;
            }
            j += 1;
        }
        if j - i >= 2 && anchors > 0 {
            for z in zone_of.get_mut(i..j).into_iter().flatten() {
                if *z == (Zone::None, Zone::None) {
                    z.1 = Zone::Apply;
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// The documents found so far, and a number of copies said of the whole dossier (sent now,
/// asked later).
#[derive(Default)]
struct Lists {
    now: Vec<Found<RequiredDocument>>,
    later: Vec<Found<RequiredDocument>>,
    dossier_copies: [Option<u8>; 2],
}

fn scan_block(
    norm: &Normalized<'_>,
    block: Range<usize>,
    section: Zone,
    leadin: Zone,
    lang: Language,
    lists: &mut Lists,
) {
    let text = &norm.text;
    let Some(b) = text.get(block.clone()) else {
        return;
    };
    if leadin == Zone::Process {
        return;
    }
    // Sentences inside the block.
    let mut starts = vec![0];
    starts.extend(SENTENCE_BREAK.find_iter(b).map(|m| {
        // After the mark, whichever alternative matched.
        m.start()
            + m.as_str()
                .find(['.', '!', '?', ';'])
                .map_or(m.len(), |i| i + 1)
    }));
    starts.push(b.len());
    for w in starts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let Some(sentence) = b.get(s..e) else {
            continue;
        };
        let apply = section != Zone::None
            || leadin != Zone::None
            || APP_TRIGGER.is_match(sentence)
            || STRONG_LATER.is_match(sentence);
        if !apply {
            continue;
        }
        let contacted_only = CONTACTED_ONLY.is_match(sentence) && !ASKS.is_match(sentence);
        let is_later = section == Zone::Later
            || leadin == Zone::Later
            || (LATER.is_match(sentence) && !contacted_only);
        if let Some(copies) = piece_requirements::dossier_copies(sentence) {
            let slot = &mut lists.dossier_copies[usize::from(is_later)];
            *slot = slot.or(Some(copies));
        }
        let mut skip_until = 0usize;
        let matches: Vec<_> = DOCS.captures_iter(sentence).collect();
        for (n, c) in matches.iter().enumerate() {
            let Some(all) = c.get(0) else { continue };
            if all.start() < skip_until {
                continue;
            }
            let Some((group, kind, other, _)) = phrase_of(c) else {
                continue;
            };
            // "CV actualisé (avec contacts de personnes de référence)": the brackets describe
            // the document before them, they do not ask for another one.
            let rest = super::pattern::after(sentence, all.end(), 60);
            let qualifier = rest.find('(').filter(|&p| {
                let between = rest.get(..p).unwrap_or("");
                p <= 40
                    && between.split_whitespace().count() <= 3
                    && between
                        .chars()
                        .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '\'')
            });
            if let Some(p) = qualifier {
                let open = all.end() + p;
                skip_until = super::pattern::after(sentence, open, 300)
                    .find(')')
                    .map_or(open, |k| open + k + 1);
            }
            if *group == "skip" {
                continue;
            }
            let phrase = fold(all.as_str());
            if *kind == DocumentKind::Cv && phrase.starts_with("resume") && lang != Language::En {
                continue;
            }
            if *kind == DocumentKind::DiplomaCopies && phrase == "diplome" {
                // "titulaire d'un diplôme": a qualification, not a document.
                let before = fold(super::pattern::before(sentence, all.start(), 24).1);
                let before = before.trim_end();
                if before.ends_with(" un")
                    || before.ends_with("d'un")
                    || before.ends_with("d'une")
                    || before.ends_with("titulaire")
                    || before.ends_with("un")
                {
                    continue;
                }
            }
            let r = (block.start + s + all.start())..(block.start + s + all.end());
            // The piece's own words: from the document named before it to the next one.
            let own_start = n
                .checked_sub(1)
                .and_then(|p| matches.get(p))
                .and_then(|p| p.get(0))
                .map_or(0, |p| p.end().min(all.start()));
            let own_end = matches
                .get(n + 1)
                .and_then(|p| p.get(0))
                .map_or(sentence.len(), |p| p.start().max(all.end()));
            let requirements = piece_requirements::read(
                *kind,
                sentence.get(own_start..all.start()).unwrap_or(""),
                all.as_str(),
                sentence.get(all.end()..own_end).unwrap_or(""),
            );
            let doc = RequiredDocument {
                kind: *kind,
                label: norm.display(r.clone()),
                other: other.map(str::to_string),
                requirements,
            };
            let list = if is_later {
                &mut lists.later
            } else {
                &mut lists.now
            };
            let same = |d: &&mut Found<RequiredDocument>| {
                d.value.kind == doc.kind && d.value.other == doc.other
            };
            if let Some(first) = list.iter_mut().find(same) {
                // Named twice (« CV … » in the list, « le CV en 2 exemplaires » in a note):
                // one piece, asked as both places say.
                let (have, more) = (&mut first.value.requirements, doc.requirements);
                have.form = have.form.or(more.form);
                have.copies = have.copies.or(more.copies);
                have.max_age = have.max_age.or(more.max_age);
                continue;
            }
            let confidence = if section != Zone::None || leadin != Zone::None {
                0.85
            } else {
                0.7
            };
            list.push(Found::new(doc, norm.to_original(r), confidence));
        }
    }
}
