//! `vault add`, `vault list` and `attach` (`vault edit` is in `vault_edit.rs`).

use std::path::Path;

use clap::ArgMatches;
use postulo_core::dossier::PdfFix;
use postulo_core::model::{ChecklistEntry, DocumentKind, ItemState};

use super::{flag, number, parse_day, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::fill;
use crate::words;

/// « Certifié le … » inside a parenthesis: « certifié le … ».
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

pub fn parse_kind(ctx: &Ctx, name: &str) -> CliResult<DocumentKind> {
    words::parse_kind(name).ok_or_else(|| {
        let known: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.as_str()).collect();
        CliError::Invalid(if ctx.fr() {
            format!(
                "type de pièce inconnu « {name} » (types : {})",
                known.join(", ")
            )
        } else {
            format!(
                "unknown kind of document \"{name}\" (kinds: {})",
                known.join(", ")
            )
        })
    })
}

pub fn add(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let file = Path::new(text(m, "file").unwrap_or_default());
    let kind = parse_kind(ctx, text(m, "kind").unwrap_or_default())?;
    let issued = text(m, "issued")
        .map(|d| parse_day(ctx, "--issued", d))
        .transpose()?;
    let certified = text(m, "certified")
        .map(|d| parse_day(ctx, "--certified", d))
        .transpose()?;
    let title = text(m, "title").unwrap_or("");
    let mut added = match text(m, "password") {
        Some(password) => ctx
            .store
            .add_protected_document(file, kind, title, issued, password)?,
        None => ctx.store.add_document(file, kind, title, issued)?,
    };
    if let Some(on) = certified {
        added.document =
            super::vault_edit::certify_added(ctx, &added.document, !added.already_in_vault, on)?;
    }
    if flag(m, "json") {
        ctx.json(&added)?;
        return Ok(exit::OK);
    }
    let doc = &added.document;
    let lang = ctx.lang;
    let mut line = if added.already_in_vault {
        if ctx.fr() {
            format!("Déjà dans vos documents : document {}", doc.id)
        } else {
            format!("Already in your documents: document {}", doc.id)
        }
    } else if ctx.fr() {
        format!("Document {} ajouté", doc.id)
    } else {
        format!("Document {} added", doc.id)
    };
    line.push_str(&format!(
        "{}{} ({}",
        ctx.colon(),
        ctx.quote(&doc.title),
        doc.kind.label(lang)
    ));
    if let Some(pages) = doc.page_count {
        line.push_str(&format!(", {pages} {}", ctx.say("p.", "p.")));
    }
    line.push_str(&format!(
        ", {})",
        words::size(doc.size_bytes.max(0) as u64, lang)
    ));
    ctx.line(line);
    if let Some(until) = doc.valid_until {
        let valid = if ctx.fr() {
            format!("Valable jusqu'au {}", words::date(until, lang))
        } else {
            format!("Valid until {}", words::date(until, lang))
        };
        ctx.line(valid);
    }
    if let Some(on) = doc.certified_on {
        ctx.line(fill(ctx.p().certified_on, &[&words::date(on, lang)]));
    }
    let texts = crate::texts::texts(lang);
    match &added.fixed {
        Some(PdfFix::Unlocked) => ctx.line(texts.vault_unlocked),
        Some(PdfFix::Repaired {
            pages_kept,
            pages_lost,
        }) => {
            let lost: Vec<String> = pages_lost.iter().map(u32::to_string).collect();
            ctx.line(fill(texts.vault_repaired, &[pages_kept, &lost.join(", ")]));
        }
        None => {}
    }
    Ok(exit::OK)
}

/// `vault read FILE`: what the document says about itself (its kind, its date of issue),
/// read by text recognition when it is a photo or a scan. Nothing is saved.
pub fn read(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let file = Path::new(text(m, "file").unwrap_or_default());
    let fr = ctx.fr();
    let mut progress = |_: postulo_core::ocr::OcrProgress| {
        eprintln!(
            "{}",
            if fr {
                "Lecture du document…"
            } else {
                "Reading the document…"
            }
        );
    };
    let reading = postulo_core::vault::read_document(
        file,
        ctx.today(),
        &mut progress,
        &std::sync::atomic::AtomicBool::new(false),
    )?
    .reading;
    if flag(m, "json") {
        ctx.json(&reading)?;
        return Ok(exit::OK);
    }
    let lang = ctx.lang;
    let c = ctx.colon();
    let kind = reading.facts.kind.map_or_else(
        || ctx.say("(non reconnu)", "(not recognized)").to_owned(),
        |k| k.label(lang).to_owned(),
    );
    let issued = reading.facts.issued_on.map_or_else(
        || ctx.say("(non trouvée)", "(not found)").to_owned(),
        |d| words::date(d, lang),
    );
    let kind_label = ctx.say("Type de pièce", "Kind of document");
    ctx.line(format!("{kind_label}{c}{kind}"));
    let issued_label = ctx.say("Délivré le", "Issued on");
    ctx.line(format!("{issued_label}{c}{issued}"));
    if let Some(confidence) = reading.recognized_confidence {
        let note = if ctx.fr() {
            format!("Texte lu dans une image (fiabilité {confidence} %) : vérifiez avant d'enregistrer.")
        } else {
            format!("Text read from a picture ({confidence} % reliable): check before saving.")
        };
        ctx.line(note);
    }
    Ok(exit::OK)
}

