//! The zip file itself: writing the parts with their hashes, and reading them back
//! checked against the manifest. Names come only from the manifest, never from the
//! archive's directory, and every vault name is validated before it is used, so an
//! archive cannot write outside the places Postulo chooses.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::manifest::{damaged, not_a_backup, Manifest, Part, DATABASE_NAME, MANIFEST_NAME};
use super::{read_limited, BackupProgress};
use crate::atomic_write::PartialFile;
use crate::error::{Error, Invalid, Result};
use crate::vault::{Staged, Vault};

/// A manifest larger than this is not one of ours.
const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

/// A vault file to put in the archive.
pub(super) struct VaultFile {
    /// Name in the archive: `vault/xx/<sha256>.<ext>`.
    pub name: String,
    pub path: PathBuf,
    /// The hash the file must have (its name in the vault).
    pub sha256: String,
    /// The document it belongs to, to name it if the file is missing or damaged.
    pub document: crate::error::DocumentRef,
}

/// Writes the archive to `dest` through a temporary file in the same folder, renamed at
/// the end. `manifest` builds the manifest from the parts as written.
pub(super) fn write(
    dest: &Path,
    database: &Path,
    files: &[VaultFile],
    manifest: impl FnOnce(Part, Vec<Part>) -> Manifest,
    progress: &mut dyn FnMut(BackupProgress),
) -> Result<Manifest> {
    let mut total = file_len(database)?;
    for file in files {
        total = total.saturating_add(std::fs::metadata(&file.path).map_or(0, |m| m.len()));
    }
    // Created 0600 on Unix: a backup holds the same diplomas and ID scans as the vault.
    let temp = PartialFile::beside(dest, ".partial")?;
    let handle = temp
        .as_file()
        .try_clone()
        .map_err(|e| Error::io(temp.path(), e))?;
    let io_err = |e: io::Error| Error::io(temp.path(), e);
    let mut zip = ZipWriter::new(BufWriter::new(handle));
    let mut done = 0u64;

    // The database compresses well; PDFs and pictures are compressed already.
    let db_len = file_len(database)?;
    zip.start_file(DATABASE_NAME, options(CompressionMethod::Deflated, db_len))
        .map_err(|e| io_err(e.into()))?;
    let (size, sha256) = copy_hashing(
        File::open(database).map_err(|e| Error::io(database, e))?,
        &mut zip,
    )
    .map_err(io_err)?;
    done += size;
    progress(BackupProgress { done, total });
    let database_part = Part {
        path: DATABASE_NAME.to_owned(),
        size,
        sha256,
    };

    let mut parts = Vec::with_capacity(files.len());
    for file in files {
        let source = match File::open(&file.path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(document_error(file, Invalid::FileMissing))
            }
            Err(e) => return Err(Error::io(&file.path, e)),
        };
        let len = source
            .metadata()
            .map_err(|e| Error::io(&file.path, e))?
            .len();
        zip.start_file(file.name.as_str(), options(CompressionMethod::Stored, len))
            .map_err(|e| io_err(e.into()))?;
        let (size, sha256) = copy_hashing(source, &mut zip).map_err(io_err)?;
        if sha256 != file.sha256 {
            // The vault's copy changed on disk (a failing disk, another program): saving
            // it would carry the damage into the backup without anyone knowing.
            return Err(document_error(file, Invalid::FileCorrupt));
        }
        done += size;
        progress(BackupProgress { done, total });
        parts.push(Part {
            path: file.name.clone(),
            size,
            sha256,
        });
    }

    let manifest = manifest(database_part, parts);
    let json = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| Error::Corrupt(format!("manifest: {e}")))?;
    zip.start_file(MANIFEST_NAME, options(CompressionMethod::Deflated, 0))
        .map_err(|e| io_err(e.into()))?;
    zip.write_all(&json).map_err(io_err)?;
    let buffered = zip.finish().map_err(|e| io_err(e.into()))?;
    // The buffer is written out into the clone of the temporary file's handle; the commit
    // flushes that file to the disk.
    buffered.into_inner().map_err(|e| io_err(e.into_error()))?;
    temp.commit(dest)?;
    Ok(manifest)
}

fn options(method: CompressionMethod, len: u64) -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(method)
        .large_file(len >= u64::from(u32::MAX))
        .unix_permissions(0o600)
}

fn document_error(file: &VaultFile, reason: Invalid) -> Error {
    Error::Document {
        document: file.document.clone(),
        reason,
    }
}

fn file_len(path: &Path) -> Result<u64> {
    Ok(std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len())
}

/// Copies everything, returning the length and the SHA-256 in hex.
fn copy_hashing(mut reader: impl Read, mut writer: impl Write) -> io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    let mut size = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
        writer.write_all(&buf[..n])?;
        size += n as u64;
    }
    Ok((size, hex(&hasher.finalize())))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// An opened archive whose manifest has been read and checked.
pub(super) struct Reader {
    zip: ZipArchive<File>,
    manifest: Manifest,
}

impl Reader {
    pub fn open(path: &Path) -> Result<Self> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::invalid("backup", Invalid::FileMissing))
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(not_a_backup());
        }
        let mut zip = ZipArchive::new(file).map_err(|_| not_a_backup())?;
        let entry = zip.by_name(MANIFEST_NAME).map_err(|_| not_a_backup())?;
        let bytes = read_limited(entry, MAX_MANIFEST_BYTES)?;
        let manifest = Manifest::parse(&bytes)?;
        Ok(Self { zip, manifest })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Writes a part to `dest`, checking its size and hash.
    pub fn extract(&mut self, part: &Part, dest: &Path) -> Result<()> {
        let entry = self.zip.by_name(&part.path).map_err(|_| damaged())?;
        if entry.size() != part.size {
            return Err(damaged());
        }
        let out = File::create(dest).map_err(|e| Error::io(dest, e))?;
        let mut out = BufWriter::new(out);
        let (size, sha256) = copy_hashing(entry.take(part.size.saturating_add(1)), &mut out)
            .map_err(|e| {
                // A CRC error or a cut-off archive reads as invalid data; a full disk
                // while writing is the disk's fault, not the archive's.
                if matches!(
                    e.kind(),
                    io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
                ) {
                    damaged()
                } else {
                    Error::io(dest, e)
                }
            })?;
        out.flush().map_err(|e| Error::io(dest, e))?;
        if size != part.size || sha256 != part.sha256 {
            return Err(damaged());
        }
        Ok(())
    }

    /// Copies a vault file from the archive into the vault's staging area, checked.
    pub fn stage(&mut self, part: &Part, vault: &Vault) -> Result<Staged> {
        let entry = self.zip.by_name(&part.path).map_err(|_| damaged())?;
        if entry.size() != part.size {
            return Err(damaged());
        }
        let staged = vault
            .stage_reader(entry.take(part.size.saturating_add(1)), Some(part.size))
            .map_err(|e| match e {
                Error::Validation { .. } => damaged(),
                Error::Io { ref source, .. }
                    if matches!(
                        source.kind(),
                        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
                    ) =>
                {
                    damaged()
                }
                other => other,
            })?;
        if staged.sha256 != part.sha256 {
            return Err(damaged());
        }
        Ok(staged)
    }
}
