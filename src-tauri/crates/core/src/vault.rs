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

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};
use tempfile::NamedTempFile;

use crate::error::{Error, Invalid, Result};

/// Largest file accepted: far above any scan a recruiter accepts by e-mail.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;
/// Largest picture decoded, in pixels: a guard against decompression bombs.
pub const MAX_IMAGE_PIXELS: u64 = 100_000_000;
/// Longest side of a thumbnail, in pixels.
pub const THUMBNAIL_SIZE: u32 = 256;
/// The PDF renderer needs the whole file in memory: bigger PDFs get no thumbnail.
const PDF_THUMBNAIL_MAX_BYTES: u64 = 32 * 1024 * 1024;
/// Memory a decoder may allocate: a 100 MP picture in RGBA with some room.
const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;
/// Bytes kept from the start of a file to recognise its type.
const HEAD_LEN: usize = 1024;
const CHUNK: usize = 64 * 1024;
/// Staged files older than this are leftovers of a crash (a copy never takes a day).
const STALE_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
const STAGE_PREFIX: &str = ".stage-";

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

/// Where the vault lives. Creating the value touches nothing on disk.
#[derive(Debug, Clone)]
pub struct Vault {
    root: PathBuf,
}

/// A complete, fsynced copy waiting in `tmp/` to be committed (or dropped, which deletes
/// it). Everything the database needs to know about the content is here.
#[derive(Debug)]
pub struct Staged {
    temp: NamedTempFile,
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
    pub fn sweep_stale_staging(&self) -> Result<usize> {
        let dir = self.tmp_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(Error::io(&dir, e)),
        };
        let now = SystemTime::now();
        let mut removed = 0;
        for entry in entries.flatten() {
            let is_stage = entry
                .file_name()
                .to_string_lossy()
                .starts_with(STAGE_PREFIX);
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| now.duration_since(t).ok())
                .is_some_and(|age| age > STALE_AFTER);
            if is_stage && old && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
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
        let temp = tempfile::Builder::new()
            .prefix(STAGE_PREFIX)
            .tempfile_in(&tmp_dir)
            .map_err(|e| Error::io(&tmp_dir, e))?;
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
        temp.as_file()
            .sync_all()
            .map_err(|e| Error::io(temp.path(), e))?;
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
            staged
                .temp
                .persist(&dest)
                .map_err(|e| Error::io(&dest, e.error))?;
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

