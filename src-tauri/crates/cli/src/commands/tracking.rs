//! `follow-up`, the kind of employer and duplicates: what happens around sending (`stats`
//! is in its own module).

use clap::ArgMatches;
use postulo_core::labels;
use postulo_core::model::{ApplicationInput, DocumentKind, OrganizationType, ReceiptInput};
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

/// `receipt ID`: the receipt of a paper file handed in; the application moves to « envoyée »
/// on that day. The photo, when given, goes into the vault first.
pub fn receipt(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let on = match text(m, "on") {
        Some(day) => parse_day(ctx, "--on", day)?,
        None => ctx.store.today(),
    };
    let app = ctx.store.application(id)?;
    let document_id = match text(m, "photo") {
        Some(path) => {
            let title = if ctx.fr() {
                format!("Récépissé — {}", app.organization)
            } else {
                format!("Receipt — {}", app.organization)
            };
            let path = std::path::Path::new(path);
            // Named in the message when it is not there (the vault's own says « le fichier »).
            std::fs::metadata(path).map_err(|e| CliError::file(path, e))?;
            let added = ctx
                .store
                .add_document(path, DocumentKind::Other, &title, None)?;
            Some(added.document.id)
        }
        None => None,
    };
    let kept = ctx.store.record_receipt(
        id,
        ReceiptInput {
            handed_in_on: on,
            place: text(m, "place").map(str::to_owned),
            number: text(m, "number").map(str::to_owned),
            document_id,
        },
    )?;
    if flag(m, "json") {
        ctx.json(&kept)?;
        return Ok(exit::OK);
    }
    let status = labels::status(ctx.store.application(id)?.status, ctx.lang);
    let day = words::date(kept.handed_in_on, ctx.lang);
    let mut line = if ctx.fr() {
        format!("Récépissé enregistré pour la candidature {id} : déposé le {day}")
    } else {
        format!("Receipt recorded for application {id}: handed in on {day}")
    };
    if let Some(place) = &kept.place {
        line.push_str(&if ctx.fr() {
            format!(" à {place}")
        } else {
            format!(" at {place}")
        });
    }
    if let Some(number) = &kept.number {
        line.push_str(&format!(", {number}"));
    }
    line.push_str(&if ctx.fr() {
        format!(" ; statut : {status}")
    } else {
        format!("; status: {status}")
    });
    ctx.line(line);
    Ok(exit::OK)
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
