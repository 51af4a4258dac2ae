//! The list as CSV: UTF-8 with a byte order mark (so that Excel reads the accents as
//! UTF-8), `;` or `,` between fields, RFC 4180 quoting by the `csv` crate, CRLF line ends.

use csv::{QuoteStyle, Terminator, WriterBuilder};

use super::cells::{headings, Cell, ListRow};
use super::Separator;
use crate::error::{Error, Result};
use crate::format;
use crate::model::Language;

const BOM: &[u8] = "\u{feff}".as_bytes();

pub(super) fn to_bytes(
    rows: &[ListRow],
    separator: Separator,
    language: Language,
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(BOM.len() + rows.len() * 256);
    out.extend_from_slice(BOM);
    let mut writer = WriterBuilder::new()
        .delimiter(separator.byte())
        .terminator(Terminator::CRLF)
        .quote_style(QuoteStyle::Necessary)
        .from_writer(out);
    let failed = |e: csv::Error| Error::Corrupt(format!("CSV: {e}"));
    writer.write_record(headings(language)).map_err(failed)?;
    for row in rows {
        writer
            .write_record(row.cells.iter().map(|c| text(c, language)))
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|e| Error::Corrupt(format!("CSV: {}", e.error())))
}

/// A cell as the spreadsheet should read it: days in digits in the language's order, so
/// that it recognises a date.
fn text(cell: &Cell, language: Language) -> String {
    match cell {
        Cell::Text(s) | Cell::Link(s) => defused(s),
        Cell::Day(d) => format::day_numeric(*d, language),
        Cell::Moment(t) => format!(
            "{} {}",
            format::day_numeric(t.date(), language),
            t.format("%H:%M")
        ),
        Cell::Count(n) => n.to_string(),
        Cell::Empty => String::new(),
    }
}

/// A text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, or one
/// hidden behind a tab or a carriage return) gets a leading `'`, which Excel and
/// LibreOffice read as "this is text": a title copied from a hostile posting never runs.
fn defused(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(title: &str) -> ListRow {
        let mut cells: [Cell; super::super::cells::COLUMNS] = std::array::from_fn(|_| Cell::Empty);
        cells[0] = Cell::Text(title.to_owned());
        cells[1] = Cell::Text("Médecins du Monde; Mali".to_owned());
        cells[7] = Cell::Moment(
            chrono::NaiveDate::from_ymd_opt(2025, 3, 14)
                .unwrap()
                .and_hms_opt(17, 0, 0)
                .unwrap(),
        );
        ListRow { cells }
    }

    #[test]
    fn formulas_are_defused_and_only_they() {
        for bad in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(defused(bad), format!("'{bad}"));
        }
        assert_eq!(defused("Évaluateur = expert"), "Évaluateur = expert");
        assert_eq!(defused(""), "");
    }

    #[test]
    fn bom_separator_quoting_and_dates() {
        let bytes = to_bytes(
            &[row("=HYPERLINK(\"http://evil\";\"clic\")")],
            Separator::Semicolon,
            Language::Fr,
        )
        .unwrap();
        assert!(bytes.starts_with(BOM));
        let text = String::from_utf8(bytes[BOM.len()..].to_vec()).unwrap();
        let mut lines = text.split("\r\n");
        assert!(lines
            .next()
            .unwrap()
            .starts_with("Poste;Organisation;Référence;"));
        let line = lines.next().unwrap();
        assert!(
            line.starts_with(
                "\"'=HYPERLINK(\"\"http://evil\"\";\"\"clic\"\")\";\"Médecins du Monde; Mali\";"
            ),
            "{line}"
        );
        assert!(line.contains(";14/03/2025 17:00;"), "{line}");
        let en = to_bytes(&[row("A")], Separator::Comma, Language::En).unwrap();
        let en = String::from_utf8(en).unwrap();
        assert!(en.contains("\r\nA,Médecins du Monde; Mali,"), "{en}");
        assert!(en.contains(",2025-03-14 17:00,"), "{en}");
    }
}
