//! How statuses, kinds and dates are written on the terminal, and how the names a user
//! types are read back (French, English or the stored code; accents and case ignored).

use chrono::NaiveDate;
use postulo_core::model::{Deadline, DocumentKind, ItemState, Language, Status, Validity};
use postulo_core::search::fold;

/// The status as the app names it.
pub fn status(status: Status, lang: Language) -> &'static str {
    postulo_core::labels::status(status, lang)
}

/// Every way a user may write a status: the code, the English and French names (both
/// genders in French, since "la candidature" and "le dossier" are both said).
const STATUS_NAMES: [(Status, &[&str]); 10] = [
    (
        Status::ToPrepare,
        &["to prepare", "a preparer", "en preparation", "todo"],
    ),
    (Status::Ready, &["ready", "pret", "prete"]),
    (Status::Sent, &["sent", "envoye", "envoyee", "applied"]),
    (
        Status::Shortlisted,
        &["shortlisted", "preselectionne", "preselectionnee"],
    ),
    (Status::Interview, &["interview", "entretien"]),
    (
        Status::Offer,
        &["offer", "offre", "offre recue", "offer received"],
    ),
    (Status::Accepted, &["accepted", "accepte", "acceptee"]),
    (Status::Rejected, &["rejected", "refuse", "refusee"]),
    (
        Status::Withdrawn,
        &["withdrawn", "abandonne", "abandonnee", "withdraw"],
    ),
    (Status::Expired, &["expired", "expire", "expiree"]),
];

