//! The subject line (or envelope mention) a posting demands: « avec en objet du mail :
//! CONSEILLER COMMUNAUTAIRE », « en mentionnant comme objet « … » », « en indiquant
//! CM-R1-PAC-2026 en objet », "quote the reference in the subject line". A subject is
//! copied by the candidate as it is, so it ends where the posting's sentence ends, never
//! with the next sentence a scraper glued to it.

use std::ops::Range;
use std::sync::LazyLock;

use super::{mark_at, sentence_after, sentence_before, SENTENCE_END};
use crate::posting::normalize::Normalized;
use crate::posting::pattern::{after, before, fold, is_shouting, Pat};
use crate::posting::{Found, ParseWarning};

/// What introduces the subject. « en objet du mail » is one trigger, so that the subject
/// after it is not taken to start at « du mail ». A bare « Objet : » label counts only
/// near an address (see [`bare_label_counts`]).
static SUBJECT_TRIGGER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::scanner(
        r"\b(?:(?:(?:en |dans l'|comme |pour )objet(?: (?:du |de votre |de l')(?:mail|courriel|message|e-?mail))?|objet (?:du |de votre |de l')(?:mail|courriel|message|e-?mail)|en sujet(?: (?:du |de votre |de l')(?:mail|courriel|message|e-?mail))?|sujet (?:du |de votre |de l')(?:mail|courriel|message|e-?mail)|faire mention|fera mention|porter la mention|portant la mention|avec la mention|la mention|en mentionnant|subject line|in the subject|the subject|subject heading|as subject|marked on the envelope|mark the envelope)\b|objet\s*:)",
    )
});

static AFTER_COLON: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"^\s*:\s*"));

/// What follows a subject in the same sentence and is not part of it: another way to
/// apply (« et/ ou déposer à l’adresse… »), an example (« [exemple— …] »), the deadline.
static SUBJECT_STOP: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\s(?:et\s*/\s*ou|ou|and\s*/\s*or|or)\s+(?:de |d')?(?:depos|envoy|par |a l'adresse|transmett|soumett|submit|send|deliver|contact)|\s*[\[(](?:exemple|ex\b|e\.g|par exemple|for example)|\s(?:la date|date limite|au plus tard|avant le|no later|deadline)\b",
    )
});

/// A small letter followed by a capital and a small letter inside a word: two words a
/// scraper glued (« informationInformations importantes »).
static GLUED_WORDS: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\p{L}\p{Ll}\p{Lu}\p{Ll}"));

/// A subject given without a colon starts like one (« en objet du mail CANDIDATURE AU
/// POSTE DE … », « en objet Candidature au poste de … »).
static SUBJECT_START: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"^(?:candidature|application|recrutement|recruitment|ref\b|reference|poste\b)")
});

/// A code written just before « en objet » (« en indiquant CM-R1-PAC-2026 en objet »).
static CODE_BEFORE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(
        r"\b(?:indiquant|mentionnant|precisant|inscrivant|portant|mettant|indicating|quoting|mentioning|stating)\s+(?:la (?:reference|mention)\s*:?\s*)?(?P<v>[^\s,;:]*\d[^\s,;:]*)\s*$",
    )
});

static MENTIONS_REFERENCE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"\b(?:reference|ref|numero de l'(?:offre|avis)|vacancy (?:number|no))\b")
});
static MENTIONS_TITLE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::new(r"\b(?:intitule|titre du poste|title of the (?:post|position)|job title)\b")
});

/// The subject the posting demands; built from the reference or the title when the
/// posting asks for them as subject without writing it.
pub(super) fn subject(
    norm: &Normalized<'_>,
    reference: Option<&Found<String>>,
    title: Option<&Found<String>>,
) -> Option<Found<String>> {
    // A bare « Objet : » is a weaker sign than a sentence that asks for a subject (a
    // forwarded posting has its own « Objet : » header), so it is read only when no such
    // sentence gives one.
    subject_from(norm, reference, title, false)
        .or_else(|| subject_from(norm, reference, title, true))
}

