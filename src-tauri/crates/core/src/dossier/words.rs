//! The dossier's own words, in French and English, and dates written as each language does.

use chrono::NaiveDate;

use crate::model::{
    Application, ApplyMethod, Deadline, Language, PieceFormat, SendingLayout, SendingRules,
};

/// Every fixed text of the cover page and the list of enclosed documents.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub heading: &'static str,
    pub position: &'static str,
    pub reference: &'static str,
    pub location: &'static str,
    pub deadline: &'static str,
    pub sent: &'static str,
    pub required_subject: &'static str,
    pub enclosed: &'static str,
    pub list_title: &'static str,
    pub list_continued: &'static str,
    pub number: &'static str,
    pub document: &'static str,
    pub pages: &'static str,
    pub starts_on: &'static str,
    pub prepared_on: &'static str,
    pub application_of: &'static str,
    /// Before a name starting with a vowel sound: « Candidature d’Aïssata ».
    pub application_of_elided: &'static str,
}

pub fn words(language: Language) -> Words {
    match language {
        Language::Fr => Words {
            heading: "DOSSIER DE CANDIDATURE",
            position: "Poste",
            reference: "Référence",
            location: "Lieu",
            deadline: "Date limite",
            sent: "Envoi",
            required_subject: "Objet exigé",
            enclosed: "Pièces jointes",
            list_title: "Bordereau des pièces jointes",
            list_continued: "Bordereau des pièces jointes (suite)",
            number: "N°",
            document: "Pièce",
            pages: "Pages",
            starts_on: "Page",
            prepared_on: "Dossier préparé le",
            application_of: "Candidature de",
            application_of_elided: "Candidature d’",
        },
        Language::En => Words {
            heading: "APPLICATION FILE",
            position: "Position",
            reference: "Reference",
            location: "Location",
            deadline: "Deadline",
            sent: "Sent",
            required_subject: "Required subject",
            enclosed: "Enclosed",
            list_title: "List of enclosed documents",
            list_continued: "List of enclosed documents (continued)",
            number: "No.",
            document: "Document",
            pages: "Pages",
            starts_on: "Page",
            prepared_on: "File prepared on",
            application_of: "Application of",
            application_of_elided: "Application of",
        },
    }
}

/// Every fixed text of the paper file (see `paper.rs`).
#[derive(Debug, Clone, Copy)]
pub struct PaperWords {
    pub file_title: &'static str,
    pub file_title_upper: &'static str,
    pub prepared_on: &'static str,
    pub attention: &'static str,
    pub dated: &'static str,
    pub subject: &'static str,
    pub reference: &'static str,
    pub deadline: &'static str,
    pub enclosed: &'static str,
    pub see_checklist: &'static str,
    pub position_of: &'static str,
    /// Before a title starting with a vowel sound: « au poste d’Assistant ».
    pub position_of_elided: &'static str,
    pub checklist_title: &'static str,
    pub checklist_continued: &'static str,
    pub checklist_hint: &'static str,
    pub number: &'static str,
    pub piece: &'static str,
    pub state: &'static str,
    pub ready: &'static str,
    pub missing: &'static str,
    pub sender: &'static str,
    pub application_upper: &'static str,
}

