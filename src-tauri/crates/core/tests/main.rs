//! One test binary for the crate's integration tests: each file below was its own
//! binary, linked against the whole core, which cost minutes of linking and gigabytes
//! of target folder on every clean build (a CI run ran out of disk while linking).

mod common;
mod dossier_support;

mod applications;
mod backup;
mod bad_input;
mod checklist;
mod countdown;
mod document_facts;
mod document_texts;
mod documents;
mod dossier;
mod dossier_pieces;
mod ics_export;
mod letters;
mod mail_draft;
mod migration;
mod notify_dbus;
mod ocr;
mod paper_file;
mod people;
mod piece_requirements;
mod posting_dates;
mod posting_documents;
mod posting_input;
mod posting_names;
mod posting_postings;
mod posting_robustness;
mod posting_sending;
mod receipts;
mod reminders;
mod reminders_upgrade;
mod sending_rules;
mod shipped_schemas;
mod store_changes;
mod tracking;
mod views;
