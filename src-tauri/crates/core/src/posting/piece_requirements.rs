//! What a posting asks of one piece beyond its kind, read from the words around the phrase
//! that names it: its form (« copie certifiée conforme du diplôme », « une copie du diplôme
//! légalisée », "certified copies of"), how many copies (« en 3 exemplaires », « (2
//! copies) », « deux photos d'identité ») and how old it may be (« datant de moins de
//! trois (03) mois », "not older than 6 months"); and a number of copies said of the whole
//! dossier (« le dossier en trois exemplaires », "seven hard copies of your application").
//!
//! The words read are those of the piece's own item only: from the end of the document
//! named before it to the start of the one named after it, in the same sentence and list
//! item, so that « une copie de la CNI et un extrait de casier judiciaire de moins de
//! 3 mois » gives the age limit to the extract alone.

use std::sync::LazyLock;

use super::pattern::{fold, Pat};
use crate::model::{DocumentKind, MaxAge, PieceForm, PieceRequirements, MAX_AGE_COUNT, MAX_COPIES};

/// A number as postings write it: « 3 », « trois », « trois (03) », "three (3)".
const NUM: &str = r"(\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|one|two|three|four|five|seven|eight|nine|ten|eleven|twelve)(?:\s*\(\s*\d{1,3}\s*\))?";

fn number(word: &str) -> Option<u16> {
    if let Ok(n) = word.parse() {
        return Some(n);
    }
    const WORDS: [(&str, &str, u16); 12] = [
        ("un", "one", 1),
        ("deux", "two", 2),
        ("trois", "three", 3),
        ("quatre", "four", 4),
        ("cinq", "five", 5),
        ("six", "six", 6),
        ("sept", "seven", 7),
        ("huit", "eight", 8),
        ("neuf", "nine", 9),
        ("dix", "ten", 10),
        ("onze", "eleven", 11),
        ("douze", "twelve", 12),
    ];
    WORDS
        .iter()
        .find(|(fr, en, _)| word == *fr || word == *en || (word == "une" && *fr == "un"))
        .map(|(_, _, n)| *n)
}

/// Form words just before the phrase (« copie certifiée conforme à l'original du »,
/// "certified copies of your"), tried in this order: a certified copy's words say
/// « original » too.
static FORM_BEFORE: LazyLock<[(PieceForm, Pat); 5]> = LazyLock::new(|| {
    let tail = r"(?:\s+(?:of|de|du|des|d'|de la|de l'|la|le|les|l'|your|the|all|relevant|a|an|votre|vos|leur|leurs|son|sa|ses))*\s*$";
    let pat = |words: &str| Pat::raw(&format!(r"(?:{words}){tail}"));
    [
        (
            PieceForm::CertifiedTranslation,
            pat(
                r"\btraductions? (?:certifiees?|assermentees?|officielles?)(?: conformes?)?|\b(?:certified|sworn|official) translations?",
            ),
        ),
        (
            PieceForm::LegalizedCopy,
            pat(
                r"\b(?:copies?|photocopies?|exemplaires?) (?:dument )?legalisees?(?: conformes?)?(?: a l'original)?|\blegali[sz]ed(?: true)?(?: copies?| photocopies?)?",
            ),
        ),
        (
            PieceForm::CertifiedCopy,
            pat(
                r"\b(?:copies?|photocopies?) (?:dument )?certifiees?(?: conformes?)?(?: a l'original)?|\b(?:copies?|photocopies?) conformes?(?: a l'original)?|\b(?:certified|attested|notari[sz]ed)(?: true)?(?: copies?| photocopies?)?",
            ),
        ),
        (
            PieceForm::SimpleCopy,
            pat(
                r"\b(?:copies?|photocopies?) simples?|\bsimple (?:copies?|photocopies?)|\b(?:copies?|photocopies?) non certifiees?|\buncertified(?: copies?)?",
            ),
        ),
        (
            PieceForm::Original,
            pat(r"\b(?:l'|un |une |en )?originale?s?|\boriginals?"),
        ),
    ]
});

