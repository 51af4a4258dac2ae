//! What the dossier export needs from the store: the application, the profile and the
//! documents of its checklist, in order, with their files in the vault.

use chrono::NaiveDate;

use super::settings::keys;
use super::Store;
use crate::dossier::{
    self, DossierDocument, DossierInput, Envelope, PaperInput, PaperPiece, Preflight,
};
use crate::error::{Error, Invalid, Result};
use crate::mail::{Attachment, ComposedEmail, MailAttachments};
use crate::model::{ItemState, Language};

impl Store {
    /// The e-mail that sends an application: recipient and exact subject from the posting,
    /// the letter in `language`, and either the exported dossier or the checklist's ready
    /// documents one by one, named as the recipient will see them.
    pub fn compose_email(
        &self,
        application_id: i64,
        language: Language,
        attach: &MailAttachments,
        today: NaiveDate,
    ) -> Result<ComposedEmail> {
        let input = self.dossier_input(application_id, language, today)?;
        let attachments = match attach {
            MailAttachments::Dossier { path } => vec![Attachment::dossier(path)],
            MailAttachments::Documents => Attachment::documents(&input.profile, &input.documents),
        };
        Ok(ComposedEmail::new(
            &input.profile,
            &input.application,
            language,
            attachments,
        ))
    }

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

    /// The paper file of an application (see [`dossier::paper_file`]): every piece due now,
    /// in the checklist's order, with what the posting asks of it and whether the vault
    /// holds it; the ones the candidate waived are left out.
    pub fn paper_input(
        &self,
        application_id: i64,
        language: Language,
        today: NaiveDate,
    ) -> Result<PaperInput> {
        let application = self.application(application_id)?;
        let profile = self.profile()?;
        let checklist = self.checklist(application_id, today)?;
        let pieces = checklist
            .entries
            .iter()
            .map(|entry| &entry.item)
            .filter(|item| item.due && item.state != ItemState::Waived)
            .map(|item| PaperPiece {
                label: item
                    .label
                    .clone()
                    .unwrap_or_else(|| item.kind.label(language).to_owned()),
                requirements: item.requirements,
                ready: item.state == ItemState::Ready,
            })
            .collect();
        Ok(PaperInput {
            language,
            profile,
            application,
            pieces,
            prepared_on: today,
        })
    }

    /// Writes the paper file of an application to `dest` (atomically: a failure leaves
    /// any earlier file there as it was).
    pub fn write_paper_file(
        &self,
        application_id: i64,
        language: Language,
        envelope: Envelope,
        dest: &std::path::Path,
        today: NaiveDate,
    ) -> Result<()> {
        let input = self.paper_input(application_id, language, today)?;
        let bytes =
            dossier::paper_file(&input, envelope).map_err(|e| Error::Corrupt(e.to_string()))?;
        crate::atomic_write::write_bytes(dest, &bytes)
    }

    /// What to tell the candidate before exporting (see [`dossier::preflight`]).
    pub fn dossier_preflight(&self, application_id: i64, today: NaiveDate) -> Result<Preflight> {
        let checklist = self.checklist(application_id, today)?;
        let input = self.dossier_input(application_id, Language::default(), today)?;
        Ok(dossier::preflight(&checklist, &input.documents))
    }

    /// The dossier's file name by `rule` (see [`dossier::dossier_file_name`]); `None` uses
    /// the candidate's rule ([`Store::dossier_name_rule`]).
    pub fn dossier_file_name(
        &self,
        application_id: i64,
        rule: Option<&str>,
        language: Language,
    ) -> Result<String> {
        let application = self.application(application_id)?;
        let profile = self.profile()?;
        let saved;
        let rule = match rule {
            Some(rule) => rule,
            None => {
                saved = self.dossier_name_rule()?;
                &saved
            }
        };
        Ok(dossier::dossier_file_name(
            rule,
            &profile,
            &application,
            language,
        ))
    }

    /// The rule naming dossiers: the candidate's own, else [`dossier::DEFAULT_FILE_NAME_RULE`].
    /// A stored rule that is no longer valid (written by hand, or by a newer version) falls
    /// back to the default rather than naming every dossier alike.
    pub fn dossier_name_rule(&self) -> Result<String> {
        Ok(self
            .setting(keys::DOSSIER_NAME_RULE)?
            .filter(|rule| check_rule(rule).is_ok())
            .unwrap_or_else(|| dossier::DEFAULT_FILE_NAME_RULE.to_owned()))
    }

    /// Saves the rule naming dossiers; an empty one goes back to the default. Refused when
    /// longer than [`dossier::MAX_RULE_CHARS`] or without any placeholder.
    pub fn set_dossier_name_rule(&self, rule: &str) -> Result<String> {
        let rule = rule.trim();
        let rule = if rule.is_empty() {
            dossier::DEFAULT_FILE_NAME_RULE
        } else {
            rule
        };
        check_rule(rule)?;
        self.set_setting(keys::DOSSIER_NAME_RULE, rule)?;
        self.dossier_name_rule()
    }
}

fn check_rule(rule: &str) -> Result<()> {
    let invalid = |reason| Error::Validation {
        field: "file_name_rule",
        reason,
    };
    if rule.chars().count() > dossier::MAX_RULE_CHARS {
        return Err(invalid(Invalid::TooLong));
    }
    if !dossier::rule_has_placeholder(rule) {
        return Err(invalid(Invalid::Required));
    }
    Ok(())
}
