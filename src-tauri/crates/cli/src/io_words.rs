//! Why a file could not be read or written, in the user's language, from the error's kind
//! rather than from the system's English text (which also names the hidden temporary file
//! Postulo writes before renaming it: `.postulo-….part` means nothing to the user).

use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};

use postulo_core::atomic_write::TEMP_PREFIX;
use postulo_core::model::Language;

/// The path to name: our temporary files stand for the folder they were written in.
pub fn shown(path: &Path) -> PathBuf {
    let temporary = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(TEMP_PREFIX));
    match path.parent() {
        Some(folder) if temporary => folder_name(folder),
        _ => path.to_path_buf(),
    }
}

/// Whether a failure at `path` is one of writing `dest`: `dest` itself, its folder, or a
/// temporary file of ours in that folder.
pub fn is_output(path: &Path, dest: &Path) -> bool {
    let path = shown(path);
    let folder = folder_name(dest.parent().unwrap_or(Path::new(".")));
    path == dest || path == folder
}

/// "." for a bare file name's folder, so the message never names an empty path.
fn folder_name(folder: &Path) -> PathBuf {
    if folder.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        folder.to_path_buf()
    }
}

/// Why, as a clause after « impossible d'utiliser X : ».
pub fn reason(source: &io::Error, lang: Language) -> String {
    let fr = lang == Language::Fr;
    let text = match source.kind() {
        ErrorKind::NotFound if fr => "introuvable",
        ErrorKind::NotFound => "it does not exist",
        ErrorKind::PermissionDenied if fr => "vous n'avez pas le droit d'y accéder",
        ErrorKind::PermissionDenied => "you are not allowed to use it",
        _ => return common_reason(source, lang),
    };
    text.to_owned()
}

/// The reasons a read and a write share; the system's error number for the rest.
fn common_reason(source: &io::Error, lang: Language) -> String {
    let fr = lang == Language::Fr;
    let text = match source.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded if fr => "le disque est plein",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "the disk is full",
        ErrorKind::ReadOnlyFilesystem if fr => "le disque est en lecture seule",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::NotADirectory if fr => "une partie du chemin n'est pas un dossier",
        ErrorKind::NotADirectory => "part of the path is not a folder",
        ErrorKind::IsADirectory if fr => "c'est un dossier",
        ErrorKind::IsADirectory => "it is a folder",
        _ => {
            let code = source
                .raw_os_error()
                .map(|n| n.to_string())
                .unwrap_or_else(|| "?".to_owned());
            return if fr {
                format!("erreur du système (code {code})")
            } else {
                format!("system error (code {code})")
            };
        }
    };
    text.to_owned()
}

/// An output file (`-o`) that could not be written: which folder, and why.
pub fn output_failure(dest: &Path, source: &io::Error, lang: Language) -> String {
    let fr = lang == Language::Fr;
    let folder = folder_name(dest.parent().unwrap_or(Path::new(".")));
    let name = dest.file_name().map_or_else(
        || dest.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let folder = folder.display();
    let why = match source.kind() {
        ErrorKind::NotFound if fr => "ce dossier n'existe pas".to_owned(),
        ErrorKind::NotFound => "this folder does not exist".to_owned(),
        ErrorKind::PermissionDenied if fr => "vous n'avez pas le droit d'y écrire".to_owned(),
        ErrorKind::PermissionDenied => "you are not allowed to write there".to_owned(),
        ErrorKind::NotADirectory if fr => "ce n'est pas un dossier".to_owned(),
        ErrorKind::NotADirectory => "it is not a folder".to_owned(),
        ErrorKind::IsADirectory if fr => format!("un dossier s'appelle déjà {name}"),
        ErrorKind::IsADirectory => format!("a folder is already named {name}"),
        _ => common_reason(source, lang),
    };
    if fr {
        format!("impossible d'écrire {name} dans {folder} : {why} ; rien n'a été écrit")
    } else {
        format!("cannot write {name} in {folder}: {why}; nothing was written")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;

    #[test]
    fn a_temporary_name_stands_for_its_folder() {
        assert_eq!(
            shown(Path::new("/nonexistent/dir/.postulo-EnmIpm.part")),
            PathBuf::from("/nonexistent/dir")
        );
        assert_eq!(shown(Path::new(".postulo-x.part")), PathBuf::from("."));
        assert_eq!(
            shown(Path::new("/home/a/cv.pdf")),
            PathBuf::from("/home/a/cv.pdf")
        );
        let dest = Path::new("/nonexistent/dir/x.csv");
        assert!(is_output(
            Path::new("/nonexistent/dir/.postulo-a.part"),
            dest
        ));
        assert!(is_output(Path::new("/nonexistent/dir"), dest));
        assert!(is_output(dest, dest));
        assert!(!is_output(Path::new("/data/vault/ab/cd.pdf"), dest));
        assert!(is_output(Path::new(".postulo-a.part"), Path::new("x.csv")));
    }

    #[test]
    fn each_cause_is_said_in_both_languages_without_the_systems_text() {
        let full = io::Error::from_raw_os_error(28);
        let read_only = io::Error::from_raw_os_error(30);
        let denied = io::Error::from(ErrorKind::PermissionDenied);
        let dest = Path::new("/media/cle/liste.csv");
        assert_eq!(
            output_failure(dest, &full, Language::Fr),
            "impossible d'écrire liste.csv dans /media/cle : le disque est plein ; rien n'a été \
             écrit"
        );
        assert!(output_failure(dest, &read_only, Language::En).contains("the disk is read-only"));
        assert_eq!(
            output_failure(dest, &denied, Language::Fr),
            "impossible d'écrire liste.csv dans /media/cle : vous n'avez pas le droit d'y \
             écrire ; rien n'a été écrit"
        );
        let odd = io::Error::from_raw_os_error(5);
        let text = output_failure(dest, &odd, Language::En);
        assert!(text.contains("system error (code 5)"), "{text}");
        assert!(!text.contains("os error"), "{text}");
    }
}