fn subject_from(
    norm: &Normalized<'_>,
    reference: Option<&Found<String>>,
    title: Option<&Found<String>>,
    bare_labels: bool,
) -> Option<Found<String>> {
    let text = &norm.text;
    for t in SUBJECT_TRIGGER.find_iter(text).take(50) {
        let bare_label = t.as_str().ends_with(':');
        if bare_label != bare_labels || bare_label && !bare_label_counts(text, t.start()) {
            continue;
        }
        let w = after(text, t.end(), 300);
        // The subject after a colon: "… en objet : Candidature au poste de « X »".
        let colon = if bare_label {
            Some(0)
        } else {
            AFTER_COLON.find(w).map(|m| m.end())
        };
        // A quote after the trigger, in the same sentence, unless words come between the
        // colon and the quote: then the quote is part of the subject.
        if let Some(q) = quoted(norm, t.end(), w) {
            let between = w.get(..q.start.saturating_sub(1)).unwrap_or("");
            let crosses = SENTENCE_END.is_match(between)
                || (between.contains("\n\n") && !between.trim_end().ends_with(':'));
            let words_first =
                colon.is_some_and(|c| w.get(c..q.start.saturating_sub(1)).is_some_and(has_words));
            if !crosses && between.len() <= 160 && !words_first {
                let r = (t.end() + q.start)..(t.end() + q.end);
                if let Some(f) = quoted_found(norm, r) {
                    return Some(f);
                }
            }
        }
        // 'indicating "Ref. 2025/03" in the subject line'.
        let s = sentence_before(text, t.start(), 200);
        if let Some(q) = last_quoted(s) {
            let base = t.start() - s.len();
            if let Some(f) = quoted_found(norm, (base + q.start)..(base + q.end)) {
                return Some(f);
            }
        }
        if let Some(c) = colon {
            if let Some(v) = value_after(w, c) {
                return Some(plain(norm, (t.end() + v.start)..(t.end() + v.end), 0.75));
            }
        }
        // « en objet du mail CANDIDATURE AU POSTE DE COMPTABLE PRINCIPAL. »
        if let Some(v) = value_after(w, 0) {
            let value = w.get(v.clone()).unwrap_or("");
            let shouted = is_shouting(value) && value.split_whitespace().count() >= 2;
            // « AVEC EN OBJET L’INTITULE DE POSTE » says what to write, it is not it.
            let describes = MENTIONS_TITLE.is_match(value) || MENTIONS_REFERENCE.is_match(value);
            if (shouted || SUBJECT_START.is_match(value)) && !describes {
                return Some(plain(norm, (t.end() + v.start)..(t.end() + v.end), 0.7));
            }
        }
        if let Some(v) = CODE_BEFORE.captures(s).and_then(|c| c.name("v")) {
            let base = t.start() - s.len();
            return Some(plain(norm, (base + v.start())..(base + v.end()), 0.7));
        }
        // "en précisant en objet la référence du poste": the subject is the reference.
        let sentence = format!(
            "{}{}",
            sentence_before(text, t.start(), 120),
            sentence_after(text, t.start(), 160)
        );
        let built = if MENTIONS_REFERENCE.is_match(&sentence) {
            reference
        } else if MENTIONS_TITLE.is_match(&sentence) {
            title
        } else {
            None
        };
        if let Some(b) = built {
            let mut f = Found::new(b.value.clone(), b.span.clone(), 0.6);
            f.inferred = true;
            f.warnings.push(ParseWarning::SubjectBuilt);
            return Some(f);
        }
    }
    None
}

/// « Objet : … » alone is the subject of an e-mail only right after an address or a
/// mention of e-mail; at the top of a letter it is the letter's own subject.
fn bare_label_counts(text: &str, at: usize) -> bool {
    let (_, w) = before(text, at, 250);
    w.contains('@') || fold(w).contains("mail")
}

fn has_words(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 3
}

