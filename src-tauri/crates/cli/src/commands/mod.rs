//! The commands: each reads its arguments, calls the core and words the result. No rule
//! about applications, documents or reminders lives here (see `postulo-core`).

pub(crate) mod applications;
mod backup;
mod calendar;
mod checklist;
mod dates;
mod dossier;
mod edit;
mod exports;
mod letter;
mod people;
mod pieces;
mod posting;
mod reminders;
mod settings;
mod show;
mod stats;
mod tracking;
mod vault;
mod vault_contents;
mod vault_edit;

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use clap::ArgMatches;
use postulo_core::model::Language;
use postulo_core::{Error, Store};
use serde::Serialize;

use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::{fill, ManageTexts, PieceTexts};
pub use dates::{check_period, parse_day, read_day};

/// What every command works with.
#[derive(Debug)]
pub struct Ctx {
    pub lang: Language,
    pub store: Store,
    /// Now (the store's clock: `--now` in tests).
    pub now: DateTime<Utc>,
    /// The candidate's zone: this computer's.
    pub tz: Tz,
    /// What goes to standard output, written once the command is done.
    pub out: String,
}

impl Ctx {
    /// The texts of the commands that change what the window changes.
    pub fn t(&self) -> &'static ManageTexts {
        &crate::texts::texts(self.lang).manage
    }

    /// The texts of what a piece is asked as and of a document's dates.
    pub fn p(&self) -> &'static PieceTexts {
        &crate::texts::texts(self.lang).pieces
    }

    pub fn fr(&self) -> bool {
        self.lang == Language::Fr
    }

    /// The French or the English text.
    pub fn say<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        if self.fr() {
            fr
        } else {
            en
        }
    }

    /// The candidate's date today.
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.tz).date_naive()
    }

    pub fn line(&mut self, text: impl AsRef<str>) {
        self.out.push_str(text.as_ref());
        self.out.push('\n');
    }

    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> CliResult<()> {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| CliError::Core(Error::Corrupt(e.to_string())))?;
        self.line(text);
        Ok(())
    }

    /// A warning on standard error: the command goes on.
    pub fn warn(&self, text: impl AsRef<str>) {
        let label = self.say("attention", "warning");
        let colon = self.say(" :", ":");
        eprintln!(
            "{}{colon} {label}{colon} {}",
            crate::cli::BIN,
            text.as_ref()
        );
    }

    /// « text » in French, "text" in English.
    pub fn quote(&self, text: &str) -> String {
        if self.fr() {
            format!("« {text} »")
        } else {
            format!("\"{text}\"")
        }
    }

    /// `: ` in English, ` : ` in French.
    pub fn colon(&self) -> &'static str {
        if self.fr() {
            " : "
        } else {
            ": "
        }
    }
}

