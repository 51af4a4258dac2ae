//! `checklist add|require|remove|waive|unwaive|order`: the « Pièces à fournir » list of
//! one application, changed through the same core functions as the window's checklist.
//!
//! A piece is named by its number (`#14` in `show`, `id` in `show --json`), checked to
//! belong to the application named beside it, so that a typo in one number never changes
//! another application's list.

use clap::ArgMatches;
use postulo_core::model::{
    ChecklistItem, ChecklistItemInput, ChecklistItemUpdate, ChecklistStage, ItemState,
};
use serde::Serialize;

use super::pieces::{self, asked};
use super::vault::parse_kind;
use super::{flag, number, text, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;
use crate::texts::fill;
use crate::words;

/// What the piece is called on screen: the posting's words, else its kind.
fn label(ctx: &Ctx, item: &ChecklistItem) -> String {
    item.label
        .clone()
        .unwrap_or_else(|| item.kind.label(ctx.lang).to_owned())
}

/// The application's piece numbered `item_id`; "not found" when it is another's.
fn piece(ctx: &Ctx, application_id: i64, item_id: i64) -> CliResult<ChecklistItem> {
    ctx.store
        .checklist(application_id, ctx.today())?
        .entries
        .into_iter()
        .map(|e| e.item)
        .find(|i| i.id == item_id)
        .ok_or_else(|| {
            CliError::NotFound(fill(
                ctx.t().item_not_in_application,
                &[&application_id, &item_id, &application_id],
            ))
        })
}

pub fn add(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let kind = parse_kind(ctx, text(m, "kind").unwrap_or_default())?;
    let stage = if flag(m, "later") {
        ChecklistStage::IfShortlisted
    } else {
        ChecklistStage::Now
    };
    let (requirements, _) = pieces::requirements(ctx, m, Default::default())?;
    let input = ChecklistItemInput {
        kind,
        label: text(m, "label").map(str::to_owned),
        stage,
        requirements,
    };
    // Several pieces of one kind are allowed (two diplomas): `attach` fills the first
    // one still missing.
    let item = ctx.store.add_checklist_item(id, input)?;
    if flag(m, "json") {
        ctx.json(&item)?;
        return Ok(exit::OK);
    }
    let t = ctx.t();
    let mut line = fill(t.item_added, &[&id, &item.id, &label(ctx, &item)]);
    if let Some(asked) = asked(&item.requirements, ctx.lang) {
        line.push_str(&format!(" — {asked}"));
    }
    if stage == ChecklistStage::IfShortlisted {
        line.push_str(t.if_shortlisted);
    }
    let of_kind = ctx
        .store
        .checklist(id, ctx.today())?
        .entries
        .iter()
        .filter(|e| e.item.kind == kind)
        .count();
    if of_kind > 1 {
        line.push_str(&fill(t.item_of_kind, &[&of_kind]));
    }
    ctx.line(line);
    Ok(exit::OK)
}

/// `checklist require ID ITEM`: what the piece asks, changed option by option; its kind,
/// label, stage, state and document stay.
pub fn require(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let item = piece(ctx, id, number(m, "item")?)?;
    let (requirements, any) = pieces::requirements(ctx, m, item.requirements)?;
    if !any {
        return Err(CliError::Usage(fill(
            ctx.t().nothing_to_change,
            &[&"postulo-cli checklist require"],
        )));
    }
    let item = ctx.store.update_checklist_item(
        item.id,
        ChecklistItemUpdate {
            kind: item.kind,
            label: item.label.clone(),
            stage: item.stage,
            state: item.state,
            requirements,
        },
    )?;
    if flag(m, "json") {
        ctx.json(&item)?;
        return Ok(exit::OK);
    }
    let p = ctx.p();
    let now = asked(&item.requirements, ctx.lang).unwrap_or_else(|| p.nothing_asked.to_owned());
    let line = fill(p.required, &[&id, &item.id, &label(ctx, &item), &now]);
    ctx.line(line);
    Ok(exit::OK)
}

#[derive(Serialize)]
struct Removed<'a> {
    removed: &'a ChecklistItem,
}

pub fn remove(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let item = piece(ctx, id, number(m, "item")?)?;
    ctx.store.remove_checklist_item(item.id)?;
    if flag(m, "json") {
        ctx.json(&Removed { removed: &item })?;
        return Ok(exit::OK);
    }
    let line = fill(ctx.t().item_removed, &[&id, &item.id, &label(ctx, &item)]);
    ctx.line(line);
    Ok(exit::OK)
}

/// `waive` (`waived`) or `unwaive`, as the window's « Pas nécessaire » and « De nouveau
/// demandée ». Only a waived piece is un-waived: un-waiving a ready piece would take its
/// document off.
pub fn waive(ctx: &mut Ctx, m: &ArgMatches, waived: bool) -> CliResult<u8> {
    let id = number(m, "id")?;
    let item = piece(ctx, id, number(m, "item")?)?;
    let changes = if waived {
        item.state != ItemState::Waived
    } else {
        item.state == ItemState::Waived
    };
    let item = if changes {
        ctx.store.update_checklist_item(
            item.id,
            ChecklistItemUpdate {
                kind: item.kind,
                label: item.label.clone(),
                stage: item.stage,
                requirements: item.requirements,
                state: if waived {
                    ItemState::Waived
                } else {
                    ItemState::Missing
                },
            },
        )?
    } else {
        item
    };
    if flag(m, "json") {
        ctx.json(&item)?;
        return Ok(exit::OK);
    }
    let t = ctx.t();
    let name = label(ctx, &item);
    let line = match (changes, waived) {
        (true, true) => fill(t.item_waived, &[&id, &item.id, &name]),
        (true, false) => fill(t.item_unwaived, &[&id, &item.id, &name]),
        (false, _) => fill(
            t.item_unchanged,
            &[
                &id,
                &item.id,
                &name,
                &words::item_state(item.state, ctx.lang),
            ],
        ),
    };
    ctx.line(line);
    Ok(exit::OK)
}

pub fn order(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let wanted: Vec<i64> = m
        .get_many::<i64>("items")
        .into_iter()
        .flatten()
        .copied()
        .collect();
    // Every number is checked before the first move, so a mistake changes nothing.
    for (i, item_id) in wanted.iter().enumerate() {
        if wanted[..i].contains(item_id) {
            return Err(CliError::Invalid(fill(ctx.t().item_twice, &[item_id])));
        }
        piece(ctx, id, *item_id)?;
    }
    // The window moves one piece at a time; moving each named piece to its rank in turn
    // gives the named ones first, in order, and leaves the others in their order after them.
    let mut items = Vec::new();
    for (position, item_id) in (0_i64..).zip(&wanted) {
        items = ctx.store.move_checklist_item(*item_id, position)?;
    }
    if flag(m, "json") {
        ctx.json(&items)?;
        return Ok(exit::OK);
    }
    let heading = fill(ctx.t().order_done, &[&id]);
    ctx.line(heading);
    for (rank, item) in (1..).zip(&items) {
        let line = format!(
            "  {rank}. #{} {} ({})",
            item.id,
            label(ctx, item),
            item.kind.as_str()
        );
        ctx.line(line);
    }
    Ok(exit::OK)
}
