//! Commands on the user's settings.

use postulo_core::model::Settings;
use postulo_core::Store;
use tauri::State;

use super::CommandResult;

#[tauri::command(async)]
pub fn settings_get(store: State<'_, Store>) -> CommandResult<Settings> {
    Ok(store.settings()?)
}

#[tauri::command(async)]
pub fn settings_update(store: State<'_, Store>, settings: Settings) -> CommandResult<Settings> {
    Ok(store.update_settings(&settings)?)
}
