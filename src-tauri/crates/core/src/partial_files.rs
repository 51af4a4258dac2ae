//! Files written under a temporary name beside their destination (a dossier, a backup) and
//! renamed at the end. A crash or a power cut leaves the temporary file behind; the next
//! write into the same folder removes those that are clearly abandoned.

use std::path::Path;
use std::time::{Duration, SystemTime};

/// A write takes seconds; one untouched for an hour was abandoned, not under way in
/// another process.
const ABANDONED_AFTER: Duration = Duration::from_secs(60 * 60);

/// Removes our own temporary files (`prefix…suffix`) in `dir` not modified for an hour.
/// Best effort: a file that cannot be removed is left for the next time.
pub(crate) fn sweep_abandoned(dir: &Path, prefix: &str, suffix: &str) -> usize {
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
            .is_some_and(|age| age > ABANDONED_AFTER);
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
        assert_eq!(sweep_abandoned(dir.path(), ".postulo-", ".pdf.part"), 1);
        assert!(!old.exists());
        assert!(fresh.exists(), "a write under way in another process");
        assert!(mine.exists(), "not ours");
    }
}
