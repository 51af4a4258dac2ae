//! One test binary for the end-to-end tests: each file below was its own binary, linked
//! against the whole core, which cost minutes of linking and gigabytes of target folder
//! on every clean build. The tests run one at a time (`--test-threads=1`); a variable one
//! test needs goes to its own app through `Session::start_with`, never to the process.

mod files;

mod accessibility;
mod backup_restore;
mod checklist_files;
mod cli_while_open;
mod crash_safety;
mod dark_mode;
mod export_dossier;
mod import_picture;
mod import_posting;
mod instance_and_errors;
mod journey;
mod keyboard_only;
mod no_network;
mod pieces;
mod pointer_and_layout;
mod reminders_delivery;
mod tracking;
mod tray;
mod vault_pictures;
mod walking_skeleton;
