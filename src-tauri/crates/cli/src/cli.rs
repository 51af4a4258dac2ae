//! The command line, built with clap's builder API from the texts of one language.
//!
//! clap writes its own headings ("Usage:", "Options:") and flags ("Print help") in English;
//! here every argument carries a translated heading, the help and version flags are our
//! own, and the template names the usage in the user's language.

use clap::{value_parser, Arg, ArgAction, Command};

use crate::texts::{CommandHelp, Texts};

mod manage;

pub use manage::PROFILE_FIELDS;

pub const BIN: &str = "postulo-cli";

/// The whole command line in the language of `t`.
pub fn build(t: &'static Texts) -> Command {
    let root = command(Command::new(BIN), t, &t.root)
        .version(env!("CARGO_PKG_VERSION"))
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t.version_flag)
                .help_heading(t.options_heading),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .global(true)
                .value_name("fr|en")
                .value_parser(["fr", "en"])
                .hide_possible_values(true)
                .help(t.lang_flag)
                .help_heading(t.options_heading),
        )
        .arg(
            // Runs the command as if it were this instant (RFC 3339): for tests and
            // simulations of the reminders, never needed otherwise.
            Arg::new("now").long("now").global(true).hide(true),
        )
        .after_help(t.root_after)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand_help_heading(t.commands_heading);

    let root = root.subcommands([
        list(t),
        show(t),
        add(t),
        status(t),
        follow_up(t),
        receipt(t),
        stats(t),
        manage::edit(t),
        manage::delete(t),
        manage::checklist(t),
        manage::contact(t),
        manage::interview(t),
        import(t),
        vault(t),
        attach(t),
        export(t),
        paper(t),
        letter(t),
        export_list(t),
        report(t),
        email(t),
        ics(t),
        reminders(t),
        backup(t),
        restore(t),
        check(t),
        manage::profile(t),
        manage::settings(t),
    ]);
    with_help(root, t)
}

/// Our help flag on every command, after its other arguments, so that "Arguments" comes
/// before "Options" and the flag closes the list, as clap's own would.
fn with_help(cmd: Command, t: &'static Texts) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = cmd.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t.help_flag)
            .help_heading(t.options_heading),
    );
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| with_help(sub, t));
    }
    cmd
}

/// What every command has: its texts and the translated template.
fn command(cmd: Command, t: &'static Texts, help: &CommandHelp) -> Command {
    cmd.about(help.about)
        .override_usage(help.usage)
        .help_template(format!(
            "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            t.usage_heading
        ))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .disable_version_flag(true)
}

fn sub(name: &'static str, t: &'static Texts, help: &CommandHelp) -> Command {
    command(Command::new(name), t, help)
}

fn option(t: &'static Texts, name: &'static str, value: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .value_name(value)
        .help(help)
        .help_heading(t.options_heading)
}

fn flag(t: &'static Texts, name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(help)
        .help_heading(t.options_heading)
}

/// The `order`-th word after the command (0-based). Under a heading of our own clap sorts
/// arguments by name unless told their order.
fn positional(
    t: &'static Texts,
    order: usize,
    name: &'static str,
    value: &'static str,
    help: &'static str,
) -> Arg {
    Arg::new(name)
        .index(order + 1)
        .display_order(order)
        .value_name(value)
        .help(help)
        .help_heading(t.arguments_heading)
}

/// A required positive number: an application or a document.
fn id(
    t: &'static Texts,
    order: usize,
    name: &'static str,
    value: &'static str,
    help: &'static str,
) -> Arg {
    positional(t, order, name, value, help)
        .required(true)
        .value_parser(value_parser!(i64).range(1..))
}

fn json(t: &'static Texts) -> Arg {
    flag(t, "json", t.json_flag)
}

fn output(t: &'static Texts, help: &'static str) -> Arg {
    option(t, "output", t.v_file, help).short('o')
}

fn list(t: &'static Texts) -> Command {
    list_filters(sub("list", t, &t.list), t).arg(json(t))
}

/// What `list` and `export-list` choose applications by: the same options, read by
/// [`crate::commands::applications::list_query`].
fn list_filters(cmd: Command, t: &'static Texts) -> Command {
    cmd.arg(option(t, "status", t.v_status, t.list_status).action(ArgAction::Append))
        .arg(option(t, "search", t.v_text, t.list_search))
}

fn show(t: &'static Texts) -> Command {
    sub("show", t, &t.show)
        .arg(id(t, 0, "id", t.v_id, t.show_id))
        .arg(json(t))
}

