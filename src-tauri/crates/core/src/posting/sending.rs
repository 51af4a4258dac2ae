//! How the posting wants the files sent: « dans un fichier unique », « chaque document …
//! sous format PDF … taille maximale de 2 Mo », « en fichiers séparés », "in one PDF
//! document", « le tout ne dépassant pas 5 Mo », « format JPEG ».
//!
//! Read one sentence at a time, and only from sentences about the files: a size with no
//! word of limit, or a limit that could be read both ways, is left out. A rule missed
//! costs the candidate one choice in the export; a rule invented would make the export
//! refuse a dossier that was fine, or shrink it for nothing.

use std::sync::LazyLock;

use super::pattern::Pat;
use crate::model::{PieceFormat, PieceLimits, SendingLayout, SendingRules};
use crate::search::fold;

// The patterns read folded text (lower case, no accents): `Pat::raw`, written as they are.

/// One file per piece.
static PER_PIECE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(concat!(
        r"\bfich\w* (?:pdf |jpe?g )?separe|\ben (?:pdf|documents?|pieces?) separe",
        r"|\bun (?:fichier|pdf|document) (?:pdf )?par (?:piece|document)",
        r"|\bchaque (?:piece|document)\b[^.;]{0,80}\b(?:scann|pdf|jpe?g|fichier|format|taille)",
        r"|\bseparate (?:pdf |jpe?g )?(?:files?|documents?|attachments?)\b",
        r"|\bone (?:pdf|file) per (?:document|item|piece)",
        r"|\beach (?:document|file|item)\b[^.;]{0,80}\b(?:scanned|pdf|jpe?g|separate|format|size)",
    ))
});

/// One file for everything.
static ONE_FILE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(concat!(
        r"\bfichier unique\b|\bun seul (?:et meme )?(?:fichier|document|pdf)\b",
        r"|\b(?:en|dans|sous) un (?:seul )?(?:fichier|document) (?:pdf )?unique\b",
        r"|\b(?:one|a single|single) (?:combined |merged )?(?:pdf|file)\b",
        r"|\bin one pdf\b|\bone pdf document\b|\bcombined (?:into|in) (?:one|a single)\b",
    ))
});

/// A size: « 2 Mo », « 500 Ko », "10MB", « 1,5 Mo ».
static SIZE: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(
        r"\b(\d{1,4}(?:[.,]\d{1,2})?)\s?(mo|mb|megaoctets?|mega-octets?|megabytes?|ko|kb|kilo-?octets?|kilobytes?)\b",
    )
});

/// Words that make a size a limit.
static LIMIT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(concat!(
        r"\bmax\b|maximum|maximal|depass|n'exced|excedant|inferieure? (?:ou egale? )?a",
        r"|\bau plus\b|\bjusqu'a\b|\bexceed|\bup to\b|\blimit|not (?:be )?(?:larger|bigger|more)",
        r"|\bless than\b|\bno (?:larger|bigger|more|greater) than\b",
    ))
});

/// A sentence about the files sent.
static FILES: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(concat!(
        r"\bfich(?:ier|e)s?\b|\bdocuments?\b|\bpieces?\b|\bpdf\b|\bjpe?g\b|\bscann|\bdossiers?\b",
        r"|\bfiles?\b|\battachments?\b|\bcopies\b|\bpieces? jointes?\b|\bcandidatures?\b",
        r"|\bapplications?\b|\btaille\b|\bsize\b",
    ))
});

/// A limit on each file.
static EACH: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(
        r"\bchaque\b|\bchacun|\bpar (?:fichier|piece|document)\b|\beach\b|\bper (?:file|document|item)\b",
    )
});

/// A limit on all of it.
static ALL: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(concat!(
        r"\ble tout\b|\bau total\b|\btotale?\b|\bl'ensemble\b|\bdossier complet\b",
        r"|\bin total\b|\ball (?:the )?(?:documents|files|attachments)\b|\bcombined\b",
        r"|\bpieces jointes\b|\battachments\b",
    ))
});

/// « format JPEG », « en JPG », "as JPEG".
static JPEG: LazyLock<Pat> = LazyLock::new(|| Pat::raw(r"\b(?:format|en|as|in) (?:\.)?jpe?g\b"));
static OTHER_FORMAT: LazyLock<Pat> = LazyLock::new(|| {
    Pat::raw(r"\bpdf\b|\bpng\b|\bphotos?\b|\bphotographs?\b|\bpictures? (?:d'identite|of)")
});

