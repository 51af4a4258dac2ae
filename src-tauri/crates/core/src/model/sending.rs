//! How the files of an application must be sent, as the posting states it (« un seul
//! fichier PDF », « chaque pièce en PDF séparé, 2 Mo maximum », « format JPEG », « le tout
//! ne dépassant pas 5 Mo ») or as the candidate sets it: what the export produces.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Invalid, Result};

/// One file for the whole dossier, or one file per piece (portals that take one upload
/// per document, « chaque pièce en PDF séparé »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SendingLayout {
    #[default]
    OneFile,
    PerPiece,
}

/// The format of each piece's file. JPEG for portals that take only pictures: the pages
/// of a piece one under the other, in one picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PieceFormat {
    #[default]
    Pdf,
    Jpeg,
}

impl PieceFormat {
    /// The file name's extension, with its dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => ".pdf",
            Self::Jpeg => ".jpg",
        }
    }
}

/// How the pieces must be sent one by one: a size limit per file, one for all of them
/// together (« le tout ne dépassant pas 5 Mo »), and their format. `None`: no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PieceLimits {
    #[cfg_attr(test, ts(type = "number | null"))]
    pub per_piece_bytes: Option<u64>,
    #[cfg_attr(test, ts(type = "number | null"))]
    pub total_bytes: Option<u64>,
    #[serde(default)]
    pub format: PieceFormat,
}

/// The sending rules of one application. With [`SendingLayout::OneFile`], `total_bytes`
/// is the limit of that one file and the per-piece fields do not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SendingRules {
    pub layout: SendingLayout,
    pub pieces: PieceLimits,
}

/// Where an application's sending rules come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RulesSource {
    /// Read from the posting by the import: the candidate checks them.
    Posting,
    /// Set by the candidate.
    Candidate,
}

impl RulesSource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Posting => "posting",
            Self::Candidate => "candidate",
        }
    }
}

/// An application's sending rules as kept, and where they come from (`None`: nothing
/// stated, the defaults).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct KeptSendingRules {
    pub rules: SendingRules,
    pub source: Option<RulesSource>,
}

/// Nothing sent by e-mail or through a portal is ever larger; a limit above is a typo.
pub const MAX_LIMIT_BYTES: u64 = 1 << 30;
/// Below this not even one legible page fits (100 KB).
pub const MIN_LIMIT_BYTES: u64 = 100_000;

impl SendingRules {
    /// No rule stated: one file, PDF, no limit.
    pub fn is_unstated(&self) -> bool {
        *self == Self::default()
    }

    /// The rules as kept: limits within what can be sent, the per-piece settings of a
    /// one-file dossier dropped (a picture of the whole dossier is no dossier).
    pub fn normalized(mut self) -> Result<Self> {
        for (field, limit) in [
            ("per_piece_bytes", self.pieces.per_piece_bytes),
            ("total_bytes", self.pieces.total_bytes),
        ] {
            if limit.is_some_and(|b| !(MIN_LIMIT_BYTES..=MAX_LIMIT_BYTES).contains(&b)) {
                return Err(Error::invalid(field, Invalid::OutOfRange));
            }
        }
        if self.layout == SendingLayout::OneFile {
            self.pieces.per_piece_bytes = None;
            self.pieces.format = PieceFormat::Pdf;
        }
        Ok(self)
    }
}

impl SendingLayout {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OneFile => "one_file",
            Self::PerPiece => "per_piece",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::OneFile, Self::PerPiece]
            .into_iter()
            .find(|l| l.as_str() == s)
    }
}

impl PieceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Jpeg => "jpeg",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pdf, Self::Jpeg]
            .into_iter()
            .find(|f| f.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_file_dossier_keeps_only_its_total_limit() {
        let rules = SendingRules {
            layout: SendingLayout::OneFile,
            pieces: PieceLimits {
                per_piece_bytes: Some(2_000_000),
                total_bytes: Some(5_000_000),
                format: PieceFormat::Jpeg,
            },
        }
        .normalized()
        .unwrap();
        assert_eq!(rules.pieces.per_piece_bytes, None);
        assert_eq!(rules.pieces.total_bytes, Some(5_000_000));
        assert_eq!(rules.pieces.format, PieceFormat::Pdf);
    }

    #[test]
    fn limits_outside_what_can_be_sent_are_refused() {
        for (per_piece, total) in [(Some(10), None), (None, Some(2 << 30)), (Some(0), None)] {
            let rules = SendingRules {
                layout: SendingLayout::PerPiece,
                pieces: PieceLimits {
                    per_piece_bytes: per_piece,
                    total_bytes: total,
                    format: PieceFormat::Pdf,
                },
            };
            assert!(
                matches!(
                    rules.normalized(),
                    Err(Error::Validation {
                        reason: Invalid::OutOfRange,
                        ..
                    })
                ),
                "{per_piece:?} {total:?}"
            );
        }
    }

    #[test]
    fn names_round_trip() {
        for l in [SendingLayout::OneFile, SendingLayout::PerPiece] {
            assert_eq!(SendingLayout::parse(l.as_str()), Some(l));
        }
        for f in [PieceFormat::Pdf, PieceFormat::Jpeg] {
            assert_eq!(PieceFormat::parse(f.as_str()), Some(f));
        }
        assert_eq!(SendingLayout::parse("both"), None);
    }
}
