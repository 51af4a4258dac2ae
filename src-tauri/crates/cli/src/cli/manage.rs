//! The command line of the commands that change what the window changes: `edit`,
//! `delete`, `checklist`, `contact`, `interview`, `profile` and `settings`.

use clap::{value_parser, Arg, ArgAction, Command};

use super::{flag, id, json, option, positional, sub};
use crate::texts::{CommandHelp, Texts};

/// The optional fields of an application that `edit --clear` empties (title and
/// organization are required, so they are changed, never cleared).
const CLEARABLE: [&str; 14] = [
    "reference",
    "location",
    "contract",
    "url",
    "method",
    "email",
    "subject",
    "cc",
    "apply-url",
    "address",
    "deadline",
    "time",
    "notes",
    "type",
];

/// The profile's fields, as options (`--first-name`) and as `profile set --clear` values.
pub const PROFILE_FIELDS: [&str; 5] = ["first-name", "last-name", "email", "phone", "address"];

/// A command holding subcommands (`checklist add`, `profile show`…).
fn group(name: &'static str, t: &'static Texts, help: &CommandHelp) -> Command {
    sub(name, t, help)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand_help_heading(t.commands_heading)
}

/// `--clear FIELD`, repeatable, among `fields`.
fn clear(t: &'static Texts, help: &'static str, fields: &'static [&'static str]) -> Arg {
    option(t, "clear", t.manage.v_field, help)
        .action(ArgAction::Append)
        .value_parser(fields.to_vec())
        .hide_possible_values(true)
}

fn application(t: &'static Texts) -> Arg {
    id(t, 0, "id", t.v_id, t.manage.application_id)
}

pub fn edit(t: &'static Texts) -> Command {
    let m = &t.manage;
    sub("edit", t, &m.edit)
        .arg(application(t))
        .arg(option(t, "title", t.v_text, t.add_title))
        .arg(option(t, "organization", t.v_text, t.add_organization))
        .arg(option(t, "deadline", t.v_date, m.edit_deadline))
        .arg(option(t, "time", m.v_time, m.edit_time))
        .arg(option(t, "tz", t.v_zone, m.edit_tz))
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
        .arg(clear(t, m.edit_clear, &CLEARABLE))
        .arg(json(t))
}

pub fn delete(t: &'static Texts) -> Command {
    sub("delete", t, &t.manage.delete)
        .arg(application(t))
        .arg(flag(t, "yes", t.manage.delete_yes).short('y'))
        .arg(json(t))
}

/// `--form`, `--copies`, `--max-age` and `--handwritten`, read by
/// [`crate::commands::pieces`] (`none` is a value, so clap takes them as text).
fn requirements(t: &'static Texts, help: [&'static str; 4]) -> [Arg; 4] {
    let p = &t.pieces;
    let [form, copies, max_age, handwritten] = help;
    [
        option(t, "form", p.v_form, form),
        option(t, "copies", p.v_copies, copies),
        option(t, "max-age", p.v_age, max_age),
        option(t, "handwritten", p.v_yes_no, handwritten),
    ]
}

pub fn checklist(t: &'static Texts) -> Command {
    let m = &t.manage;
    let p = &t.pieces;
    let item = |help| id(t, 1, "item", m.v_item, help);
    let add = sub("add", t, &m.checklist_add)
        .arg(application(t))
        .arg(positional(t, 1, "kind", t.v_kind, m.checklist_kind).required(true))
        .arg(option(t, "label", t.v_text, m.checklist_label))
        .arg(flag(t, "later", m.checklist_later))
        .args(requirements(
            t,
            [p.form, p.copies, p.max_age, p.handwritten],
        ))
        .arg(json(t));
    let require = sub("require", t, &p.require)
        .arg(application(t))
        .arg(item(m.checklist_item))
        .args(requirements(
            t,
            [
                p.require_form,
                p.require_copies,
                p.require_max_age,
                p.require_handwritten,
            ],
        ))
        .arg(json(t));
    let remove = sub("remove", t, &m.checklist_remove)
        .arg(application(t))
        .arg(item(m.checklist_item))
        .arg(json(t));
    let waive = sub("waive", t, &m.checklist_waive)
        .arg(application(t))
        .arg(item(m.checklist_item))
        .arg(json(t));
    let unwaive = sub("unwaive", t, &m.checklist_unwaive)
        .arg(application(t))
        .arg(item(m.checklist_item))
        .arg(json(t));
    let order = sub("order", t, &m.checklist_order)
        .arg(application(t))
        .arg(
            positional(t, 1, "items", m.v_item, m.checklist_items)
                .required(true)
                .num_args(1..)
                .value_parser(value_parser!(i64).range(1..)),
        )
        .arg(json(t));
    group("checklist", t, &m.checklist).subcommands([add, require, remove, waive, unwaive, order])
}

pub fn contact(t: &'static Texts) -> Command {
    let m = &t.manage;
    let add = sub("add", t, &m.contact_add)
        .arg(application(t))
        .arg(option(t, "name", t.v_text, m.contact_name).required(true))
        .arg(option(t, "role", t.v_text, m.contact_role))
        .arg(option(t, "email", t.v_value, m.contact_email))
        .arg(option(t, "phone", t.v_value, m.contact_phone))
        .arg(json(t));
    group("contact", t, &m.contact).subcommand(add)
}

pub fn interview(t: &'static Texts) -> Command {
    let m = &t.manage;
    let add = sub("add", t, &m.interview_add)
        .arg(application(t))
        .arg(option(t, "date", t.v_date, m.interview_date).required(true))
        .arg(option(t, "time", m.v_time, m.interview_time).required(true))
        // `--zone` and `--note` read as well: the words people reach for first.
        .arg(option(t, "tz", t.v_zone, m.interview_tz).alias("zone"))
        .arg(option(t, "place", t.v_text, m.interview_place))
        .arg(option(t, "notes", t.v_text, m.interview_notes).alias("note"))
        .arg(json(t));
    group("interview", t, &m.interview).subcommand(add)
}

pub fn profile(t: &'static Texts) -> Command {
    let m = &t.manage;
    let show = sub("show", t, &m.profile_show).arg(json(t));
    let set = sub("set", t, &m.profile_set)
        .arg(option(t, "first-name", t.v_text, m.profile_first_name))
        .arg(option(t, "last-name", t.v_text, m.profile_last_name))
        .arg(option(t, "email", t.v_value, m.profile_email))
        .arg(option(t, "phone", t.v_value, m.profile_phone))
        .arg(option(t, "address", t.v_text, m.profile_address))
        .arg(clear(t, m.profile_clear, &PROFILE_FIELDS))
        .arg(json(t));
    group("profile", t, &m.profile).subcommands([show, set])
}

pub fn settings(t: &'static Texts) -> Command {
    let m = &t.manage;
    let show = sub("show", t, &m.settings_show).arg(json(t));
    let set = sub("set", t, &m.settings_set)
        .arg(positional(t, 0, "key", m.v_key, m.settings_key).required(true))
        // An empty value is meaningful (no reminders, the default file name).
        .arg(positional(t, 1, "value", t.v_value, m.settings_value).required(true))
        .arg(json(t));
    group("settings", t, &m.settings).subcommands([show, set])
}
