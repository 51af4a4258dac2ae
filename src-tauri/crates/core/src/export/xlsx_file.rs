//! The list as an .xlsx workbook: a bold, frozen header with a filter, real dates (sortable
//! and filterable as dates), counts as numbers, links that open, widths that fit.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Url, Workbook, Worksheet, XlsxError};

use super::cells::{headings, Cell, ListRow, COLUMNS};
use crate::error::{Error, Result};
use crate::format;
use crate::labels;
use crate::model::Language;

/// Excel's limits: a link's length, and how many links a sheet may hold. Past them the
/// address is written as plain text.
const MAX_URL_CHARS: usize = 2_079;
const MAX_LINKS: usize = 65_530;
/// Column widths, in characters.
const MIN_WIDTH: usize = 10;
const MAX_WIDTH: usize = 60;

pub(super) fn to_bytes(rows: &[ListRow], language: Language) -> Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    fill(sheet, rows, language).map_err(failed)?;
    workbook.save_to_buffer().map_err(failed)
}

fn failed(e: XlsxError) -> Error {
    Error::Corrupt(format!("xlsx: {e}"))
}

/// `%d/%m/%Y` → `dd/mm/yyyy`: the .xlsx shows days in the order the CSV writes them.
fn excel_pattern(language: Language) -> String {
    format::day_numeric_pattern(language)
        .replace("%d", "dd")
        .replace("%m", "mm")
        .replace("%Y", "yyyy")
}

fn fill(sheet: &mut Worksheet, rows: &[ListRow], language: Language) -> Result<(), XlsxError> {
    sheet.set_name(labels::export_words(language).sheet.as_str())?;
    let header = Format::new().set_bold();
    let day = Format::new().set_num_format(excel_pattern(language));
    let moment = Format::new().set_num_format(format!("{} hh:mm", excel_pattern(language)));
    let mut widths = [MIN_WIDTH; COLUMNS];
    for (col, heading) in headings(language).iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *heading, &header)?;
        widths[col] = widths[col].max(heading.chars().count() + 2);
    }
    let mut links = 0;
    for (i, row) in rows.iter().enumerate() {
        let r = (i + 1) as u32;
        for (col, cell) in row.cells.iter().enumerate() {
            let c = col as u16;
            let shown = match cell {
                // Never a formula: write_string stores « =HYPERLINK(…) » as the text it is.
                Cell::Text(s) => {
                    sheet.write_string(r, c, s)?;
                    s.chars().count()
                }
                Cell::Link(url) => {
                    let linkable = links < MAX_LINKS
                        && url.chars().count() <= MAX_URL_CHARS
                        && (url.starts_with("https://") || url.starts_with("http://"));
                    if linkable && sheet.write_url(r, c, Url::new(url.as_str())).is_ok() {
                        links += 1;
                    } else {
                        sheet.write_string(r, c, url)?;
                    }
                    url.chars().count()
                }
                Cell::Day(d) => {
                    sheet.write_datetime_with_format(r, c, excel_day(*d)?, &day)?;
                    12
                }
                Cell::Moment(t) => {
                    sheet.write_datetime_with_format(r, c, excel_moment(*t)?, &moment)?;
                    17
                }
                Cell::Count(n) => {
                    sheet.write_number(r, c, f64::from(*n))?;
                    0
                }
                Cell::Empty => 0,
            };
            widths[col] = widths[col].max(shown + 1);
        }
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, (*width).min(MAX_WIDTH) as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, (COLUMNS - 1) as u16)?;
    Ok(())
}

fn excel_day(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    // Years outside 1900–9999 do not exist for Excel: refused by from_ymd, and the model
    // never stores them.
    ExcelDateTime::from_ymd(
        u16::try_from(d.year()).unwrap_or(0),
        d.month() as u8,
        d.day() as u8,
    )
}

fn excel_moment(t: NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_day(t.date())?.and_hms(t.hour() as u16, t.minute() as u8, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_a_zip_with_the_sheet_and_a_formula_stays_text() {
        let mut cells: [Cell; COLUMNS] = std::array::from_fn(|_| Cell::Empty);
        cells[0] = Cell::Text("=HYPERLINK(\"http://evil\",\"clic\")".into());
        cells[5] = Cell::Day(NaiveDate::from_ymd_opt(2025, 3, 14).unwrap());
        cells[12] = Cell::Link("https://emploi.example/a?b=1".into());
        let bytes = to_bytes(&[ListRow { cells }], Language::Fr).unwrap();
        assert!(bytes.starts_with(b"PK"));
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut sheet = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
            &mut sheet,
        )
        .unwrap();
        assert!(!sheet.contains("<f>"), "no formula: {sheet}");
        assert!(sheet.contains("<pane "), "frozen header");
        assert!(sheet.contains("<autoFilter ref=\"A1:M2\""), "{sheet}");
        assert_eq!(excel_pattern(Language::Fr), "dd/mm/yyyy");
        assert_eq!(excel_pattern(Language::En), "yyyy-mm-dd");
    }
}
