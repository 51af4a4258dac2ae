//! The dossier's file name, from a rule such as `{NOM}_{Prenom}_{Poste}_{Ref}`.
//!
//! Names are written in plain ASCII: accents are transliterated (é → e, œ → oe), which is
//! what recruiters' mail gateways, HR systems and Windows zip tools handle without turning
//! `TRAORÉ` into `TRAORÃ‰` (the same choice as [`Profile::file_name_prefix`]). The result is
//! safe on Windows and Linux: no `/ \ : * ? " < > |` or control characters, no reserved
//! device name (`CON`, `NUL`, `COM1`…), no trailing dot or space, at most
//! [`MAX_STEM_CHARS`] characters before `.pdf`.
//!
//! [`Profile::file_name_prefix`]: crate::model::Profile::file_name_prefix

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Application, Language, PieceFormat, Profile};

/// The rule used unless the user chose another.
pub const DEFAULT_FILE_NAME_RULE: &str = "{NOM}_{Prenom}_{Poste}_{Ref}";
/// Room for the folder in Windows' 260-character path limit.
pub const MAX_STEM_CHARS: usize = 120;
/// A long post title is cut at a word boundary: the name must stay readable in a list.
const MAX_PART_CHARS: usize = 48;

const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A rule longer than this is a pasted paragraph, not a naming rule.
pub const MAX_RULE_CHARS: usize = 200;

/// The placeholders a rule may use (see [`dossier_file_name`]).
pub const PLACEHOLDERS: [&str; 8] = [
    "NOM",
    "Nom",
    "Prenom",
    "Prénom",
    "Poste",
    "Ref",
    "Organisation",
    "Organization",
];

/// Whether `rule` names at least one placeholder: without one, every dossier would get the
/// same name and overwrite the last.
pub fn rule_has_placeholder(rule: &str) -> bool {
    PLACEHOLDERS
        .iter()
        .any(|key| rule.contains(&format!("{{{key}}}")))
}

/// The placeholders a rule may use, and what they stand for:
/// `{NOM}` family name in capitals, `{Nom}` as typed, `{Prenom}` first name, `{Poste}` the
/// post's title, `{Ref}` its reference, `{Organisation}` the recruiter. Anything else in the
/// rule is kept (made safe). Empty parts disappear with the separator before them.
pub fn dossier_file_name(
    rule: &str,
    profile: &Profile,
    application: &Application,
    language: Language,
) -> String {
    let value = |key: &str| -> Option<String> {
        Some(match key {
            "NOM" => ascii(&profile.last_name).to_uppercase(),
            "Nom" => ascii(&profile.last_name),
            "Prenom" | "Prénom" => ascii(&profile.first_name),
            "Poste" => shorten(&ascii(&application.title), MAX_PART_CHARS),
            "Ref" => ascii(application.reference.as_deref().unwrap_or_default()),
            "Organisation" | "Organization" => {
                shorten(&ascii(&application.organization), MAX_PART_CHARS)
            }
            _ => return None,
        })
    };
    let mut out = String::new();
    let mut rest = rule;
    while let Some(open) = rest.find('{') {
        out.push_str(&literal(&rest[..open]));
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                match value(&after[..close]) {
                    Some(v) if v.is_empty() => strip_trailing_separator(&mut out),
                    Some(v) => out.push_str(&v),
                    None => out.push_str(&literal(&after[..close])),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&literal(after));
                rest = "";
            }
        }
    }
    out.push_str(&literal(rest));
    let stem = finish(&out);
    let stem = if stem.is_empty() {
        match language {
            Language::Fr => "Dossier_de_candidature".to_owned(),
            Language::En => "Application_file".to_owned(),
        }
    } else {
        stem
    };
    format!("{stem}.pdf")
}

/// Longest piece name kept in a per-piece file name: « Extrait de casier judiciaire » fits.
const MAX_PIECE_CHARS: usize = 40;

/// `01_CV_TRAORE_Aissata.pdf`, `03_Extrait-de-casier-judiciaire_TRAORE_Aissata.pdf`: a piece
/// sent as its own file, numbered in the checklist's order so that the recruiter's folder
/// lists them as the posting asked, and named after the candidate (the portals and HR
/// inboxes that take one file per piece mix many candidates' files).
/// The extension follows the piece's format (`.pdf`, or `.jpg` for portals that take
/// pictures).
pub fn piece_file_name(
    position: usize,
    label: &str,
    profile: &Profile,
    format: PieceFormat,
) -> String {
    let mut stem = format!("{position:02}");
    let piece = shorten(&ascii(label), MAX_PIECE_CHARS);
    if !piece.is_empty() {
        stem.push('_');
        stem.push_str(&piece);
    }
    if let Some(name) = profile.file_name_prefix() {
        stem.push('_');
        stem.push_str(&name);
    }
    format!("{}{}", finish(&stem), format.extension())
}

