//! `follow-up`, the kind of employer and duplicates: what happens around sending (`stats`
//! is in its own module).

use clap::ArgMatches;
use postulo_core::labels;
use postulo_core::model::{ApplicationInput, OrganizationType};
use postulo_core::search::fold;

use super::{flag, number, parse_day, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::words;

/// `ngo`, `ong`, `un`, `onu`, `public`, `private`, `prive`, or the catalogue's names.
pub fn parse_organization_type(ctx: &Ctx, text: &str) -> CliResult<OrganizationType> {
    let folded = fold(text.trim());
    let alias = match folded.as_str() {
        "ong" => Some(OrganizationType::Ngo),
        "onu" | "nu" => Some(OrganizationType::Un),
        "prive" => Some(OrganizationType::Private),
        _ => None,
    };
    alias
        .or_else(|| OrganizationType::parse(&folded))
        .or_else(|| {
            OrganizationType::ALL.into_iter().find(|&kind| {
                [ctx.lang, other(ctx)]
                    .iter()
                    .any(|&l| fold(labels::organization_type(kind, l)) == folded)
            })
        })
        .ok_or_else(|| {
            let known = "ngo, un, public, private";
            CliError::Invalid(if ctx.fr() {
                format!("type d'employeur inconnu « {text} » (types : {known})")
            } else {
                format!("unknown kind of employer \"{text}\" (kinds: {known})")
            })
        })
}

fn other(ctx: &Ctx) -> postulo_core::model::Language {
    use postulo_core::model::Language;
    if ctx.fr() {
        Language::En
    } else {
        Language::Fr
    }
}

/// Says on standard error, before saving, which applications already are the same post
/// (`Store::find_duplicates`, the window's rule). Scripts go on: two recruitments of one
/// title happen, and the warning names the one to look at.
pub fn warn_duplicates(ctx: &Ctx, input: &ApplicationInput) -> CliResult<()> {
    let found = ctx.store.find_duplicates(
        &input.title,
        &input.organization,
        input.reference.as_deref(),
        None,
    )?;
    for existing in found {
        let id = existing.id;
        ctx.warn(if ctx.fr() {
            format!(
                "cette candidature existe peut-être déjà : n° {id} « {} » — {} (postulo-cli show {id})",
                existing.title, existing.organization
            )
        } else {
            format!(
                "you may already have this application: #{id} \"{}\" — {} (postulo-cli show {id})",
                existing.title, existing.organization
            )
        });
    }
    Ok(())
}

pub fn follow_up(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let at = match text(m, "on") {
        Some(day) => Some(ctx.store.moment_of_day(parse_day(ctx, "--on", day)?)),
        None => None,
    };
    let made = ctx.store.add_follow_up(id, at, text(m, "note"))?;
    if flag(m, "json") {
        ctx.json(&made)?;
        return Ok(exit::OK);
    }
    let app = ctx.store.application(id)?;
    let day = chrono::DateTime::parse_from_rfc3339(&made.at)
        .map(|d| words::date(d.with_timezone(&ctx.tz).date_naive(), ctx.lang))
        .unwrap_or(made.at.clone());
    let line = if ctx.fr() {
        format!(
            "Relance enregistrée le {day} pour la candidature {id} : {}",
            app.title
        )
    } else {
        format!(
            "Follow-up recorded on {day} for application {id}: {}",
            app.title
        )
    };
    ctx.line(line);
    Ok(exit::OK)
}
