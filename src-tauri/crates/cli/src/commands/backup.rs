//! `backup FILE`, `restore FILE` and `check`: the candidate's data as one archive, and
//! a health check a scheduled task can run.

use std::path::{Path, PathBuf};

use clap::ArgMatches;
use postulo_core::backup::BackupInfo;
use serde::Serialize;

use super::{flag, output_path, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::words;

pub fn backup(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let name = format!(
        "{}-{}.zip",
        ctx.say("postulo-sauvegarde", "postulo-backup"),
        ctx.today().format("%Y-%m-%d")
    );
    let path = output_path(text(m, "file"), &name);
    let info = ctx
        .store
        .create_backup(&path, &mut |_| {})
        .map_err(|e| CliError::output(&path, e))?;
    report(ctx, m, &path, &info, Done::Written)
}

pub fn restore(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let path = PathBuf::from(text(m, "file").unwrap_or_default());
    let info = ctx.store.restore_backup(&path, &mut |_| {})?;
    report(ctx, m, &path, &info, Done::Restored)
}

enum Done {
    Written,
    Restored,
}

fn report(
    ctx: &mut Ctx,
    m: &ArgMatches,
    path: &Path,
    info: &BackupInfo,
    done: Done,
) -> CliResult<u8> {
    let folder = ctx.store.backup_folder()?;
    if flag(m, "json") {
        #[derive(Serialize)]
        struct Report<'a> {
            file: &'a Path,
            #[serde(flatten)]
            info: &'a BackupInfo,
            /// Where the data replaced by a restore was saved.
            #[serde(skip_serializing_if = "Option::is_none")]
            previous_data_saved_in: Option<&'a Path>,
        }
        ctx.json(&Report {
            file: path,
            info,
            previous_data_saved_in: matches!(done, Done::Restored).then_some(folder.as_path()),
        })?;
        return Ok(exit::OK);
    }
    let lang = ctx.lang;
    let contents = if ctx.fr() {
        format!(
            "{}, {}, {}",
            words::count(
                info.applications as usize,
                ctx.lang,
                "candidature",
                "candidatures"
            ),
            words::count(info.documents as usize, ctx.lang, "document", "documents"),
            words::size(info.archive_bytes, lang)
        )
    } else {
        format!(
            "{}, {}, {}",
            words::count(
                info.applications as usize,
                ctx.lang,
                "application",
                "applications"
            ),
            words::count(info.documents as usize, ctx.lang, "document", "documents"),
            words::size(info.archive_bytes, lang)
        )
    };
    match done {
        Done::Written => {
            let line = if ctx.fr() {
                format!("Sauvegarde écrite : {} ({contents})", path.display())
            } else {
                format!("Backup written: {} ({contents})", path.display())
            };
            ctx.line(line);
        }
        Done::Restored => {
            let (made, folder) = (info.created_at.clone(), folder.display().to_string());
            let lines = if ctx.fr() {
                [
                    format!("Sauvegarde du {made} restaurée : {contents}"),
                    format!("Les données remplacées ont été enregistrées dans {folder}"),
                ]
            } else {
                [
                    format!("Backup of {made} restored: {contents}"),
                    format!("The replaced data was saved in {folder}"),
                ]
            };
            for line in lines {
                ctx.line(line);
            }
        }
    }
    Ok(exit::OK)
}

pub fn check(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let integrity = ctx.store.integrity_check()?;
    let vault = ctx.store.check_vault()?;
    let sound = integrity == "ok" && vault.orphans.is_empty() && vault.missing.is_empty();
    if flag(m, "json") {
        #[derive(Serialize)]
        struct Report<'a> {
            sound: bool,
            integrity: &'a str,
            orphan_files: &'a [String],
            missing_files: &'a [String],
        }
        ctx.json(&Report {
            sound,
            integrity: &integrity,
            orphan_files: &vault.orphans,
            missing_files: &vault.missing,
        })?;
    } else {
        let colon = ctx.colon();
        let db = ctx.say("Base de données", "Database");
        ctx.line(format!("{db}{colon}{integrity}"));
        let files = ctx.say("Fichiers manquants", "Missing files");
        let line = format!("{files}{colon}{}", vault.missing.len());
        ctx.line(line);
        for file in &vault.missing {
            ctx.line(format!("  {file}"));
        }
        let orphans = ctx.say("Fichiers orphelins", "Orphan files");
        ctx.line(format!("{orphans}{colon}{}", vault.orphans.len()));
    }
    // The report above says what is wrong; the code lets a scheduled task notice.
    Ok(if sound { exit::OK } else { exit::DATA })
}