/// « oui » / "yes" / "on" and « non » / "no" / "off" (and their first letters, `true`,
/// `1`…), as `--handwritten` and `settings set auto-backup` take them.
pub fn yes_no(text: &str) -> Option<bool> {
    match key(text).as_str() {
        "oui" | "o" | "yes" | "y" | "on" | "true" | "1" => Some(true),
        "non" | "n" | "no" | "off" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// Folds accents and case, and reads `_`, `-` and spaces alike.
pub fn key(text: &str) -> String {
    fold(text.trim())
        .chars()
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn parse_status(text: &str) -> Option<Status> {
    let wanted = key(text);
    Status::ALL.into_iter().find(|s| {
        key(s.as_str()) == wanted
            || STATUS_NAMES
                .iter()
                .any(|(st, names)| st == s && names.iter().any(|n| key(n) == wanted))
    })
}

/// A kind by its code (`criminal_record`) or its French or English name ("casier
/// judiciaire" is found too: a few short names people use).
pub fn parse_kind(text: &str) -> Option<DocumentKind> {
    let wanted = key(text);
    let short: &[(DocumentKind, &str)] = &[
        (DocumentKind::CoverLetter, "lettre"),
        (DocumentKind::CoverLetter, "lm"),
        (DocumentKind::CriminalRecord, "casier"),
        (DocumentKind::CriminalRecord, "casier judiciaire"),
        (DocumentKind::DiplomaCopies, "diplomes"),
        (DocumentKind::DiplomaCopies, "diplomas"),
        (DocumentKind::IdDocument, "cni"),
        (DocumentKind::IdDocument, "passeport"),
        (DocumentKind::IdDocument, "passport"),
        (DocumentKind::IdPhoto, "photo"),
        (DocumentKind::Other, "autre"),
    ];
    DocumentKind::ALL
        .into_iter()
        .find(|k| {
            key(k.as_str()) == wanted
                || key(k.label(Language::Fr)) == wanted
                || key(k.label(Language::En)) == wanted
        })
        .or_else(|| {
            short
                .iter()
                .find(|(_, name)| key(name) == wanted)
                .map(|(k, _)| *k)
        })
}

pub fn item_state(state: ItemState, lang: Language) -> &'static str {
    match (state, lang) {
        (ItemState::Missing, Language::Fr) => "manquante",
        (ItemState::Missing, Language::En) => "missing",
        (ItemState::Ready, Language::Fr) => "prête",
        (ItemState::Ready, Language::En) => "ready",
        (ItemState::Waived, Language::Fr) => "pas nécessaire",
        (ItemState::Waived, Language::En) => "not needed",
    }
}

pub fn validity(v: Validity, lang: Language) -> &'static str {
    match (v, lang) {
        (Validity::NoExpiry, Language::Fr) => "sans date de fin",
        (Validity::NoExpiry, Language::En) => "no end date",
        (Validity::Valid, Language::Fr) => "valide",
        (Validity::Valid, Language::En) => "valid",
        (Validity::ExpiringSoon, Language::Fr) => "expire bientôt",
        (Validity::ExpiringSoon, Language::En) => "expiring soon",
        (Validity::Expired, Language::Fr) => "expiré",
        (Validity::Expired, Language::En) => "expired",
    }
}

/// `26 déc. 2025` / `26 Dec 2025`, as the app writes dates.
pub fn date(d: NaiveDate, lang: Language) -> String {
    postulo_core::format::day(d, lang)
}

/// `26 déc. 2025, 17:00 (Africa/Bamako)`: the posting's own day, hour and zone.
pub fn deadline(d: &Deadline, lang: Language) -> String {
    let mut out = date(d.date, lang);
    if let Some(time) = d.time {
        out.push_str(&time.format(", %H:%M").to_string());
    }
    out.push_str(&format!(" ({})", d.timezone));
    out
}

/// `0 pièce`, `3 pièces`, "0 documents", "1 document": the core's plural rule
/// (`postulo_core::format::is_singular`), so a count reads as in the window.
pub fn count(n: usize, lang: Language, one: &str, many: &str) -> String {
    let singular = postulo_core::format::is_singular(n as u64, lang);
    format!("{n} {}", if singular { one } else { many })
}

/// Bytes as a person reads them: `850 ko`, `1,2 Mo` / `850 kB`, `1.2 MB` (decimal, as mail
/// providers state their limits), as the app writes them.
pub fn size(bytes: u64, lang: Language) -> String {
    postulo_core::format::size(bytes, lang)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    #[test]
    fn statuses_are_read_in_french_english_and_as_codes() {
        for s in Status::ALL {
            assert_eq!(parse_status(s.as_str()), Some(s));
            assert_eq!(parse_status(status(s, Language::Fr)), Some(s), "{s:?}");
            assert_eq!(parse_status(status(s, Language::En)), Some(s), "{s:?}");
        }
        assert_eq!(parse_status("à_préparer"), Some(Status::ToPrepare));
        assert_eq!(parse_status("PRÉSÉLECTIONNÉ"), Some(Status::Shortlisted));
        assert_eq!(parse_status("envoyé"), Some(Status::Sent));
        assert_eq!(parse_status("to-prepare"), Some(Status::ToPrepare));
        assert_eq!(parse_status("gagné"), None);
    }

    #[test]
    fn kinds_are_read_by_code_and_name() {
        for k in DocumentKind::ALL {
            assert_eq!(parse_kind(k.as_str()), Some(k));
            assert_eq!(parse_kind(k.label(Language::Fr)), Some(k));
            assert_eq!(parse_kind(k.label(Language::En)), Some(k));
        }
        assert_eq!(parse_kind("casier"), Some(DocumentKind::CriminalRecord));
        assert_eq!(
            parse_kind("Lettre de motivation"),
            Some(DocumentKind::CoverLetter)
        );
        assert_eq!(parse_kind("bulletin"), None);
    }

    /// The core's formatter, with its French no-break space before the unit (the shared
    /// cases are tested in the core and the interface).
    #[test]
    fn sizes_and_dates_read_as_the_app_writes_them() {
        assert_eq!(size(1_234_567, Language::Fr), "1,2\u{a0}Mo");
        assert_eq!(size(1_234_567, Language::En), "1.2 MB");
        let d = NaiveDate::from_ymd_opt(2025, 12, 26).unwrap();
        assert_eq!(date(d, Language::Fr), "26 déc. 2025");
    }

    /// French keeps 0 singular, English only 1.
    #[test]
    fn counts_follow_each_languages_plural() {
        assert_eq!(count(0, Language::Fr, "page", "pages"), "0 page");
        assert_eq!(count(1, Language::Fr, "page", "pages"), "1 page");
        assert_eq!(count(2, Language::Fr, "page", "pages"), "2 pages");
        assert_eq!(count(0, Language::En, "page", "pages"), "0 pages");
        assert_eq!(count(1, Language::En, "page", "pages"), "1 page");
    }
}
