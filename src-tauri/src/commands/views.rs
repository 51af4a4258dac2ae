//! Commands for the dashboard, the searchable list and the timeline.

use postulo_core::clock::local_time_zone;
use postulo_core::countdown::{deadline_countdown, Countdown};
use postulo_core::model::{
    ApplicationListItem, ApplicationPage, ApplicationQuery, Dashboard, Deadline, Language,
    TimelineEvent,
};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

/// Deadlines may have passed since the last look: mark those applications expired first,
/// so every view tells the truth.
fn refresh(store: &Store) -> CommandResult<()> {
    store.expire_overdue(store.now())?;
    Ok(())
}

#[postulo_command::command(async)]
pub fn applications_search(
    store: State<'_, Store>,
    query: ApplicationQuery,
) -> CommandResult<Vec<ApplicationListItem>> {
    refresh(&store)?;
    Ok(store.search_applications(&query)?)
}

/// The rows of the list in sight: `limit` rows from `offset`, and how many there are.
#[postulo_command::command(async)]
pub fn applications_page(
    store: State<'_, Store>,
    query: ApplicationQuery,
    offset: u32,
    limit: u32,
) -> CommandResult<ApplicationPage> {
    // Only the first page of a list looks again at deadlines passed: the later pages of
    // the same list must keep its order.
    if offset == 0 {
        refresh(&store)?;
    }
    Ok(store.list_page(&query, offset, limit)?)
}

#[postulo_command::command(async)]
pub fn applications_organizations(store: State<'_, Store>) -> CommandResult<Vec<String>> {
    Ok(store.organizations()?)
}

#[postulo_command::command(async)]
pub fn applications_timeline(
    store: State<'_, Store>,
    id: i64,
) -> CommandResult<Vec<TimelineEvent>> {
    Ok(store.status_history(id)?)
}

#[postulo_command::command(async)]
pub fn dashboard_get(store: State<'_, Store>) -> CommandResult<Dashboard> {
    refresh(&store)?;
    Ok(store.dashboard(store.now(), store.today())?)
}

/// The countdowns of these deadlines ("Demain à 17:00", "Dans 3 jours"), worded by the
/// core's `countdown`, the one place they are worded: the views say exactly what the
/// notifications and the tray say. Counted on this computer's clock, in its time zone.
/// A deadline that names no real moment gets `null`.
#[postulo_command::command(async)]
pub fn countdowns_word(
    store: State<'_, Store>,
    deadlines: Vec<Deadline>,
    language: Language,
) -> Vec<Option<Countdown>> {
    let now = store.now();
    let tz = local_time_zone();
    deadlines
        .iter()
        .map(|d| deadline_countdown(d, now, tz, language).ok())
        .collect()
}