/// `vault straighten ID`: a straightened A4 copy of a photographed document, added beside it.
pub fn straighten(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = super::number(m, "id")?;
    let added = ctx.store.add_straightened_copy(id, ctx.lang)?;
    if flag(m, "json") {
        ctx.json(&added)?;
        return Ok(exit::OK);
    }
    let doc = &added.document;
    let line = if ctx.fr() {
        format!(
            "Copie redressée ajoutée : document {} {} ; l'original (document {id}) reste.",
            doc.id,
            ctx.quote(&doc.title)
        )
    } else {
        format!(
            "Straightened copy added: document {} {}; the original (document {id}) stays.",
            doc.id,
            ctx.quote(&doc.title)
        )
    };
    ctx.line(line);
    Ok(exit::OK)
}

pub fn list(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let documents = ctx.store.documents(ctx.today())?;
    if flag(m, "json") {
        ctx.json(&documents)?;
        return Ok(exit::OK);
    }
    if documents.is_empty() {
        let none = ctx.say("Aucun document.", "No document.");
        ctx.line(none);
        return Ok(exit::OK);
    }
    let lang = ctx.lang;
    for item in &documents {
        let doc = &item.document;
        let mut line = format!(
            "{:>4}  {}  {} ({}, {}",
            doc.id,
            doc.kind.as_str(),
            ctx.quote(&doc.title),
            doc.original_name,
            words::validity(item.validity, lang)
        );
        if let Some(until) = doc.valid_until {
            line.push_str(&format!(" {}", words::date(until, lang)));
        }
        if let Some(on) = doc.certified_on {
            let certified = fill(ctx.p().certified_on, &[&words::date(on, lang)]);
            line.push_str(&format!(", {}", lower_first(&certified)));
        }
        line.push(')');
        if let Some(suggestion) = &item.suggestion {
            let said = super::vault_contents::suggestion_words(suggestion, lang);
            line.push_str(&format!(" — {said}"));
        }
        if !item.used_by.is_empty() {
            let ids: Vec<String> = item
                .used_by
                .iter()
                .map(|u| u.application.id.to_string())
                .collect();
            line.push_str(&format!(
                " — {} {}",
                ctx.say("candidatures", "applications"),
                ids.join(", ")
            ));
        }
        ctx.line(line);
    }
    Ok(exit::OK)
}

/// The checklist piece of `kind` that a new document should fill: the first still
/// missing, else the first of that kind (replacing its document).
fn piece_of_kind(entries: &[ChecklistEntry], kind: DocumentKind) -> Option<&ChecklistEntry> {
    let mut of_kind = entries.iter().filter(|e| e.item.kind == kind);
    let first = of_kind.clone().next();
    of_kind
        .find(|e| e.item.state == ItemState::Missing)
        .or(first)
}

pub fn attach(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let kind = parse_kind(ctx, text(m, "kind").unwrap_or_default())?;
    let document_id = number(m, "document")?;
    let lang = ctx.lang;
    let checklist = ctx.store.checklist(id, ctx.today())?;
    let entry = piece_of_kind(&checklist.entries, kind).ok_or_else(|| {
        CliError::NotFound(if ctx.fr() {
            format!(
                "la candidature {id} n'a pas de pièce {} dans sa liste",
                ctx.quote(kind.label(lang))
            )
        } else {
            format!(
                "application {id} has no {} piece in its checklist",
                ctx.quote(kind.label(lang))
            )
        })
    })?;
    let item = ctx.store.attach_document(entry.item.id, document_id)?;
    let document = ctx.store.document(document_id)?;
    if flag(m, "json") {
        ctx.json(&item)?;
        return Ok(exit::OK);
    }
    let label = item
        .label
        .clone()
        .unwrap_or_else(|| item.kind.label(lang).to_owned());
    let line = if ctx.fr() {
        format!(
            "Candidature {id}, pièce {} : document {document_id} {}",
            ctx.quote(&label),
            ctx.quote(&document.title)
        )
    } else {
        format!(
            "Application {id}, piece {}: document {document_id} {}",
            ctx.quote(&label),
            ctx.quote(&document.title)
        )
    };
    ctx.line(line);
    if document.kind != kind {
        ctx.warn(if ctx.fr() {
            format!(
                "ce document est enregistré comme {}",
                ctx.quote(document.kind.label(lang))
            )
        } else {
            format!(
                "this document is filed as {}",
                ctx.quote(document.kind.label(lang))
            )
        });
    }
    Ok(exit::OK)
}
