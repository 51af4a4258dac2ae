//! `list`, `add` and `status` (`show` has its own module).

use chrono::{NaiveDateTime, NaiveTime};
use clap::ArgMatches;
use postulo_core::labels;
use postulo_core::model::{
    Application, ApplicationInput, ApplicationListItem, ApplicationQuery, ApplyMethod, Deadline,
    Status,
};

use super::{flag, number, parse_day, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::words;

pub fn list(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let query = list_query(ctx, m)?;
    // Deadlines may have passed since the last look, as the app does before each list.
    ctx.store.expire_overdue(ctx.now)?;
    let items = ctx.store.search_applications(&query)?;
    if flag(m, "json") {
        ctx.json(&items)?;
        return Ok(exit::OK);
    }
    if items.is_empty() {
        let none = ctx.say("Aucune candidature.", "No application.");
        ctx.line(none);
        return Ok(exit::OK);
    }
    print_table(ctx, &items);
    Ok(exit::OK)
}

/// The applications `list` and `export-list` show: `--status` and `--search`.
pub fn list_query(ctx: &Ctx, m: &ArgMatches) -> CliResult<ApplicationQuery> {
    let mut statuses = Vec::new();
    for name in m.get_many::<String>("status").into_iter().flatten() {
        // `--status sent,interview` as well as `--status sent --status interview`.
        for part in name.split(',').filter(|p| !p.trim().is_empty()) {
            statuses.push(parse_status(ctx, part)?);
        }
    }
    Ok(ApplicationQuery {
        text: text(m, "search").map(str::to_owned),
        statuses,
        ..ApplicationQuery::default()
    })
}

/// One line per application, columns aligned on the widest value.
fn print_table(ctx: &mut Ctx, items: &[ApplicationListItem]) {
    let lang = ctx.lang;
    let rows: Vec<[String; 5]> = items
        .iter()
        .map(|a| {
            [
                a.id.to_string(),
                words::status(a.status, lang).to_owned(),
                a.deadline
                    .as_ref()
                    .map(|d| deadline_short(d, lang))
                    .unwrap_or_else(|| "—".to_owned()),
                format!("{}/{}", a.progress.ready, a.progress.due),
                match &a.no_response {
                    // Last: the column that is not padded, so the others stay aligned.
                    Some(silence) => format!(
                        "{} — {} · {}",
                        a.title,
                        a.organization,
                        labels::no_response(silence, lang)
                    ),
                    None => format!("{} — {}", a.title, a.organization),
                },
            ]
        })
        .collect();
    let header = [
        "ID".to_owned(),
        ctx.say("Statut", "Status").to_owned(),
        ctx.say("Date limite", "Deadline").to_owned(),
        ctx.say("Pièces", "Pieces").to_owned(),
        ctx.say("Poste — Organisation", "Position — Organization")
            .to_owned(),
    ];
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            if i == 0 {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else if i == row.len() - 1 {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            }
            line.push_str("  ");
        }
        ctx.line(line.trim_end());
    }
}

fn deadline_short(d: &Deadline, lang: postulo_core::model::Language) -> String {
    let mut out = words::date(d.date, lang);
    if let Some(t) = d.time {
        out.push_str(&t.format(" %H:%M").to_string());
    }
    out
}

pub fn add(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let owned = |name| text(m, name).map(str::to_owned);
    let deadline = match text(m, "deadline") {
        Some(when) => {
            let timezone = text(m, "tz")
                .map(str::to_owned)
                .unwrap_or_else(|| ctx.tz.name().to_owned());
            Some(parse_deadline(ctx, when, timezone)?)
        }
        None => None,
    };
    let apply_method = match text(m, "method") {
        Some(name) => parse_method(ctx, name)?,
        None if text(m, "email").is_some() => Some(ApplyMethod::Email),
        None if text(m, "apply-url").is_some() => Some(ApplyMethod::Portal),
        None => None,
    };
    let organization_type = match text(m, "type") {
        Some(kind) => Some(super::tracking::parse_organization_type(ctx, kind)?),
        None => None,
    };
    let input = ApplicationInput {
        title: owned("title").unwrap_or_default(),
        organization: owned("organization").unwrap_or_default(),
        organization_type,
        reference: owned("reference"),
        location: owned("location"),
        contract: owned("contract"),
        source_url: owned("url"),
        apply_method,
        apply_email: owned("email"),
        apply_subject: owned("subject"),
        apply_cc: owned("cc").into_iter().collect(),
        apply_url: owned("apply-url"),
        apply_address: owned("address"),
        deadline,
        notes: owned("notes"),
    };
    super::tracking::warn_duplicates(ctx, &input)?;
    let app = ctx.store.create_application(input)?;
    if flag(m, "json") {
        ctx.json(&app)?;
    } else {
        created(ctx, &app);
    }
    Ok(exit::OK)
}