/// The subject written in `w` from `from`: to the end of its sentence or line, without
/// what follows it in the same sentence (see [`SUBJECT_STOP`]) or a glued next sentence.
fn value_after(w: &str, from: usize) -> Option<Range<usize>> {
    let rest = w.get(from..)?;
    let start = from + (rest.len() - rest.trim_start().len());
    let body = w.get(start..)?;
    let mut end = soft_wrapped_end(body);
    let line = body.get(..end)?;
    if let Some(m) = SENTENCE_END.find(line) {
        end = end.min(mark_at(&m));
    }
    if let Some(m) = SUBJECT_STOP.find(body.get(..end)?) {
        end = m.start();
    }
    if let Some(m) = GLUED_WORDS.find(body.get(..end)?) {
        let two: usize = m.as_str().chars().take(2).map(char::len_utf8).sum();
        end = m.start() + two;
    }
    let value = body.get(..end)?.trim_end_matches(['.', ' ', ',', ';', ':']);
    (value.len() >= 3).then(|| start..(start + value.len()))
}

/// The end of the line `body` starts on, carried over the line breaks that only wrap the
/// sentence: a photographed or printed posting (text read by OCR) breaks a long subject
/// where the page ends, and the next line then starts in lower case (« …aux violences et
/// / atteintes aux Droits Humains »). A line ending with a full stop, a colon or a
/// semicolon, or a next line starting otherwise, ends the subject as before.
fn soft_wrapped_end(body: &str) -> usize {
    let mut end = body.find('\n').unwrap_or(body.len());
    for _ in 0..2 {
        let line = body[..end].trim_end();
        let next = &body[end..];
        let continues = next.starts_with('\n')
            && next[1..].chars().next().is_some_and(char::is_lowercase)
            && !line.ends_with(['.', ':', ';', '!', '?']);
        if !continues {
            break;
        }
        end += 1 + next[1..].find('\n').unwrap_or(next.len() - 1);
    }
    end
}

fn plain(norm: &Normalized<'_>, r: Range<usize>, confidence: f32) -> Found<String> {
    Found::new(norm.display(r.clone()), norm.to_original(r), confidence)
}

/// The first quoted text within `w` (which starts at `base` of the text): range inside
/// `w` of the quoted content. A quote opened inside it (« formation « cacao … » ») is
/// part of it: the normalized text writes every quote mark the same, so the source says
/// which one opens.
fn quoted(norm: &Normalized<'_>, base: usize, w: &str) -> Option<Range<usize>> {
    let open = w.find('"')?;
    let mut close = open + 1;
    loop {
        let next = close + w.get(close..)?.find('"')?;
        close = next;
        if !opens(norm, base + next) {
            break;
        }
        close += 1;
    }
    let inner = w.get(open + 1..close)?;
    if inner.contains("\n\n") || inner.trim().len() < 2 || close - open > 200 {
        return None;
    }
    Some((open + 1)..close)
}

/// Whether the quote mark at normalized offset `at` is an opening one in the source.
fn opens(norm: &Normalized<'_>, at: usize) -> bool {
    let o = norm.to_original(at..at + 1);
    norm.original
        .get(o)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| matches!(c, '«' | '“' | '‹'))
}

fn last_quoted(s: &str) -> Option<Range<usize>> {
    let close = s.rfind('"')?;
    let open = s.get(..close)?.rfind('"')?;
    let inner = s.get(open + 1..close)?;
    (inner.trim().len() >= 2 && close - open <= 200).then_some((open + 1)..close)
}

fn quoted_found(norm: &Normalized<'_>, r: Range<usize>) -> Option<Found<String>> {
    let value = norm.display(r.clone());
    let value =
        value.trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '«' | '»' | '“' | '”'));
    if value.is_empty() {
        return None;
    }
    // Highlight the words, not the padding inside the quotes.
    let inner = norm.text.get(r.clone())?;
    let lead = inner.len() - inner.trim_start().len();
    let tr = (r.start + lead)..(r.start + inner.trim_end().len());
    Some(Found::new(value.to_string(), norm.to_original(tr), 0.85))
}

#[cfg(test)]
mod tests {
    use crate::posting::parse_posting;

    fn subject(text: &str) -> Option<String> {
        parse_posting(text).email_subject.map(|s| s.value)
    }

    // Each case is the sentence of a real posting of the corpus.

