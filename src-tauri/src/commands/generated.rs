//! What is written from `list.rs` for the others: the names and signatures the interface
//! may call (ui/src/lib/bindings/commands.ts, with the shell's own types it uses) and the
//! permissions the window's capability grants
//! (capabilities/main.json). This test fails when either differs from the list;
//! `cargo xtask bindings` (UPDATE_BINDINGS=1) writes them again.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::{COMMAND_NAMES, SIGNATURES};

/// What a generated file should hold, from what it holds now (the capability keeps its
/// other permissions).
type Writer = fn(&str) -> String;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A type of the shell's own, as ts-rs writes it for the window (the core's types are
/// written by the core's `bindings` test, the same way).
fn exported<T: ts_rs::TS + 'static>() -> String {
    let cfg = ts_rs::Config::new().with_large_int("number");
    T::export_to_string(&cfg).unwrap()
}

fn typescript() -> String {
    let mut out = String::from(
        "// Written from src-tauri/src/commands (list.rs and each command's signature) by\n\
         // `cargo xtask bindings`: do not edit.\n\n",
    );
    let types: BTreeSet<&str> = SIGNATURES
        .iter()
        .flat_map(|s| s.types.iter().copied())
        .collect();
    for ty in &types {
        let from = if *ty == "Channel" {
            "@tauri-apps/api/core".to_owned()
        } else {
            format!("./{ty}")
        };
        out.push_str(&format!("import type {{ {ty} }} from \"{from}\";\n"));
    }
    out.push_str(
        "\n/** Every command the backend exposes, as the window calls it. */\n\
         export const COMMANDS = [\n",
    );
    for name in COMMAND_NAMES {
        out.push_str(&format!("  \"{name}\",\n"));
    }
    out.push_str(
        "] as const;\n\n\
         /** The arguments of each command (one key per Rust parameter, by the camelCase name\n\
         \x20*  Tauri takes) and its result, from the Rust functions. */\n\
         export interface Signatures {\n",
    );
    for signature in SIGNATURES {
        let args = if signature.args.is_empty() {
            "Record<string, never>".to_owned()
        } else {
            let fields: Vec<String> = signature
                .args
                .iter()
                .map(|(name, ty)| format!("{name}: {ty}"))
                .collect();
            format!("{{ {} }}", fields.join("; "))
        };
        out.push_str(&format!(
            "  {}: {{ args: {args}; result: {} }};\n",
            signature.name, signature.result
        ));
    }
    out.push_str("}\n");
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
    let bindings = root().join("../ui/src/lib/bindings");
    let files: [(PathBuf, Writer); 4] = [
        (bindings.join("commands.ts"), |_| typescript()),
        (bindings.join("UiTimings.ts"), |_| {
            exported::<super::startup::UiTimings>()
        }),
        (bindings.join("About.ts"), |_| {
            exported::<super::settings::About>()
        }),
        (root().join("capabilities/main.json"), capability),
    ];
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    let mut stale = Vec::new();
    for (path, write) in files {
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        let wanted = write(&current);
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
    // Each type a signature names is one the core or the shell exports for the window.
    let bindings = root().join("../ui/src/lib/bindings");
    let missing: Vec<&str> = SIGNATURES
        .iter()
        .flat_map(|s| s.types.iter().copied())
        .filter(|ty| *ty != "Channel" && !bindings.join(format!("{ty}.ts")).is_file())
        .collect();
    assert!(
        missing.is_empty(),
        "types named by commands that ts-rs does not export: {missing:?}"
    );
    let names: Vec<&str> = SIGNATURES.iter().map(|s| s.name).collect();
    assert_eq!(
        names, COMMAND_NAMES,
        "each listed command declares its signature"
    );
    let mut unique = COMMAND_NAMES.to_vec();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), COMMAND_NAMES.len(), "a command listed twice");
}
