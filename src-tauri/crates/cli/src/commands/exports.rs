//! `export-list -o FILE.csv|FILE.xlsx`: the list for a spreadsheet; `report`: the job
//! search log PDF of a period.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use clap::ArgMatches;
use postulo_core::export::{ListFormat, Separator};
use serde::Serialize;

use super::applications::list_query;
use super::{check_period, flag, parse_day, require_pdf, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::words;

pub fn export_list(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let dest = Path::new(text(m, "output").unwrap_or_default());
    let format = ListFormat::from_path(dest).ok_or_else(|| {
        CliError::Invalid(if ctx.fr() {
            format!(
                "-o {} : format inconnu ; le nom doit finir par .csv ou .xlsx",
                dest.display()
            )
        } else {
            format!(
                "-o {}: unknown format; the name must end in .csv or .xlsx",
                dest.display()
            )
        })
    })?;
    let separator = match text(m, "separator") {
        // clap only lets `;` and `,` through.
        Some(s) => Separator::parse(s).unwrap_or_default(),
        None => Separator::default(),
    };
    if format == ListFormat::Xlsx && text(m, "separator").is_some() {
        ctx.warn(ctx.say(
            "--separator ne sert qu'au .csv : ignoré pour un .xlsx",
            "--separator only applies to .csv: ignored for an .xlsx",
        ));
    }
    let query = list_query(ctx, m)?;
    // As `list` does: deadlines passed since the last look are « Expirée » in the file too.
    ctx.store.expire_overdue(ctx.now)?;
    let summary = ctx
        .store
        .export_list(&query, format, separator, ctx.lang, dest)
        .map_err(|e| CliError::output(dest, e))?;
    if flag(m, "json") {
        #[derive(Serialize)]
        struct Exported<'a> {
            file: &'a Path,
            format: ListFormat,
            rows: usize,
            bytes: u64,
        }
        ctx.json(&Exported {
            file: dest,
            format: summary.format,
            rows: summary.rows,
            bytes: summary.bytes,
        })?;
        return Ok(exit::OK);
    }
    let rows = if ctx.fr() {
        words::count(summary.rows, ctx.lang, "candidature", "candidatures")
    } else {
        words::count(summary.rows, ctx.lang, "application", "applications")
    };
    let line = if ctx.fr() {
        format!("Liste écrite : {} ({rows})", dest.display())
    } else {
        format!("List written: {} ({rows})", dest.display())
    };
    ctx.line(line);
    Ok(exit::OK)
}

pub fn report(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let from = parse_day(ctx, "--from", text(m, "from").unwrap_or_default())?;
    let to = parse_day(ctx, "--to", text(m, "to").unwrap_or_default())?;
    check_period(ctx, Some(from), Some(to))?;
    let dest = Path::new(text(m, "output").unwrap_or_default());
    require_pdf(ctx, dest, "le journal", "the log")?;
    let cancel = AtomicBool::new(false);
    let summary = ctx
        .store
        .export_journal(from, to, ctx.lang, dest, &mut |_| {}, &cancel)
        .map_err(|e| CliError::output(dest, e))?;
    if summary.applications == 0 {
        ctx.warn(if ctx.fr() {
            format!(
                "aucune candidature créée, changée ou relancée du {} au {} : le journal le dit",
                words::date(from, ctx.lang),
                words::date(to, ctx.lang)
            )
        } else {
            format!(
                "no application created, changed or followed up from {} to {}: the log says so",
                words::date(from, ctx.lang),
                words::date(to, ctx.lang)
            )
        });
    }
    if flag(m, "json") {
        #[derive(Serialize)]
        struct Written<'a> {
            file: &'a Path,
            applications: usize,
            pages: usize,
            bytes: u64,
        }
        ctx.json(&Written {
            file: dest,
            applications: summary.applications,
            pages: summary.pages,
            bytes: summary.bytes,
        })?;
        return Ok(exit::OK);
    }
    let line = if ctx.fr() {
        format!(
            "Journal écrit : {} ({}, {})",
            dest.display(),
            words::count(
                summary.applications,
                ctx.lang,
                "candidature",
                "candidatures"
            ),
            words::count(summary.pages, ctx.lang, "page", "pages")
        )
    } else {
        format!(
            "Log written: {} ({}, {})",
            dest.display(),
            words::count(
                summary.applications,
                ctx.lang,
                "application",
                "applications"
            ),
            words::count(summary.pages, ctx.lang, "page", "pages")
        )
    };
    ctx.line(line);
    Ok(exit::OK)
}