/// Form words just after the phrase (« copie du diplôme de licence légalisée »,
/// « acte de naissance (original) »), a few words away at most.
static FORM_AFTER: LazyLock<[(PieceForm, Pat); 5]> = LazyLock::new(|| {
    let head = r"^[^,;:()+]{0,40}?";
    let pat = |words: &str| Pat::raw(&format!(r"{head}(?:{words})"));
    [
        (
            PieceForm::CertifiedTranslation,
            pat(
                r"\b(?:avec (?:sa |leur |une )?)?traductions? (?:certifiees?|assermentees?|officielles?)|\btradui\w* par un traducteur (?:agree|assermente)|\b(?:with )?(?:a )?(?:certified|sworn) translations?",
            ),
        ),
        (
            PieceForm::LegalizedCopy,
            pat(r"\blegalisee?s?\b|\bdument legalis|\blegali[sz]ed\b"),
        ),
        (
            PieceForm::CertifiedCopy,
            pat(
                r"\bcertifiee?s? conformes?\b|\bcertifiee?s?\b|\b(?:certified|attested|notari[sz]ed)(?: true)?(?: copy| copies)?\b",
            ),
        ),
        (
            PieceForm::SimpleCopy,
            pat(r"\(?\s*(?:en )?copies? simples?\b|\bsimple cop(?:y|ies)\b|\bnon certifiee?s?\b"),
        ),
        (
            PieceForm::Original,
            pat(
                r"\(\s*originale?s?\s*\)|\ben originale?s?\b|\b(?:l'|un )originale?\b|\bdont (?:une?|1)(?:\s*\(\s*\d{1,3}\s*\))? originale?\b|\(\s*originals?\s*\)|\bin original\b",
            ),
        ),
    ]
});

/// « en trois (03) exemplaires », « (2 copies) », "in two copies", "3 copies", right after
/// the phrase or a few words away.
static COPIES_AFTER: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(&format!(
        r"^[^,;:+]{{0,40}}?(?:\b(?:en|in|a fournir en|fourni\w* en)\s+|\(\s*){NUM}\s+(?:exemplaires?|copies?|photocopies?|jeux)\b|^\s*[(,-]?\s*{NUM}\s+(?:exemplaires?|copies?)\b"
    ))
});

/// « un original et deux copies (du) », "original and two copies of": the original is
/// asked, and the copies come on top of it.
static ORIGINAL_AND_COPIES: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(&format!(
        r"\b(?:une? )?originale? (?:et|and|\+) {NUM}\s+(?:copies?|photocopies?)\b"
    ))
});

/// « trois exemplaires du », "two copies of your", right before the phrase.
static COPIES_BEFORE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(&format!(
        r"\b{NUM}\s*(?:\(\s*)?(?:exemplaires?|copies?|photocopies?|jeux)(?:\s*\))?(?:\s+(?:de|du|des|d'|de la|de l'|of|your|the|votre|vos))*\s*$"
    ))
});

/// A count right before the phrase (« deux photos d'identité »): copies for a photo only,
/// where every one is the same picture.
static COUNT_BEFORE: LazyLock<Pat> = LazyLock::new(|| Pat::raw(&format!(r"\b{NUM}\s*$")));

/// « (datant) de moins de 3 mois », « délivré depuis moins de 90 jours », « de moins d'un
/// an », "not older than 6 months", "issued within the last 3 months", « 3 mois au plus ».
static AGE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(&format!(
        r"^[^;:+]{{0,45}}?(?:\b(?:de |depuis |datant de |date de |datee?s? de |ayant |remontant a )?moins (?:de |d')|\b(?:not|no) (?:older|more) than |\bless than |\bwithin (?:the )?(?:last |past )?|\bunder )(?:{NUM}) (mois|jours?|ans?|annees?|semaines?|months?|days?|years?|weeks?)\b(\s+(?:d'|de |of )\w+)?|^[^;:+]{{0,45}}?\b(?:datant|date|datee?s?|delivree?s?|issued) (?:de |il y a )?(?:{NUM}) (mois|jours?|ans?|semaines?|months?|days?|years?|weeks?) (?:au plus|au maximum|maximum|at most|or less)"
    ))
});

/// Words after « moins de 3 mois » that make it something else than an age limit:
/// « moins de 3 mois d'expérience », « de stage ».
const NOT_AN_AGE: &[&str] = &[
    "experience",
    "anciennete",
    "service",
    "stage",
    "contrat",
    "travail",
    "mission",
    "work",
    "employment",
];

/// The most years an age limit of a piece gives (« diplôme de moins de 5 ans »); more
/// years are a candidate's age.
const MAX_AGE_YEARS: u16 = 5;

