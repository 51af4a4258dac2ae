//! `import-posting FILE [--create]`: what the parser found in a posting, and the
//! application it describes.

use std::path::Path;

use clap::ArgMatches;
use postulo_core::model::{Application, ChecklistStage, Language};
use std::sync::atomic::AtomicBool;

use postulo_core::ocr::OcrProgress;
use postulo_core::posting::{read_posting_file, DraftFieldName, ParseWarning, PostingDraft};
use serde::Serialize;

use super::applications::created;
use super::{flag, text, Ctx};
use crate::error::CliResult;
use crate::exit;

#[derive(Serialize)]
struct Imported<'a> {
    draft: &'a PostingDraft,
    /// The application created with `--create`.
    application: Option<&'a Application>,
}

pub fn import(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let file = Path::new(text(m, "file").unwrap_or_default());
    let tz = text(m, "tz")
        .map(str::to_owned)
        .unwrap_or_else(|| ctx.tz.name().to_owned());
    // A picture or a scan takes seconds per page: say which page is being read (on stderr,
    // so that --json stays clean). On Linux, Ctrl+C stops the engine with the process.
    let fr = ctx.fr();
    let mut progress = |p: OcrProgress| {
        let line = match (fr, p.pages > 1) {
            (true, true) => format!(
                "Lecture du texte de l'image : page {} sur {}…",
                p.page, p.pages
            ),
            (true, false) => "Lecture du texte de l'image…".to_owned(),
            (false, true) => format!(
                "Reading the text of the picture: page {} of {}…",
                p.page, p.pages
            ),
            (false, false) => "Reading the text of the picture…".to_owned(),
        };
        eprintln!("{line}");
    };
    let draft = read_posting_file(file, &tz, &mut progress, &AtomicBool::new(false))?;
    let application = if flag(m, "create") {
        let mut input = draft.input.clone();
        if let Some(title) = text(m, "title") {
            input.title = title.to_owned();
        }
        if let Some(organization) = text(m, "organization") {
            input.organization = organization.to_owned();
        }
        super::tracking::warn_duplicates(ctx, &input)?;
        Some(ctx.store.create_application_from_posting(
            input,
            draft.checklist.clone(),
            &draft.text,
        )?)
    } else {
        None
    };
    if flag(m, "json") {
        ctx.json(&Imported {
            draft: &draft,
            application: application.as_ref(),
        })?;
        return Ok(exit::OK);
    }
    print_draft(ctx, &draft);
    match &application {
        Some(app) => created(ctx, app),
        None => {
            let hint = ctx.say(
                "Rien n'a été enregistré : ajoutez --create pour créer la candidature.",
                "Nothing was saved: add --create to create the application.",
            );
            ctx.line(hint);
        }
    }
    Ok(exit::OK)
}