pub fn paper_words(language: Language) -> PaperWords {
    match language {
        Language::Fr => PaperWords {
            file_title: "Dossier papier",
            file_title_upper: "DOSSIER DE CANDIDATURE",
            prepared_on: "Préparé le",
            attention: "À l’attention du service du recrutement",
            dated: "Le",
            subject: "Objet\u{a0}:",
            reference: "Réf.\u{a0}:",
            deadline: "Date limite de dépôt\u{a0}:",
            enclosed: "Pièces jointes",
            see_checklist: "… la suite sur la liste de contrôle, page suivante.",
            position_of: "candidature au poste de",
            position_of_elided: "candidature au poste d’",
            checklist_title: "Liste de contrôle du dossier",
            checklist_continued: "Liste de contrôle du dossier (suite)",
            checklist_hint: "Cochez chaque pièce en la mettant dans le dossier, dans cet ordre.",
            number: "N°",
            piece: "Pièce, et ce que l’annonce en demande",
            state: "Dans Postulo",
            ready: "Prête",
            missing: "Manquante",
            sender: "Expéditeur",
            application_upper: "CANDIDATURE",
        },
        Language::En => PaperWords {
            file_title: "Paper file",
            file_title_upper: "APPLICATION FILE",
            prepared_on: "Prepared on",
            attention: "For the attention of the recruitment team",
            dated: "Date:",
            subject: "Subject:",
            reference: "Ref.:",
            deadline: "Deadline for submission:",
            enclosed: "Enclosed",
            see_checklist: "… continued on the checklist, next page.",
            position_of: "application for the position of",
            position_of_elided: "application for the position of",
            checklist_title: "Application file checklist",
            checklist_continued: "Application file checklist (continued)",
            checklist_hint: "Tick each document as it goes into the file, in this order.",
            number: "No.",
            piece: "Document, and what the posting asks of it",
            state: "In Postulo",
            ready: "Ready",
            missing: "Missing",
            sender: "From",
            application_upper: "APPLICATION",
        },
    }
}

/// « 7 pièces, 9 exemplaires en tout » / "7 documents, 9 copies in all".
pub fn sheets_to_gather(language: Language, pieces: usize, copies: usize) -> String {
    let (one, other, c_one, c_other) = match language {
        Language::Fr => (
            "{n} pièce",
            "{n} pièces",
            "{n} exemplaire en tout",
            "{n} exemplaires en tout",
        ),
        Language::En => (
            "{n} document",
            "{n} documents",
            "{n} copy in all",
            "{n} copies in all",
        ),
    };
    format!(
        "{}, {}",
        crate::format::counted(pieces as u64, language, one, other),
        crate::format::counted(copies as u64, language, c_one, c_other)
    )
}

/// `26 déc. 2025` / `26 Dec 2025`, as the rest of the app writes dates.
pub fn date(language: Language, d: NaiveDate) -> String {
    crate::format::day(d, language)
}

/// `26 déc. 2025, 17:00 (heure de Bamako)` (« heure d’Abidjan »): the posting's own day and
/// hour, with the place whose clock it is, since the candidate may be elsewhere.
pub fn deadline(language: Language, d: &Deadline) -> String {
    let mut out = date(language, d.date);
    if let Some(time) = d.time {
        out.push_str(&time.format(", %H:%M").to_string());
        let city = d
            .timezone
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .replace('_', " ");
        if d.timezone.contains('/') && !city.is_empty() {
            out.push_str(&match language {
                Language::Fr if elides(&city) => format!(" (heure d’{city})"),
                Language::Fr => format!(" (heure de {city})"),
                Language::En => format!(" ({city} time)"),
            });
        } else if !d.timezone.is_empty() {
            out.push_str(&format!(" ({})", d.timezone));
        }
    }
    out
}

/// How the dossier is handed in, in one line, and the exact subject when one is required.
pub fn how_sent(language: Language, a: &Application) -> Option<String> {
    let fr = language == Language::Fr;
    let text = match a.apply_method {
        Some(ApplyMethod::Email) => match &a.apply_email {
            Some(email) if fr => format!("par e-mail à {email}"),
            Some(email) => format!("by e-mail to {email}"),
            None if fr => "par e-mail".to_owned(),
            None => "by e-mail".to_owned(),
        },
        Some(ApplyMethod::Portal) => match &a.apply_url {
            Some(url) if fr => format!("en ligne : {url}"),
            Some(url) => format!("online: {url}"),
            None if fr => "en ligne".to_owned(),
            None => "online".to_owned(),
        },
        Some(ApplyMethod::InPerson) => match &a.apply_address {
            Some(addr) if fr => format!("déposé à : {}", one_line(addr)),
            Some(addr) => format!("handed in at: {}", one_line(addr)),
            None if fr => "déposé en main propre".to_owned(),
            None => "handed in".to_owned(),
        },
        Some(ApplyMethod::Post) => match &a.apply_address {
            Some(addr) if fr => format!("par courrier à : {}", one_line(addr)),
            Some(addr) => format!("by post to: {}", one_line(addr)),
            None if fr => "par courrier".to_owned(),
            None => "by post".to_owned(),
        },
        None => match (&a.apply_email, &a.apply_address) {
            (Some(email), _) if fr => format!("par e-mail à {email}"),
            (Some(email), _) => format!("by e-mail to {email}"),
            (None, Some(addr)) => one_line(addr),
            (None, None) => return None,
        },
    };
    // Capitalised as the start of a value in the table.
    Some(capitalized(&text))
}

