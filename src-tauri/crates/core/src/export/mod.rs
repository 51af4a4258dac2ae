//! What the candidate takes out of Postulo besides a dossier: the list of applications for
//! a spreadsheet (CSV or .xlsx), and the « Journal de recherche d'emploi », a PDF of every
//! application with activity in a period (what employment agencies ask for).
//!
//! The rows are the list's own ([`crate::Store::search_applications`]), so "the filtered
//! list" is exactly what the window shows; when an application was sent and first answered
//! comes from the database's `application_milestones` view, never worked out here. Every
//! file is written under a temporary name and renamed at the end
//! ([`crate::atomic_write::PartialFile`]): a failed export leaves no half file.
//!
//! The front end calls [`crate::Store::export_list`] and [`crate::Store::export_journal`].

mod cells;
mod csv_file;
pub mod journal;
mod xlsx_file;

use std::path::Path;

use serde::{Deserialize, Serialize};

pub(crate) use cells::{ListExtras, ListRow};
pub use journal::{JournalEntry, JournalEvent, JournalEventKind, JournalSummary};

/// The file formats of the exported list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ListFormat {
    Csv,
    Xlsx,
}

impl ListFormat {
    /// The format a file name asks for (`.csv`, `.xlsx`, any case); `None` for another.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }
}

/// The CSV's field separator. `;` by default: French Excel splits on it (a comma is the
/// French decimal mark), and it then reads the UTF-8 accents right thanks to the BOM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Separator {
    #[default]
    Semicolon,
    Comma,
}

impl Separator {
    pub fn byte(self) -> u8 {
        match self {
            Self::Semicolon => b';',
            Self::Comma => b',',
        }
    }

    /// `;` or `,`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            ";" => Some(Self::Semicolon),
            "," => Some(Self::Comma),
            _ => None,
        }
    }
}

/// What an exported list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ListSummary {
    pub format: ListFormat,
    /// Applications written (header row not counted).
    #[cfg_attr(test, ts(type = "number"))]
    pub rows: usize,
    #[cfg_attr(test, ts(type = "number"))]
    pub bytes: u64,
}

/// Writes `rows` to `dest` in `format`. On any error the destination is as it was.
pub(crate) fn write_list(
    rows: &[ListRow],
    format: ListFormat,
    separator: Separator,
    language: crate::model::Language,
    dest: &Path,
) -> crate::Result<ListSummary> {
    let bytes = match format {
        ListFormat::Csv => csv_file::to_bytes(rows, separator, language)?,
        ListFormat::Xlsx => xlsx_file::to_bytes(rows, language)?,
    };
    crate::atomic_write::write_bytes(dest, &bytes)?;
    Ok(ListSummary {
        format,
        rows: rows.len(),
        bytes: bytes.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_extension() {
        assert_eq!(
            ListFormat::from_path(Path::new("a/liste.CSV")),
            Some(ListFormat::Csv)
        );
        assert_eq!(
            ListFormat::from_path(Path::new("liste.xlsx")),
            Some(ListFormat::Xlsx)
        );
        assert_eq!(ListFormat::from_path(Path::new("liste.ods")), None);
        assert_eq!(ListFormat::from_path(Path::new("liste")), None);
        assert_eq!(Separator::parse(","), Some(Separator::Comma));
        assert_eq!(Separator::parse("|"), None);
    }
}