    fn write_thumbnail(&self, dest: &Path, png: &[u8]) -> io::Result<()> {
        let mut temp = tempfile::Builder::new()
            .prefix(STAGE_PREFIX)
            .tempfile_in(self.tmp_dir())?;
        temp.write_all(png)?;
        temp.as_file().sync_all()?;
        temp.persist(dest).map_err(|e| e.error)?;
        Ok(())
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
fn source_error(e: io::Error) -> Error {
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

#[derive(Debug)]
struct Copied {
    sha256: String,
    size: u64,
    head: Vec<u8>,
}

#[derive(Debug)]
enum CopyError {
    Read(io::Error),
    Write(io::Error),
    TooLarge,
}

impl CopyError {
    fn into_error(self, staging: &Path) -> Error {
        match self {
            Self::Read(e) => source_error(e),
            Self::Write(e) => Error::io(staging, e),
            Self::TooLarge => Error::invalid("file", Invalid::FileTooLarge),
        }
    }
}

/// Streams `reader` into `writer` in 64 KiB chunks, hashing as it goes and keeping the
/// first bytes for type detection. Stops past `limit` bytes: the source may grow.
fn copy_hashing<R: Read, W: Write>(
    mut reader: R,
    mut writer: W,
    limit: u64,
) -> std::result::Result<Copied, CopyError> {
    let mut buf = vec![0u8; CHUNK];
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut head = Vec::with_capacity(HEAD_LEN);
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(CopyError::Read(e)),
        };
        size += n as u64;
        if size > limit {
            return Err(CopyError::TooLarge);
        }
        let chunk = &buf[..n];
        if head.len() < HEAD_LEN {
            let take = n.min(HEAD_LEN - head.len());
            head.extend_from_slice(&chunk[..take]);
        }
        hasher.update(chunk);
        writer.write_all(chunk).map_err(CopyError::Write)?;
    }
    writer.flush().map_err(CopyError::Write)?;
    Ok(Copied {
        sha256: hex(&hasher.finalize()),
        size,
        head,
    })
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

#[derive(Debug, PartialEq, Eq)]
enum Sniffed {
    Known(FileType),
    /// A ZIP container: DOCX, ODT, or something we refuse.
    Zip,
}

/// The type by magic bytes; the extension is never trusted.
fn sniff(head: &[u8]) -> Option<Sniffed> {
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

/// Tells a DOCX or an ODT from any other ZIP. An ODT starts with an uncompressed entry
/// `mimetype` holding its media type (the format requires it); a DOCX has
/// `word/document.xml` in its central directory, read from the end of the file.
fn detect_zip(file: &File) -> io::Result<Option<FileType>> {
    let mut f = file;
    let len = f.seek(SeekFrom::End(0))?;
    f.seek(SeekFrom::Start(0))?;
    let mut local = [0u8; 30];
    f.read_exact(&mut local)?;
    let name_len = u64::from(le16(&local[26..]));
    let extra_len = u64::from(le16(&local[28..]));
    if name_len == 8 {
        let mut name = [0u8; 8];
        f.read_exact(&mut name)?;
        if &name == b"mimetype" {
            f.seek(SeekFrom::Start(30 + name_len + extra_len))?;
            let mut mime = vec![0u8; ODT_MIME.len()];
            if f.read_exact(&mut mime).is_ok() && mime == ODT_MIME {
                return Ok(Some(FileType::Odt));
            }
        }
    }
    let names = central_directory_names(f, len)?;
    let has = |n: &str| names.iter().any(|x| x == n);
    Ok((has("word/document.xml") && has("[Content_Types].xml")).then_some(FileType::Docx))
}

/// The entry names of a ZIP's central directory (at most 1 MiB of it is read).
fn central_directory_names(mut f: &File, len: u64) -> io::Result<Vec<String>> {
    // The end record is 22 bytes plus a comment of at most 65,535 bytes.
    let tail_len = len.min(22 + 65_535);
    f.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0u8; tail_len as usize];
    f.read_exact(&mut tail)?;
    let Some(eocd) = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| tail[i..].starts_with(b"PK\x05\x06"))
    else {
        return Ok(Vec::new());
    };
    let cd_size = u64::from(le32(&tail[eocd + 12..]));
    let cd_offset = u64::from(le32(&tail[eocd + 16..]));
    if cd_size > 1024 * 1024 || cd_offset + cd_size > len {
        return Ok(Vec::new());
    }
    f.seek(SeekFrom::Start(cd_offset))?;
    let mut cd = vec![0u8; cd_size as usize];
    f.read_exact(&mut cd)?;
    let mut names = Vec::new();
    let mut at = 0usize;
    while at + 46 <= cd.len() && cd[at..].starts_with(b"PK\x01\x02") {
        let name_len = usize::from(le16(&cd[at + 28..]));
        let extra_len = usize::from(le16(&cd[at + 30..]));
        let comment_len = usize::from(le16(&cd[at + 32..]));
        let Some(name) = cd.get(at + 46..at + 46 + name_len) else {
            break;
        };
        names.push(String::from_utf8_lossy(name).into_owned());
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(names)
}

fn le16(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0], b[1]])
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// Page count (lopdf) and a first-page thumbnail (hayro) of a PDF. Neither is required:
/// a PDF whose page tree cannot be read is still the candidate's document.
fn pdf_facts(path: &Path, size: u64) -> (Option<i64>, Option<Vec<u8>>) {
    if size > PDF_THUMBNAIL_MAX_BYTES {
        let pages = lopdf::Document::load_metadata(path)
            .ok()
            .map(|m| i64::from(m.page_count));
        return (pages, None);
    }
    let Ok(bytes) = std::fs::read(path) else {
        return (None, None);
    };
    let pages = lopdf::Document::load_metadata_mem(&bytes)
        .ok()
        .map(|m| i64::from(m.page_count));
    (pages, pdf_thumbnail(bytes))
}