    #[test]
    fn a_subject_wrapped_on_the_next_line_is_read_whole() {
        // As a printed page read by OCR breaks it.
        let text = "Envoyez à recrutement@ropcci.org avec en objet : Candidature_ Consultant_ \
                    Elaborer_ Révision du dispositif de réponses aux violences et\natteintes aux \
                    Droits Humains et/ ou déposer à l'adresse ci-dessous.\nSiège ROPC-CI";
        assert_eq!(
            subject(text).as_deref(),
            Some("Candidature_ Consultant_ Elaborer_ Révision du dispositif de réponses aux violences et atteintes aux Droits Humains")
        );
        // A next line in capitals is another line, not the subject's end.
        let two = "Envoyez à rh@ins.gov.gn avec en objet : Candidature au poste de chauffeur\n\
                   Lieu : Conakry";
        assert_eq!(
            subject(two).as_deref(),
            Some("Candidature au poste de chauffeur")
        );
    }

    #[test]
    fn a_subject_in_capitals_needs_no_colon() {
        assert_eq!(
            subject("Envoyez à rh@fenos.ci avec en objet du mail CANDIDATURE AU POSTE DE COMPTABLE PRINCIPAL. Les dossiers peuvent aussi être déposés."),
            Some("CANDIDATURE AU POSTE DE COMPTABLE PRINCIPAL".into())
        );
    }

    #[test]
    fn du_mail_is_part_of_the_trigger() {
        assert_eq!(
            subject(
                "par Mail : bayewadp@yahoo.fr, avec en objet du mail : CONSEILLER COMMUNAUTAIRE."
            ),
            Some("CONSEILLER COMMUNAUTAIRE".into())
        );
    }

    #[test]
    fn a_subject_described_is_not_quoted() {
        // No title found in so short a text: nothing to build the subject from.
        assert_eq!(
            subject("Envoyez votre dossier à rh@giz.de AVEC EN OBJET L’INTITULE DE POSTE :"),
            None
        );
    }

    #[test]
    fn another_way_to_apply_ends_the_subject() {
        assert_eq!(
            subject("envoyés par mail à : rh@ropcci.org avec en objet : Candidature_ Consultant_ Révision du dispositif et/ ou déposer à l’adresse ci-dessous au niveau du siège"),
            Some("Candidature_ Consultant_ Révision du dispositif".into())
        );
    }

    #[test]
    fn an_example_after_the_subject_is_not_part_of_it() {
        assert_eq!(
            subject("avec en objet : ENQUETEUR_PROVINCE [exemple— ENQUETEUR_KWAGO] 2 documents"),
            Some("ENQUETEUR_PROVINCE".into())
        );
    }

    #[test]
    fn a_code_written_before_en_objet() {
        assert_eq!(
            subject("- Par voie électronique : recruit@mds-cmr.com, en indiquant CM-R1-PAC-2026 en objet"),
            Some("CM-R1-PAC-2026".into())
        );
    }

    #[test]
    fn a_bare_objet_label_after_the_address() {
        assert_eq!(
            subject("à travers notre adresse gfem3recrute@gmail.com .  Objet : Superviseur(e)s terrain PREMOPEF/GFM3 La date de clôture des candidatures est fixée au 10/03/2025."),
            Some("Superviseur(e)s terrain PREMOPEF/GFM3".into())
        );
        // At the head of a letter, « Objet : » is the letter's subject.
        assert_eq!(
            subject("Objet : Recrutement d'un comptable\n\nLe projet recrute."),
            None
        );
    }

    #[test]
    fn a_sentence_glued_after_the_subject_is_cut() {
        assert_eq!(
            subject("Veuillez ajouter en sujet de votre courriel:Stage subventionné – Politique, presse et informationInformations importantes à lire avant de postuler"),
            Some("Stage subventionné – Politique, presse et information".into())
        );
    }

    #[test]
    fn words_before_a_quote_belong_to_the_subject() {
        assert_eq!(
            subject("par mail à l’adresse : eventallsky@gmail.com. Mention dans l’objet : Candidature au poste de « Stagiaire en Ressources Humaines »"),
            Some("Candidature au poste de « Stagiaire en Ressources Humaines »".into())
        );
    }

    #[test]
    fn a_quote_inside_the_quoted_subject() {
        assert_eq!(
            subject("par e-mail à rh@avsf.org en mentionnant comme objet « responsable du dispositif de formation « cacao agroforestier, biologique & zéro déforestation »."),
            Some(
                "responsable du dispositif de formation « cacao agroforestier, biologique & zéro déforestation"
                    .into()
            )
        );
    }
}