/// "Candidature 12 créée : Poste — Organisation".
pub fn created(ctx: &mut Ctx, app: &Application) {
    let line = if ctx.fr() {
        format!(
            "Candidature {} créée : {} — {}",
            app.id, app.title, app.organization
        )
    } else {
        format!(
            "Application {} created: {} — {}",
            app.id, app.title, app.organization
        )
    };
    ctx.line(line);
}

/// `--method email`; an empty value is no method.
pub(super) fn parse_method(ctx: &Ctx, name: &str) -> CliResult<Option<ApplyMethod>> {
    if name.trim().is_empty() {
        return Ok(None);
    }
    ApplyMethod::parse(&name.trim().replace('-', "_"))
        .map(Some)
        .ok_or_else(|| {
            CliError::Invalid(if ctx.fr() {
                format!("--method : « {name} » inconnu (email, portal, in_person, post)")
            } else {
                format!("--method: unknown \"{name}\" (email, portal, in_person, post)")
            })
        })
}

/// `2026-05-17` or `17/05/2026` (until the end of that day), `2026-05-17T17:00` or
/// `2026-05-17 17:00`.
pub(super) fn parse_deadline(ctx: &Ctx, when: &str, timezone: String) -> CliResult<Deadline> {
    let when = when.trim();
    let (date, time) = if let Some(date) = super::read_day(when) {
        (date, None)
    } else {
        let at = [
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%d/%m/%Y %H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(when, f).ok())
        .ok_or_else(|| {
            CliError::Invalid(if ctx.fr() {
                format!(
                    "--deadline : date invalide « {when} » (attendu : 2026-05-17, \
                         17/05/2026 ou 2026-05-17T17:00)"
                )
            } else {
                format!(
                    "--deadline: invalid date \"{when}\" (expected: 2026-05-17, \
                         17/05/2026 or 2026-05-17T17:00)"
                )
            })
        })?;
        let time = NaiveTime::from_hms_opt(
            chrono::Timelike::hour(&at.time()),
            chrono::Timelike::minute(&at.time()),
            0,
        );
        (at.date(), time)
    };
    Ok(Deadline {
        date,
        time,
        timezone,
    })
}

pub fn parse_status(ctx: &Ctx, name: &str) -> CliResult<Status> {
    words::parse_status(name).ok_or_else(|| {
        let known: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        CliError::Invalid(if ctx.fr() {
            format!("statut inconnu « {name} » (statuts : {})", known.join(", "))
        } else {
            format!("unknown status \"{name}\" (statuses: {})", known.join(", "))
        })
    })
}

pub fn status(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let name = text(m, "status").unwrap_or_default();
    let status = parse_status(ctx, name)?;
    let before = ctx.store.application(id)?.status;
    let at = match text(m, "on") {
        Some(day) => Some(ctx.store.moment_of_day(parse_day(ctx, "--on", day)?)),
        None => None,
    };
    let app = ctx.store.set_status_on(id, status, text(m, "note"), at)?;
    if flag(m, "json") {
        ctx.json(&app)?;
        return Ok(exit::OK);
    }
    let lang = ctx.lang;
    let c = ctx.colon();
    let what = ctx.say("Candidature", "Application");
    let line = if before == app.status {
        format!(
            "{what} {id}{c}{} {}",
            words::status(app.status, lang),
            ctx.say("(inchangé)", "(unchanged)")
        )
    } else {
        format!(
            "{what} {id}{c}{} → {}",
            words::status(before, lang),
            words::status(app.status, lang)
        )
    };
    ctx.line(line);
    Ok(exit::OK)
}
