//! Why a command failed, worded in the user's language, and the exit code that says it to
//! a script. Core errors are read from their variant and [`ErrorCode`], never from their
//! English text (which is only appended for the database's own explanation).

use std::path::{Path, PathBuf};

use postulo_core::error::{ErrorCode, Invalid};
use postulo_core::model::Language;
use postulo_core::Error;

use crate::error_words::{entity_name, field_name, field_reason, reason_text};
use crate::exit;
use crate::io_words;

#[derive(Debug)]
pub enum CliError {
    /// The command line cannot be understood; the message is already worded.
    Usage(String),
    /// Something named does not exist; worded.
    NotFound(String),
    /// A value was refused; worded.
    Invalid(String),
    /// A file of the command line cannot be read or written.
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An output file (`-o`) that cannot be written: worded with its folder and why.
    Output {
        dest: PathBuf,
        source: std::io::Error,
    },
    /// From the core.
    Core(Error),
}

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        Self::Core(e)
    }
}

pub type CliResult<T> = Result<T, CliError>;

impl CliError {
    pub fn file(path: &Path, source: std::io::Error) -> Self {
        Self::File {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A core error met while writing `dest`: a failed write of `dest`, of its folder or
    /// of a temporary file there is said as one of `dest` (its folder and why). Other
    /// errors (a vault document that cannot be read, say) keep their own wording.
    pub fn output(dest: &Path, e: Error) -> Self {
        match e {
            Error::Io { path, source } if io_words::is_output(&path, dest) => Self::Output {
                dest: dest.to_path_buf(),
                source,
            },
            other => Self::Core(other),
        }
    }

    /// The exit code; `data_dir` tells a problem with the data folder (4) from one with a
    /// file the user named (6).
    pub fn exit_code(&self, data_dir: Option<&Path>) -> u8 {
        match self {
            Self::Usage(_) => exit::USAGE,
            Self::NotFound(_) => exit::NOT_FOUND,
            Self::Invalid(_) => exit::INVALID,
            Self::File { .. } | Self::Output { .. } => exit::FILE,
            Self::Core(e) => core_exit_code(e, data_dir),
        }
    }

    pub fn message(&self, lang: Language) -> String {
        match self {
            Self::Usage(m) | Self::NotFound(m) | Self::Invalid(m) => m.clone(),
            Self::File { path, source } => {
                let why = io_words::reason(source, lang);
                let path = io_words::shown(path);
                match lang {
                    Language::Fr => {
                        format!(
                            "impossible d'utiliser le fichier {} : {why}",
                            path.display()
                        )
                    }
                    Language::En => format!("cannot use the file {}: {why}", path.display()),
                }
            }
            Self::Output { dest, source } => io_words::output_failure(dest, source, lang),
            Self::Core(e) => core_message(e, lang),
        }
    }
}

fn core_exit_code(e: &Error, data_dir: Option<&Path>) -> u8 {
    match e {
        Error::Validation {
            field: "file" | "backup",
            reason: Invalid::FileMissing | Invalid::FileUnreadable,
        } => exit::FILE,
        Error::Io { path, .. } => match data_dir {
            Some(dir) if path.starts_with(dir) => exit::DATA,
            _ => exit::FILE,
        },
        _ => match e.code() {
            ErrorCode::NotFound => exit::NOT_FOUND,
            ErrorCode::Validation | ErrorCode::InUse => exit::INVALID,
            ErrorCode::Conflict
            | ErrorCode::DatabaseNewer
            | ErrorCode::Storage
            | ErrorCode::Io
            | ErrorCode::Internal => exit::DATA,
            ErrorCode::Cancelled => exit::USAGE,
        },
    }
}

fn core_message(e: &Error, lang: Language) -> String {
    let fr = lang == Language::Fr;
    match e {
        Error::NotFound { entity, id } => {
            let name = entity_name(entity, lang);
            if fr {
                format!("{name} {id} introuvable")
            } else {
                format!("{name} {id} was not found")
            }
        }
        Error::Validation { field, reason } => {
            let reason = field_reason(field, *reason, lang)
                .unwrap_or_else(|| reason_text(*reason, lang).to_owned());
            let field = field_name(field, lang);
            if fr {
                format!("{field} : {reason}")
            } else {
                format!("{field}: {reason}")
            }
        }
        Error::Document { document, reason } => {
            let reason = reason_text(*reason, lang);
            if fr {
                format!(
                    "le document « {} » ne peut pas entrer dans le dossier : {reason}",
                    document.title
                )
            } else {
                format!(
                    "the document \"{}\" cannot go into the application file: {reason}",
                    document.title
                )
            }
        }
        Error::DatabaseNewer { path, .. } => {
            if fr {
                format!(
                    "la base de données {} a été écrite par une version plus récente de \
                     Postulo : installez la dernière version",
                    path.display()
                )
            } else {
                format!(
                    "the database {} was written by a newer version of Postulo: install the \
                     latest version",
                    path.display()
                )
            }
        }
        Error::Open { path, source } => {
            if fr {
                format!(
                    "impossible d'ouvrir la base de données {} : {source}",
                    path.display()
                )
            } else {
                format!("cannot open the database {}: {source}", path.display())
            }
        }
        Error::Database(_) if e.code() == ErrorCode::Conflict => {
            if fr {
                "la base de données est occupée par un autre programme (l'application \
                 Postulo ?) : réessayez dans un instant"
                    .to_owned()
            } else {
                "the database is busy in another program (the Postulo app?): try again in a \
                 moment"
                    .to_owned()
            }
        }
        Error::Database(source) => {
            if fr {
                format!("erreur de la base de données : {source}")
            } else {
                format!("database error: {source}")
            }
        }
        Error::Io { path, source } => {
            // Never the system's English text: it names our temporary files.
            let why = io_words::reason(source, lang);
            let path = io_words::shown(path);
            if fr {
                format!("impossible d'utiliser {} : {why}", path.display())
            } else {
                format!("cannot use {}: {why}", path.display())
            }
        }
        Error::NoDataDir => {
            if fr {
                "aucun dossier de données n'a pu être déterminé : définissez POSTULO_DATA_DIR"
                    .to_owned()
            } else {
                "no data folder could be determined: set POSTULO_DATA_DIR".to_owned()
            }
        }
        Error::Corrupt(what) => {
            if fr {
                format!("des données enregistrées sont illisibles ({what})")
            } else {
                format!("stored data cannot be read ({what})")
            }
        }
        Error::InUse {
            entity,
            id,
            applications,
        } => {
            let name = entity_name(entity, lang);
            let n = applications.len();
            if fr {
                format!("{name} {id} est utilisé par {n} candidature(s)")
            } else {
                format!("{name} {id} is used by {n} application(s)")
            }
        }
        Error::NoVault => {
            if fr {
                "ces données n'ont pas de coffre de documents".to_owned()
            } else {
                "this data has no document vault".to_owned()
            }
        }
        Error::Cancelled => if fr { "annulé" } else { "cancelled" }.to_owned(),
        // The core may grow variants; its own (English) text still says what happened.
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;
    use postulo_core::model::{MAX_AGE_COUNT, MAX_COPIES};

    /// The general wording of `OutOfRange` repeats the core's limits: it must follow them.
    #[test]
    fn out_of_range_names_the_cores_limits() {
        for lang in [Language::Fr, Language::En] {
            let text = reason_text(Invalid::OutOfRange, lang);
            assert!(text.contains(&format!(" {MAX_COPIES} ")), "{text}");
            assert!(text.contains(&format!(" {MAX_AGE_COUNT} ")), "{text}");
        }
        let e = Error::Validation {
            field: "copies",
            reason: Invalid::OutOfRange,
        };
        assert_eq!(
            core_message(&e, Language::Fr),
            "Nombre d'exemplaires (--copies) : hors des limites acceptées (1 à 20 exemplaires)"
        );
    }
}
