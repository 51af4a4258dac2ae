/// Every command the UI may call. `ui/src/lib/api.ts` exports the same list as `COMMANDS`
/// (checked by a test), and `capabilities/main.json` allows each one.
pub const COMMAND_NAMES: &[&str] = &[
    "applications_list",
    "applications_get",
    "applications_create",
    "applications_update",
    "applications_set_status",
    "applications_delete",
    "settings_get",
    "settings_update",
    "ui_ready",
];
