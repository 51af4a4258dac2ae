//! Every file Postulo writes for the user or keeps for itself (a dossier, a backup, an
//! e-mail draft, a calendar, a vault copy) is written under a temporary name beside its
//! destination, flushed to the disk, then renamed over it: a crash or a full disk never
//! leaves half a file where the user expects one, and never destroys the previous one.
//! A crash leaves the temporary file behind; the next write into the same folder removes
//! those clearly abandoned. This is the one place that does it, for the core, the CLI and
//! the app.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// Every temporary name starts so; they are hidden files on Linux.
pub const TEMP_PREFIX: &str = ".postulo-";

/// A write takes seconds; one untouched for an hour was abandoned, not under way in
/// another process.
pub(crate) const ABANDONED_AFTER: Duration = Duration::from_secs(60 * 60);

/// A file being written under a temporary name, renamed over its destination by
/// [`PartialFile::commit`]. Dropped without committing, it is deleted.
#[derive(Debug)]
pub struct PartialFile {
    temp: NamedTempFile,
}

impl PartialFile {
    /// A new temporary file beside `dest`, named `.postulo-…{suffix}` (created 0600 on
    /// Unix: what Postulo writes holds the candidate's documents). Abandoned ones with the
    /// same suffix are swept from that folder first.
    pub fn beside(dest: &Path, suffix: &str) -> Result<Self> {
        let folder = folder_of(dest);
        sweep_abandoned(folder, TEMP_PREFIX, suffix, ABANDONED_AFTER);
        Self::in_folder(folder, suffix)
    }

    /// A new temporary file in `folder`, for writers that stage their files in a folder of
    /// their own on the same file system as the destination (the vault's `tmp/`, where
    /// the destination is known only once the content's hash is).
    pub fn in_folder(folder: &Path, suffix: &str) -> Result<Self> {
        let temp = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .suffix(suffix)
            .tempfile_in(folder)
            .map_err(|e| Error::io(folder, e))?;
        Ok(Self { temp })
    }

    /// The file to write into.
    pub fn as_file(&self) -> &File {
        self.temp.as_file()
    }

    pub fn as_file_mut(&mut self) -> &mut File {
        self.temp.as_file_mut()
    }

    /// The temporary file's own path (for error messages while writing).
    pub fn path(&self) -> &Path {
        self.temp.path()
    }

    /// Flushes the file to the disk, then renames it over `dest`.
    pub fn commit(self, dest: &Path) -> Result<()> {
        self.temp
            .as_file()
            .sync_all()
            .map_err(|e| Error::io(dest, e))?;
        self.temp
            .persist(dest)
            .map_err(|e| Error::io(dest, e.error))?;
        Ok(())
    }
}

/// Writes `bytes` to `dest` through a temporary file renamed at the end.
pub fn write_bytes(dest: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = PartialFile::beside(dest, ".part")?;
    file.as_file_mut()
        .write_all(bytes)
        .map_err(|e| Error::io(dest, e))?;
    file.commit(dest)
}

/// The folder a file named by `path` goes into ("." for a bare file name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Removes our own temporary files (`prefix…suffix`) in `dir` not modified for `after`.
/// Best effort: a file that cannot be removed is left for the next time.
pub(crate) fn sweep_abandoned(dir: &Path, prefix: &str, suffix: &str, after: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(prefix) && name.ends_with(suffix)) {
            continue;
        }
        let abandoned = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > after);
        if abandoned
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // test code
    use super::*;

    #[test]
    fn only_our_old_temporary_files_go() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".postulo-abc.pdf.part");
        let fresh = dir.path().join(".postulo-def.pdf.part");
        let mine = dir.path().join("mon-dossier.pdf.part");
        for p in [&old, &fresh, &mine] {
            std::fs::write(p, b"x").unwrap();
        }
        let two_hours_ago = SystemTime::now() - Duration::from_secs(2 * 60 * 60);
        for p in [&old, &mine] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(two_hours_ago)
                .unwrap();
        }
        assert_eq!(
            sweep_abandoned(dir.path(), ".postulo-", ".pdf.part", ABANDONED_AFTER),
            1
        );
        assert!(!old.exists());
        assert!(fresh.exists(), "a write under way in another process");
        assert!(mine.exists(), "not ours");
    }

    #[test]
    fn a_write_replaces_the_file_whole_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("calendrier.ics");
        std::fs::write(&dest, b"old").unwrap();
        write_bytes(&dest, b"new content").unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"new content");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["calendrier.ics"]);
    }

    #[test]
    fn a_write_dropped_before_its_commit_leaves_the_old_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("dossier.pdf");
        std::fs::write(&dest, b"old").unwrap();
        let mut partial = PartialFile::beside(&dest, ".pdf.part").unwrap();
        partial.as_file_mut().write_all(b"half").unwrap();
        let temp = partial.path().to_path_buf();
        assert!(temp
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(".postulo-"));
        drop(partial);
        assert!(!temp.exists());
        assert_eq!(std::fs::read(&dest).unwrap(), b"old");
    }

    #[test]
    fn a_write_into_a_missing_folder_names_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("absent").join("x.ics");
        let err = write_bytes(&dest, b"x").unwrap_err();
        assert!(
            matches!(&err, Error::Io { path, .. } if *path == dir.path().join("absent")),
            "{err:?}"
        );
    }
}
