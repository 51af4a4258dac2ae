//! Commands for the dashboard, the searchable list and the timeline.

use chrono::{Local, Utc};
use postulo_core::model::{ApplicationListItem, ApplicationQuery, Dashboard, TimelineEvent};
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

/// Deadlines may have passed since the last look: mark those applications expired first,
/// so every view tells the truth.
fn refresh(store: &Store) -> CommandResult<()> {
    store.expire_overdue(Utc::now())?;
    Ok(())
}

#[tauri::command(async)]
pub fn applications_search(
    store: State<'_, Store>,
    query: ApplicationQuery,
) -> CommandResult<Vec<ApplicationListItem>> {
    refresh(&store)?;
    Ok(store.search_applications(&query)?)
}

#[tauri::command(async)]
pub fn applications_organizations(store: State<'_, Store>) -> CommandResult<Vec<String>> {
    Ok(store.organizations()?)
}

#[tauri::command(async)]
pub fn applications_timeline(
    store: State<'_, Store>,
    id: i64,
) -> CommandResult<Vec<TimelineEvent>> {
    Ok(store.status_history(id)?)
}

#[tauri::command(async)]
pub fn dashboard_get(store: State<'_, Store>) -> CommandResult<Dashboard> {
    refresh(&store)?;
    Ok(store.dashboard(Utc::now(), Local::now().date_naive())?)
}
