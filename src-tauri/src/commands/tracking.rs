//! Commands for what happens after sending: the receipt of a paper file handed in,
//! follow-ups, and the statistics.

use chrono::NaiveDate;
use postulo_core::model::{FollowUp, Receipt, ReceiptInput, Statistics, StatsPeriod};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[postulo_command::command(async)]
pub fn follow_ups_list(
    store: State<'_, Store>,
    application_id: i64,
) -> CommandResult<Vec<FollowUp>> {
    Ok(store.follow_ups(application_id)?)
}

/// Records a follow-up made `on` a day (today when absent).
#[postulo_command::command(async)]
pub fn follow_ups_add(
    store: State<'_, Store>,
    application_id: i64,
    on: Option<NaiveDate>,
    note: Option<String>,
) -> CommandResult<FollowUp> {
    let at = on.map(|day| store.moment_of_day(day));
    Ok(store.add_follow_up(application_id, at, note.as_deref())?)
}

#[postulo_command::command(async)]
pub fn follow_ups_delete(store: State<'_, Store>, id: i64) -> CommandResult<()> {
    store.delete_follow_up(id)?;
    Ok(())
}

#[postulo_command::command(async)]
pub fn stats_get(store: State<'_, Store>, period: StatsPeriod) -> CommandResult<Statistics> {
    Ok(store.statistics(period)?)
}

/// The receipt recorded for a paper file handed in, if any.
#[postulo_command::command(async)]
pub fn receipts_get(
    store: State<'_, Store>,
    application_id: i64,
) -> CommandResult<Option<Receipt>> {
    Ok(store.receipt(application_id)?)
}

/// Records the receipt (« récépissé ») of a paper file handed in; the application moves to
/// « Envoyée » on that day.
#[postulo_command::command(async)]
pub fn receipts_record(
    store: State<'_, Store>,
    application_id: i64,
    input: ReceiptInput,
) -> CommandResult<Receipt> {
    Ok(store.record_receipt(application_id, input)?)
}