/// A number of copies said of the whole dossier: « les dossiers (de candidature) sont à
/// déposer en trois exemplaires », « toutes les pièces en 2 exemplaires », "submit seven
/// hard copies of your application".
static DOSSIER_COPIES: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(&format!(
        r"\b(?:dossiers?|candidatures?|pieces|documents)\b[^.;:]{{0,60}}?\ben\s+{NUM}\s+(?:exemplaires?|copies?|jeux)\b|\b{NUM}\s+(?:\(\s*)?(?:exemplaires?|(?:hard |paper )?copies?|jeux)(?:\s*\))?\s+(?:de |du |des |d'|of )(?:(?:votre|vos|the|your|their|vos|leur|son|sa|ses|complete|full|la|le|les) )*(?:dossiers?|candidatures?|applications?|application documents|documents)\b"
    ))
});

/// « (lettre) manuscrite », « écrite à la main », "handwritten": in the phrase itself
/// (« une demande manuscrite adressée à »), right before it ("a handwritten cover letter") or
/// a few words after it (« lettre de motivation manuscrite et signée »).
const HANDWRITTEN: &str = r"\bmanuscrite?s?\b|\b(?:ecrite?s?|redigee?s?|remplie?s?) (?:a la main|de (?:votre|sa) (?:propre )?main)\b|\bhand-?written\b|\bwritten by hand\b|\bin (?:your own |own )?handwriting\b";
static HANDWRITTEN_PHRASE: LazyLock<Pat> = LazyLock::new(|| Pat::raw(HANDWRITTEN));
static HANDWRITTEN_BEFORE: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\bhand-?written(?: (?:cover|application|motivation))?\s*$"));
static HANDWRITTEN_AFTER: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(&format!(r"^[^;:+]{{0,40}}?(?:{HANDWRITTEN})")));
/// « manuscrite ou dactylographiée », « non manuscrite », "typed or handwritten": the
/// candidate chooses, so nothing is asked.
static HANDWRITING_OPTIONAL: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(
        r"\bnon manuscrite?s?\b|\bmanuscrite?s? ou (?:dactylographiee?s?|tapee?s?|saisie?s?)|\b(?:dactylographiee?s?|tapee?s?|saisie?s?) ou manuscrite?s?|\b(?:typed|typewritten) or hand-?written|\bhand-?written or (?:typed|typewritten)|\bnot hand-?written",
    )
});

static PHRASE_LEGALIZED: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\blegalisee?s?\b|\blegali[sz]ed\b"));
static PHRASE_CERTIFIED: LazyLock<Pat> =
    LazyLock::new(|| Pat::raw(r"\bcertifiee?s?\b|\bcertified\b"));

/// What the words around a phrase ask of the piece it names. `before` runs from the end
/// of the document named before it (or the start of its sentence) to the phrase, `after`
/// from the phrase to the next document named (or the end of the sentence).
pub(crate) fn read(
    kind: DocumentKind,
    before: &str,
    phrase: &str,
    after: &str,
) -> PieceRequirements {
    let before = squeeze(&fold(own_item_before(before)));
    let after = squeeze(&fold(own_item_after(after)));
    let phrase = squeeze(&fold(phrase));
    let handwritten = handwritten(&before, &phrase, &after);
    if let Some(copies) = original_and_copies(&before, &after) {
        return PieceRequirements {
            form: Some(PieceForm::Original),
            copies,
            max_age: max_age(&after),
            handwritten,
        };
    }
    PieceRequirements {
        form: form(&before, &phrase, &after),
        copies: copies(kind, &before, &phrase, &after),
        max_age: max_age(&after),
        handwritten,
    }
}

/// Whether the piece is asked written by hand, in its own words; not when the posting
/// leaves the choice (« manuscrite ou dactylographiée »).
fn handwritten(before: &str, phrase: &str, after: &str) -> bool {
    let near_end = super::pattern::before(before, before.len(), 40).1;
    let near_start = super::pattern::after(after, 0, 60);
    let asked = HANDWRITTEN_PHRASE.is_match(phrase)
        || HANDWRITTEN_BEFORE.is_match(near_end)
        || HANDWRITTEN_AFTER.is_match(after);
    asked
        && ![near_end, phrase, near_start]
            .iter()
            .any(|s| HANDWRITING_OPTIONAL.is_match(s))
}

