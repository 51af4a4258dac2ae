//! One test binary for the crate's integration tests: each file below was its own
//! binary, linked against the whole core, which cost minutes of linking and gigabytes
//! of target folder on every clean build (a CI run ran out of disk while linking).

mod common;

mod concurrency;
mod export_pieces;
mod exports;
mod help_and_errors;
mod letter;
mod manage;
mod outputs;
mod paper;
mod pictures;
mod pieces;
mod story;
mod tracking;
