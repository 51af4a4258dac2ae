//! `postulo-cli`: Postulo's data from the terminal, for scripts, scheduled checks and power
//! users. The same core and the same data folder as the app (`POSTULO_DATA_DIR` when
//! set); both may run at once (the store uses SQLite's WAL and a busy timeout).
//!
//! Help and messages in French or English (see `lang.rs`), `--json` where a script wants
//! data, and exit codes that say what went wrong (see `exit.rs`).

mod cli;
mod commands;
mod error;
mod error_words;
mod exit;
mod io_words;
mod lang;
mod texts;
mod words;

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgMatches, Command};
use postulo_core::clock::{local_time_zone, Clock};
use postulo_core::data_dir::{self, DATABASE_FILE};
use postulo_core::model::Language;
use postulo_core::Store;

use crate::commands::Ctx;
use crate::error::CliError;

fn main() -> ExitCode {
    ExitCode::from(run(std::env::args_os().collect()))
}

fn run(args: Vec<OsString>) -> u8 {
    let args = help_alias(args);
    let data_dir = data_dir::resolve();
    // The saved language needs the database: opened now when it exists (never created
    // just to print help), and kept for the command.
    let mut store = None;
    let lang = match lang::from_args(&args) {
        Some(lang) => lang,
        None => {
            let saved = match &data_dir {
                Ok(dir) if dir.join(DATABASE_FILE).is_file() => {
                    let opened = Store::open_in(dir);
                    let saved = opened
                        .as_ref()
                        .ok()
                        .and_then(|s| s.settings().ok())
                        .map(|s| s.language);
                    store = Some(opened);
                    saved
                }
                _ => None,
            };
            saved.unwrap_or_else(lang::from_system)
        }
    };
    let command = cli::build(texts::texts(lang));
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return clap_error(&e, &command, &args, lang),
    };
    let now = match global(&matches, "now") {
        Some(text) => match DateTime::parse_from_rfc3339(text) {
            Ok(t) => Some(t.with_timezone(&Utc)),
            Err(_) => {
                return fail(
                    &CliError::Usage(format!("--now {text}: RFC 3339 (2026-05-10T09:00:00Z)")),
                    lang,
                    None,
                )
            }
        },
        None => None,
    };
    let dir = match data_dir {
        Ok(dir) => dir,
        Err(e) => return fail(&CliError::Core(e), lang, None),
    };
    let store = match store.unwrap_or_else(|| Store::open_in(&dir)) {
        Ok(store) => store,
        Err(e) => return fail(&CliError::Core(e), lang, Some(&dir)),
    };
    let store = match now {
        Some(at) => store.with_clock(Clock::fixed(at)),
        None => store,
    };
    let mut ctx = Ctx {
        lang,
        now: store.now(),
        store,
        tz: local_time_zone(),
        out: String::new(),
    };
    let result = commands::run(&mut ctx, &matches);
    print_out(&ctx.out);
    match result {
        Ok(code) => code,
        Err(e) => fail(&e, lang, Some(&dir)),
    }
}

/// `postulo-cli help export` and `postulo-cli aide export` show `export --help`.
fn help_alias(mut args: Vec<OsString>) -> Vec<OsString> {
    let first = args.get(1).and_then(|a| a.to_str()).map(str::to_owned);
    if matches!(first.as_deref(), Some("help" | "aide")) {
        args.remove(1);
        args.push(OsString::from("--help"));
    }
    args
}

/// A global option's value, wherever on the line it was given.
fn global<'a>(matches: &'a ArgMatches, name: &str) -> Option<&'a str> {
    let mut level = Some(matches);
    let mut found = None;
    while let Some(m) = level {
        if let Ok(Some(v)) = m.try_get_one::<String>(name) {
            found = Some(v.as_str());
        }
        level = m.subcommand().map(|(_, sub)| sub);
    }
    found
}

/// Standard output, all at once; a reader that went away (`| head`) is no error.
fn print_out(text: &str) {
    if text.is_empty() {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
}

fn fail(e: &CliError, lang: Language, data_dir: Option<&Path>) -> u8 {
    let (label, colon) = match lang {
        Language::Fr => ("erreur", " :"),
        Language::En => ("error", ":"),
    };
    eprintln!("{}{colon} {label}{colon} {}", cli::BIN, e.message(lang));
    e.exit_code(data_dir)
}

/// clap's verdict in the user's language: the help itself (already translated), or a
/// short message and where to find the help.
fn clap_error(e: &clap::Error, command: &Command, args: &[OsString], lang: Language) -> u8 {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            print_out(&e.to_string());
            return exit::OK;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            eprint!("{e}");
            return exit::USAGE;
        }
        _ => {}
    }
    let fr = lang == Language::Fr;
    let get = |kind| context(e, kind).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let message = match e.kind() {
        ErrorKind::UnknownArgument if fr => format!("argument inattendu : {arg}"),
        ErrorKind::UnknownArgument => format!("unexpected argument: {arg}"),
        ErrorKind::InvalidSubcommand if fr => {
            format!(
                "commande inconnue : {}",
                get(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidSubcommand => {
            format!("unknown command: {}", get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::InvalidValue if value.is_empty() && fr => {
            format!("valeur manquante pour {arg}")
        }
        ErrorKind::InvalidValue if value.is_empty() => format!("missing value for {arg}"),
        ErrorKind::InvalidValue if fr => format!(
            "valeur « {value} » refusée pour {arg} (valeurs possibles : {})",
            get(ContextKind::ValidValue)
        ),
        ErrorKind::InvalidValue => format!(
            "value \"{value}\" refused for {arg} (possible values: {})",
            get(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation if fr => {
            format!("« {value} » n'est pas un numéro valide pour {arg}")
        }
        ErrorKind::ValueValidation => format!("\"{value}\" is not a valid number for {arg}"),
        ErrorKind::MissingRequiredArgument if fr => {
            format!("argument obligatoire manquant : {arg}")
        }
        ErrorKind::MissingRequiredArgument => format!("missing required argument: {arg}"),
        ErrorKind::ArgumentConflict if fr => format!(
            "{arg} ne peut pas être donné avec {}",
            get(ContextKind::PriorArg)
        ),
        ErrorKind::ArgumentConflict => {
            format!("{arg} cannot be used with {}", get(ContextKind::PriorArg))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues
            if fr =>
        {
            format!("nombre de valeurs incorrect pour {arg}")
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("wrong number of values for {arg}")
        }
        // Rare cases (invalid UTF-8…): clap's own words, after ours.
        _ if fr => format!("ligne de commande incomprise ({})", e.kind()),
        _ => format!("the command line cannot be understood ({})", e.kind()),
    };
    let path = command_path(command, args);
    let hint = if fr {
        format!("Aide : {path} --help")
    } else {
        format!("Help: {path} --help")
    };
    let (label, colon) = if fr { ("erreur", " :") } else { ("error", ":") };
    eprintln!("{}{colon} {label}{colon} {message}\n{hint}", cli::BIN);
    exit::USAGE
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    Some(match e.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => return None,
    })
}

/// `postulo-cli vault add`: the commands named on the line, for the help hint.
fn command_path(command: &Command, args: &[OsString]) -> String {
    let mut path = vec![cli::BIN.to_owned()];
    let mut current = command;
    let mut skip_value = false;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if std::mem::take(&mut skip_value) {
            continue;
        }
        if arg.starts_with('-') {
            skip_value = matches!(arg, "--lang" | "--now");
            continue;
        }
        match current.find_subcommand(arg) {
            Some(sub) => {
                path.push(arg.to_owned());
                current = sub;
            }
            None => break,
        }
    }
    path.join(" ")
}