/// How the files must be sent, in one line: « Un fichier par pièce, en JPEG, 2 Mo maximum
/// chacun, 8 Mo en tout », "One PDF file, 5 MB at most".
pub fn sending_summary(language: Language, rules: &SendingRules) -> String {
    let fr = language == Language::Fr;
    let size = |b: u64| crate::format::size(b, language);
    let mut parts = vec![match (rules.layout, rules.pieces.format, fr) {
        (SendingLayout::OneFile, _, true) => "un seul fichier PDF".to_owned(),
        (SendingLayout::OneFile, _, false) => "one PDF file".to_owned(),
        (SendingLayout::PerPiece, PieceFormat::Pdf, true) => "un PDF par pièce".to_owned(),
        (SendingLayout::PerPiece, PieceFormat::Pdf, false) => "one PDF per piece".to_owned(),
        (SendingLayout::PerPiece, PieceFormat::Jpeg, true) => "une image JPEG par pièce".to_owned(),
        (SendingLayout::PerPiece, PieceFormat::Jpeg, false) => {
            "one JPEG picture per piece".to_owned()
        }
    }];
    if let Some(b) = rules.pieces.per_piece_bytes {
        parts.push(if fr {
            format!("{} maximum chacun", size(b))
        } else {
            format!("{} at most each", size(b))
        });
    }
    if let Some(b) = rules.pieces.total_bytes {
        parts.push(match (rules.layout, fr) {
            (SendingLayout::OneFile, true) => format!("{} maximum", size(b)),
            (SendingLayout::OneFile, false) => format!("{} at most", size(b)),
            (SendingLayout::PerPiece, true) => format!("{} en tout", size(b)),
            (SendingLayout::PerPiece, false) => format!("{} in all", size(b)),
        });
    }
    capitalized(&parts.join(", "))
}

/// A line's first letter in capitals (« Candidature au poste de … » on its own line).
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `« REF N°013 »` / `"REF N°013"`: the subject is quoted so its exact bounds are visible.
pub fn quoted(language: Language, s: &str) -> String {
    match language {
        Language::Fr => format!("« {s} »"),
        Language::En => format!("“{s}”"),
    }
}

/// An address typed on several lines, on one.
pub fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `2 pages` / `1 page` (the core's plural rule: French counts 0 as singular).
pub fn page_count(language: Language, n: usize) -> String {
    crate::format::counted(n as u64, language, "{n} page", "{n} pages")
}

/// `7 pièces, 14 pages` / `7 documents, 14 pages`.
pub fn enclosed_summary(language: Language, documents: usize, pages: usize) -> String {
    let (one, other) = match language {
        Language::Fr => ("{n} pièce", "{n} pièces"),
        Language::En => ("{n} document", "{n} documents"),
    };
    let docs = crate::format::counted(documents as u64, language, one, other);
    format!("{docs}, {}", page_count(language, pages))
}

/// `Candidature de Fatoumata …` / `Candidature d’Aïssata …` / `Application of …`.
pub fn application_of(language: Language, name: &str) -> String {
    let w = words(language);
    if language == Language::Fr && elides(name) {
        format!("{}{name}", w.application_of_elided)
    } else {
        format!("{} {name}", w.application_of)
    }
}

/// Whether French « de » before `word` becomes « d’ »: before a vowel or a mute h
/// (« d’Abidjan », « d’Aïssata », but « de Bamako »).
pub(crate) fn elides(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| "AEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜŒaeiouyhàâäéèêëîïôöûüœ".contains(c))
}

