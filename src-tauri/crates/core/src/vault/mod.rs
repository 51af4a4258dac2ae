//! The vault: the candidate's files, copied in by content, never half-written, never lost.
//!
//! Layout under `<data dir>/vault/`:
//!
//! ```text
//! ab/ab12…ef.pdf     one file per distinct content, named by its SHA-256
//! thumbs/ab12…ef.png first page (PDF) or picture (JPEG, PNG), at most 256 px
//! tmp/               staging: copies are written here, fsynced, then renamed into place
//! ```
//!
//! A copy reads the source once, hashing while it writes, so a 100 MB scan is never held in
//! memory. Every failure (unreadable or vanished source, full disk, a refused type) drops
//! the staged file, and renaming within one folder tree is atomic, so the vault only ever
//! holds complete files. The database (store/documents.rs) decides which rows point to
//! which file; this module only knows files.

mod copy;
mod file_type;
mod reading;
#[cfg(test)]
mod tests;
mod thumbnail;

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::atomic_write::{sweep_abandoned, PartialFile, TEMP_PREFIX};
use crate::error::{Error, Invalid, Result};
use copy::copy_hashing;
pub use file_type::FileType;
use file_type::{detect_zip, sniff, Sniffed};
pub use reading::{read_document, text_of_document, DocumentReading, DocumentText, ReadFile};
use thumbnail::{image_thumbnail, pdf_facts};

/// Largest file accepted: far above any scan a recruiter accepts by e-mail.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;
/// Largest picture decoded, in pixels: a guard against decompression bombs.
pub const MAX_IMAGE_PIXELS: u64 = 100_000_000;
/// Most memory one picture may take while decoded, wherever it is decoded (thumbnail,
/// dossier, OCR): a 100-megapixel photo in RGB is 300 MB.
pub const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;
/// Longest side of a thumbnail, in pixels.
pub const THUMBNAIL_SIZE: u32 = 256;
/// Staged files older than this are leftovers of a crash (a copy never takes a day).
const STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
/// Staged copies of versions before the one write helper (atomic_write) took over.
const OLD_STAGE_PREFIX: &str = ".stage-";

/// Where the vault lives. Creating the value touches nothing on disk.
#[derive(Debug, Clone)]
pub struct Vault {
    root: PathBuf,
}

/// A complete, fsynced copy waiting in `tmp/` to be committed (or dropped, which deletes
/// it). Everything the database needs to know about the content is here.
#[derive(Debug)]
pub struct Staged {
    temp: PartialFile,
    pub sha256: String,
    pub size: u64,
    pub file_type: FileType,
    pub page_count: Option<i64>,
    thumbnail: Option<Vec<u8>>,
}

impl Staged {
    /// The path the content will have inside the vault: `ab/<sha256>.<ext>`.
    pub fn stored_file(&self) -> String {
        stored_name(&self.sha256, self.file_type)
    }

    pub fn has_thumbnail(&self) -> bool {
        self.thumbnail.is_some()
    }
}

/// What committing a staged copy did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Committed {
    /// The content file did not exist and was written (false: it was already there).
    pub created_file: bool,
    pub has_thumbnail: bool,
}

fn stored_name(sha256: &str, file_type: FileType) -> String {
    format!("{}/{sha256}.{}", &sha256[..2], file_type.extension())
}

impl Vault {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    fn thumbs_dir(&self) -> PathBuf {
        self.root.join("thumbs")
    }

    /// The absolute path of a stored file. The name comes from the database, so it is
    /// checked to be exactly `xx/<64 hex>.<known ext>` before it is joined to the root:
    /// a tampered row can never make us read or delete outside the vault.
    pub fn file_path(&self, stored_file: &str) -> Result<PathBuf> {
        let corrupt = || Error::Corrupt(format!("stored file name {stored_file:?}"));
        let (dir, name) = stored_file.split_once('/').ok_or_else(corrupt)?;
        let (sha, ext) = name.split_once('.').ok_or_else(corrupt)?;
        let known_ext = FileType::ALL.iter().any(|t| t.extension() == ext);
        if !is_sha256_hex(sha) || dir != &sha[..2] || !known_ext {
            return Err(corrupt());
        }
        Ok(self.root.join(dir).join(name))
    }

