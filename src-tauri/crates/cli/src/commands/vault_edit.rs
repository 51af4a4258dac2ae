//! `vault edit DOC`: a vault document's title, kind and dates, changed option by option
//! through the core's `update_document` (which refuses a certification in the future or
//! before the issue); and the certification date `vault add --certified` sets.

use chrono::NaiveDate;
use clap::ArgMatches;
use postulo_core::model::{Document, DocumentUpdate};

use super::pieces::is_none;
use super::vault::parse_kind;
use super::{flag, number, parse_day, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::fill;
use crate::words;

/// The update that leaves `doc` as it is. An end of validity that only follows the kind's
/// rule (3 months after the issue of a criminal record) is left for the core to work out
/// again, so that it moves with a new issue date or kind; one typed by the user stays.
pub fn unchanged(doc: &Document) -> DocumentUpdate {
    let derived = doc.valid_until == doc.kind.default_valid_until(doc.issued_on);
    DocumentUpdate {
        kind: doc.kind,
        title: doc.title.clone(),
        issued_on: doc.issued_on,
        valid_until: if derived { None } else { doc.valid_until },
        certified_on: doc.certified_on,
    }
}

/// A date option: not given (`None`), taken off by `none` (`Some(None)`), or a day.
fn date_option(ctx: &Ctx, m: &ArgMatches, name: &str) -> CliResult<Option<Option<NaiveDate>>> {
    match text(m, name) {
        None => Ok(None),
        Some(value) if is_none(value) => Ok(Some(None)),
        Some(value) => Ok(Some(Some(parse_day(ctx, &format!("--{name}"), value)?))),
    }
}

pub fn edit(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    // Every option is read before the document, so a typo is reported as such even for a
    // document that does not exist; then nothing is saved unless all of them are good.
    let kind = text(m, "kind").map(|k| parse_kind(ctx, k)).transpose()?;
    let issued = date_option(ctx, m, "issued")?;
    let valid_until = date_option(ctx, m, "valid-until")?;
    let certified = date_option(ctx, m, "certified")?;
    let title = text(m, "title");
    if kind.is_none()
        && title.is_none()
        && issued.is_none()
        && valid_until.is_none()
        && certified.is_none()
    {
        return Err(CliError::Usage(fill(
            ctx.t().nothing_to_change,
            &[&"postulo-cli vault edit"],
        )));
    }
    let current = ctx.store.document(id)?;
    let mut update = unchanged(&current);
    if let Some(kind) = kind {
        update.kind = kind;
    }
    if let Some(title) = title {
        update.title = title.to_owned();
    }
    if let Some(issued) = issued {
        update.issued_on = issued;
    }
    if let Some(until) = valid_until {
        update.valid_until = until;
    }
    if let Some(certified) = certified {
        update.certified_on = certified;
    }
    let doc = ctx.store.update_document(id, update)?;
    if flag(m, "json") {
        ctx.json(&doc)?;
        return Ok(exit::OK);
    }
    let p = ctx.p();
    let kind = doc.kind.label(ctx.lang);
    ctx.line(fill(p.document_edited, &[&doc.id, &doc.title, &kind]));
    print_dates(ctx, &doc);
    Ok(exit::OK)
}

/// « Délivré le … », « Certifié le … », « Valable jusqu'au … », the ones the document has.
pub fn print_dates(ctx: &mut Ctx, doc: &Document) {
    let p = ctx.p();
    let lang = ctx.lang;
    for (template, date) in [
        (p.issued_on, doc.issued_on),
        (p.certified_on, doc.certified_on),
        (p.valid_until_on, doc.valid_until),
    ] {
        if let Some(date) = date {
            ctx.line(fill(template, &[&words::date(date, lang)]));
        }
    }
}

/// `vault add --certified DATE`: the date is set once the document is in the vault. If the
/// core refuses it, a document this command has just added is taken out again, so that a
/// refused date leaves the vault as it was.
pub fn certify_added(
    ctx: &Ctx,
    doc: &Document,
    newly_added: bool,
    certified_on: NaiveDate,
) -> CliResult<Document> {
    let update = DocumentUpdate {
        certified_on: Some(certified_on),
        ..unchanged(doc)
    };
    match ctx.store.update_document(doc.id, update) {
        Ok(doc) => Ok(doc),
        Err(e) => {
            if newly_added {
                // The refusal is what the user needs to read; a failed clean-up would
                // only leave the document without its date.
                let _ = ctx.store.delete_document(doc.id, false);
            }
            Err(e.into())
        }
    }
}
