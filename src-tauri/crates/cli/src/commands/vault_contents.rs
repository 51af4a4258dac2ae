//! `vault search` and `vault suggestion`: what the vault reads in its documents. The window
//! reads them in the background; the CLI reads those still unread when asked to search.

use std::sync::atomic::AtomicBool;

use clap::ArgMatches;
use postulo_core::model::{DocumentSuggestion, Language};

use super::{flag, number, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::{fill, texts, ContentTexts};
use crate::words;

fn c(ctx: &Ctx) -> &'static ContentTexts {
    &texts(ctx.lang).contents
}

/// `vault search MOTS…`: the documents whose text holds every word, each with the passage
/// around the first.
pub fn search(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let query = m
        .get_many::<String>("words")
        .map(|w| w.cloned().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    read_unread(ctx);
    let found = ctx.store.search_documents(&query)?;
    if flag(m, "json") {
        ctx.json(&found)?;
        return Ok(exit::OK);
    }
    if found.is_empty() {
        ctx.line(c(ctx).none_found);
        return Ok(exit::OK);
    }
    for hit in &found {
        let title = ctx.store.document(hit.document_id)?.title;
        let (title, passage) = (
            ctx.quote(&title),
            format!("{}[{}]{}", hit.before, hit.found, hit.after),
        );
        ctx.line(format!("{:>4}  {title}", hit.document_id));
        ctx.line(format!("      {}", passage.trim()));
    }
    Ok(exit::OK)
}

/// Reads the documents not read yet, saying so on standard error; one that cannot be read
/// is said and left for later.
fn read_unread(ctx: &mut Ctx) {
    let unread = ctx.store.unread_documents().unwrap_or_default();
    if unread.is_empty() {
        return;
    }
    eprintln!("{}", fill(c(ctx).reading, &[&unread.len().to_string()]));
    let cancel = AtomicBool::new(false);
    for id in unread {
        if let Err(e) = ctx.store.read_document_text(id, &cancel) {
            let why = CliError::from(e).message(ctx.lang);
            ctx.warn(fill(c(ctx).unreadable, &[&id.to_string(), &why]));
        }
    }
}

/// `vault suggestion ID --apply|--ignore`.
pub fn suggestion(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let apply = flag(m, "apply");
    if !apply && !flag(m, "ignore") {
        return Err(CliError::Usage(c(ctx).apply_or_ignore.to_owned()));
    }
    let pending = ctx
        .store
        .documents(ctx.today())?
        .into_iter()
        .find(|i| i.document.id == id)
        .and_then(|i| i.suggestion);
    let doc = ctx.store.settle_document_suggestion(id, apply)?;
    if flag(m, "json") {
        ctx.json(&doc)?;
        return Ok(exit::OK);
    }
    let said = match (pending, apply) {
        (None, _) => c(ctx).nothing_suggested.to_owned(),
        (Some(_), true) => fill(c(ctx).applied, &[&id.to_string()]),
        (Some(_), false) => fill(c(ctx).ignored, &[&id.to_string()]),
    };
    ctx.line(said);
    Ok(exit::OK)
}

/// « lu dans le document : Diplôme, délivré le 20 décembre 2019 », for `vault list`.
pub fn suggestion_words(suggestion: &DocumentSuggestion, lang: Language) -> String {
    let t = &texts(lang).contents;
    let parts: Vec<String> = [
        suggestion.kind.map(|k| k.label(lang).to_owned()),
        suggestion
            .issued_on
            .map(|d| fill(t.issued, &[&words::date(d, lang)])),
    ]
    .into_iter()
    .flatten()
    .collect();
    fill(t.suggested, &[&parts.join(", ")])
}