/// Renders page 1 so that its longest side is [`THUMBNAIL_SIZE`] pixels. The renderer
/// runs on untrusted input: a panic inside it costs the thumbnail, not the import.
fn pdf_thumbnail(bytes: Vec<u8>) -> Option<Vec<u8>> {
    std::panic::catch_unwind(move || {
        use hayro::hayro_interpret::InterpreterSettings;
        use hayro::hayro_syntax::Pdf;
        use hayro::vello_cpu::color::palette::css::WHITE;
        use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

        let pdf = Pdf::new(std::sync::Arc::new(bytes)).ok()?;
        let pages = pdf.pages();
        let page = pages.first()?;
        let (w, h) = page.render_dimensions();
        let longest = w.max(h);
        if !(longest.is_finite() && longest > 0.0) {
            return None;
        }
        let scale = THUMBNAIL_SIZE as f32 / longest;
        let pixmap = render(
            page,
            &RenderCache::new(),
            &InterpreterSettings::default(),
            &RenderSettings::default(),
            &PixmapSettings {
                x_scale: scale,
                y_scale: scale,
                bg_color: WHITE,
            },
        );
        pixmap.into_png().ok()
    })
    .ok()
    .flatten()
}

/// A PNG thumbnail of a picture, upright (EXIF orientation applied). Pictures over
/// [`MAX_IMAGE_PIXELS`] are refused before decoding; a header that cannot be read means
/// the file is not really a picture. Failing to decode the pixels only costs the
/// thumbnail.
fn image_thumbnail(path: &Path, file_type: FileType) -> Result<Option<Vec<u8>>> {
    use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

    let format = match file_type {
        FileType::Jpeg => ImageFormat::Jpeg,
        FileType::Png => ImageFormat::Png,
        _ => return Ok(None),
    };
    let open = || -> io::Result<ImageReader<io::BufReader<File>>> {
        let mut reader = ImageReader::open(path)?;
        reader.set_format(format);
        Ok(reader)
    };
    let not_a_picture = || Error::invalid("file", Invalid::FileType);
    // Reading the header allocates nothing, so the decoder's limits (which would refuse a
    // bomb with a vaguer error) are lifted for it; the pixel count is checked right after.
    let mut header = open().map_err(|e| Error::io(path, e))?;
    header.no_limits();
    let (width, height) = match header.into_dimensions() {
        Ok(size) => size,
        // A JPEG variant the decoder does not read (12-bit, lossless, arithmetic-coded) is
        // still the candidate's picture, as a PDF whose pages cannot be counted is: kept
        // without a thumbnail, never decoded. The dossier asks to save it as a standard JPEG.
        Err(_) if file_type == FileType::Jpeg && is_jpeg_variant(path) => return Ok(None),
        Err(_) => return Err(not_a_picture()),
    };
    if u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS {
        return Err(Error::invalid("file", Invalid::ImageTooLarge));
    }
    let mut reader = open().map_err(|e| Error::io(path, e))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let thumbnail = || -> image::ImageResult<Vec<u8>> {
        let mut decoder = reader.into_decoder()?;
        let orientation = decoder.orientation()?;
        let mut picture = DynamicImage::from_decoder(decoder)?;
        picture.apply_orientation(orientation);
        let small = picture.thumbnail(THUMBNAIL_SIZE, THUMBNAIL_SIZE);
        let mut png = io::Cursor::new(Vec::new());
        small.write_to(&mut png, ImageFormat::Png)?;
        Ok(png.into_inner())
    };
    Ok(thumbnail().ok())
}

