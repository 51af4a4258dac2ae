//! The vault's own tests: copies that fail half-way, types, names.

use sha2::{Digest, Sha256};

use super::copy::{copy_hashing, hex, CopyError, HEAD_LEN};
use super::file_type::{sniff, Sniffed};
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
