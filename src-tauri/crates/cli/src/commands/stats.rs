//! `stats`: the same figures as the window's « Statistiques » (`Store::statistics`),
//! worded as sentences a person reads: months by name, counts with their plural, and
//! « aucune envoyée » rather than a dash when there is no rate to give.

use clap::ArgMatches;
use postulo_core::format;
use postulo_core::labels;
use postulo_core::model::{GroupCount, Statistics, StatsPeriod};

use super::{check_period, flag, parse_day, text, Ctx};
use crate::error::CliResult;
use crate::exit;
use crate::words;

pub fn stats(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let day = |ctx: &Ctx, option: &str, name: &str| -> CliResult<Option<chrono::NaiveDate>> {
        text(m, name).map(|d| parse_day(ctx, option, d)).transpose()
    };
    let period = StatsPeriod {
        from: day(ctx, "--from", "from")?,
        to: day(ctx, "--to", "to")?,
    };
    check_period(ctx, period.from, period.to)?;
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

/// A count with its noun, by the language's plural rule.
fn n(ctx: &Ctx, n: u32, fr: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = if ctx.fr() { fr } else { en };
    words::count(n as usize, ctx.lang, one, many)
}

/// A percentage as people write it: « 75 % » (narrow no-break space in French), "75%".
fn percent(ctx: &Ctx, rate: f64) -> String {
    let whole = (rate * 100.0).round();
    if ctx.fr() {
        format!("{whole}\u{202f}%")
    } else {
        format!("{whole}%")
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

/// « 3 envoyées · 1 avec réponse (33 %) », or « aucune envoyée » when nothing was sent:
/// a rate of nothing is not a dash to decode.
fn sent_and_answered(ctx: &Ctx, sent: u32, answered: u32, rate: Option<f64>) -> String {
    match rate {
        Some(rate) if sent > 0 => format!(
            "{} · {} ({})",
            n(ctx, sent, ("envoyée", "envoyées"), ("sent", "sent")),
            n(
                ctx,
                answered,
                ("avec réponse", "avec réponse"),
                ("answered", "answered")
            ),
            percent(ctx, rate)
        ),
        _ => ctx.say("aucune envoyée", "none sent").to_owned(),
    }
}

fn period(ctx: &Ctx, p: &StatsPeriod) -> String {
    let lang = ctx.lang;
    match (p.from, p.to) {
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
    }
}

/// The lines of `stats`, none ending in a space.
fn report(ctx: &Ctx, s: &Statistics) -> Vec<String> {
    let lang = ctx.lang;
    let c = ctx.colon();
    // A heading followed by indented lines ends on its colon, not on a space.
    let heading = |fr: &str, en: &str| format!("{}{}", ctx.say(fr, en), c.trim_end());
    let mut out = vec![format!(
        "{} — {}",
        ctx.say("Statistiques", "Statistics"),
        period(ctx, &s.period)
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
        "{}{c}{} · {}",
        ctx.say("Candidatures", "Applications"),
        s.applications,
        sent_and_answered(ctx, s.sent, s.answered, s.response_rate),
    ));
    let interviews = match s.interviews_per_sent {
        Some(v) if s.sent > 0 => format!(
            "{} ({} {})",
            s.interviews,
            decimal(ctx, v),
            ctx.say("par candidature envoyée", "per application sent"),
        ),
        _ => s.interviews.to_string(),
    };
    out.push(format!(
        "{}{c}{interviews}",
        ctx.say("Entretiens", "Interviews")
    ));
    out.push(format!(
        "{}{c}{}",
        ctx.say(
            "Délai médian de première réponse",
            "Median days to a first answer"
        ),
        s.median_days_to_answer.map_or_else(
            || ctx.say("pas encore de réponse", "no answer yet").to_owned(),
            |d| format!("{} {}", decimal(ctx, d), ctx.say("jours", "days"))
        ),
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
    out.push(heading("Par mois", "By month"));
    for month in &s.by_month {
        out.push(format!(
            "  {}  {}, {}, {}",
            format::month(&month.month, lang),
            n(
                ctx,
                month.started,
                ("commencée", "commencées"),
                ("started", "started")
            ),
            n(ctx, month.sent, ("envoyée", "envoyées"), ("sent", "sent")),
            n(
                ctx,
                month.answered,
                ("réponse", "réponses"),
                ("answer", "answers")
            ),
        ));
    }
    let unknown = ctx.say("inconnu", "unknown");
    out.push(heading("Par type d'employeur", "By kind of employer"));
    for g in &s.by_organization_type {
        let name = g
            .key
            .map_or(unknown, |k| labels::organization_type(k, lang));
        out.push(group_line(ctx, name, g));
    }
    out.push(heading("Par source", "By source"));
    for g in &s.by_source {
        out.push(group_line(ctx, g.key.as_deref().unwrap_or(unknown), g));
    }
    out
}

/// « ONG  2 candidatures · 1 envoyée · 1 avec réponse (100 %) ».
fn group_line<K>(ctx: &Ctx, name: &str, g: &GroupCount<K>) -> String {
    format!(
        "  {name}  {} · {}",
        n(
            ctx,
            g.applications,
            ("candidature", "candidatures"),
            ("application", "applications")
        ),
        sent_and_answered(ctx, g.sent, g.answered, g.response_rate),
    )
}
