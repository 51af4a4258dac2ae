//! The file types the vault accepts, recognised by their content, never by their name.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

/// The file types the vault accepts, recognised by their content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Pdf,
    Jpeg,
    Png,
    /// Kept as files (the dossier asks to convert them to PDF first).
    Docx,
    Odt,
}

impl FileType {
    pub const ALL: [FileType; 5] = [Self::Pdf, Self::Jpeg, Self::Png, Self::Docx, Self::Odt];

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::Docx => "docx",
            Self::Odt => "odt",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Odt => "application/vnd.oasis.opendocument.text",
        }
    }

    pub fn from_mime(mime: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.mime() == mime)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Sniffed {
    Known(FileType),
    /// A ZIP container: DOCX, ODT, or something we refuse.
    Zip,
}

/// The type by magic bytes; the extension is never trusted.
pub(super) fn sniff(head: &[u8]) -> Option<Sniffed> {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(Sniffed::Known(FileType::Jpeg));
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Sniffed::Known(FileType::Png));
    }
    if head.starts_with(b"PK\x03\x04") {
        return Some(Sniffed::Zip);
    }
    // Readers accept the header anywhere in the first 1024 bytes (some scanners put
    // junk first), and so do we.
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some(Sniffed::Known(FileType::Pdf));
    }
    None
}

const ODT_MIME: &[u8] = b"application/vnd.oasis.opendocument.text";

/// Tells a DOCX or an ODT from any other ZIP, with the zip crate (the one the backups
/// use): an ODT holds an entry `mimetype` with its media type (the format requires it);
/// a DOCX has `word/document.xml` and `[Content_Types].xml`. A damaged ZIP is no
/// document we accept; only a failure to read our own staged copy is an I/O error.
pub(super) fn detect_zip(file: &File) -> io::Result<Option<FileType>> {
    let mut f = file;
    f.seek(SeekFrom::Start(0))?;
    let mut archive = match zip::ZipArchive::new(f) {
        Ok(archive) => archive,
        Err(zip::result::ZipError::Io(e)) => return Err(e),
        Err(_) => return Ok(None),
    };
    if let Ok(entry) = archive.by_name("mimetype") {
        let mut mime = Vec::with_capacity(ODT_MIME.len());
        // At most the length of the one type we look for: the entry may be a bomb.
        if entry
            .take(ODT_MIME.len() as u64)
            .read_to_end(&mut mime)
            .is_ok()
            && mime == ODT_MIME
        {
            return Ok(Some(FileType::Odt));
        }
    }
    let has = |name: &str| archive.index_for_name(name).is_some();
    Ok((has("word/document.xml") && has("[Content_Types].xml")).then_some(FileType::Docx))
}
