//! When the data cannot be opened, the user gets a native dialog that says why and where,
//! in their language, and the app quits without touching anything.

use postulo_core::{Error, ErrorCode};
use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

pub fn show_and_quit(app: &AppHandle, error: &Error) {
    eprintln!("postulo: cannot open the data: {error}");
    let french = !sys_locale::get_locale().is_some_and(|l| l.starts_with("en"));
    let (title, text) = message(error, french);
    let handle = app.clone();
    app.dialog()
        .message(text)
        .title(title)
        .kind(MessageDialogKind::Error)
        .show(move |_| handle.exit(1));
}

fn message(error: &Error, french: bool) -> (&'static str, String) {
    let place = match error {
        Error::DatabaseNewer { path, .. } | Error::Open { path, .. } | Error::Io { path, .. } => {
            path.display().to_string()
        }
        _ => postulo_core::data_dir::resolve()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    };
    let reason = match (error, french) {
        (
            Error::DatabaseNewer {
                found, supported, ..
            },
            true,
        ) => format!(
            "Ces données ont été enregistrées par une version plus récente de Postulo \
             (schéma {found} ; cette version connaît jusqu'au schéma {supported}). \
             Installez la dernière version de Postulo."
        ),
        (
            Error::DatabaseNewer {
                found, supported, ..
            },
            false,
        ) => format!(
            "This data was saved by a newer version of Postulo (schema {found}; this version \
             knows up to schema {supported}). Please install the latest Postulo."
        ),
        (Error::NoDataDir, true) => "Aucun dossier de données n'a pu être déterminé pour cet \
             utilisateur. Indiquez-en un avec la variable POSTULO_DATA_DIR."
            .to_owned(),
        (Error::NoDataDir, false) => "No data folder could be determined for this user. \
             Set one with the POSTULO_DATA_DIR variable."
            .to_owned(),
        (e, true) if e.code() == ErrorCode::Io => format!(
            "Le dossier n'est pas accessible (droits d'accès, disque plein ou retiré ?). \
             Détail : {e}"
        ),
        (e, false) if e.code() == ErrorCode::Io => {
            format!("The folder cannot be used (permissions, full or removed disk?). Detail: {e}")
        }
        (e, true) => format!("Le fichier de données est illisible ou endommagé. Détail : {e}"),
        (e, false) => format!("The data file is unreadable or damaged. Detail: {e}"),
    };
    if french {
        (
            "Postulo ne peut pas démarrer",
            format!(
                "Postulo ne peut pas ouvrir vos données.\n\n{reason}\n\nEmplacement : {place}\n\n\
                 Rien n'a été modifié."
            ),
        )
    } else {
        (
            "Postulo cannot start",
            format!(
                "Postulo cannot open your data.\n\n{reason}\n\nLocation: {place}\n\n\
                 Nothing was changed."
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn newer_database_message_says_why_and_where_in_both_languages() {
        let error = Error::DatabaseNewer {
            path: PathBuf::from("/home/awa/.local/share/postulo/postulo.sqlite3"),
            found: 7,
            supported: 1,
        };
        let (title, fr) = message(&error, true);
        assert_eq!(title, "Postulo ne peut pas démarrer");
        assert!(fr.contains("version plus récente"), "{fr}");
        assert!(
            fr.contains("/home/awa/.local/share/postulo/postulo.sqlite3"),
            "{fr}"
        );
        let (_, en) = message(&error, false);
        assert!(en.contains("newer version"), "{en}");
        assert!(en.contains("schema 7"), "{en}");
    }

    #[test]
    fn unreadable_folder_message_names_the_folder() {
        let error = Error::Io {
            path: PathBuf::from("/media/usb/postulo"),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        let (_, fr) = message(&error, true);
        assert!(
            fr.contains("/media/usb/postulo") && fr.contains("droits"),
            "{fr}"
        );
    }
}
