//! The TypeScript types the UI uses, generated from the Rust types by ts-rs.
//!
//! The files in `ui/src/lib/bindings/` are committed; this test fails when they differ from
//! what the Rust types say, so the UI can never drift from the backend unnoticed.
//! Regenerate them with `cargo xtask bindings` (which sets `UPDATE_BINDINGS=1`).

use std::path::PathBuf;

use ts_rs::{Config, TS};

use crate::error::{ApiError, ErrorCode, Invalid};
use crate::model::{
    AddedDocument, Application, ApplicationInput, ApplicationListItem, ApplicationPage,
    ApplicationQuery, ApplicationRef, ApplyMethod, AttachedDocument, Checklist, ChecklistEntry,
    ChecklistItem, ChecklistItemInput, ChecklistItemUpdate, ChecklistProgress, ChecklistStage,
    Contact, ContactInput, Dashboard, Deadline, DesktopSettings, Document, DocumentAlert,
    DocumentKind, DocumentListItem, DocumentUpdate, DocumentUse, Interview, InterviewInput,
    ItemState, Language, MissingItem, Profile, ReminderSettings, Settings, SortKey, Status,
    TimelineEvent, UpcomingInterview, Validity,
};

fn bindings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/bindings")
}

fn generated<T: TS + 'static>(cfg: &Config) -> (String, String) {
    let name = T::ident(cfg);
    let text = T::export_to_string(cfg).unwrap();
    (format!("{name}.ts"), text)
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let cfg = Config::new().with_large_int("number");
    let files = [
        generated::<Application>(&cfg),
        generated::<ApplicationInput>(&cfg),
        generated::<ApplyMethod>(&cfg),
        generated::<Deadline>(&cfg),
        generated::<Status>(&cfg),
        generated::<Language>(&cfg),
        generated::<Settings>(&cfg),
        generated::<ApiError>(&cfg),
        generated::<ErrorCode>(&cfg),
        generated::<Invalid>(&cfg),
        generated::<crate::backup::BackupInfo>(&cfg),
        generated::<crate::backup::BackupProgress>(&cfg),
        generated::<crate::backup::auto::BackupOverview>(&cfg),
        generated::<crate::backup::auto::BackupFile>(&cfg),
        generated::<TimelineEvent>(&cfg),
        generated::<DocumentKind>(&cfg),
        generated::<Document>(&cfg),
        generated::<DocumentUpdate>(&cfg),
        generated::<AddedDocument>(&cfg),
        generated::<Validity>(&cfg),
        generated::<DocumentListItem>(&cfg),
        generated::<DocumentUse>(&cfg),
        generated::<crate::model::DocumentSuggestion>(&cfg),
        generated::<crate::model::ContentMatch>(&cfg),
        generated::<DocumentAlert>(&cfg),
        generated::<UpcomingInterview>(&cfg),
        generated::<crate::dossier::PdfFix>(&cfg),
        generated::<ChecklistStage>(&cfg),
        generated::<ItemState>(&cfg),
        generated::<ChecklistItem>(&cfg),
        generated::<ChecklistItemInput>(&cfg),
        generated::<ChecklistItemUpdate>(&cfg),
        generated::<AttachedDocument>(&cfg),
        generated::<ChecklistEntry>(&cfg),
        generated::<MissingItem>(&cfg),
        generated::<ChecklistProgress>(&cfg),
        generated::<Checklist>(&cfg),
        generated::<crate::model::PieceForm>(&cfg),
        generated::<crate::model::AgeUnit>(&cfg),
        generated::<crate::model::MaxAge>(&cfg),
        generated::<crate::model::PieceRequirements>(&cfg),
        generated::<crate::model::PieceProblem>(&cfg),
        generated::<Contact>(&cfg),
        generated::<ContactInput>(&cfg),
        generated::<Interview>(&cfg),
        generated::<InterviewInput>(&cfg),
        generated::<Profile>(&cfg),
        generated::<ApplicationRef>(&cfg),
        generated::<crate::error::DocumentRef>(&cfg),
        generated::<ApplicationListItem>(&cfg),
        generated::<ApplicationPage>(&cfg),
        generated::<ApplicationQuery>(&cfg),
        generated::<SortKey>(&cfg),
        generated::<Dashboard>(&cfg),
        generated::<crate::model::OrganizationType>(&cfg),
        generated::<crate::model::FollowUp>(&cfg),
        generated::<crate::model::NoResponse>(&cfg),
        generated::<crate::model::Statistics>(&cfg),
        generated::<crate::model::StatsPeriod>(&cfg),
        generated::<crate::model::StatusCount>(&cfg),
        generated::<crate::model::MonthCount>(&cfg),
        generated::<crate::model::GroupCount<String>>(&cfg),
        generated::<crate::export::ListFormat>(&cfg),
        generated::<crate::export::Separator>(&cfg),
        generated::<crate::export::ListSummary>(&cfg),
        generated::<crate::export::JournalSummary>(&cfg),
        generated::<crate::posting::PostingDraft>(&cfg),
        generated::<crate::posting::DraftField>(&cfg),
        generated::<crate::posting::RecognizedSource>(&cfg),
        generated::<crate::posting::TextSpan>(&cfg),
        generated::<crate::ocr::OcrProgress>(&cfg),
        generated::<crate::posting::DocumentFacts>(&cfg),
        generated::<crate::vault::DocumentReading>(&cfg),
        generated::<crate::posting::DraftFieldName>(&cfg),
        generated::<crate::posting::DraftDocument>(&cfg),
        generated::<crate::posting::ParseWarning>(&cfg),
        generated::<crate::posting::Language>(&cfg),
        generated::<ReminderSettings>(&cfg),
        generated::<DesktopSettings>(&cfg),
        generated::<crate::countdown::Countdown>(&cfg),
        generated::<crate::countdown::Urgency>(&cfg),
        generated::<crate::reminders::Reminder>(&cfg),
        generated::<crate::reminders::ReminderKind>(&cfg),
        generated::<crate::reminders::CustomReminderInput>(&cfg),
        generated::<crate::reminders::DueReminder>(&cfg),
        generated::<crate::reminders::DeadlineOffsets>(&cfg),
        generated::<crate::reminders::Notice>(&cfg),
        generated::<crate::mail::MailAttachments>(&cfg),
        generated::<crate::mail::AttachmentInfo>(&cfg),
        generated::<crate::mail::EmailPreview>(&cfg),
        generated::<crate::mail::SizeWarning>(&cfg),
        generated::<crate::store::Changes>(&cfg),
        generated::<crate::dossier::SizeMode>(&cfg),
        generated::<crate::dossier::DocumentIssue>(&cfg),
        generated::<crate::dossier::Preflight>(&cfg),
        generated::<crate::model::PieceLimits>(&cfg),
        generated::<crate::model::PieceFormat>(&cfg),
        generated::<crate::model::SendingLayout>(&cfg),
        generated::<crate::model::SendingRules>(&cfg),
        generated::<crate::model::RulesSource>(&cfg),
        generated::<crate::model::KeptSendingRules>(&cfg),
        generated::<crate::dossier::Envelope>(&cfg),
        generated::<crate::model::Receipt>(&cfg),
        generated::<crate::letter::Letter>(&cfg),
        generated::<crate::letter::Field>(&cfg),
        generated::<crate::letter::LetterTemplate>(&cfg),
        generated::<crate::letter::LetterPreview>(&cfg),
        generated::<crate::model::ReceiptInput>(&cfg),
        generated::<crate::dossier::PieceFile>(&cfg),
        generated::<crate::dossier::PiecesSummary>(&cfg),
        generated::<crate::dossier::Stage>(&cfg),
        generated::<crate::dossier::Progress>(&cfg),
        generated::<crate::dossier::DocumentSummary>(&cfg),
        generated::<crate::dossier::DossierSummary>(&cfg),
        generated::<crate::store::Domain>(&cfg),
    ];
    let dir = bindings_dir();
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    let mut stale = Vec::new();
    for (file, text) in &files {
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(file.clone());
        }
    }
    assert!(
        stale.is_empty(),
        "UI bindings out of date: {stale:?}; run `cargo xtask bindings` and commit the result"
    );
}