fn print_draft(ctx: &mut Ctx, draft: &PostingDraft) {
    let lang = ctx.lang;
    let c = ctx.colon();
    if let Some(r) = &draft.recognized {
        let n = r.low_confidence.len();
        let note = match (ctx.fr(), n) {
            (true, 0 | 1) => format!(
                "Texte lu dans une image (fiabilité {} %, {n} mot incertain) : vérifiez chaque champ.",
                r.confidence
            ),
            (true, _) => format!(
                "Texte lu dans une image (fiabilité {} %, {n} mots incertains) : vérifiez chaque champ.",
                r.confidence
            ),
            (false, 1) => format!(
                "Text read from a picture ({} % reliable, 1 uncertain word): check every field.",
                r.confidence
            ),
            (false, _) => format!(
                "Text read from a picture ({} % reliable, {n} uncertain words): check every field.",
                r.confidence
            ),
        };
        ctx.line(note);
        if r.pages_total > r.pages_read {
            let partial = if ctx.fr() {
                format!(
                    "Seules les {} premières pages sur {} ont été lues.",
                    r.pages_read, r.pages_total
                )
            } else {
                format!(
                    "Only the first {} pages of {} were read.",
                    r.pages_read, r.pages_total
                )
            };
            ctx.line(partial);
        }
    }
    let found = ctx.say("Trouvé dans l'annonce", "Found in the posting");
    ctx.line(format!("{found}{}", c.trim_end()));
    if draft.fields.is_empty() {
        let none = ctx.say("  (rien)", "  (nothing)");
        ctx.line(none);
    }
    for field in &draft.fields {
        let name = field_label(field.field, lang);
        let mut line = format!("  {name}{c}{}", field.value);
        if field.inferred {
            line.push_str(ctx.say(" (déduit)", " (inferred)"));
        }
        ctx.line(line);
        for warning in &field.warnings {
            let text = warning_text(warning, lang);
            ctx.line(format!("    ⚠ {text}"));
        }
    }
    if let Some(deadline) = &draft.input.deadline {
        let zone = ctx.say("Fuseau de la date limite", "Deadline's time zone");
        ctx.line(format!("  {zone}{c}{}", deadline.timezone));
    }
    if let Some(rules) = &draft.sending {
        let sending = ctx.say("Envoi des fichiers", "Sending the files");
        let rules = postulo_core::dossier::sending_summary(lang, rules);
        ctx.line(format!("  {sending}{c}{rules}"));
    }
    let pieces = ctx.say("Pièces à fournir", "Documents to provide");
    ctx.line(format!("{pieces}{}", c.trim_end()));
    for item in &draft.checklist {
        let mut line = format!(
            "  - {}",
            item.label
                .clone()
                .unwrap_or_else(|| item.kind.label(lang).to_owned())
        );
        // « — Copie légalisée », « — À écrire à la main », as `show` says it once created.
        if let Some(asked) = super::pieces::asked(&item.requirements, lang) {
            line.push_str(&format!(" — {asked}"));
        }
        line.push_str(&format!(" ({}", item.kind.as_str()));
        if item.stage == ChecklistStage::IfShortlisted {
            line.push_str(ctx.say(", si présélectionnée", ", if shortlisted"));
        }
        line.push(')');
        ctx.line(line);
    }
}

fn field_label(field: DraftFieldName, lang: Language) -> &'static str {
    let fr = lang == Language::Fr;
    match field {
        DraftFieldName::Title if fr => "Poste",
        DraftFieldName::Title => "Position",
        DraftFieldName::Organization if fr => "Organisation",
        DraftFieldName::Organization => "Organization",
        DraftFieldName::Reference if fr => "Référence",
        DraftFieldName::Reference => "Reference",
        DraftFieldName::Location if fr => "Lieu",
        DraftFieldName::Location => "Location",
        DraftFieldName::Contract if fr => "Contrat",
        DraftFieldName::Contract => "Contract",
        DraftFieldName::Deadline if fr => "Date limite",
        DraftFieldName::Deadline => "Deadline",
        DraftFieldName::ApplyEmail => "E-mail",
        DraftFieldName::ApplyCc if fr => "En copie",
        DraftFieldName::ApplyCc => "Cc",
        DraftFieldName::ApplyAddress if fr => "Dépôt",
        DraftFieldName::ApplyAddress => "Hand in at",
        DraftFieldName::EmailSubject if fr => "Objet exigé",
        DraftFieldName::EmailSubject => "Required subject",
    }
}

fn warning_text(warning: &ParseWarning, lang: Language) -> String {
    if lang == Language::En {
        return warning.message();
    }
    match warning {
        ParseWarning::YearInferred { written, year } => {
            format!("année de « {written} » incomplète : {year} pris des autres dates de l'annonce")
        }
        ParseWarning::WeekdayMismatch {
            written,
            date,
            actual,
        } => format!("« {written} » ne tombe pas le {date} (un {actual}) : la date est gardée"),
        ParseWarning::AmbiguousDayMonth {
            written,
            chosen,
            other,
        } => format!("« {written} » peut être le {chosen} ou le {other} : jour d'abord retenu"),
        ParseWarning::MidnightAsEndOfDay => "« minuit » lu comme la fin de ce jour".to_owned(),
        ParseWarning::TimezoneGuessed { zone } => {
            format!("fuseau {zone} deviné d'après les lieux cités")
        }
        ParseWarning::SubjectBuilt => {
            "objet non cité : construit à partir de la référence ou du poste".to_owned()
        }
        ParseWarning::Recased { written } => format!("casse corrigée (écrit « {written} »)"),
        #[allow(unreachable_patterns)]
        other => other.message(),
    }
}