/// The sending rules the posting states, or `None` when it states none.
pub fn read(text: &str) -> Option<SendingRules> {
    let mut layout = None;
    let mut format = PieceFormat::Pdf;
    let mut each = None;
    let mut all = None;
    let mut plain = None;
    for sentence in sentences(text) {
        let s = fold(sentence);
        // « Le tout ne dépassant pas 5 Mo » is about the files as much as « fichier ».
        if !FILES.is_match(&s) && !ALL.is_match(&s) {
            continue;
        }
        let here = if PER_PIECE.is_match(&s) {
            Some(SendingLayout::PerPiece)
        } else if ONE_FILE.is_match(&s) {
            Some(SendingLayout::OneFile)
        } else {
            None
        };
        // Two sentences that disagree: nothing is read rather than one of them.
        match (layout, here) {
            (Some(a), Some(b)) if a != b => return None,
            (None, Some(b)) => layout = Some(b),
            _ => {}
        }
        if JPEG.is_match(&s) && !OTHER_FORMAT.is_match(&s) {
            format = PieceFormat::Jpeg;
        }
        if !LIMIT.is_match(&s) {
            continue;
        }
        let Some(bytes) = SIZE.captures(&s).and_then(|c| size(&c[1], &c[2])) else {
            continue;
        };
        let slot = match (EACH.is_match(&s), ALL.is_match(&s), here) {
            (true, false, _) | (false, false, Some(SendingLayout::PerPiece)) => &mut each,
            (false, true, _) | (false, false, Some(SendingLayout::OneFile)) => &mut all,
            (false, false, None) => &mut plain,
            // « chaque pièce … le tout … » with one size: which is it?
            (true, true, _) => continue,
        };
        slot.get_or_insert(bytes);
    }
    if format == PieceFormat::Jpeg {
        // A picture per piece: the only way pictures are sent.
        match layout {
            Some(SendingLayout::OneFile) => format = PieceFormat::Pdf,
            _ => layout = Some(SendingLayout::PerPiece),
        }
    }
    // A limit that says neither « chaque » nor « le tout » follows the layout stated;
    // without one, it is left out.
    match layout {
        Some(SendingLayout::PerPiece) => each = each.or(plain),
        Some(SendingLayout::OneFile) => all = all.or(plain),
        None => {}
    }
    let layout = match layout {
        Some(l) => l,
        None if each.is_some() => SendingLayout::PerPiece,
        None if all.is_some() => SendingLayout::OneFile,
        None => return None,
    };
    let rules = SendingRules {
        layout,
        pieces: PieceLimits {
            per_piece_bytes: each.filter(|_| layout == SendingLayout::PerPiece),
            total_bytes: all,
            format,
        },
    };
    rules.normalized().ok()
}

/// « 2 » « Mo » → 2,000,000 bytes (the decimal megabyte of e-mail clients and portals).
fn size(number: &str, unit: &str) -> Option<u64> {
    let value: f64 = number.replace(',', ".").parse().ok()?;
    let scale = if unit.starts_with('k') { 1e3 } else { 1e6 };
    let bytes = (value * scale).round();
    (bytes >= 1.0).then_some(bytes as u64)
}

/// Lines, cut again at the end of each sentence.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .flat_map(|line| line.split_inclusive(". "))
        .filter(|s| !s.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::MB;

    fn rules(
        layout: SendingLayout,
        each: Option<u64>,
        all: Option<u64>,
        format: PieceFormat,
    ) -> Option<SendingRules> {
        Some(SendingRules {
            layout,
            pieces: PieceLimits {
                per_piece_bytes: each,
                total_bytes: all,
                format,
            },
        })
    }

    #[test]
    fn what_the_corpus_says() {
        use PieceFormat::*;
        use SendingLayout::*;
        for (text, expected) in [
            (
                "Chaque document suscité devra être scanné sous format PDF ou JPEG avec une taille maximale de 2 Mo.",
                rules(PerPiece, Some(2 * MB), None, Pdf),
            ),
            (
                "Les candidatures doivent comporter un CV détaillé et une lettre de motivation dans un fichier unique.",
                rules(OneFile, None, None, Pdf),
            ),
            (
                "Applicants must send a scanned electronic copy of their application documents in one PDF document addressed to the Vice-Chancellor",
                rules(OneFile, None, None, Pdf),
            ),
            (
                "soumettre leurs offres de service par courriel en fichiers séparés via l'adresse procurement@undp.org",
                rules(PerPiece, None, None, Pdf),
            ),
            (
                "Chaque pièce en PDF séparé, 2 Mo maximum. Le tout ne dépassant pas 5 Mo.",
                rules(PerPiece, Some(2 * MB), Some(5 * MB), Pdf),
            ),
            (
                "Le dossier complet, en un seul fichier PDF, ne doit pas dépasser 5 Mo.",
                rules(OneFile, None, Some(5 * MB), Pdf),
            ),
            (
                "Les pièces doivent être scannées au format JPEG (500 Ko maximum par fichier).",
                rules(PerPiece, Some(500_000), None, Jpeg),
            ),
            (
                "Each document must be uploaded as a separate PDF file, no larger than 1,5 MB.",
                rules(PerPiece, Some(1_500_000), None, Pdf),
            ),
        ] {
            assert_eq!(read(text), expected, "{text}");
        }
    }

    #[test]
    fn what_is_not_a_rule_gives_none() {
        for text in [
            // A size that is no limit on the files.
            "Budget du projet : 2 Mo de données collectées par jour.",
            // A limit with no layout and neither « chaque » nor « le tout ».
            "PDF copies maximum 10MB.",
            // A photo in JPEG is no rule for the pieces.
            "Joindre une photo d'identité au format JPEG.",
            // The two ways at once.
            "Envoyer un seul fichier PDF.\nChaque pièce en PDF séparé.",
            "Les candidatures féminines sont vivement encouragées.",
            "",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_limit_too_small_to_hold_a_page_is_no_rule() {
        assert_eq!(read("Chaque pièce en PDF séparé, 5 Ko maximum."), None);
    }
}
