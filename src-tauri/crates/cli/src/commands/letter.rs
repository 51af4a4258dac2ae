//! `letter ID [-o FILE.pdf|.docx] [--template FILE] [--place PLACE] [--attach]`: the cover
//! letter, from Postulo's template or the candidate's own, as a PDF or a .docx; with
//! `--attach`, kept in the vault on the checklist's cover-letter item.

use std::path::Path;

use clap::ArgMatches;
use postulo_core::error::Invalid;
use postulo_core::letter::{self, Field, LetterFormat};
use postulo_core::model::Language;

use super::{flag, number, output_path, text, write_file, Ctx};
use crate::error::{CliError, CliResult};
use crate::exit;

pub fn letter(ctx: &mut Ctx, m: &ArgMatches) -> CliResult<u8> {
    let id = number(m, "id")?;
    let default_name = if ctx.fr() {
        "lettre-de-motivation.pdf"
    } else {
        "cover-letter.pdf"
    };
    let destination = output_path(text(m, "output"), default_name);
    let name = destination.to_string_lossy();
    let format = LetterFormat::of_file_name(&name).ok_or_else(|| {
        CliError::Invalid(if ctx.fr() {
            format!(
                "-o {name} : la lettre s'écrit en PDF ou en Word : donnez un nom en .pdf ou .docx"
            )
        } else {
            format!("-o {name}: the letter is written as PDF or Word: give a name ending in .pdf or .docx")
        })
    })?;
    let template = match text(m, "template") {
        Some(file) => {
            std::fs::read_to_string(file).map_err(|e| CliError::file(Path::new(file), e))?
        }
        None => letter::default_template(ctx.lang).to_owned(),
    };
    let unknown = letter::unknown_fields(&template);
    if !unknown.is_empty() {
        let names: Vec<String> = unknown.iter().map(|n| format!("{{{n}}}")).collect();
        let known: Vec<String> = Field::ALL
            .iter()
            .map(|f| format!("{{{}}}", f.names()[usize::from(!ctx.fr())]))
            .collect();
        return Err(CliError::Invalid(if ctx.fr() {
            format!(
                "le modèle nomme des champs inconnus : {}. Champs possibles : {}",
                names.join(", "),
                known.join(", ")
            )
        } else {
            format!(
                "the template names unknown fields: {}. Fields it may use: {}",
                names.join(", "),
                known.join(", ")
            )
        }));
    }
    let place = text(m, "place").map(str::to_owned);
    let input = ctx.store.letter_input(id, ctx.lang, place)?;
    let composed = letter::compose(&input, &template)?;
    let bytes = letter::write(&composed, format)?;
    write_file(&destination, &bytes)?;
    let lang = ctx.lang;
    ctx.line(if ctx.fr() {
        format!("Lettre écrite : {}", destination.display())
    } else {
        format!("Letter written: {}", destination.display())
    });
    for field in &composed.empty_fields {
        let name = field.names()[usize::from(lang == Language::En)];
        ctx.line(if ctx.fr() {
            format!("  ⚠ {{{name}}} n'a pas de valeur pour cette candidature : relisez la phrase qui le nomme.")
        } else {
            format!("  ⚠ {{{name}}} has no value for this application: reread the sentence that names it.")
        });
    }
    if input.handwritten {
        // The same words as the refusal of `--attach`: this letter is the draft to copy out.
        let why = crate::error_words::reason_text(Invalid::Handwritten, lang);
        ctx.line(format!("  ✎ {why}"));
    }
    if flag(m, "attach") {
        let item = ctx.store.attach_letter(id, &composed)?;
        ctx.line(if ctx.fr() {
            format!(
                "Jointe à la pièce « Lettre de motivation » (coffre-fort : document {})",
                item.document_id.unwrap_or_default()
            )
        } else {
            format!(
                "Attached to the “Cover letter” piece (vault: document {})",
                item.document_id.unwrap_or_default()
            )
        });
    }
    Ok(exit::OK)
}