/// Runs the command `matches` names; returns the exit code.
pub fn run(ctx: &mut Ctx, matches: &ArgMatches) -> CliResult<u8> {
    match matches.subcommand() {
        Some(("list", m)) => applications::list(ctx, m),
        Some(("show", m)) => show::show(ctx, m),
        Some(("add", m)) => applications::add(ctx, m),
        Some(("status", m)) => applications::status(ctx, m),
        Some(("follow-up", m)) => tracking::follow_up(ctx, m),
        Some(("receipt", m)) => tracking::receipt(ctx, m),
        Some(("stats", m)) => stats::stats(ctx, m),
        Some(("edit", m)) => edit::edit(ctx, m),
        Some(("delete", m)) => edit::delete(ctx, m),
        Some(("checklist", m)) => match m.subcommand() {
            Some(("add", m)) => checklist::add(ctx, m),
            Some(("require", m)) => checklist::require(ctx, m),
            Some(("remove", m)) => checklist::remove(ctx, m),
            Some(("waive", m)) => checklist::waive(ctx, m, true),
            Some(("unwaive", m)) => checklist::waive(ctx, m, false),
            Some(("order", m)) => checklist::order(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("contact", m)) => match m.subcommand() {
            Some(("add", m)) => people::add_contact(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("interview", m)) => match m.subcommand() {
            Some(("add", m)) => people::add_interview(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("profile", m)) => match m.subcommand() {
            Some(("show", m)) => people::show_profile(ctx, m),
            Some(("set", m)) => people::set_profile(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("settings", m)) => match m.subcommand() {
            Some(("show", m)) => settings::show(ctx, m),
            Some(("set", m)) => settings::set(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("import-posting", m)) => posting::import(ctx, m),
        Some(("vault", m)) => match m.subcommand() {
            Some(("add", m)) => vault::add(ctx, m),
            Some(("edit", m)) => vault_edit::edit(ctx, m),
            Some(("list", m)) => vault::list(ctx, m),
            Some(("read", m)) => vault::read(ctx, m),
            Some(("straighten", m)) => vault::straighten(ctx, m),
            Some(("search", m)) => vault_contents::search(ctx, m),
            Some(("suggestion", m)) => vault_contents::suggestion(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("attach", m)) => vault::attach(ctx, m),
        Some(("export", m)) => dossier::export(ctx, m),
        Some(("paper", m)) => dossier::paper(ctx, m),
        Some(("letter", m)) => letter::letter(ctx, m),
        Some(("export-list", m)) => exports::export_list(ctx, m),
        Some(("report", m)) => exports::report(ctx, m),
        Some(("email", m)) => dossier::email(ctx, m),
        Some(("ics", m)) => calendar::ics(ctx, m),
        Some(("reminders", m)) => match m.subcommand() {
            Some(("due", m)) => reminders::due(ctx, m),
            _ => Ok(exit::USAGE),
        },
        Some(("backup", m)) => backup::backup(ctx, m),
        Some(("restore", m)) => backup::restore(ctx, m),
        Some(("check", m)) => backup::check(ctx, m),
        _ => Ok(exit::USAGE),
    }
}

/// A string argument, if given.
pub fn text<'a>(m: &'a ArgMatches, name: &str) -> Option<&'a str> {
    m.get_one::<String>(name).map(String::as_str)
}

/// A positive number clap already checked.
pub fn number(m: &ArgMatches, name: &str) -> CliResult<i64> {
    m.get_one::<i64>(name)
        .copied()
        .ok_or_else(|| CliError::Usage(format!("<{name}>")))
}

pub fn flag(m: &ArgMatches, name: &str) -> bool {
    m.get_flag(name)
}

/// A file name given by the user, or a folder to put `default_name` in; relative to the
/// current folder.
pub fn output_path(given: Option<&str>, default_name: &str) -> PathBuf {
    match given {
        Some(path) if Path::new(path).is_dir() => Path::new(path).join(default_name),
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(default_name),
    }
}

/// `17:00` (or `17h00`, `17h`, as French speakers write it).
pub fn parse_time(ctx: &Ctx, option: &str, text: &str) -> CliResult<NaiveTime> {
    let trimmed = text.trim().to_ascii_lowercase();
    let trimmed = match trimmed.strip_suffix('h') {
        Some(hours) => format!("{hours}:00"),
        None => trimmed.replacen('h', ":", 1),
    };
    NaiveTime::parse_from_str(&trimmed, "%H:%M")
        .map_err(|_| CliError::Invalid(fill(ctx.t().bad_time, &[&option, &text])))
}

/// `--email-size 8` (megabytes, decimal; `7.5` and `7,5` both read).
pub fn parse_megabytes(ctx: &Ctx, option: &str, text: &str) -> CliResult<u64> {
    let mb: f64 = text.trim().replace(',', ".").parse().unwrap_or(f64::NAN);
    if !(mb.is_finite() && mb > 0.0 && mb <= 10_000.0) {
        return Err(CliError::Invalid(if ctx.fr() {
            format!("{option} : taille invalide « {text} » (en Mo, par ex. 8)")
        } else {
            format!("{option}: invalid size \"{text}\" (in MB, e.g. 8)")
        }));
    }
    Ok((mb * postulo_core::dossier::MB as f64).round() as u64)
}

/// Refuses an output name whose extension is not `.pdf` (any case): a PDF named `x.txt`
/// would open in the wrong program, or not at all. `what` names the file (« le journal »).
pub fn require_pdf(ctx: &Ctx, dest: &Path, what_fr: &str, what_en: &str) -> CliResult<()> {
    let is_pdf = dest
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if is_pdf {
        return Ok(());
    }
    Err(CliError::Invalid(if ctx.fr() {
        format!(
            "-o {} : {what_fr} est un PDF : donnez un nom en .pdf",
            dest.display()
        )
    } else {
        format!(
            "-o {}: {what_en} is a PDF: give a name ending in .pdf",
            dest.display()
        )
    }))
}

/// Writes `bytes` to `path` through a temporary file renamed at the end, so a failure
/// never leaves half a file where the user expects one.
pub fn write_file(path: &Path, bytes: &[u8]) -> CliResult<()> {
    // A file the user named: exit code and wording of an output that cannot be written.
    postulo_core::atomic_write::write_bytes(path, bytes).map_err(|e| CliError::output(path, e))
}