/// Transliterated to ASCII letters and digits, other runs of characters turned into `-`.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)) {
        let mapped: Option<&str> = match c {
            'œ' => Some("oe"),
            'Œ' => Some("OE"),
            'æ' => Some("ae"),
            'Æ' => Some("AE"),
            'ß' => Some("ss"),
            'ø' => Some("o"),
            'Ø' => Some("O"),
            'đ' => Some("d"),
            'Đ' => Some("D"),
            'ł' => Some("l"),
            'Ł' => Some("L"),
            _ => None,
        };
        if let Some(m) = mapped {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push_str(m);
        } else if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// Text of the rule between placeholders: separators kept, anything unsafe dropped.
fn literal(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '_' | '-' | '.' | ' ' => Some(c),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => ascii(&c.to_string()).chars().next(),
        })
        .collect::<String>()
        .replace(' ', "_")
}

fn strip_trailing_separator(out: &mut String) {
    while out.ends_with(['_', '-', ' ', '.']) {
        out.pop();
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    match cut.rfind('-') {
        Some(at) if at > max / 2 => cut[..at].to_owned(),
        _ => cut,
    }
}

/// Collapses repeated separators, trims them from both ends, limits the length and steps
/// around Windows' reserved device names.
fn finish(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let separator = matches!(c, '_' | '-' | '.');
        if separator && out.ends_with(['_', '-', '.']) {
            continue;
        }
        out.push(c);
    }
    let mut out: String = out
        .trim_matches(|c| matches!(c, '_' | '-' | '.' | ' '))
        .chars()
        .take(MAX_STEM_CHARS)
        .collect();
    strip_trailing_separator(&mut out);
    let device = out
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if RESERVED.contains(&device.as_str()) {
        out.push('_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(first: &str, last: &str) -> Profile {
        Profile {
            first_name: first.into(),
            last_name: last.into(),
            ..Default::default()
        }
    }

    fn application(title: &str, reference: Option<&str>) -> Application {
        Application::sample(title, "Première Urgence Internationale", reference)
    }

    fn name(p: &Profile, a: &Application) -> String {
        dossier_file_name(DEFAULT_FILE_NAME_RULE, p, a, Language::Fr)
    }

    #[test]
    fn the_default_rule_gives_nom_prenom_poste_ref() {
        let p = profile("Aïssata", "Traoré");
        let a = application(
            "Coordinateur·trice Santé Mentale",
            Some("REF N°013/12/CPSM-SP/BKO/2025"),
        );
        assert_eq!(
            name(&p, &a),
            "TRAORE_Aissata_Coordinateur-trice-Sante-Mentale_REF-N-013-12-CPSM-SP-BKO-2025.pdf"
        );
    }

    #[test]
    fn missing_parts_vanish_with_their_separator() {
        let a = application("Chargé(e) de suivi-évaluation", None);
        assert_eq!(
            name(&profile("Œdipe", "N'Diaye"), &a),
            "N-DIAYE_OEdipe_Charge-e-de-suivi-evaluation.pdf"
        );
        assert_eq!(
            name(&profile("", ""), &application("", None)),
            "Dossier_de_candidature.pdf"
        );
    }

    #[test]
    fn names_are_safe_on_windows() {
        let a = application("Con", None);
        assert_eq!(
            dossier_file_name("{Poste}", &profile("", ""), &a, Language::En),
            "Con_.pdf"
        );
        let a = application("Nul", None);
        assert_eq!(
            dossier_file_name("{Poste}.", &profile("", ""), &a, Language::En),
            "Nul_.pdf"
        );
        let a = application("a/b\\c:d*e?f\"g<h>i|j", Some("..."));
        let n = name(&profile("x", "y"), &a);
        assert!(
            !n.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']),
            "{n}"
        );
        let long = application(
            &"Responsable logistique et approvisionnement ".repeat(10),
            Some(&"R".repeat(200)),
        );
        let n = name(&profile("Aïssata", "Traoré"), &long);
        assert!(n.len() <= MAX_STEM_CHARS + 4, "{n}");
        assert!(
            !n.trim_end_matches(".pdf").ends_with(['.', ' ', '_', '-']),
            "{n}"
        );
    }

    #[test]
    fn other_rules_and_unknown_placeholders() {
        let p = profile("Aïssata", "Traoré");
        let a = application("Agent de saisie", Some("AS-01"));
        assert_eq!(
            dossier_file_name("{Organisation} - {Nom} {Prenom}", &p, &a, Language::Fr),
            "Premiere-Urgence-Internationale_Traore_Aissata.pdf"
        );
        assert_eq!(
            dossier_file_name("Dossier {inconnu}", &p, &a, Language::Fr),
            "Dossier_inconnu.pdf"
        );
    }
}
