// Written from src-tauri/src/commands (list.rs and each command's signature) by
// `cargo xtask bindings`: do not edit.

import type { About } from "./About";
import type { AddedDocument } from "./AddedDocument";
import type { Application } from "./Application";
import type { ApplicationInput } from "./ApplicationInput";
import type { ApplicationListItem } from "./ApplicationListItem";
import type { ApplicationPage } from "./ApplicationPage";
import type { ApplicationQuery } from "./ApplicationQuery";
import type { ApplicationRef } from "./ApplicationRef";
import type { BackupInfo } from "./BackupInfo";
import type { BackupOverview } from "./BackupOverview";
import type { BackupProgress } from "./BackupProgress";
import type { Channel } from "@tauri-apps/api/core";
import type { Checklist } from "./Checklist";
import type { ChecklistItem } from "./ChecklistItem";
import type { ChecklistItemInput } from "./ChecklistItemInput";
import type { ChecklistItemUpdate } from "./ChecklistItemUpdate";
import type { Contact } from "./Contact";
import type { ContactInput } from "./ContactInput";
import type { ContentMatch } from "./ContentMatch";
import type { Countdown } from "./Countdown";
import type { CustomReminderInput } from "./CustomReminderInput";
import type { Dashboard } from "./Dashboard";
import type { Deadline } from "./Deadline";
import type { DeadlineOffsets } from "./DeadlineOffsets";
import type { DesktopSettings } from "./DesktopSettings";
import type { Document } from "./Document";
import type { DocumentKind } from "./DocumentKind";
import type { DocumentListItem } from "./DocumentListItem";
import type { DocumentReading } from "./DocumentReading";
import type { DocumentUpdate } from "./DocumentUpdate";
import type { DossierProgress } from "./DossierProgress";
import type { DossierSummary } from "./DossierSummary";
import type { EmailPreview } from "./EmailPreview";
import type { Envelope } from "./Envelope";
import type { FollowUp } from "./FollowUp";
import type { Interview } from "./Interview";
import type { InterviewInput } from "./InterviewInput";
import type { JournalSummary } from "./JournalSummary";
import type { KeptSendingRules } from "./KeptSendingRules";
import type { Language } from "./Language";
import type { LetterPreview } from "./LetterPreview";
import type { LetterTemplate } from "./LetterTemplate";
import type { ListSummary } from "./ListSummary";
import type { MailAttachments } from "./MailAttachments";
import type { OcrProgress } from "./OcrProgress";
import type { PieceLimits } from "./PieceLimits";
import type { PiecesSummary } from "./PiecesSummary";
import type { PostingDraft } from "./PostingDraft";
import type { Preflight } from "./Preflight";
import type { Profile } from "./Profile";
import type { Receipt } from "./Receipt";
import type { ReceiptInput } from "./ReceiptInput";
import type { Reminder } from "./Reminder";
import type { ReminderSettings } from "./ReminderSettings";
import type { SendingRules } from "./SendingRules";
import type { Separator } from "./Separator";
import type { Settings } from "./Settings";
import type { SizeMode } from "./SizeMode";
import type { Statistics } from "./Statistics";
import type { StatsPeriod } from "./StatsPeriod";
import type { Status } from "./Status";
import type { TimelineEvent } from "./TimelineEvent";
import type { UiTimings } from "./UiTimings";

/** Every command the backend exposes, as the window calls it. */
export const COMMANDS = [
  "applications_list",
  "applications_get",
  "applications_create",
  "applications_update",
  "applications_set_status",
  "applications_delete",
  "applications_find_duplicates",
  "follow_ups_list",
  "follow_ups_add",
  "follow_ups_delete",
  "receipts_get",
  "receipts_record",
  "stats_get",
  "export_list",
  "export_journal",
  "settings_get",
  "settings_update",
  "ui_ready",
  "applications_search",
  "applications_page",
  "applications_organizations",
  "applications_timeline",
  "dashboard_get",
  "checklist_get",
  "checklist_add",
  "checklist_update",
  "checklist_remove",
  "checklist_move",
  "checklist_attach",
  "checklist_detach",
  "documents_list",
  "documents_add",
  "documents_read",
  "documents_straighten",
  "documents_update",
  "documents_renew",
  "documents_delete",
  "documents_thumbnail",
  "documents_search",
  "documents_settle_suggestion",
  "documents_text",
  "contacts_list",
  "contacts_add",
  "contacts_update",
  "contacts_delete",
  "interviews_list",
  "interviews_add",
  "interviews_update",
  "interviews_delete",
  "profile_get",
  "profile_update",
  "posting_parse_text",
  "posting_read_file",
  "posting_read_picture",
  "applications_create_from_posting",
  "app_about",
  "dossier_preflight",
  "dossier_file_name",
  "dossier_name_rule_get",
  "dossier_name_rule_set",
  "dossier_estimate",
  "dossier_export",
  "dossier_estimate_pieces",
  "dossier_export_pieces",
  "dossier_export_paper",
  "dossier_cancel",
  "sending_rules_get",
  "sending_rules_set",
  "dossier_open_folder",
  "letter_template_get",
  "letter_template_set",
  "letter_preview",
  "letter_export",
  "letter_attach",
  "email_preview",
  "email_write_eml",
  "email_copy_documents",
  "email_open_mailto",
  "reminder_settings_get",
  "reminder_settings_update",
  "desktop_settings_get",
  "desktop_settings_update",
  "reminders_list",
  "reminders_add",
  "reminders_delete",
  "reminder_offsets_get",
  "reminder_offsets_set",
  "calendar_export",
  "backup_overview",
  "backup_set_auto",
  "backup_set_folder",
  "backup_inspect",
  "backup_create",
  "backup_restore",
  "countdowns_word",
] as const;

