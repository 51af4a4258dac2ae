//! The cover letter of an application: what it is made from, and the PDF kept in the vault
//! and attached to the checklist's cover-letter item.

use super::settings::keys;
use super::Store;
use crate::error::{Error, Invalid, Result};
use crate::letter::{self, Letter, LetterFormat, LetterInput, LetterTemplate};
use crate::model::{ChecklistItem, ChecklistItemInput, ChecklistStage, DocumentKind, Language};

fn template_key(language: Language) -> &'static str {
    match language {
        Language::Fr => keys::LETTER_TEMPLATE_FR,
        Language::En => keys::LETTER_TEMPLATE_EN,
    }
}

impl Store {
    /// The candidate's cover-letter template in `language`, else Postulo's. One saved by a
    /// newer version with fields this one does not know falls back to Postulo's.
    pub fn letter_template(&self, language: Language) -> Result<LetterTemplate> {
        let saved = self
            .setting(template_key(language))?
            .filter(|t| letter::check_template(t).is_ok());
        Ok(match saved {
            Some(t) => LetterTemplate::new(language, t, false),
            None => LetterTemplate::new(language, letter::default_template(language).into(), true),
        })
    }

    /// Saves the candidate's template; an empty one goes back to Postulo's. Refused, with
    /// the saved one kept: unknown fields, more than [`letter::MAX_TEMPLATE_CHARS`].
    pub fn set_letter_template(
        &self,
        language: Language,
        template: &str,
    ) -> Result<LetterTemplate> {
        if template.trim().is_empty() {
            self.delete_setting(template_key(language))?;
        } else {
            letter::check_template(template)?;
            self.set_setting(template_key(language), template)?;
        }
        self.letter_template(language)
    }

    /// The profile, the application and today, for a letter in `language` written from
    /// `place` (« Bamako »).
    pub fn letter_input(
        &self,
        application_id: i64,
        language: Language,
        place: Option<String>,
    ) -> Result<LetterInput> {
        Ok(LetterInput {
            language,
            profile: self.profile()?,
            application: self.application(application_id)?,
            today: self.today(),
            place,
            handwritten: self.letter_is_handwritten(application_id)?,
        })
    }

    /// The application's cover-letter piece, the first of its checklist; `None` when the
    /// posting asked for none. The items alone: the preview asks at every pause in typing,
    /// and needs neither the documents nor their validity.
    pub fn letter_item(&self, application_id: i64) -> Result<Option<ChecklistItem>> {
        Ok(super::checklist::items_of(&self.conn(), application_id)?
            .into_iter()
            .find(|i| i.kind == DocumentKind::CoverLetter))
    }

    /// Whether the posting asks the cover letter written by hand (« demande manuscrite »):
    /// what Postulo composes is then a draft to copy out, sign, and scan.
    pub fn letter_is_handwritten(&self, application_id: i64) -> Result<bool> {
        Ok(self
            .letter_item(application_id)?
            .is_some_and(|i| i.requirements.handwritten))
    }

    /// Keeps the letter as a PDF in the vault (« Lettre de motivation — UNESCO Abidjan »)
    /// and attaches it to the application's cover-letter item, added at the end of the
    /// checklist when the posting asked for none. A document already attached there stays in
    /// the vault. Refused, with nothing written, when that item is to be handwritten.
    pub fn attach_letter(&self, application_id: i64, letter: &Letter) -> Result<ChecklistItem> {
        let organization = self.application(application_id)?.organization;
        let title = match letter.language {
            Language::Fr => format!("Lettre de motivation — {organization}"),
            Language::En => format!("Cover letter — {organization}"),
        };
        let pdf = letter::write(letter, LetterFormat::Pdf)?;
        let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
        let path = dir.path().join("lettre.pdf");
        std::fs::write(&path, &pdf).map_err(|e| Error::io(&path, e))?;
        let letter_item = self.letter_item(application_id)?;
        // A letter asked by hand takes the scan of the page the candidate wrote; the typed
        // one is the draft they copy from, exported but never attached.
        if letter_item
            .as_ref()
            .is_some_and(|i| i.requirements.handwritten)
        {
            return Err(Error::invalid("handwritten", Invalid::Handwritten));
        }
        let item = letter_item.map(|i| i.id);
        let added =
            self.add_document(&path, DocumentKind::CoverLetter, &title, Some(self.today()))?;
        let item = match item {
            Some(id) => id,
            None => {
                self.add_checklist_item(
                    application_id,
                    ChecklistItemInput::new(DocumentKind::CoverLetter, ChecklistStage::Now),
                )?
                .id
            }
        };
        self.attach_document(item, added.document.id)
    }
}