/// A JPEG whose markers name a variant the dossier cannot embed either (as opposed to a
/// damaged file or something else). Only the headers are read: at most 1 MiB.
fn is_jpeg_variant(path: &Path) -> bool {
    use crate::dossier::jpeg::{read_info, JpegProblem};

    let mut head = Vec::new();
    let read = File::open(path).and_then(|f| f.take(1024 * 1024).read_to_end(&mut head));
    read.is_ok() && read_info(&head) == Err(JpegProblem::Unsupported)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that yields `ok` bytes of `x` then fails, like a file on a USB stick that
    /// is pulled out, or a network share that drops.
    struct FailingReader {
        ok: usize,
        kind: io::ErrorKind,
    }

    impl Read for FailingReader {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.ok == 0 {
                return Err(io::Error::new(self.kind, "simulated"));
            }
            let n = buf.len().min(self.ok);
            buf[..n].fill(b'x');
            if n >= 5 {
                buf[..5].copy_from_slice(b"%PDF-");
            }
            self.ok -= n;
            Ok(n)
        }
    }

    /// A writer that accepts `room` bytes then reports a full disk.
    struct FullDisk<W> {
        inner: W,
        room: usize,
    }

    impl<W: Write> Write for FullDisk<W> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            self.inner.write(&buf[..n])
        }
        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }

    fn staging_is_empty(vault: &Vault) -> bool {
        std::fs::read_dir(vault.tmp_dir()).unwrap().next().is_none()
    }

    #[test]
    fn a_read_error_mid_copy_leaves_no_staged_file() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().join("vault"));
        for kind in [io::ErrorKind::Other, io::ErrorKind::NotFound] {
            let err = vault
                .stage_reader(FailingReader { ok: 200_000, kind }, None)
                .unwrap_err();
            let expected = if kind == io::ErrorKind::NotFound {
                Invalid::FileMissing
            } else {
                Invalid::FileUnreadable
            };
            assert!(
                matches!(err, Error::Validation { field: "file", reason } if reason == expected),
                "{err:?}"
            );
            assert!(staging_is_empty(&vault));
        }
    }

    #[test]
    fn a_full_disk_mid_copy_is_an_io_error_and_leaves_no_staged_file() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().join("vault"));
        let source = FailingReader {
            ok: 300_000,
            kind: io::ErrorKind::Other,
        };
        let err = vault
            .stage_via(source, None, |file| FullDisk {
                inner: file,
                room: 100_000,
            })
            .unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err:?}");
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(staging_is_empty(&vault));
    }

    #[test]
    fn a_file_that_changes_size_while_copied_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path().join("vault"));
        let err = vault
            .stage_reader(&b"%PDF-1.4 short"[..], Some(1000))
            .unwrap_err();
        assert!(matches!(
            err,
            Error::Validation {
                reason: Invalid::FileChanged,
                ..
            }
        ));
        assert!(staging_is_empty(&vault));
    }

    #[test]
    fn copy_hashes_what_it_writes() {
        let mut out = Vec::new();
        let data = vec![7u8; 200_000];
        let copied = copy_hashing(&data[..], &mut out, MAX_FILE_BYTES).unwrap();
        assert_eq!(out, data);
        assert_eq!(copied.size, 200_000);
        assert_eq!(copied.head.len(), HEAD_LEN);
        assert_eq!(copied.sha256, hex(&Sha256::digest(&data)));
        // The empty input's well-known hash.
        let empty = copy_hashing(&b""[..], Vec::new(), 10).unwrap();
        assert_eq!(
            empty.sha256,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert!(matches!(
            copy_hashing(&data[..], Vec::new(), 1000),
            Err(CopyError::TooLarge)
        ));
    }

    #[test]
    fn types_are_sniffed_from_content() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(Sniffed::Known(FileType::Pdf)));
        assert_eq!(
            sniff(b"\r\n junk %PDF-1.4"),
            Some(Sniffed::Known(FileType::Pdf))
        );
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(Sniffed::Known(FileType::Jpeg))
        );
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n...."),
            Some(Sniffed::Known(FileType::Png))
        );
        assert_eq!(sniff(b"PK\x03\x04...."), Some(Sniffed::Zip));
        assert_eq!(sniff(b"MZ\x90\x00 an .exe"), None);
        assert_eq!(sniff(b"GIF89a"), None);
        for t in FileType::ALL {
            assert_eq!(FileType::from_mime(t.mime()), Some(t));
        }
    }

    #[test]
    fn stored_names_are_checked_before_use() {
        let vault = Vault::new("/vault");
        let sha = "ab".repeat(32);
        assert_eq!(
            vault.file_path(&format!("ab/{sha}.pdf")).unwrap(),
            Path::new("/vault/ab").join(format!("{sha}.pdf"))
        );
        for bad in [
            format!("../{sha}.pdf"),
            format!("ab/{sha}.exe"),
            format!("cd/{sha}.pdf"),
            format!("ab/../../{sha}.pdf"),
            "ab/x.pdf".to_owned(),
        ] {
            assert!(
                matches!(vault.file_path(&bad), Err(Error::Corrupt(_))),
                "{bad}"
            );
        }
        assert!(vault.thumbnail_path("../../etc/passwd").is_err());
    }
}
