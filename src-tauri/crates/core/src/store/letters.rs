//! The cover letter of an application: what it is made from, and the PDF kept in the vault
//! and attached to the checklist's cover-letter item.

use super::Store;
use crate::error::{Error, Result};
use crate::letter::{self, Letter, LetterFormat, LetterInput};
use crate::model::{ChecklistItem, ChecklistItemInput, ChecklistStage, DocumentKind, Language};

impl Store {
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
        })
    }

    /// Keeps the letter as a PDF in the vault (a cover letter, titled `title`) and attaches
    /// it to the application's cover-letter item, added at the end of the checklist when the
    /// posting asked for none. A document already attached there stays in the vault.
    pub fn attach_letter(
        &self,
        application_id: i64,
        letter: &Letter,
        title: &str,
    ) -> Result<ChecklistItem> {
        let pdf = letter::write(letter, LetterFormat::Pdf)?;
        let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
        let path = dir.path().join("lettre.pdf");
        std::fs::write(&path, &pdf).map_err(|e| Error::io(&path, e))?;
        let checklist = self.checklist(application_id, self.today())?;
        let item = checklist
            .entries
            .iter()
            .find(|e| e.item.kind == DocumentKind::CoverLetter)
            .map(|e| e.item.id);
        let added =
            self.add_document(&path, DocumentKind::CoverLetter, title, Some(self.today()))?;
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
