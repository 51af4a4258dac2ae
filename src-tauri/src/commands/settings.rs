//! Commands on the user's settings.

use postulo_core::model::Settings;
use postulo_core::Store;
use serde::Serialize;
use tauri::{AppHandle, State};

use super::CommandResult;

#[postulo_command::command(async)]
pub fn settings_get(store: State<'_, Store>) -> CommandResult<Settings> {
    Ok(store.settings()?)
}

#[postulo_command::command(async)]
pub fn settings_update(store: State<'_, Store>, settings: Settings) -> CommandResult<Settings> {
    Ok(store.update_settings(&settings)?)
}

/// What « À propos » shows: the version, the license and where the candidate's data lives
/// (the folder to back up or to look into).
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct About {
    pub version: String,
    pub license: &'static str,
    pub data_dir: String,
}

#[postulo_command::command]
pub fn app_about(app: AppHandle, store: State<'_, Store>) -> About {
    let data_dir = store
        .path()
        .and_then(|db| db.parent())
        .map(|dir| dir.display().to_string())
        .unwrap_or_default();
    About {
        version: app.package_info().version.to_string(),
        license: "MIT",
        data_dir,
    }
}
