//! File decoding. Owns turning the bytes of an imported posting into text: plain text in
//! UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252; PDF (text extracted in
//! Rust with lopdf); Word `.docx` and OpenDocument `.odt` (paragraphs as lines, table cells
//! separated by tabs). Corrupt, encrypted, empty or oversized files are typed errors, never
//! panics.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use serde::Serialize;
use thiserror::Error;

/// Largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Largest XML part read from a .docx/.odt archive (guards against zip bombs).
const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be read as a posting. Serialized with a `code` the UI can match.
#[derive(Debug, Error, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum InputError {
    /// The file type is not one Postulo reads.
    #[error("unsupported file type: {extension}")]
    Unsupported {
        /// The extension or detected format.
        extension: String,
    },
    /// The file is damaged or is not what its name says.
    #[error("the {format} file is damaged: {detail}")]
    Corrupt {
        /// "pdf", "docx", "odt" or "txt".
        format: &'static str,
        /// What went wrong.
        detail: String,
    },
    /// The PDF is protected by a password.
    #[error("the PDF is encrypted")]
    EncryptedPdf,
    /// The file holds no text (an empty file, or a scanned PDF without a text layer).
    #[error("the file contains no text")]
    NoText,
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("the file is too large ({size} bytes, limit {limit})")]
    TooLarge {
        /// Size of the file.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Pdf,
    Docx,
    Odt,
}

/// Decodes an imported file into text. `file_name` gives the extension; the content's own
/// signature wins when it disagrees (a PDF saved as `.txt` is read as a PDF).
pub fn text_from_bytes(bytes: &[u8], file_name: &str) -> Result<String, InputError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let format = if bytes.starts_with(b"%PDF-") {
        Format::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        match ext.as_str() {
            "odt" => Format::Odt,
            _ => Format::Docx,
        }
    } else {
        match ext.as_str() {
            "txt" | "text" | "md" | "" | "eml" | "csv" | "htm" | "html" => Format::Text,
            "pdf" => {
                return Err(InputError::Corrupt {
                    format: "pdf",
                    detail: "no PDF header".into(),
                })
            }
            "docx" | "odt" => {
                let detail = if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
                    "password-protected or saved in the old .doc format"
                } else {
                    "not a zip archive"
                };
                return Err(InputError::Corrupt {
                    format: if ext == "odt" { "odt" } else { "docx" },
                    detail: detail.into(),
                });
            }
            other => {
                return Err(InputError::Unsupported {
                    extension: other.to_string(),
                })
            }
        }
    };
    let text = match format {
        Format::Text => decode_text(bytes)?,
        Format::Pdf => pdf_text(bytes)?,
        Format::Docx => zip_xml_text(bytes, "word/document.xml", "docx", &DOCX)?,
        Format::Odt => zip_xml_text(bytes, "content.xml", "odt", &ODT)?,
    };
    if text.trim().is_empty() {
        return Err(InputError::NoText);
    }
    Ok(text)
}

/// UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252 (of which printable Latin-1 is a
/// subset).
fn decode_text(bytes: &[u8]) -> Result<String, InputError> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes.get(bom..).unwrap_or(&[]));
        if had_errors && enc != encoding_rs::UTF_8 {
            return Err(InputError::Corrupt {
                format: "txt",
                detail: "invalid UTF-16".into(),
            });
        }
        return Ok(text.into_owned());
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    };
    // Binary data read as text: too many control characters to be a posting.
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 20 > text.chars().count().max(1) {
        return Err(InputError::Corrupt {
            format: "txt",
            detail: "binary content".into(),
        });
    }
    Ok(text)
}

fn pdf_text(bytes: &[u8]) -> Result<String, InputError> {
    // lopdf is a full parser of untrusted input: a panic inside it must not take the app down.
    let result = std::panic::catch_unwind(|| -> Result<String, InputError> {
        let doc = lopdf::Document::load_mem(bytes).map_err(|e| {
            let detail = e.to_string();
            if detail.to_ascii_lowercase().contains("decrypt")
                || detail.to_ascii_lowercase().contains("password")
            {
                InputError::EncryptedPdf
            } else {
                InputError::Corrupt {
                    format: "pdf",
                    detail,
                }
            }
        })?;
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        if doc.is_encrypted() && (pages.is_empty() || doc.encryption_state.is_none()) {
            return Err(InputError::EncryptedPdf);
        }
        let mut text = String::new();
        for page in pages {
            // A page that cannot be read is skipped; the others still give text.
            if let Ok(t) = doc.extract_text(&[page]) {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(&t);
            }
        }
        if text.trim().is_empty() && doc.is_encrypted() {
            return Err(InputError::EncryptedPdf);
        }
        Ok(text)
    });
    match result {
        Ok(r) => r,
        Err(_) => Err(InputError::Corrupt {
            format: "pdf",
            detail: "unreadable structure".into(),
        }),
    }
}