/// The candidate as printed: `Aïssata TRAORÉ` (family name in capitals, as on forms).
pub fn candidate_name(first: &str, last: &str) -> String {
    let last = last.trim().to_uppercase();
    let first = first.trim();
    match (first.is_empty(), last.is_empty()) {
        (false, false) => format!("{first} {last}"),
        (true, _) => last,
        (false, true) => first.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PieceLimits;
    use chrono::NaiveTime;

    #[test]
    fn sending_rules_read_in_one_line() {
        let jpeg = SendingRules {
            layout: SendingLayout::PerPiece,
            pieces: PieceLimits {
                per_piece_bytes: Some(2_000_000),
                total_bytes: Some(8_000_000),
                format: PieceFormat::Jpeg,
            },
        };
        assert_eq!(
            sending_summary(Language::Fr, &jpeg),
            "Une image JPEG par pièce, 2\u{a0}Mo maximum chacun, 8\u{a0}Mo en tout"
        );
        assert_eq!(
            sending_summary(Language::En, &jpeg),
            "One JPEG picture per piece, 2 MB at most each, 8 MB in all"
        );
        let one = SendingRules {
            layout: SendingLayout::OneFile,
            pieces: PieceLimits {
                total_bytes: Some(5_000_000),
                ..PieceLimits::default()
            },
        };
        assert_eq!(
            sending_summary(Language::Fr, &one),
            "Un seul fichier PDF, 5\u{a0}Mo maximum"
        );
    }

    #[test]
    fn dates_read_naturally_in_both_languages() {
        let d = Deadline {
            date: NaiveDate::from_ymd_opt(2025, 12, 26).unwrap(),
            time: NaiveTime::from_hms_opt(17, 0, 0),
            timezone: "Africa/Bamako".into(),
        };
        assert_eq!(
            deadline(Language::Fr, &d),
            "26 déc. 2025, 17:00 (heure de Bamako)"
        );
        assert_eq!(
            deadline(Language::En, &d),
            "26 Dec 2025, 17:00 (Bamako time)"
        );
        let abidjan = Deadline {
            timezone: "Africa/Abidjan".into(),
            ..d.clone()
        };
        assert_eq!(
            deadline(Language::Fr, &abidjan),
            "26 déc. 2025, 17:00 (heure d’Abidjan)"
        );
        let day_only = Deadline { time: None, ..d };
        assert_eq!(deadline(Language::Fr, &day_only), "26 déc. 2025");
    }

    #[test]
    fn names_put_the_family_name_in_capitals() {
        assert_eq!(candidate_name("Aïssata", "Traoré"), "Aïssata TRAORÉ");
        assert_eq!(candidate_name("", "Traoré"), "TRAORÉ");
        assert_eq!(
            application_of(Language::Fr, "Aïssata TRAORÉ"),
            "Candidature d’Aïssata TRAORÉ"
        );
        assert_eq!(
            application_of(Language::Fr, "Fatoumata DIARRA"),
            "Candidature de Fatoumata DIARRA"
        );
        assert_eq!(
            application_of(Language::En, "Aïssata TRAORÉ"),
            "Application of Aïssata TRAORÉ"
        );
        assert_eq!(enclosed_summary(Language::Fr, 1, 1), "1 pièce, 1 page");
        assert_eq!(enclosed_summary(Language::En, 3, 7), "3 documents, 7 pages");
        assert_eq!(enclosed_summary(Language::Fr, 0, 0), "0 pièce, 0 page");
        assert_eq!(enclosed_summary(Language::En, 0, 0), "0 documents, 0 pages");
    }
}