/// A number of copies asked of every piece of the dossier, when `sentence` says one.
pub(crate) fn dossier_copies(sentence: &str) -> Option<u8> {
    let s = squeeze(&fold(sentence));
    let c = DOSSIER_COPIES.captures(&s)?;
    let n = c
        .iter()
        .skip(1)
        .flatten()
        .find_map(|m| number(m.as_str()))?;
    copies_value(n)
}

/// `Some(copies)` when the piece is asked as an original and copies, in its own words
/// (the end of `before`, the start of `after`).
fn original_and_copies(before: &str, after: &str) -> Option<Option<u8>> {
    let near_end = super::pattern::before(before, before.len(), 50).1;
    let near_start = super::pattern::after(after, 0, 50);
    let c = ORIGINAL_AND_COPIES
        .captures(near_end)
        .or_else(|| ORIGINAL_AND_COPIES.captures(near_start))?;
    let n = c
        .iter()
        .skip(1)
        .flatten()
        .find_map(|m| number(m.as_str()))?;
    Some(copies_value(n.saturating_add(1)))
}

fn form(before: &str, phrase: &str, after: &str) -> Option<PieceForm> {
    // The diploma's own pattern takes in « copies légalisées des »: its words say the form.
    // « certificat » is a document, « certifiée » a form.
    if PHRASE_LEGALIZED.is_match(phrase) {
        return Some(PieceForm::LegalizedCopy);
    }
    if PHRASE_CERTIFIED.is_match(phrase) {
        return Some(PieceForm::CertifiedCopy);
    }
    let found_before = FORM_BEFORE
        .iter()
        .find(|(_, p)| p.is_match(before))
        .map(|(f, _)| *f);
    found_before.or_else(|| {
        FORM_AFTER
            .iter()
            .find(|(_, p)| p.is_match(after))
            .map(|(f, _)| *f)
    })
}

fn copies(kind: DocumentKind, before: &str, phrase: &str, after: &str) -> Option<u8> {
    let first_number =
        |c: regex::Captures<'_>| c.iter().skip(1).flatten().find_map(|m| number(m.as_str()));
    // « , deux copies d'attestation »: a number that counts what follows it is the next
    // item's.
    let counts_next = |c: &regex::Captures<'_>| {
        let rest = c.get(0).map_or("", |m| after.get(m.end()..).unwrap_or(""));
        let rest = rest.trim_start();
        ["de ", "du ", "des ", "d'", "of "]
            .iter()
            .any(|w| rest.starts_with(w))
    };
    if let Some(c) = COPIES_AFTER.captures(after).filter(|c| !counts_next(c)) {
        if let Some(n) = first_number(c) {
            return copies_value(n);
        }
    }
    // « Deux copies d'attestation », « 3 références »: a count of distinct documents (one
    // per job, one per referee), not copies of one.
    let distinct = matches!(
        kind,
        DocumentKind::WorkCertificates | DocumentKind::Attestations | DocumentKind::References
    );
    if distinct {
        return None;
    }
    if let Some(n) = COPIES_BEFORE.captures(before).and_then(first_number) {
        return copies_value(n);
    }
    // « Deux photos d'identité », "two copies of degrees": the phrase itself holds the
    // photo or the copy word.
    let counted = kind == DocumentKind::IdPhoto
        || phrase.starts_with("cop")
        || phrase.starts_with("photocop");
    if counted {
        return COUNT_BEFORE
            .captures(before)
            .and_then(first_number)
            .and_then(copies_value);
    }
    None
}

/// One copy is what every posting asks: it says nothing more than no number.
fn copies_value(n: u16) -> Option<u8> {
    u8::try_from(n)
        .ok()
        .filter(|n| (2..=MAX_COPIES).contains(n))
}

