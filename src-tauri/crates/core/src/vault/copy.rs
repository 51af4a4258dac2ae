//! Copying a file into the vault: read once, hashed while written, its first bytes kept,
//! so that a 100 MB scan is never held in memory.

use std::io::{self, Read, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::source_error;
use crate::error::{Error, Invalid};

/// Bytes kept from the start of a file to recognise its type.
pub(super) const HEAD_LEN: usize = 1024;
const CHUNK: usize = 64 * 1024;

#[derive(Debug)]
pub(super) struct Copied {
    pub sha256: String,
    pub size: u64,
    /// The first bytes, for recognising the type.
    pub head: Vec<u8>,
}

#[derive(Debug)]
pub(super) enum CopyError {
    Read(io::Error),
    Write(io::Error),
    TooLarge,
}

impl CopyError {
    pub fn into_error(self, staging: &Path) -> Error {
        match self {
            Self::Read(e) => source_error(e),
            Self::Write(e) => Error::io(staging, e),
            Self::TooLarge => Error::invalid("file", Invalid::FileTooLarge),
        }
    }
}

/// Streams `reader` into `writer` in 64 KiB chunks, hashing as it goes and keeping the
/// first bytes for type detection. Stops past `limit` bytes: the source may grow.
pub(super) fn copy_hashing<R: Read, W: Write>(
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

pub(super) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}
