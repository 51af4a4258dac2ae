//! What is written from `list.rs` for the others: the names the interface may call
//! (ui/src/lib/bindings/commands.ts) and the permissions the window's capability grants
//! (capabilities/main.json). This test fails when either differs from the list;
//! `cargo xtask bindings` (UPDATE_BINDINGS=1) writes them again.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use std::path::PathBuf;

use super::COMMAND_NAMES;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn typescript() -> String {
    let mut out = String::from(
        "// Written from src-tauri/src/commands/list.rs by `cargo xtask bindings`: do not edit.\n\n\
         /** Every command the backend exposes, as the window calls it. */\n\
         export const COMMANDS = [\n",
    );
    for name in COMMAND_NAMES {
        out.push_str(&format!("  \"{name}\",\n"));
    }
    out.push_str("] as const;\n");
    out
}

/// The capability as it is, with its command permissions taken from the list (first, in
/// the list's order) and its other permissions (dialogs, events) kept after them.
fn capability(current: &str) -> String {
    let mut json: serde_json::Value = serde_json::from_str(current).expect("capability JSON");
    let others: Vec<serde_json::Value> = json["permissions"]
        .as_array()
        .expect("a permissions array")
        .iter()
        .filter(|p| !p.as_str().is_some_and(|p| p.starts_with("allow-")))
        .cloned()
        .collect();
    let mut permissions: Vec<serde_json::Value> = COMMAND_NAMES
        .iter()
        .map(|n| serde_json::Value::from(format!("allow-{}", n.replace('_', "-"))))
        .collect();
    permissions.extend(others);
    json["permissions"] = serde_json::Value::Array(permissions);
    serde_json::to_string_pretty(&json).expect("JSON") + "\n"
}

#[test]
fn the_interface_and_the_capability_name_exactly_the_listed_commands() {
    let files = [
        (root().join("../ui/src/lib/bindings/commands.ts"), None),
        (root().join("capabilities/main.json"), Some(())),
    ];
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    let mut stale = Vec::new();
    for (path, is_capability) in files {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        let wanted = match is_capability {
            Some(()) => capability(&current),
            None => typescript(),
        };
        if update {
            std::fs::write(&path, &wanted).unwrap();
        } else if current != wanted {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date with src-tauri/src/commands/list.rs: {stale:?}; run `cargo xtask bindings`"
    );
    let mut unique = COMMAND_NAMES.to_vec();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), COMMAND_NAMES.len(), "a command listed twice");
}