fn max_age(after: &str) -> Option<MaxAge> {
    let c = AGE.captures(after)?;
    let groups: Vec<&str> = c.iter().skip(1).flatten().map(|m| m.as_str()).collect();
    let n = groups.iter().find_map(|g| number(g))?;
    let unit = groups
        .iter()
        .find(|g| g.starts_with(|ch: char| ch.is_alphabetic()) && number(g).is_none())?;
    // « moins de 3 mois d'expérience »: a length of experience, not an age.
    let next = groups
        .iter()
        .find(|g| g.starts_with(' ') || g.starts_with('\t'))
        .copied()
        .unwrap_or("");
    if NOT_AN_AGE.iter().any(|w| next.contains(w)) {
        return None;
    }
    let age = if unit.starts_with("mois") || unit.starts_with("month") {
        MaxAge::months(n)
    } else if unit.starts_with("jour") || unit.starts_with("day") {
        MaxAge::days(n)
    } else if unit.starts_with("semaine") || unit.starts_with("week") {
        MaxAge::days(n.saturating_mul(7))
    } else if n <= MAX_AGE_YEARS {
        // « un an », « 1 year »: the calendar's twelve months, as an official counts them.
        MaxAge::months(n.saturating_mul(12))
    } else {
        // « les candidats de moins de 35 ans »: the candidate's age, not the piece's.
        return None;
    };
    (1..=MAX_AGE_COUNT).contains(&age.count).then_some(age)
}

/// A line that starts with a list mark, a number or a capital is the next item, even
/// without punctuation before it (« 2. Copie légalisée du diplôme ⏎ 3. Certificat … »).
fn starts_item(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "-–—•·_*▶►✓➢➤❖○●▪".contains(c))
}

fn own_item_after(after: &str) -> &str {
    let mut end = after.len();
    let mut from = 0;
    while let Some(i) = after.get(from..).and_then(|s| s.find('\n')) {
        let at = from + i;
        if starts_item(after.get(at + 1..).unwrap_or("")) {
            end = at;
            break;
        }
        from = at + 1;
    }
    after.get(..end).unwrap_or(after)
}

