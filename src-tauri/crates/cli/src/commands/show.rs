//! `show ID`: everything about one application, its « Sans réponse » and its history
//! (status changes and follow-ups, in the order they happened).

use clap::ArgMatches;
use postulo_core::countdown::deadline_countdown;
use postulo_core::labels;
use postulo_core::model::{Application, ChecklistStage, FollowUp, NoResponse, TimelineEvent};
use serde::Serialize;

use super::{flag, number, Ctx};
use crate::error::CliResult;
use crate::exit;
use crate::words;

#[derive(Serialize)]
struct Shown<'a> {
    application: &'a Application,
    /// Sent and without news past the settings' threshold, as `list --json` says it.
    no_response: Option<&'a NoResponse>,
    checklist: &'a postulo_core::model::Checklist,
    timeline: &'a [postulo_core::model::TimelineEvent],
    follow_ups: &'a [FollowUp],
    contacts: &'a [postulo_core::model::Contact],
    interviews: &'a [postulo_core::model::Interview],
}

pub fn show(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    ctx.store.expire_overdue(ctx.now)?;
    let app = ctx.store.application(id)?;
    let checklist = ctx.store.checklist(id, ctx.today())?;
    let timeline = ctx.store.status_history(id)?;
    let follow_ups = ctx.store.follow_ups(id)?;
    let silence = ctx.store.no_response_of(id)?;
    let contacts = ctx.store.contacts(id)?;
    let interviews = ctx.store.interviews(id)?;
    if flag(m, "json") {
        ctx.json(&Shown {
            application: &app,
            no_response: silence.as_ref(),
            checklist: &checklist,
            timeline: &timeline,
            follow_ups: &follow_ups,
            contacts: &contacts,
            interviews: &interviews,
        })?;
        return Ok(exit::OK);
    }
    let lang = ctx.lang;
    let c = ctx.colon();
    ctx.line(format!("#{} {}", app.id, app.title));
    let field = |ctx: &mut Ctx, fr: &str, en: &str, value: Option<String>| {
        if let Some(value) = value {
            let label = ctx.say(fr, en).to_owned();
            ctx.line(format!("  {label}{c}{value}"));
        }
    };
    field(
        ctx,
        "Organisation",
        "Organization",
        Some(app.organization.clone()),
    );
    let status = match &silence {
        Some(silence) => format!(
            "{} — {}",
            words::status(app.status, lang),
            labels::no_response(silence, lang)
        ),
        None => words::status(app.status, lang).to_owned(),
    };
    field(ctx, "Statut", "Status", Some(status));
    field(ctx, "Référence", "Reference", app.reference.clone());
    field(ctx, "Lieu", "Location", app.location.clone());
    field(ctx, "Contrat", "Contract", app.contract.clone());
    let deadline = app.deadline.as_ref().map(|d| {
        let mut text = words::deadline(d, lang);
        if let Ok(left) = deadline_countdown(d, ctx.now, ctx.tz, lang) {
            text.push_str(&format!(" — {}", left.text));
        }
        text
    });
    field(ctx, "Date limite", "Deadline", deadline);
    field(ctx, "E-mail", "E-mail", app.apply_email.clone());
    field(
        ctx,
        "Objet exigé",
        "Required subject",
        app.apply_subject.clone(),
    );
    let cc = (!app.apply_cc.is_empty()).then(|| app.apply_cc.join(", "));
    field(ctx, "En copie", "Cc", cc);
    field(ctx, "Postuler sur", "Apply at", app.apply_url.clone());
    field(ctx, "Dépôt", "Hand in at", app.apply_address.clone());
    field(ctx, "Annonce", "Posting", app.source_url.clone());
    field(ctx, "Notes", "Notes", app.notes.clone());

    let p = &checklist.progress;
    let heading = if ctx.fr() {
        format!("Pièces à fournir ({}/{} prêtes){c}", p.ready, p.due)
    } else {
        format!("Documents to provide ({}/{} ready){c}", p.ready, p.due)
    };
    ctx.line(heading.trim_end());
    for entry in &checklist.entries {
        let item = &entry.item;
        let mark = match item.state {
            postulo_core::model::ItemState::Ready => "[x]",
            postulo_core::model::ItemState::Missing => "[ ]",
            postulo_core::model::ItemState::Waived => "[-]",
        };
        let mut line = format!(
            "  {mark} {}",
            item.label
                .clone()
                .unwrap_or_else(|| item.kind.label(lang).to_owned())
        );
        if let Some(asked) = super::pieces::asked(&item.requirements, lang) {
            line.push_str(&format!(" — {asked}"));
        }
        // The piece's number, for `checklist remove|waive|order`.
        line.push_str(&format!(" (#{} {}", item.id, item.kind.as_str()));
        if item.stage == ChecklistStage::IfShortlisted {
            line.push_str(ctx.say(", si présélectionnée", ", if shortlisted"));
        }
        line.push(')');
        match &entry.document {
            Some(doc) => {
                line.push_str(&format!(" — document {} {}", doc.id, ctx.quote(&doc.title)));
                if entry.expires_before_deadline {
                    line.push_str(ctx.say(
                        " ⚠ plus valable à la date limite",
                        " ⚠ no longer valid on the deadline",
                    ));
                }
            }
            None => {
                line.push_str(&format!(" — {}", words::item_state(item.state, lang)));
            }
        }
        ctx.line(line);
        if let Some(problem) = entry.problem {
            let why = super::pieces::problem(problem, &item.requirements, lang);
            ctx.line(format!("      ⚠ {why}"));
        }
    }
    super::people::print_people(ctx, &contacts, &interviews);
    print_history(ctx, &timeline, &follow_ups);
    Ok(exit::OK)
}

/// The status changes and the follow-ups, in the order they happened: a follow-up is a
/// dated step of the history as much as a status change is (the journal shows both).
fn print_history(ctx: &mut Ctx, timeline: &[TimelineEvent], follow_ups: &[FollowUp]) {
    let lang = ctx.lang;
    let heading = ctx.say("Historique", "History").to_owned();
    ctx.line(format!("{heading}{}", ctx.colon().trim_end()));
    let follow_up = &labels::export_words(lang).follow_up;
    // (when, what, note); stamps are written alike, so text order is time order, and a
    // stable sort keeps a status change before a follow-up of the same instant.
    let mut steps: Vec<(&str, &str, Option<&String>)> = timeline
        .iter()
        .map(|e| (e.at.as_str(), words::status(e.to, lang), e.note.as_ref()))
        .chain(
            follow_ups
                .iter()
                .map(|f| (f.at.as_str(), follow_up.as_str(), f.note.as_ref())),
        )
        .collect();
    steps.sort_by(|a, b| a.0.cmp(b.0));
    for (at, what, note) in steps {
        let at = chrono::DateTime::parse_from_rfc3339(at)
            .map(|t| {
                let local = t.with_timezone(&ctx.tz);
                format!(
                    "{} {}",
                    words::date(local.date_naive(), lang),
                    local.format("%H:%M")
                )
            })
            .unwrap_or_else(|_| at.to_owned());
        let mut line = format!("  {at}  {what}");
        if let Some(note) = note {
            line.push_str(&format!(" — {note}"));
        }
        ctx.line(line);
    }
}
