//! Declares our commands to Tauri's permission system, so that the capability file can
//! grant each of them by name and anything not listed there is refused.

/// The names of `src/commands/list.rs`, the one list of commands.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/commands/list.rs");

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMAND_NAMES));
    if let Err(e) = tauri_build::try_build(attributes) {
        println!("cargo::error=tauri-build failed: {e:#}");
    }
}