fn add(t: &'static Texts) -> Command {
    sub("add", t, &t.add)
        .arg(option(t, "title", t.v_text, t.add_title).required(true))
        .arg(option(t, "organization", t.v_text, t.add_organization).required(true))
        .arg(option(t, "deadline", t.v_date, t.add_deadline))
        .arg(option(t, "tz", t.v_zone, t.add_tz))
        .arg(option(t, "reference", t.v_text, t.add_reference))
        .arg(option(t, "location", t.v_text, t.add_location))
        .arg(option(t, "contract", t.v_text, t.add_contract))
        .arg(option(t, "url", t.v_value, t.add_url))
        .arg(option(t, "method", t.v_value, t.add_method))
        .arg(option(t, "email", t.v_value, t.add_email))
        .arg(option(t, "subject", t.v_text, t.add_subject))
        .arg(option(t, "cc", t.v_value, t.add_cc))
        .arg(option(t, "apply-url", t.v_value, t.add_apply_url))
        .arg(option(t, "address", t.v_text, t.add_address))
        .arg(option(t, "notes", t.v_text, t.add_notes))
        .arg(option(
            t,
            "type",
            t.tracking.v_type,
            t.tracking.organization_type,
        ))
        .arg(json(t))
}

fn status(t: &'static Texts) -> Command {
    sub("status", t, &t.status)
        .arg(id(t, 0, "id", t.v_id, t.status_id))
        .arg(positional(t, 1, "status", t.v_status, t.status_value).required(true))
        .arg(option(t, "note", t.v_text, t.status_note))
        .arg(option(t, "on", t.tracking.v_day, t.tracking.status_on))
        .arg(json(t))
}

fn follow_up(t: &'static Texts) -> Command {
    sub("follow-up", t, &t.tracking.follow_up)
        .arg(id(t, 0, "id", t.v_id, t.status_id))
        .arg(option(t, "on", t.tracking.v_day, t.tracking.follow_up_on))
        .arg(option(t, "note", t.v_text, t.tracking.follow_up_note))
        .arg(json(t))
}

fn receipt(t: &'static Texts) -> Command {
    sub("receipt", t, &t.tracking.receipt)
        .arg(id(t, 0, "id", t.v_id, t.status_id))
        .arg(option(t, "on", t.tracking.v_day, t.tracking.receipt_on))
        .arg(option(t, "place", t.v_text, t.tracking.receipt_place))
        .arg(option(t, "number", t.v_text, t.tracking.receipt_number))
        .arg(option(t, "photo", "FILE", t.tracking.receipt_photo))
        .arg(json(t))
}

fn stats(t: &'static Texts) -> Command {
    sub("stats", t, &t.tracking.stats)
        .arg(option(t, "from", t.tracking.v_day, t.tracking.stats_from))
        .arg(option(t, "to", t.tracking.v_day, t.tracking.stats_to))
        .arg(json(t))
}

fn import(t: &'static Texts) -> Command {
    sub("import-posting", t, &t.import)
        .arg(positional(t, 0, "file", t.v_file, t.import_file).required(true))
        .arg(flag(t, "create", t.import_create))
        .arg(option(t, "tz", t.v_zone, t.import_tz))
        .arg(option(t, "title", t.v_text, t.import_title))
        .arg(option(t, "organization", t.v_text, t.import_organization))
        .arg(json(t))
}

fn vault(t: &'static Texts) -> Command {
    let add = sub("add", t, &t.vault_add)
        .arg(positional(t, 0, "file", t.v_file, t.vault_file).required(true))
        .arg(option(t, "kind", t.v_kind, t.vault_kind).required(true))
        .arg(option(t, "issued", t.v_date, t.vault_issued))
        .arg(option(t, "title", t.v_text, t.vault_title))
        .arg(option(t, "certified", t.v_date, t.pieces.add_certified))
        .arg(option(t, "password", t.v_text, t.vault_password))
        .arg(json(t));
    let p = &t.pieces;
    let edit = sub("edit", t, &p.vault_edit)
        .arg(id(t, 0, "id", t.v_document, p.vault_edit_id))
        .arg(option(t, "title", t.v_text, p.edit_title))
        .arg(option(t, "kind", t.v_kind, p.edit_kind))
        .arg(option(t, "issued", t.v_date, p.edit_issued))
        .arg(option(t, "valid-until", t.v_date, p.valid_until))
        .arg(option(t, "certified", t.v_date, p.certified))
        .arg(json(t));
    let list = sub("list", t, &t.vault_list).arg(json(t));
    let read = sub("read", t, &t.vault_read)
        .arg(positional(t, 0, "file", t.v_file, t.vault_read_file).required(true))
        .arg(json(t));
    let straighten = sub("straighten", t, &t.vault_straighten)
        .arg(id(t, 0, "id", t.v_id, t.vault_straighten_id))
        .arg(json(t));
    let c = &t.contents;
    let search = sub("search", t, &c.search)
        .arg(
            positional(t, 0, "words", c.v_words, c.search_words)
                .required(true)
                .num_args(1..),
        )
        .arg(json(t));
    let suggestion = sub("suggestion", t, &c.suggestion)
        .arg(id(t, 0, "id", t.v_document, c.suggestion_id))
        .arg(flag(t, "apply", c.apply).conflicts_with("ignore"))
        .arg(flag(t, "ignore", c.ignore))
        .arg(json(t));
    sub("vault", t, &t.vault)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand_help_heading(t.commands_heading)
        .subcommands([add, edit, list, read, search, straighten, suggestion])
}

