//! `contact add`, `interview add`, `profile show|set`: the people around an application,
//! and the candidate. The same core functions as the window's forms.

use clap::ArgMatches;
use postulo_core::model::{Contact, ContactInput, Interview, InterviewInput, Profile};

use super::{flag, number, parse_day, parse_time, text, Ctx};
use crate::cli::PROFILE_FIELDS;
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::fill;
use crate::words;

fn owned(m: &ArgMatches, name: &str) -> Option<String> {
    text(m, name).map(str::to_owned)
}

pub fn add_contact(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let input = ContactInput {
        name: owned(m, "name").unwrap_or_default(),
        role: owned(m, "role"),
        email: owned(m, "email"),
        phone: owned(m, "phone"),
    };
    let contact = ctx.store.add_contact(id, input)?;
    if flag(m, "json") {
        ctx.json(&contact)?;
        return Ok(exit::OK);
    }
    let line = fill(ctx.t().contact_added, &[&id, &contact.id, &contact.name]);
    ctx.line(line);
    Ok(exit::OK)
}

pub fn add_interview(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    // The core checks the fields before the application: an unknown number is said first.
    ctx.store.application(id)?;
    let input = InterviewInput {
        date: parse_day(ctx, "--date", text(m, "date").unwrap_or_default())?,
        time: parse_time(ctx, "--time", text(m, "time").unwrap_or_default())?,
        timezone: owned(m, "tz").unwrap_or_else(|| ctx.tz.name().to_owned()),
        place: owned(m, "place"),
        notes: owned(m, "notes"),
    };
    let interview = ctx.store.add_interview(id, input)?;
    if flag(m, "json") {
        ctx.json(&interview)?;
        return Ok(exit::OK);
    }
    let line = fill(
        ctx.t().interview_added,
        &[
            &id,
            &interview.id,
            &words::date(interview.date, ctx.lang),
            &interview.time.format("%H:%M"),
            &interview.timezone,
        ],
    );
    ctx.line(line);
    Ok(exit::OK)
}

/// `show`'s « Contacts » and « Entretiens » sections, when there is any.
pub(super) fn print_people(ctx: &mut Ctx, contacts: &[Contact], interviews: &[Interview]) {
    let t = ctx.t();
    let c = ctx.colon().trim_end();
    if !contacts.is_empty() {
        ctx.line(format!("{}{c}", t.contacts_heading));
    }
    for contact in contacts {
        let details: Vec<&str> = [&contact.role, &contact.email, &contact.phone]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect();
        let mut line = format!("  #{} {}", contact.id, contact.name);
        if !details.is_empty() {
            line.push_str(&format!(" — {}", details.join(", ")));
        }
        ctx.line(line);
    }
    if !interviews.is_empty() {
        ctx.line(format!("{}{c}", t.interviews_heading));
    }
    for interview in interviews {
        let mut line = format!(
            "  #{} {} {} ({})",
            interview.id,
            words::date(interview.date, ctx.lang),
            interview.time.format("%H:%M"),
            interview.timezone
        );
        for extra in [&interview.place, &interview.notes].into_iter().flatten() {
            line.push_str(&format!(" — {extra}"));
        }
        ctx.line(line);
    }
}

pub fn show_profile(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let profile = ctx.store.profile()?;
    print_profile(ctx, &profile, flag(m, "json"))
}

pub fn set_profile(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let cleared: Vec<&str> = m
        .get_many::<String>("clear")
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !PROFILE_FIELDS
        .iter()
        .any(|f| text(m, f).is_some() || cleared.contains(f))
    {
        return Err(CliError::Usage(fill(
            ctx.t().nothing_to_change,
            &[&"postulo-cli profile set"],
        )));
    }
    let mut profile = ctx.store.profile()?;
    // `--clear NAME` first, then the value; an empty value clears too.
    let value = |name: &str, saved: Option<String>| -> Option<String> {
        match text(m, name) {
            Some(v) => Some(v.to_owned()),
            None if cleared.contains(&name) => None,
            None => saved,
        }
    };
    profile.first_name = value("first-name", Some(profile.first_name)).unwrap_or_default();
    profile.last_name = value("last-name", Some(profile.last_name)).unwrap_or_default();
    profile.email = value("email", profile.email);
    profile.phone = value("phone", profile.phone);
    profile.postal_address = value("address", profile.postal_address);
    let profile = ctx.store.update_profile(profile)?;
    let json = flag(m, "json");
    if !json {
        let saved = ctx.t().profile_saved;
        ctx.line(saved);
    }
    print_profile(ctx, &profile, json)
}

fn print_profile(ctx: &mut Ctx, profile: &Profile, json: bool) -> CliResult<u8> {
    if json {
        ctx.json(profile)?;
        return Ok(exit::OK);
    }
    let t = ctx.t();
    let c = ctx.colon();
    let values = [
        Some(profile.first_name.as_str()),
        Some(profile.last_name.as_str()),
        profile.email.as_deref(),
        profile.phone.as_deref(),
        profile.postal_address.as_deref(),
    ];
    for (label, value) in t.profile_fields.iter().zip(values) {
        let value = value.filter(|v| !v.is_empty()).unwrap_or(t.empty);
        // A postal address may hold several lines: indent the next ones under the first.
        let value = value.replace('\n', "\n    ");
        ctx.line(format!("  {label}{c}{value}"));
    }
    Ok(exit::OK)
}