/** The arguments of each command (one key per Rust parameter, by the camelCase name
 *  Tauri takes) and its result, from the Rust functions. */
export interface Signatures {
  applications_list: { args: Record<string, never>; result: Application[] };
  applications_get: { args: { id: number }; result: Application };
  applications_create: { args: { input: ApplicationInput }; result: Application };
  applications_update: { args: { id: number; input: ApplicationInput }; result: Application };
  applications_set_status: { args: { id: number; status: Status; note: string | null; on: string | null }; result: Application };
  applications_delete: { args: { id: number }; result: null };
  applications_find_duplicates: { args: { title: string; organization: string; reference: string | null; except: number | null }; result: ApplicationRef[] };
  follow_ups_list: { args: { applicationId: number }; result: FollowUp[] };
  follow_ups_add: { args: { applicationId: number; on: string | null; note: string | null }; result: FollowUp };
  follow_ups_delete: { args: { id: number }; result: null };
  receipts_get: { args: { applicationId: number }; result: Receipt | null };
  receipts_record: { args: { applicationId: number; input: ReceiptInput }; result: Receipt };
  stats_get: { args: { period: StatsPeriod }; result: Statistics };
  export_list: { args: { query: ApplicationQuery; path: string; separator: Separator; language: Language; job: number }; result: ListSummary };
  export_journal: { args: { from: string; to: string; path: string; language: Language; job: number; onProgress: Channel<DossierProgress> }; result: JournalSummary };
  settings_get: { args: Record<string, never>; result: Settings };
  settings_update: { args: { settings: Settings }; result: Settings };
  ui_ready: { args: { timings: UiTimings }; result: null };
  applications_search: { args: { query: ApplicationQuery }; result: ApplicationListItem[] };
  applications_page: { args: { query: ApplicationQuery; offset: number; limit: number }; result: ApplicationPage };
  applications_organizations: { args: Record<string, never>; result: string[] };
  applications_timeline: { args: { id: number }; result: TimelineEvent[] };
  dashboard_get: { args: Record<string, never>; result: Dashboard };
  checklist_get: { args: { applicationId: number }; result: Checklist };
  checklist_add: { args: { applicationId: number; input: ChecklistItemInput }; result: ChecklistItem };
  checklist_update: { args: { itemId: number; update: ChecklistItemUpdate }; result: ChecklistItem };
  checklist_remove: { args: { itemId: number }; result: null };
  checklist_move: { args: { itemId: number; position: number }; result: ChecklistItem[] };
  checklist_attach: { args: { itemId: number; documentId: number }; result: ChecklistItem };
  checklist_detach: { args: { itemId: number }; result: ChecklistItem };
  documents_list: { args: Record<string, never>; result: DocumentListItem[] };
  documents_add: { args: { path: string; kind: DocumentKind; title: string; issuedOn: string | null; password: string | null }; result: AddedDocument };
  documents_read: { args: { path: string; job: number; onProgress: Channel<OcrProgress> }; result: DocumentReading };
  documents_straighten: { args: { id: number; language: Language }; result: AddedDocument };
  documents_update: { args: { id: number; update: DocumentUpdate }; result: Document };
  documents_renew: { args: { id: number; path: string; issuedOn: string | null; applications: number[] }; result: AddedDocument };
  documents_delete: { args: { id: number; force: boolean }; result: null };
  documents_thumbnail: { args: { id: number }; result: string | null };
  documents_search: { args: { query: string }; result: ContentMatch[] };
  documents_settle_suggestion: { args: { id: number; apply: boolean }; result: Document };
  documents_text: { args: { id: number }; result: string | null };
  contacts_list: { args: { applicationId: number }; result: Contact[] };
  contacts_add: { args: { applicationId: number; input: ContactInput }; result: Contact };
  contacts_update: { args: { id: number; input: ContactInput }; result: Contact };
  contacts_delete: { args: { id: number }; result: null };
  interviews_list: { args: { applicationId: number }; result: Interview[] };
  interviews_add: { args: { applicationId: number; input: InterviewInput }; result: Interview };
  interviews_update: { args: { id: number; input: InterviewInput }; result: Interview };
  interviews_delete: { args: { id: number }; result: null };
  profile_get: { args: Record<string, never>; result: Profile };
  profile_update: { args: { profile: Profile }; result: Profile };
  posting_parse_text: { args: { text: string; defaultTimezone: string }; result: PostingDraft };
  posting_read_file: { args: { path: string; defaultTimezone: string; job: number; onProgress: Channel<OcrProgress> }; result: PostingDraft };
  posting_read_picture: { args: { picture: string; defaultTimezone: string; job: number; onProgress: Channel<OcrProgress> }; result: PostingDraft };
  applications_create_from_posting: { args: { input: ApplicationInput; checklist: ChecklistItemInput[]; postingText: string }; result: Application };
  app_about: { args: Record<string, never>; result: About };
  dossier_preflight: { args: { applicationId: number }; result: Preflight };
  dossier_file_name: { args: { applicationId: number; language: Language; rule: string | null }; result: string };
  dossier_name_rule_get: { args: Record<string, never>; result: string };
  dossier_name_rule_set: { args: { rule: string }; result: string };
  dossier_estimate: { args: { applicationId: number; mode: SizeMode; language: Language; job: number }; result: DossierSummary };
  dossier_export: { args: { applicationId: number; path: string; mode: SizeMode; language: Language; job: number; onProgress: Channel<DossierProgress> }; result: DossierSummary };
  dossier_estimate_pieces: { args: { applicationId: number; limits: PieceLimits; language: Language; job: number }; result: PiecesSummary };
  dossier_export_pieces: { args: { applicationId: number; folder: string; limits: PieceLimits; language: Language; job: number; onProgress: Channel<DossierProgress> }; result: PiecesSummary };
  dossier_export_paper: { args: { applicationId: number; path: string; envelope: Envelope; language: Language; job: number }; result: null };
  dossier_cancel: { args: { job: number }; result: null };
  sending_rules_get: { args: { applicationId: number }; result: KeptSendingRules };
  sending_rules_set: { args: { applicationId: number; rules: SendingRules }; result: KeptSendingRules };
  dossier_open_folder: { args: { path: string }; result: null };
  letter_template_get: { args: { language: Language }; result: LetterTemplate };
  letter_template_set: { args: { language: Language; template: string }; result: LetterTemplate };
  letter_preview: { args: { applicationId: number; language: Language; template: string; place: string | null }; result: LetterPreview };
  letter_export: { args: { applicationId: number; language: Language; template: string; place: string | null; path: string }; result: null };
  letter_attach: { args: { applicationId: number; language: Language; template: string; place: string | null }; result: ChecklistItem };
  email_preview: { args: { applicationId: number; language: Language; attach: MailAttachments; limitBytes: number }; result: EmailPreview };
  email_write_eml: { args: { applicationId: number; language: Language; attach: MailAttachments; path: string }; result: null };
  email_copy_documents: { args: { applicationId: number; language: Language; folder: string }; result: string[] };
  email_open_mailto: { args: { applicationId: number; language: Language }; result: null };
  reminder_settings_get: { args: Record<string, never>; result: ReminderSettings };
  reminder_settings_update: { args: { settings: ReminderSettings }; result: ReminderSettings };
  desktop_settings_get: { args: Record<string, never>; result: DesktopSettings };
  desktop_settings_update: { args: { settings: DesktopSettings }; result: DesktopSettings };
  reminders_list: { args: { applicationId: number }; result: Reminder[] };
  reminders_add: { args: { applicationId: number; input: CustomReminderInput }; result: Reminder };
  reminders_delete: { args: { id: number }; result: null };
  reminder_offsets_get: { args: { applicationId: number }; result: DeadlineOffsets };
  reminder_offsets_set: { args: { applicationId: number; minutes: number[] | null }; result: DeadlineOffsets };
  calendar_export: { args: { path: string; applicationId: number | null }; result: boolean };
  backup_overview: { args: Record<string, never>; result: BackupOverview };
  backup_set_auto: { args: { on: boolean }; result: BackupOverview };
  backup_set_folder: { args: { folder: string | null }; result: BackupOverview };
  backup_inspect: { args: { path: string }; result: BackupInfo };
  backup_create: { args: { path: string; onProgress: Channel<BackupProgress> }; result: BackupInfo };
  backup_restore: { args: { path: string; onProgress: Channel<BackupProgress> }; result: BackupInfo };
  countdowns_word: { args: { deadlines: Deadline[]; language: Language }; result: (Countdown | null)[] };
}