    pub fn thumbnail_path(&self, sha256: &str) -> Result<PathBuf> {
        if !is_sha256_hex(sha256) {
            return Err(Error::Corrupt(format!("content hash {sha256:?}")));
        }
        Ok(self.thumbs_dir().join(format!("{sha256}.png")))
    }

    /// Every content file in the vault, as `xx/<sha256>.<ext>` (the documents table's
    /// `stored_file`). Anything else in the folder (staging, thumbnails, a stray file the
    /// user put there) is not content and is left out.
    pub fn stored_files(&self) -> Result<Vec<String>> {
        let mut files = Vec::new();
        for dir in read_dir_names(&self.root)? {
            if dir.len() != 2 || !dir.bytes().all(|b| b.is_ascii_hexdigit()) {
                continue;
            }
            for name in read_dir_names(&self.root.join(&dir))? {
                let stored = format!("{dir}/{name}");
                if self.file_path(&stored).is_ok() {
                    files.push(stored);
                }
            }
        }
        files.sort();
        Ok(files)
    }

    /// The content hashes that have a thumbnail.
    pub fn thumbnail_hashes(&self) -> Result<Vec<String>> {
        let mut hashes: Vec<String> = read_dir_names(&self.thumbs_dir())?
            .into_iter()
            .filter_map(|n| n.strip_suffix(".png").map(str::to_owned))
            .filter(|sha| is_sha256_hex(sha))
            .collect();
        hashes.sort();
        Ok(hashes)
    }

    /// Creates the vault's folders, private to the user.
    pub fn ensure_dirs(&self) -> Result<()> {
        for dir in [self.root.clone(), self.tmp_dir(), self.thumbs_dir()] {
            crate::data_dir::create_private(&dir)?;
        }
        Ok(())
    }

    /// Removes staged copies left by a crash. Recent ones may belong to a copy under way
    /// in another process, so only those older than a day go.
    pub fn sweep_stale_staging(&self) -> usize {
        let dir = self.tmp_dir();
        [TEMP_PREFIX, OLD_STAGE_PREFIX]
            .iter()
            .map(|prefix| sweep_abandoned(&dir, prefix, "", STALE_AFTER))
            .sum()
    }

    /// Copies the file at `source` into the staging folder and checks it: size (not 0,
    /// at most 100 MB), type by content, pictures at most 100 megapixels. Problems with the
    /// source are validation errors on field `file`; problems writing are I/O errors.
    pub fn stage_file(&self, source: &Path) -> Result<Staged> {
        let file = File::open(source).map_err(source_error)?;
        let meta = file.metadata().map_err(source_error)?;
        if !meta.is_file() {
            return Err(Error::invalid("file", Invalid::FileType));
        }
        check_size(meta.len())?;
        self.stage_reader(file, Some(meta.len()))
    }

    /// Stages from any reader; `expected_len`, when known, must match what was read.
    pub fn stage_reader<R: Read>(&self, reader: R, expected_len: Option<u64>) -> Result<Staged> {
        self.stage_via(reader, expected_len, |file| file)
    }

