//! `follow-up` and `stats`: what happens after sending, the same figures as the window's
//! « Statistiques » (`Store::statistics`).

use clap::ArgMatches;
use postulo_core::labels;
use postulo_core::model::{
    ApplicationInput, GroupCount, OrganizationType, Statistics, StatsPeriod,
};
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

pub fn stats(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let day = |ctx: &Ctx, option: &str, name: &str| -> CliResult<Option<chrono::NaiveDate>> {
        text(m, name).map(|d| parse_day(ctx, option, d)).transpose()
    };
    let period = StatsPeriod {
        from: day(ctx, "--from", "from")?,
        to: day(ctx, "--to", "to")?,
    };
    let stats = ctx.store.statistics(period)?;
    if flag(m, "json") {
        ctx.json(&stats)?;
        return Ok(exit::OK);
    }
    for line in report(ctx, &stats) {
        ctx.line(line);
    }
    Ok(exit::OK)
}

/// A percentage as people write it: « 75 % » (narrow no-break space in French), "75%".
fn percent(ctx: &Ctx, rate: Option<f64>) -> String {
    match rate {
        Some(r) if ctx.fr() => format!("{}\u{202f}%", (r * 100.0).round()),
        Some(r) => format!("{}%", (r * 100.0).round()),
        None => "—".to_owned(),
    }
}

fn decimal(ctx: &Ctx, value: f64) -> String {
    let text = format!("{:.2}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.').to_owned();
    if ctx.fr() {
        text.replace('.', ",")
    } else {
        text
    }
}

fn report(ctx: &Ctx, s: &Statistics) -> Vec<String> {
    let lang = ctx.lang;
    let c = ctx.colon();
    let period = match (s.period.from, s.period.to) {
        (None, None) => ctx.say("depuis le début", "since the start").to_owned(),
        (Some(f), None) => format!("{} {}", ctx.say("depuis le", "since"), words::date(f, lang)),
        (None, Some(t)) => format!("{} {}", ctx.say("jusqu'au", "until"), words::date(t, lang)),
        (Some(f), Some(t)) => format!(
            "{} {} {} {}",
            ctx.say("du", "from"),
            words::date(f, lang),
            ctx.say("au", "to"),
            words::date(t, lang)
        ),
    };
    let mut out = vec![format!(
        "{} — {period}",
        ctx.say("Statistiques", "Statistics")
    )];
    if s.applications == 0 {
        out.push(
            ctx.say(
                "Aucune candidature commencée dans cette période.",
                "No application started in this period.",
            )
            .to_owned(),
        );
        return out;
    }
    out.push(format!(
        "{}{c}{} · {}{c}{} · {}{c}{} ({})",
        ctx.say("Candidatures", "Applications"),
        s.applications,
        ctx.say("envoyées", "sent"),
        s.sent,
        ctx.say("avec réponse", "answered"),
        s.answered,
        percent(ctx, s.response_rate),
    ));
    out.push(format!(
        "{}{c}{} ({} {})",
        ctx.say("Entretiens", "Interviews"),
        s.interviews,
        s.interviews_per_sent
            .map_or("—".to_owned(), |v| decimal(ctx, v)),
        ctx.say("par candidature envoyée", "per application sent"),
    ));
    out.push(format!(
        "{}{c}{}",
        ctx.say(
            "Délai médian de première réponse",
            "Median days to a first answer"
        ),
        s.median_days_to_answer.map_or("—".to_owned(), |d| format!(
            "{} {}",
            decimal(ctx, d),
            ctx.say("jours", "days")
        )),
    ));
    out.push(format!(
        "{}{c}{}",
        ctx.say("Sans réponse", "No response"),
        s.no_response
    ));
    let statuses: Vec<String> = s
        .by_status
        .iter()
        .filter(|c| c.count > 0)
        .map(|c| format!("{} {}", words::status(c.status, lang), c.count))
        .collect();
    out.push(format!(
        "{}{c}{}",
        ctx.say("Par étape", "By status"),
        statuses.join(", ")
    ));
    out.push(format!("{}{c}", ctx.say("Par mois", "By month")));
    for month in &s.by_month {
        out.push(format!(
            "  {}  {} {}, {} {}, {} {}",
            month.month,
            month.started,
            ctx.say("commencées", "started"),
            month.sent,
            ctx.say("envoyées", "sent"),
            month.answered,
            ctx.say("réponses", "answers"),
        ));
    }
    let unknown = ctx.say("inconnu", "unknown");
    out.push(format!(
        "{}{c}",
        ctx.say("Par type d'employeur", "By kind of employer")
    ));
    for g in &s.by_organization_type {
        let name = g
            .key
            .map_or(unknown, |k| labels::organization_type(k, lang));
        out.push(group_line(ctx, name, g));
    }
    out.push(format!("{}{c}", ctx.say("Par source", "By source")));
    for g in &s.by_source {
        out.push(group_line(ctx, g.key.as_deref().unwrap_or(unknown), g));
    }
    out
}

fn group_line<K>(ctx: &Ctx, name: &str, g: &GroupCount<K>) -> String {
    format!(
        "  {name}  {} · {} {} · {} {}",
        g.applications,
        g.sent,
        ctx.say("envoyées", "sent"),
        percent(ctx, g.response_rate),
        ctx.say("de réponses", "answered"),
    )
}
