//! `export ID`: the dossier PDF; `email ID`: the .eml draft that carries it.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use clap::ArgMatches;
use postulo_core::dossier::{
    self, DossierSummary, PieceLimits, PiecesSummary, Preflight, SizeMode,
};
use postulo_core::mail::MailAttachments;
use postulo_core::model::{PieceFormat, SendingLayout};

use super::{flag, number, output_path, parse_megabytes, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::words;

pub fn export(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    if flag(m, "per-piece") {
        return export_pieces(ctx, m, id);
    }
    let mode = match text(m, "email-size") {
        Some(mb) => SizeMode::Email {
            limit_bytes: parse_megabytes(ctx, "--email-size", mb)?,
        },
        None => SizeMode::Lossless,
    };
    let name = ctx.store.dossier_file_name(id, None, ctx.lang)?;
    let destination = output_path(text(m, "output"), &name);
    super::require_pdf(ctx, &destination, "le dossier", "the application file")?;
    let summary = write_dossier(ctx, id, &destination, mode)?;
    if flag(m, "json") {
        #[derive(serde::Serialize)]
        struct Exported<'a> {
            file: &'a Path,
            #[serde(flatten)]
            summary: &'a DossierSummary,
        }
        ctx.json(&Exported {
            file: &destination,
            summary: &summary,
        })?;
    } else {
        let lang = ctx.lang;
        let line = if ctx.fr() {
            format!(
                "Dossier écrit : {} ({}, {}, {})",
                destination.display(),
                words::count(summary.pages as usize, ctx.lang, "page", "pages"),
                words::count(summary.documents.len(), ctx.lang, "pièce", "pièces"),
                words::size(summary.bytes, lang)
            )
        } else {
            format!(
                "Application file written: {} ({}, {}, {})",
                destination.display(),
                words::count(summary.pages as usize, ctx.lang, "page", "pages"),
                words::count(summary.documents.len(), ctx.lang, "document", "documents"),
                words::size(summary.bytes, lang)
            )
        };
        ctx.line(line);
    }
    if !summary.fits {
        too_large(ctx, &summary);
        return Ok(exit::TOO_LARGE);
    }
    Ok(exit::OK)
}

/// `paper ID`: the paper file (cover sheet, checklist, envelope label) as one PDF.
pub fn paper(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let envelope = text(m, "envelope")
        .and_then(dossier::Envelope::parse)
        .unwrap_or_default();
    let name = ctx.store.dossier_file_name(id, None, ctx.lang)?;
    let suffix = if ctx.fr() { "_papier" } else { "_paper" };
    let name = match name.strip_suffix(".pdf") {
        Some(stem) => format!("{stem}{suffix}.pdf"),
        None => format!("{name}{suffix}.pdf"),
    };
    let destination = output_path(text(m, "output"), &name);
    super::require_pdf(ctx, &destination, "le dossier papier", "the paper file")?;
    let today = ctx.today();
    ctx.store
        .write_paper_file(id, ctx.lang, envelope, &destination, today)
        .map_err(|e| CliError::output(&destination, e))?;
    let envelope = envelope.as_str().to_uppercase();
    ctx.line(if ctx.fr() {
        format!(
            "Dossier papier écrit : {} (page de garde, liste de contrôle, étiquette {envelope})",
            destination.display()
        )
    } else {
        format!(
            "Paper file written: {} (cover sheet, checklist, {envelope} envelope label)",
            destination.display()
        )
    });
    Ok(exit::OK)
}

