//! Commands of the cover-letter editor: the template kept per language, the live preview
//! as the candidate types, the letter written as PDF or .docx, and kept on the checklist.

use std::path::PathBuf;

use postulo_core::error::Invalid;
use postulo_core::letter::{self, LetterFormat, LetterPreview, LetterTemplate};
use postulo_core::model::{ChecklistItem, Language};
use postulo_core::{Error, Store};
use tauri::State;

use super::CommandResult;

/// The candidate's template in `language`, else Postulo's, with the fields it may name.
#[postulo_command::command(async)]
pub fn letter_template_get(
    store: State<'_, Store>,
    language: Language,
) -> CommandResult<LetterTemplate> {
    Ok(store.letter_template(language)?)
}

/// Keeps the template (empty: back to Postulo's); unknown fields are refused.
#[postulo_command::command(async)]
pub fn letter_template_set(
    store: State<'_, Store>,
    language: Language,
    template: String,
) -> CommandResult<LetterTemplate> {
    Ok(store.set_letter_template(language, &template)?)
}

/// The letter `template` makes for the application, with its unknown and empty fields.
#[postulo_command::command(async)]
pub fn letter_preview(
    store: State<'_, Store>,
    application_id: i64,
    language: Language,
    template: String,
    place: Option<String>,
) -> CommandResult<LetterPreview> {
    let input = store.letter_input(application_id, language, place)?;
    Ok(letter::preview(&input, &template))
}

/// Writes the letter at `path` (chosen in the save dialog), as PDF or .docx by its name.
#[postulo_command::command(async)]
pub fn letter_export(
    store: State<'_, Store>,
    application_id: i64,
    language: Language,
    template: String,
    place: Option<String>,
    path: PathBuf,
) -> CommandResult<()> {
    let format = LetterFormat::of_file_name(&path.to_string_lossy()).ok_or(Error::Validation {
        field: "path",
        reason: Invalid::FileType,
    })?;
    let composed = composed(&store, application_id, language, &template, place)?;
    let bytes = letter::write(&composed, format)?;
    postulo_core::atomic_write::write_bytes(&path, &bytes)?;
    Ok(())
}

/// Keeps the letter as a PDF in the vault, on the application's cover-letter piece.
#[postulo_command::command(async)]
pub fn letter_attach(
    store: State<'_, Store>,
    application_id: i64,
    language: Language,
    template: String,
    place: Option<String>,
) -> CommandResult<ChecklistItem> {
    let composed = composed(&store, application_id, language, &template, place)?;
    Ok(store.attach_letter(application_id, &composed)?)
}

/// The letter `template` makes for the application.
fn composed(
    store: &Store,
    application_id: i64,
    language: Language,
    template: &str,
    place: Option<String>,
) -> postulo_core::error::Result<letter::Letter> {
    let input = store.letter_input(application_id, language, place)?;
    letter::compose(&input, template)
}