    /// The copy, with the writer wrapped by `wrap` (tests wrap it in one that fails, as a
    /// full disk would).
    fn stage_via<R: Read, W: Write>(
        &self,
        reader: R,
        expected_len: Option<u64>,
        wrap: impl FnOnce(File) -> W,
    ) -> Result<Staged> {
        self.ensure_dirs()?;
        let tmp_dir = self.tmp_dir();
        let temp = PartialFile::in_folder(&tmp_dir, "")?;
        // `temp` owns the file on disk: any `?` below drops it, and the partial copy with
        // it. The copy writes through a second handle to the same open file.
        let handle = temp
            .as_file()
            .try_clone()
            .map_err(|e| Error::io(temp.path(), e))?;
        let copied = copy_hashing(reader, wrap(handle), MAX_FILE_BYTES)
            .map_err(|e| e.into_error(temp.path()))?;
        if copied.size == 0 {
            return Err(Error::invalid("file", Invalid::FileEmpty));
        }
        if expected_len.is_some_and(|n| n != copied.size) {
            return Err(Error::invalid("file", Invalid::FileChanged));
        }
        let file_type = match sniff(&copied.head) {
            Some(Sniffed::Known(t)) => t,
            Some(Sniffed::Zip) => detect_zip(temp.as_file())
                .map_err(|e| Error::io(temp.path(), e))?
                .ok_or(Error::invalid("file", Invalid::FileType))?,
            None => return Err(Error::invalid("file", Invalid::FileType)),
        };
        // Flushed to the disk by the commit, and only if this content is new to the vault.
        let (page_count, thumbnail) = match file_type {
            FileType::Pdf => pdf_facts(temp.path(), copied.size),
            FileType::Jpeg | FileType::Png => (Some(1), image_thumbnail(temp.path(), file_type)?),
            FileType::Docx | FileType::Odt => (None, None),
        };
        Ok(Staged {
            temp,
            sha256: copied.sha256,
            size: copied.size,
            file_type,
            page_count,
            thumbnail,
        })
    }

    /// Moves a staged copy to its place. If the same content is already stored (same hash,
    /// same size) the copy is dropped; if the stored file went missing, it is put back.
    pub fn commit(&self, staged: Staged) -> Result<Committed> {
        let dest = self.file_path(&staged.stored_file())?;
        let dir = dest
            .parent()
            .ok_or_else(|| Error::Corrupt(format!("vault path {}", dest.display())))?;
        crate::data_dir::create_private(dir)?;
        let present = std::fs::metadata(&dest).is_ok_and(|m| m.len() == staged.size);
        let created_file = if present {
            false
        } else {
            staged.temp.commit(&dest)?;
            sync_dir(dir);
            true
        };
        let thumb = self.thumbnail_path(&staged.sha256)?;
        let mut has_thumbnail = thumb.exists();
        if let (false, Some(png)) = (has_thumbnail, &staged.thumbnail) {
            // A thumbnail is a convenience: failing to write one never fails the import.
            has_thumbnail = self.write_thumbnail(&thumb, png).is_ok();
        }
        Ok(Committed {
            created_file,
            has_thumbnail,
        })
    }

    fn write_thumbnail(&self, dest: &Path, png: &[u8]) -> Result<()> {
        let mut temp = PartialFile::in_folder(&self.tmp_dir(), "")?;
        temp.as_file_mut()
            .write_all(png)
            .map_err(|e| Error::io(dest, e))?;
        temp.commit(dest)
    }

    /// Deletes a stored content and its thumbnail. Already gone is fine.
    pub fn remove_content(&self, stored_file: &str, sha256: &str) -> Result<()> {
        for path in [self.file_path(stored_file)?, self.thumbnail_path(sha256)?] {
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(&path, e)),
            }
        }
        Ok(())
    }
}

fn check_size(len: u64) -> Result<()> {
    if len == 0 {
        return Err(Error::invalid("file", Invalid::FileEmpty));
    }
    if len > MAX_FILE_BYTES {
        return Err(Error::invalid("file", Invalid::FileTooLarge));
    }
    Ok(())
}

/// A problem with the file the user chose (as opposed to with the vault).
pub(crate) fn source_error(e: io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::NotFound => Error::invalid("file", Invalid::FileMissing),
        _ => Error::invalid("file", Invalid::FileUnreadable),
    }
}

/// The names in a folder; a folder that does not exist is empty.
fn read_dir_names(dir: &Path) -> Result<Vec<String>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        if let Some(name) = entry.file_name().to_str() {
            names.push(name.to_owned());
        }
    }
    Ok(names)
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Makes a rename durable on Unix. Best effort: some file systems refuse to sync a folder,
/// and the file itself was synced before the rename.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
