//! `edit` and `delete`: the application form's « Enregistrer » and « Supprimer ». Both go
//! through the same core functions as the window (`Store::update_application`,
//! `Store::delete_application`), so the same rules refuse the same values.

use std::io::{BufRead, IsTerminal, Write};

use clap::ArgMatches;
use postulo_core::model::{Application, ApplicationInput, ApplyMethod, Deadline};
use postulo_core::search::fold;
use serde::Serialize;

use super::applications::{parse_deadline, parse_method};
use super::{flag, number, parse_time, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::fill;

/// What the form would show: the saved application, as an input to change.
fn input_of(app: &Application) -> ApplicationInput {
    ApplicationInput {
        title: app.title.clone(),
        organization: app.organization.clone(),
        organization_type: app.organization_type,
        reference: app.reference.clone(),
        location: app.location.clone(),
        contract: app.contract.clone(),
        source_url: app.source_url.clone(),
        apply_method: app.apply_method,
        apply_email: app.apply_email.clone(),
        apply_subject: app.apply_subject.clone(),
        apply_cc: app.apply_cc.clone(),
        apply_url: app.apply_url.clone(),
        apply_address: app.apply_address.clone(),
        deadline: app.deadline.clone(),
        notes: app.notes.clone(),
    }
}

pub fn edit(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let app = ctx.store.application(id)?;
    let cleared: Vec<&str> = m
        .get_many::<String>("clear")
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let given = |name: &str| text(m, name).is_some() || cleared.contains(&name);
    let options = [
        "title",
        "organization",
        "deadline",
        "time",
        "tz",
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
        "notes",
        "type",
    ];
    if !options.iter().any(|o| given(o)) {
        return Err(CliError::Usage(fill(
            ctx.t().nothing_to_change,
            &[&"postulo-cli edit"],
        )));
    }

    let mut input = input_of(&app);
    if let Some(title) = text(m, "title") {
        input.title = title.to_owned();
    }
    if let Some(organization) = text(m, "organization") {
        input.organization = organization.to_owned();
    }
    // `--clear NAME` first, then the value: an empty value clears too (the core turns
    // blank optional fields into none).
    for (name, slot) in [
        ("reference", &mut input.reference),
        ("location", &mut input.location),
        ("contract", &mut input.contract),
        ("url", &mut input.source_url),
        ("email", &mut input.apply_email),
        ("subject", &mut input.apply_subject),
        ("apply-url", &mut input.apply_url),
        ("address", &mut input.apply_address),
        ("notes", &mut input.notes),
    ] {
        if cleared.contains(&name) {
            *slot = None;
        }
        if let Some(value) = text(m, name) {
            *slot = Some(value.to_owned());
        }
    }
    // The core splits and checks the addresses, as for the window's field.
    if cleared.contains(&"cc") {
        input.apply_cc.clear();
    }
    if let Some(cc) = text(m, "cc") {
        input.apply_cc = vec![cc.to_owned()];
    }
    if cleared.contains(&"method") {
        input.apply_method = None;
    }
    if cleared.contains(&"type") {
        input.organization_type = None;
    }
    if let Some(kind) = text(m, "type").filter(|k| !k.trim().is_empty()) {
        input.organization_type = Some(super::tracking::parse_organization_type(ctx, kind)?);
    } else if text(m, "type").is_some() {
        input.organization_type = None;
    }
    match text(m, "method") {
        Some(name) => input.apply_method = parse_method(ctx, name)?,
        // As `add` does: an address to write to says how to apply, unless told otherwise.
        None if input.apply_method.is_none() && !cleared.contains(&"method") => {
            if text(m, "email").is_some_and(|e| !e.trim().is_empty()) {
                input.apply_method = Some(ApplyMethod::Email);
            } else if text(m, "apply-url").is_some_and(|u| !u.trim().is_empty()) {
                input.apply_method = Some(ApplyMethod::Portal);
            }
        }
        None => {}
    }
    input.deadline = edited_deadline(ctx, m, &cleared, app.deadline.clone(), id)?;

    let app = ctx.store.update_application(id, input)?;
    if flag(m, "json") {
        ctx.json(&app)?;
        return Ok(exit::OK);
    }
    let line = fill(ctx.t().edited, &[&app.id, &app.title, &app.organization]);
    ctx.line(line);
    Ok(exit::OK)
}

/// The deadline after `--clear deadline|time`, `--deadline`, `--time` and `--tz`, in that
/// order. A day alone keeps the hour already saved: moving a deadline by a week rarely
/// moves its hour.
fn edited_deadline(
    ctx: &Ctx,
    m: &ArgMatches,
    cleared: &[&str],
    saved: Option<Deadline>,
    id: i64,
) -> CliResult<Option<Deadline>> {
    let mut deadline = saved.filter(|_| !cleared.contains(&"deadline"));
    if cleared.contains(&"time") {
        if let Some(d) = &mut deadline {
            d.time = None;
        }
    }
    if let Some(when) = text(m, "deadline") {
        if when.trim().is_empty() {
            deadline = None;
        } else {
            let timezone = deadline
                .as_ref()
                .map(|d| d.timezone.clone())
                .unwrap_or_else(|| ctx.tz.name().to_owned());
            let kept_time = deadline.as_ref().and_then(|d| d.time);
            let mut new = parse_deadline(ctx, when, timezone)?;
            new.time = new.time.or(kept_time);
            deadline = Some(new);
        }
    }
    for option in ["time", "tz"] {
        let Some(value) = text(m, option) else {
            continue;
        };
        let Some(d) = &mut deadline else {
            return Err(CliError::Invalid(fill(
                ctx.t().time_without_date,
                &[&format!("--{option}"), &id],
            )));
        };
        if option == "time" {
            d.time = if value.trim().is_empty() {
                None
            } else {
                Some(parse_time(ctx, "--time", value)?)
            };
        } else {
            // The core checks the zone's name (`Deadline::instant_utc`).
            d.timezone = value.to_owned();
        }
    }
    Ok(deadline)
}

#[derive(Serialize)]
struct Deleted<'a> {
    deleted: &'a Application,
}

pub fn delete(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    // An unknown number is said before anything is asked.
    let app = ctx.store.application(id)?;
    if !flag(m, "yes") && !confirmed(ctx, &app)? {
        let kept = ctx.t().delete_kept;
        ctx.line(kept);
        return Ok(exit::OK);
    }
    ctx.store.delete_application(id)?;
    if flag(m, "json") {
        ctx.json(&Deleted { deleted: &app })?;
        return Ok(exit::OK);
    }
    let line = fill(ctx.t().deleted, &[&app.id, &app.title, &app.organization]);
    ctx.line(line);
    Ok(exit::OK)
}

/// Asks on the terminal, as the window's dialog does. With no terminal (a script, cron)
/// nobody can answer: deleting then needs `--yes`, never a silent default.
fn confirmed(ctx: &Ctx, app: &Application) -> CliResult<bool> {
    let t = ctx.t();
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(CliError::Usage(fill(t.delete_needs_yes, &[&app.id])));
    }
    let question = fill(t.delete_question, &[&app.id, &app.title, &app.organization]);
    let mut stderr = std::io::stderr().lock();
    // The question is best effort: if stderr is gone, the answer still decides.
    let _ = stderr
        .write_all(question.as_bytes())
        .and_then(|()| stderr.flush());
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| CliError::file(std::path::Path::new("stdin"), e))?;
    let answer = fold(answer.trim());
    Ok(t.yes.iter().any(|y| *y == answer))
}