/// Element names of a word-processing format that shape the text.
struct XmlShape {
    paragraph: &'static [&'static str],
    tab: &'static str,
    line_break: &'static [&'static str],
    text: &'static [&'static str],
    cell: &'static str,
    row: &'static str,
    spaces: Option<&'static str>,
    skip: &'static [&'static str],
}

static DOCX: XmlShape = XmlShape {
    paragraph: &["w:p"],
    tab: "w:tab",
    line_break: &["w:br", "w:cr"],
    text: &["w:t"],
    cell: "w:tc",
    row: "w:tr",
    spaces: None,
    skip: &["w:instrText", "w:delText"],
};

static ODT: XmlShape = XmlShape {
    paragraph: &["text:p", "text:h"],
    tab: "text:tab",
    line_break: &["text:line-break"],
    text: &[],
    cell: "table:table-cell",
    row: "table:table-row",
    spaces: Some("text:s"),
    skip: &["office:annotation", "text:note-citation"],
};

fn zip_xml_text(
    bytes: &[u8],
    part: &str,
    format: &'static str,
    shape: &XmlShape,
) -> Result<String, InputError> {
    let corrupt = |detail: String| InputError::Corrupt { format, detail };
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(e.to_string()))?;
    let mut file = archive
        .by_name(part)
        .map_err(|e| corrupt(format!("{part}: {e}")))?;
    if file.encrypted() {
        return Err(corrupt("encrypted archive".into()));
    }
    let mut xml = String::new();
    file.by_ref()
        .take(MAX_XML_BYTES)
        .read_to_string(&mut xml)
        .map_err(|e| corrupt(format!("{part}: {e}")))?;
    xml_text(&xml, shape).map_err(corrupt)
}

fn xml_text(xml: &str, shape: &XmlShape) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::with_capacity(xml.len() / 4);
    // In .docx only <w:t> holds text; in .odt every text node inside a paragraph does.
    let mut in_text = 0usize;
    let mut in_para = 0usize;
    let mut in_cell = 0usize;
    let mut skipping = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) => {
                let name = e.name();
                let name = name.as_ref();
                if shape.skip.contains(&name) {
                    skipping += 1;
                } else if shape.text.contains(&name) {
                    in_text += 1;
                } else if shape.paragraph.contains(&name) {
                    in_para += 1;
                } else if name == shape.cell {
                    in_cell += 1;
                }
            }
            Event::Empty(e) => {
                let name = e.name();
                let name = name.as_ref();
                if skipping > 0 {
                    continue;
                }
                if name == shape.tab {
                    out.push('\t');
                } else if shape.line_break.contains(&name) {
                    out.push('\n');
                } else if Some(name) == shape.spaces {
                    let n = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "text:c")
                        .and_then(|a| a.value.parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(100);
                    out.extend(std::iter::repeat_n(' ', n));
                } else if shape.paragraph.contains(&name) {
                    end_paragraph(&mut out, in_cell);
                } else if name == shape.cell {
                    out.push('\t');
                }
            }
            Event::End(e) => {
                let name = e.name();
                let name = name.as_ref();
                if shape.skip.contains(&name) {
                    skipping = skipping.saturating_sub(1);
                } else if shape.text.contains(&name) {
                    in_text = in_text.saturating_sub(1);
                } else if shape.paragraph.contains(&name) {
                    in_para = in_para.saturating_sub(1);
                    if skipping == 0 {
                        end_paragraph(&mut out, in_cell);
                    }
                } else if name == shape.cell {
                    in_cell = in_cell.saturating_sub(1);
                    while out.ends_with(' ') {
                        out.pop();
                    }
                    out.push('\t');
                } else if name == shape.row {
                    while out.ends_with('\t') {
                        out.pop();
                    }
                    out.push('\n');
                }
            }
            Event::Text(t) => {
                let takes = if shape.text.is_empty() {
                    in_para > 0
                } else {
                    in_text > 0
                };
                if takes && skipping == 0 {
                    out.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                let takes = if shape.text.is_empty() {
                    in_para > 0
                } else {
                    in_text > 0
                };
                if takes && skipping == 0 {
                    out.push_str(&t.into_inner());
                }
            }
            Event::GeneralRef(r) => {
                let takes = if shape.text.is_empty() {
                    in_para > 0
                } else {
                    in_text > 0
                };
                if takes && skipping == 0 {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => out.push(c),
                        _ => out.push_str(match &*r {
                            "amp" => "&",
                            "lt" => "<",
                            "gt" => ">",
                            "quot" => "\"",
                            "apos" => "'",
                            _ => "",
                        }),
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Paragraphs are lines; inside a table cell they are joined by spaces so the row stays one
/// line of tab-separated cells.
fn end_paragraph(out: &mut String, in_cell: usize) {
    if in_cell > 0 {
        if !out.ends_with([' ', '\t', '\n']) && !out.is_empty() {
            out.push(' ');
        }
    } else {
        out.push('\n');
    }
}