fn attach(t: &'static Texts) -> Command {
    sub("attach", t, &t.attach)
        .arg(id(t, 0, "id", t.v_id, t.attach_id))
        .arg(positional(t, 1, "kind", t.v_kind, t.attach_kind).required(true))
        .arg(id(t, 2, "document", t.v_document, t.attach_document))
        .arg(json(t))
}

fn export(t: &'static Texts) -> Command {
    sub("export", t, &t.export)
        .arg(id(t, 0, "id", t.v_id, t.export_id))
        .arg(output(t, t.export_output))
        .arg(option(t, "email-size", t.v_mb, t.export_email_size).conflicts_with("per-piece"))
        .arg(flag(t, "per-piece", t.export_per_piece))
        .arg(option(t, "max-mb", t.v_mb, t.export_max_mb).requires("per-piece"))
        .arg(option(t, "total-mb", t.v_mb, t.export_total_mb).requires("per-piece"))
        .arg(flag(t, "jpeg", t.export_jpeg).requires("per-piece"))
        .after_help(t.export_rules_note)
        .arg(json(t))
}

fn paper(t: &'static Texts) -> Command {
    sub("paper", t, &t.paper)
        .arg(id(t, 0, "id", t.v_id, t.paper_id))
        .arg(output(t, t.paper_output))
        .arg(
            option(t, "envelope", "dl|c5|c4", t.paper_envelope)
                .value_parser(["dl", "c5", "c4", "DL", "C5", "C4"])
                .hide_possible_values(true),
        )
}

fn letter(t: &'static Texts) -> Command {
    sub("letter", t, &t.letter)
        .arg(id(t, 0, "id", t.v_id, t.letter_id))
        .arg(output(t, t.letter_output))
        .arg(option(t, "template", t.v_file, t.letter_template))
        .arg(option(t, "place", t.v_text, t.letter_place))
        .arg(flag(t, "attach", t.letter_attach))
}

fn export_list(t: &'static Texts) -> Command {
    let cmd = sub("export-list", t, &t.export_list)
        .arg(output(t, t.export_list_output).required(true))
        .arg(
            option(t, "separator", "';'|','", t.export_list_separator)
                .value_parser([";", ","])
                .hide_possible_values(true),
        );
    list_filters(cmd, t).arg(json(t))
}

fn report(t: &'static Texts) -> Command {
    sub("report", t, &t.report)
        .arg(option(t, "from", t.v_date, t.report_from).required(true))
        .arg(option(t, "to", t.v_date, t.report_to).required(true))
        .arg(output(t, t.report_output).required(true))
        .arg(json(t))
}

fn email(t: &'static Texts) -> Command {
    sub("email", t, &t.email)
        .arg(id(t, 0, "id", t.v_id, t.email_id))
        .arg(output(t, t.email_output))
        .arg(option(t, "dossier", "PDF", t.email_dossier).conflicts_with("separate"))
        .arg(flag(t, "separate", t.email_separate))
        .arg(option(t, "email-size", t.v_mb, t.email_size))
        .arg(flag(t, "mailto", t.email_mailto))
}

fn ics(t: &'static Texts) -> Command {
    sub("ics", t, &t.ics)
        .arg(positional(t, 0, "id", t.v_id, t.ics_id).value_parser(value_parser!(i64).range(1..)))
        .arg(output(t, t.ics_output))
}

fn reminders(t: &'static Texts) -> Command {
    let due = sub("due", t, &t.reminders_due)
        .arg(flag(t, "notify", t.reminders_notify))
        .arg(json(t));
    sub("reminders", t, &t.reminders)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand_help_heading(t.commands_heading)
        .subcommand(due)
}

fn backup(t: &'static Texts) -> Command {
    sub("backup", t, &t.backup)
        .arg(positional(t, 0, "file", t.v_file, t.backup_file).required(true))
        .arg(json(t))
}

fn restore(t: &'static Texts) -> Command {
    sub("restore", t, &t.restore)
        .arg(positional(t, 0, "file", t.v_file, t.restore_file).required(true))
        .arg(json(t))
}

fn check(t: &'static Texts) -> Command {
    sub("check", t, &t.check).arg(json(t))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

    use super::*;
    use crate::texts::texts;
    use postulo_core::model::Language;

    #[test]
    fn both_languages_build_a_valid_command_line() {
        for lang in [Language::Fr, Language::En] {
            build(texts(lang)).debug_assert();
        }
    }
}