fn own_item_before(before: &str) -> &str {
    let mut start = 0;
    for (i, _) in before.match_indices('\n') {
        if starts_item(before.get(i + 1..).unwrap_or("")) {
            start = i + 1;
        }
    }
    before.get(start..).unwrap_or(before)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AgeUnit;
    use crate::posting::{parse_posting, RequiredDocument};

    fn docs(text: &str) -> Vec<RequiredDocument> {
        let parsed = parse_posting(text);
        parsed
            .documents_now
            .into_iter()
            .chain(parsed.documents_later)
            .map(|d| d.value)
            .collect()
    }

    fn asked(text: &str, kind: DocumentKind) -> PieceRequirements {
        docs(text)
            .into_iter()
            .find(|d| d.kind == kind)
            .unwrap_or_else(|| panic!("no {kind:?} in {text}"))
            .requirements
    }

    fn form(f: PieceForm) -> PieceRequirements {
        PieceRequirements {
            form: Some(f),
            ..PieceRequirements::default()
        }
    }

    #[test]
    fn the_form_is_read_before_inside_and_after_the_phrase() {
        let cases = [
            (
                "Pièces à fournir : une copie certifiée conforme du diplôme ; un CV.",
                DocumentKind::DiplomaCopies,
                PieceForm::CertifiedCopy,
            ),
            (
                "Dossier : Demande écrite + CV détaillé + copies légalisées des diplômes",
                DocumentKind::DiplomaCopies,
                PieceForm::LegalizedCopy,
            ),
            (
                "Le dossier comprendra :\nune copie du diplôme légalisée ;\nun CV détaillé ;",
                DocumentKind::DiplomaCopies,
                PieceForm::LegalizedCopy,
            ),
            (
                "Pièces à fournir : l'original de l'extrait d'acte de naissance ; un CV.",
                DocumentKind::BirthCertificate,
                PieceForm::Original,
            ),
            (
                "Pièces à fournir : copie certifiée conforme à l'original de la carte nationale d'identité.",
                DocumentKind::IdDocument,
                PieceForm::CertifiedCopy,
            ),
            (
                "Le dossier comprend l'acte de naissance (original) et un CV.",
                DocumentKind::BirthCertificate,
                PieceForm::Original,
            ),
            (
                "Documents to submit: a CV and certified copies of degrees.",
                DocumentKind::DiplomaCopies,
                PieceForm::CertifiedCopy,
            ),
            (
                "Required documents:\n- Certified copies of Academic and Professional Certificates\n- Testimonials",
                DocumentKind::DiplomaCopies,
                PieceForm::CertifiedCopy,
            ),
            (
                "Pièces à fournir : traduction certifiée du diplôme, CV.",
                DocumentKind::DiplomaCopies,
                PieceForm::CertifiedTranslation,
            ),
        ];
        for (text, kind, expected) in cases {
            assert_eq!(asked(text, kind), form(expected), "{text}");
        }
    }

    #[test]
    fn a_plain_copy_and_a_certificate_say_no_form() {
        let text = "Dossier de candidature : une copie des diplômes, des certificats de travail \
                    et un certificat de bonne vie et mœurs.";
        for d in docs(text) {
            assert_eq!(d.requirements, PieceRequirements::default(), "{d:?}");
        }
    }

    #[test]
    fn the_age_limit_is_read_after_the_phrase() {
        let cases = [
            (
                "Pièces à fournir : un extrait de casier judiciaire datant de moins de 3 mois.",
                DocumentKind::CriminalRecord,
                MaxAge::months(3),
            ),
            (
                "Pièces à fournir : un certificat médical de moins de trois (03) mois.",
                DocumentKind::MedicalCertificate,
                MaxAge::months(3),
            ),
            (
                "Pièces à fournir : casier judiciaire de moins de 90 jours.",
                DocumentKind::CriminalRecord,
                MaxAge::days(90),
            ),
            (
                "Pièces à fournir : un extrait d'acte de naissance de moins d'un an.",
                DocumentKind::BirthCertificate,
                MaxAge::months(12),
            ),
            (
                "Documents to submit: a police clearance not older than 6 months.",
                DocumentKind::CriminalRecord,
                MaxAge::months(6),
            ),
            (
                "Applicants must submit a police clearance issued within the last three months.",
                DocumentKind::CriminalRecord,
                MaxAge::months(3),
            ),
        ];
        for (text, kind, expected) in cases {
            assert_eq!(asked(text, kind).max_age, Some(expected), "{text}");
        }
    }

    #[test]
    fn the_age_limit_belongs_to_its_own_piece() {
        let text = "Pièces à fournir : une copie de la carte nationale d'identité et un extrait \
                    du casier judiciaire datant de moins de trois (03) mois.";
        assert_eq!(
            asked(text, DocumentKind::IdDocument),
            PieceRequirements::default()
        );
        assert_eq!(
            asked(text, DocumentKind::CriminalRecord).max_age,
            Some(MaxAge::months(3))
        );
        // The next list item is another piece, even without punctuation between them.
        let list = "Dossier de candidature :\n- Casier judiciaire\n- Certificat médical de moins de 3 mois\n";
        assert_eq!(
            asked(list, DocumentKind::CriminalRecord),
            PieceRequirements::default()
        );
    }

    #[test]
    fn months_of_experience_are_not_an_age_limit() {
        assert_eq!(max_age(" (moins de 3 mois d'experience non retenue)"), None);
        assert_eq!(max_age(" de moins de 6 mois de stage"), None);
        assert_eq!(
            max_age(" datant de moins de 6 mois"),
            Some(MaxAge::months(6))
        );
        assert_eq!(max_age(" des candidats ages de moins de 35 ans"), None);
        let age = max_age(" de moins de 3 semaines").map(|a| (a.count, a.unit));
        assert_eq!(age, Some((21, AgeUnit::Days)));
    }

    #[test]
    fn copies_of_one_piece() {
        let cases = [
            (
                "Pièces à fournir :\nun CV en trois (3) exemplaires ;\nune lettre de motivation.",
                DocumentKind::Cv,
                3,
            ),
            (
                "Documents to submit: passport-size photographs (2 copies), a CV.",
                DocumentKind::IdPhoto,
                2,
            ),
            (
                "Le dossier de candidature :\nUne lettre de motivation ;\nDeux photos d'identités.",
                DocumentKind::IdPhoto,
                2,
            ),
            (
                "Documents to submit: the original and two copies of your birth certificate.",
                DocumentKind::BirthCertificate,
                3,
            ),
        ];
        for (text, kind, n) in cases {
            assert_eq!(asked(text, kind).copies, Some(n), "{text}");
        }
        let original =
            "Documents to submit: the original and two copies of your birth certificate.";
        assert_eq!(
            asked(original, DocumentKind::BirthCertificate).form,
            Some(PieceForm::Original)
        );
        // Only the CV is asked in three copies.
        let cv_only =
            "Pièces à fournir :\nun CV en trois (3) exemplaires ;\nune lettre de motivation.";
        assert_eq!(asked(cv_only, DocumentKind::CoverLetter).copies, None);
    }

    #[test]
    fn a_count_of_distinct_documents_is_not_copies() {
        let text = "Le dossier comprend : un CV avec trois références, deux attestations de \
                    travail, deux copies d'attestation de stage.";
        for d in docs(text) {
            assert_eq!(d.requirements.copies, None, "{d:?}");
        }
        let refs = "Envoyez votre CV et 3 références professionnelles.";
        assert_eq!(asked(refs, DocumentKind::References).copies, None);
    }

    #[test]
    fn copies_of_the_whole_dossier_go_to_each_of_its_pieces() {
        let text = "Le dossier de candidature, à déposer en deux (02) exemplaires, comprendra :\n\
                    - un CV ;\n\
                    - une lettre de motivation ;\n\
                    - une copie de la carte d'identité en 4 exemplaires.\n";
        assert_eq!(asked(text, DocumentKind::Cv).copies, Some(2));
        assert_eq!(asked(text, DocumentKind::CoverLetter).copies, Some(2));
        // Its own words win over the dossier's.
        assert_eq!(asked(text, DocumentKind::IdDocument).copies, Some(4));
        let english = "Please submit seven hard copies of your application with copies of your \
                       detailed CV and academic transcripts.";
        assert_eq!(asked(english, DocumentKind::Cv).copies, Some(7));
        assert_eq!(
            dossier_copies("Le dossier est à envoyer en un seul exemplaire."),
            None
        );
    }

    #[test]
    fn a_diploma_of_the_profile_is_not_a_piece() {
        let text = "Profil recherché :\nÊtre titulaire d'un diplôme de master en droit (copie \
                    certifiée exigée pour le poste de juriste senior) ;\nAvoir moins de 3 mois \
                    de préavis.\n\nDossier de candidature :\n- un CV en deux exemplaires ;\n";
        let found = docs(text);
        assert!(
            found.iter().all(|d| d.kind != DocumentKind::DiplomaCopies),
            "{found:?}"
        );
        assert_eq!(asked(text, DocumentKind::Cv).copies, Some(2));
    }

    #[test]
    fn a_letter_asked_by_hand_is_handwritten_and_only_that_letter() {
        let asked_by_hand = [
            "Pièces à fournir :\n- une demande manuscrite adressée à Monsieur le Médecin-Chef de \
             la Région ;\n- un curriculum vitae détaillé ;\n- un extrait de casier judiciaire.",
            "Le dossier comprend : une lettre de motivation manuscrite et signée, un CV et les \
             copies des diplômes.",
            "Dossier : Lettre manuscrite adressée au Directeur Général + CV + copie de la CNI",
            "Composition du dossier :\n1. Lettre de motivation (manuscrite) ;\n2. CV ;",
            "Joindre une lettre de motivation écrite à la main, un CV et une photo d'identité.",
            "Applicants should send a handwritten cover letter, a CV and copies of certificates.",
            "Application documents: a cover letter written by hand, an updated CV.",
        ];
        for text in asked_by_hand {
            let found = docs(text);
            let letter = found
                .iter()
                .find(|d| d.kind == DocumentKind::CoverLetter)
                .unwrap_or_else(|| panic!("no letter in {text}"));
            assert!(letter.requirements.handwritten, "{text}: {found:?}");
            assert!(
                found
                    .iter()
                    .filter(|d| d.kind != DocumentKind::CoverLetter)
                    .all(|d| !d.requirements.handwritten),
                "{text}: {found:?}"
            );
        }
        let not_by_hand = [
            "Pièces à fournir : une lettre de motivation, un CV, une copie des diplômes.",
            "Dossier de candidature : une lettre de motivation manuscrite ou dactylographiée et un \
             CV détaillé.",
            "Pièces à fournir : une lettre de motivation (non manuscrite) et un CV.",
            "Application documents: a cover letter, typed or handwritten, and a CV.",
            "Dossier : une lettre de motivation, un CV. Le candidat aura publié des manuscrits \
             scientifiques.",
        ];
        for text in not_by_hand {
            let found = docs(text);
            assert!(!found.is_empty(), "{text}");
            assert!(
                found.iter().all(|d| !d.requirements.handwritten),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(number("trois"), Some(3));
        assert_eq!(number("une"), Some(1));
        assert_eq!(number("twelve"), Some(12));
        assert_eq!(number("03"), Some(3));
        assert_eq!(number("mois"), None);
    }
}
