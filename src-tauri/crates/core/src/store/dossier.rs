//! What the dossier export needs from the store: the application, the profile and the
//! documents of its checklist, in order, with their files in the vault.

use chrono::NaiveDate;

use super::Store;
use crate::dossier::{self, DossierDocument, DossierInput, Preflight};
use crate::error::Result;
use crate::model::{ItemState, Language};

impl Store {
    /// The dossier of an application: each checklist item that is due and ready, in the
    /// checklist's order, with its vault document. Pieces asked only of shortlisted
    /// candidates are left out until the application is shortlisted. The front end may
    /// still drop or reorder `documents` before exporting.
    pub fn dossier_input(
        &self,
        application_id: i64,
        language: Language,
        today: NaiveDate,
    ) -> Result<DossierInput> {
        let application = self.application(application_id)?;
        let profile = self.profile()?;
        let checklist = self.checklist(application_id, today)?;
        let mut documents = Vec::new();
        let mut vault = None;
        for entry in &checklist.entries {
            let item = &entry.item;
            let (true, ItemState::Ready, Some(document_id)) =
                (item.due, item.state, item.document_id)
            else {
                continue;
            };
            let document = self.document(document_id)?;
            let vault = match &vault {
                Some(v) => v,
                None => vault.insert(self.vault()?),
            };
            documents.push(DossierDocument {
                document_id: Some(document_id),
                item_id: Some(item.id),
                kind: item.kind,
                label: item
                    .label
                    .clone()
                    .unwrap_or_else(|| item.kind.label(language).to_owned()),
                path: vault.file_path(&document.stored_file)?,
                title: document.title,
                mime: document.mime,
            });
        }
        Ok(DossierInput {
            language,
            profile,
            application,
            documents,
            prepared_on: today,
        })
    }

    /// What to tell the candidate before exporting (see [`dossier::preflight`]).
    pub fn dossier_preflight(&self, application_id: i64, today: NaiveDate) -> Result<Preflight> {
        let checklist = self.checklist(application_id, today)?;
        let input = self.dossier_input(application_id, Language::default(), today)?;
        Ok(dossier::preflight(&checklist, &input.documents))
    }

    /// The dossier's file name by `rule` (see [`dossier::dossier_file_name`]); `None` uses
    /// [`dossier::DEFAULT_FILE_NAME_RULE`].
    pub fn dossier_file_name(
        &self,
        application_id: i64,
        rule: Option<&str>,
        language: Language,
    ) -> Result<String> {
        let application = self.application(application_id)?;
        let profile = self.profile()?;
        Ok(dossier::dossier_file_name(
            rule.unwrap_or(dossier::DEFAULT_FILE_NAME_RULE),
            &profile,
            &application,
            language,
        ))
    }
}