/// `export ID --per-piece`: one PDF per piece in a new folder named like the dossier (inside
/// -o, or here), each within `--max-mb`, all within `--total-mb`. When one cannot fit, it is
/// named and nothing is written.
fn export_pieces(ctx: &mut Ctx, m: &ArgMatches, id: i64) -> CliResult<u8> {
    let megabytes = |option: &str| {
        text(m, option)
            .map(|mb| parse_megabytes(ctx, &format!("--{option}"), mb))
            .transpose()
    };
    let (per_piece_bytes, total_bytes) = (megabytes("max-mb")?, megabytes("total-mb")?);
    let jpeg = flag(m, "jpeg");
    let limits = if per_piece_bytes.is_none() && total_bytes.is_none() && !jpeg {
        // Nothing said here: the application's own rules, when they are one file per piece.
        let kept = ctx.store.sending_rules(id)?.rules;
        match kept.layout {
            SendingLayout::PerPiece => kept.pieces,
            SendingLayout::OneFile => PieceLimits::default(),
        }
    } else {
        PieceLimits {
            per_piece_bytes,
            total_bytes,
            format: if jpeg {
                PieceFormat::Jpeg
            } else {
                PieceFormat::Pdf
            },
        }
    };
    // The pieces go into a new folder named like the dossier, inside -o (here by default):
    // never over an earlier export's files.
    let name = ctx.store.dossier_file_name(id, None, ctx.lang)?;
    let stem = name.strip_suffix(".pdf").unwrap_or(&name).to_owned();
    let parent = PathBuf::from(text(m, "output").unwrap_or("."));
    let today = ctx.today();
    warn_preflight(ctx, &ctx.store.dossier_preflight(id, today)?);
    let input = ctx.store.dossier_input(id, ctx.lang, today)?;
    if input.documents.is_empty() {
        return Err(CliError::Invalid(
            ctx.say(
                "aucune pièce n'est prête : joignez d'abord vos documents (postulo-cli attach)",
                "no piece is ready: attach your documents first (postulo-cli attach)",
            )
            .to_owned(),
        ));
    }
    let summary = dossier::export_pieces(
        &input,
        &parent,
        &stem,
        limits,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .map_err(|e| CliError::output(&parent, e))?;
    if flag(m, "json") {
        ctx.json(&summary)?;
    } else {
        let lang = ctx.lang;
        for piece in &summary.pieces {
            let mark = if piece.fits { " " } else { "✗" };
            ctx.line(format!(
                "{mark} {}  {}  {}",
                piece.file_name,
                words::size(piece.bytes, lang),
                words::count(piece.pages as usize, lang, "page", "pages"),
            ));
        }
        if let Some(folder) = summary.folder.as_deref() {
            ctx.line(format!(
                "{}{}{folder} ({})",
                ctx.say("Pièces écrites dans", "Pieces written in"),
                ctx.colon(),
                words::size(summary.total_bytes, lang)
            ));
        }
    }
    if summary.fits {
        return Ok(exit::OK);
    }
    pieces_too_large(ctx, &summary);
    Ok(exit::TOO_LARGE)
}

/// Which pieces cannot fit their limit even with the scans shrunk as far as they stay
/// legible, or that all together are over the total: nothing was written.
fn pieces_too_large(ctx: &Ctx, summary: &PiecesSummary) {
    let lang = ctx.lang;
    for piece in summary.pieces.iter().filter(|p| !p.fits) {
        let limit = words::size(summary.limits.per_piece_bytes.unwrap_or_default(), lang);
        ctx.warn(if ctx.fr() {
            format!(
                "{} ({}) dépasse {limit} même réduite au plus bas : scannez-la en moins de pages ou en noir et blanc",
                ctx.quote(&piece.label),
                ctx.quote(&piece.document.title)
            )
        } else {
            format!(
                "{} ({}) is over {limit} even shrunk as far as it goes: scan it in fewer pages or in black and white",
                ctx.quote(&piece.label),
                ctx.quote(&piece.document.title)
            )
        });
    }
    if let Some(total) = summary.limits.total_bytes {
        if summary.total_bytes > total {
            ctx.warn(if ctx.fr() {
                format!(
                    "les pièces font {} ensemble, plus que la limite de {}",
                    words::size(summary.total_bytes, lang),
                    words::size(total, lang)
                )
            } else {
                format!(
                    "the pieces take {} together, over the {} limit",
                    words::size(summary.total_bytes, lang),
                    words::size(total, lang)
                )
            });
        }
    }
    ctx.warn(ctx.say("rien n'a été écrit", "nothing was written"));
}

/// Checks, warns about what the candidate should know, and writes the dossier.
fn write_dossier(
    ctx: &Ctx,
    id: i64,
    destination: &Path,
    mode: SizeMode,
) -> CliResult<DossierSummary> {
    let today = ctx.today();
    let preflight = ctx.store.dossier_preflight(id, today)?;
    warn_preflight(ctx, &preflight);
    let input = ctx.store.dossier_input(id, ctx.lang, today)?;
    let cancel = AtomicBool::new(false);
    dossier::export(&input, destination, mode, &mut |_| {}, &cancel)
        .map_err(|e| CliError::output(destination, e))
}

fn warn_preflight(ctx: &Ctx, preflight: &Preflight) {
    let lang = ctx.lang;
    if !preflight.missing.is_empty() {
        let names: Vec<String> = preflight
            .missing
            .iter()
            .map(|m| {
                m.label
                    .clone()
                    .unwrap_or_else(|| m.kind.label(lang).to_owned())
            })
            .collect();
        ctx.warn(format!(
            "{}{}{}",
            ctx.say("pièces manquantes", "missing documents"),
            ctx.colon(),
            names.join(", ")
        ));
    }
    for issue in &preflight.expired {
        ctx.warn(format!(
            "{} {}",
            ctx.quote(&issue.document.title),
            ctx.say("n'est plus valable", "is no longer valid")
        ));
    }
    for issue in &preflight.expires_before_deadline {
        ctx.warn(format!(
            "{} {}",
            ctx.quote(&issue.document.title),
            ctx.say(
                "ne sera plus valable à la date limite",
                "will no longer be valid on the deadline"
            )
        ));
    }
}

fn too_large(ctx: &Ctx, summary: &DossierSummary) {
    let lang = ctx.lang;
    let limit = summary.limit_bytes.unwrap_or_default();
    let names: Vec<String> = summary
        .too_large
        .iter()
        .map(|d| ctx.quote(&d.title))
        .collect();
    let mut text = if ctx.fr() {
        format!(
            "le dossier dépasse la limite de {} même avec les scans réduits au plus bas",
            words::size(limit, lang)
        )
    } else {
        format!(
            "the file is over the {} limit even with the scans shrunk as far as they go",
            words::size(limit, lang)
        )
    };
    if !names.is_empty() {
        text.push_str(&format!(
            "{}{}",
            ctx.say(" ; envoyez à part : ", "; send separately: "),
            names.join(", ")
        ));
    }
    ctx.warn(text);
}

pub fn email(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let lang = ctx.lang;
    let limit = match text(m, "email-size") {
        Some(mb) => parse_megabytes(ctx, "--email-size", mb)?,
        None => dossier::DEFAULT_EMAIL_LIMIT,
    };
    let dossier_name = ctx.store.dossier_file_name(id, None, lang)?;
    let stem = dossier_name
        .strip_suffix(".pdf")
        .unwrap_or(&dossier_name)
        .to_owned();
    let destination = output_path(text(m, "output"), &format!("{stem}.eml"));

    // The dossier prepared for the e-mail lives in a temporary folder until the draft,
    // which carries it encoded, is written.
    let scratch = tempfile::tempdir().map_err(|e| CliError::file(&std::env::temp_dir(), e))?;
    let today = ctx.today();
    let attach = if let Some(pdf) = text(m, "dossier") {
        let pdf = PathBuf::from(pdf);
        std::fs::metadata(&pdf).map_err(|e| CliError::file(&pdf, e))?;
        MailAttachments::Dossier { path: pdf }
    } else if flag(m, "separate") {
        warn_preflight(ctx, &ctx.store.dossier_preflight(id, today)?);
        MailAttachments::Documents
    } else {
        let pdf = scratch.path().join(&dossier_name);
        let summary = write_dossier(ctx, id, &pdf, SizeMode::Email { limit_bytes: limit })?;
        if !summary.fits {
            too_large(ctx, &summary);
        }
        MailAttachments::Dossier { path: pdf }
    };
    let email = ctx.store.compose_email(id, lang, &attach, today)?;
    let draft = &email.draft;
    if let Some(warning) = draft.size_warning(limit)? {
        ctx.warn(if ctx.fr() {
            format!(
                "les pièces jointes font {} (limite {}) : le message risque d'être refusé",
                words::size(warning.attachments_bytes, lang),
                words::size(warning.limit_bytes, lang)
            )
        } else {
            format!(
                "the attachments take {} (limit {}): the message may bounce",
                words::size(warning.attachments_bytes, lang),
                words::size(warning.limit_bytes, lang)
            )
        });
    }
    let date = ctx.now.with_timezone(&ctx.tz).fixed_offset();
    email
        .write_eml(date, &destination)
        .map_err(|e| CliError::output(&destination, e))?;
    drop(scratch);

    let c = ctx.colon();
    let line = if ctx.fr() {
        format!("Brouillon écrit : {}", destination.display())
    } else {
        format!("Draft written: {}", destination.display())
    };
    ctx.line(line);
    let to = draft
        .to
        .clone()
        .unwrap_or_else(|| ctx.say("(à compléter)", "(to fill in)").to_owned());
    let to_label = ctx.say("  À", "  To");
    ctx.line(format!("{to_label}{c}{to}"));
    let subject_label = ctx.say("  Objet", "  Subject");
    ctx.line(format!("{subject_label}{c}{}", draft.subject));
    let attached_label = ctx.say("  Pièces jointes", "  Attachments");
    let names: Vec<&str> = draft
        .attachments
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    ctx.line(format!("{attached_label}{c}{}", names.join(", ")));
    if flag(m, "mailto") {
        ctx.line(draft.mailto_url());
    }
    Ok(exit::OK)
}
