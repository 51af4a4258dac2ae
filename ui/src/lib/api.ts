// The one door to the Rust backend: `call` invokes a command with the arguments and result
// its Rust function declares (bindings/commands.ts, generated), and the helpers below name
// the commands the views use most. No other module imports `invoke`.
import { Channel, invoke } from "@tauri-apps/api/core";
import { COMMANDS, type Signatures } from "./bindings/commands";
import type { About } from "./bindings/About";
import type { UiTimings } from "./bindings/UiTimings";
import type { ApiError } from "./bindings/ApiError";
import type { OcrProgress } from "./bindings/OcrProgress";
import type { DocumentReading } from "./bindings/DocumentReading";
import type { Application } from "./bindings/Application";
import type { ApplicationInput } from "./bindings/ApplicationInput";
import type { AddedDocument } from "./bindings/AddedDocument";
import type { ApplicationListItem } from "./bindings/ApplicationListItem";
import type { ApplicationPage } from "./bindings/ApplicationPage";
import type { ApplicationQuery } from "./bindings/ApplicationQuery";
import type { Checklist } from "./bindings/Checklist";
import type { ChecklistItem } from "./bindings/ChecklistItem";
import type { ChecklistItemInput } from "./bindings/ChecklistItemInput";
import type { ChecklistItemUpdate } from "./bindings/ChecklistItemUpdate";
import type { Contact } from "./bindings/Contact";
import type { ContactInput } from "./bindings/ContactInput";
import type { Dashboard } from "./bindings/Dashboard";
import type { DocumentRef } from "./bindings/DocumentRef";
import type { Document } from "./bindings/Document";
import type { DocumentKind } from "./bindings/DocumentKind";
import type { DocumentListItem } from "./bindings/DocumentListItem";
import type { ContentMatch } from "./bindings/ContentMatch";
import type { DocumentUpdate } from "./bindings/DocumentUpdate";
import type { DocumentIssue } from "./bindings/DocumentIssue";
import type { DocumentSummary } from "./bindings/DocumentSummary";
import type { DossierProgress } from "./bindings/DossierProgress";
import type { DossierStage } from "./bindings/DossierStage";
import type { DossierSummary } from "./bindings/DossierSummary";
import type { EmailPreview } from "./bindings/EmailPreview";
import type { PieceFile } from "./bindings/PieceFile";
import type { PieceLimits } from "./bindings/PieceLimits";
import type { PieceFormat } from "./bindings/PieceFormat";
import type { SendingRules } from "./bindings/SendingRules";
import type { KeptSendingRules } from "./bindings/KeptSendingRules";
import type { LetterTemplate } from "./bindings/LetterTemplate";
import type { LetterPreview } from "./bindings/LetterPreview";
import type { Envelope } from "./bindings/Envelope";
import type { Receipt } from "./bindings/Receipt";
import type { ReceiptInput } from "./bindings/ReceiptInput";
import type { PiecesSummary } from "./bindings/PiecesSummary";
import type { Preflight } from "./bindings/Preflight";
import type { SizeMode } from "./bindings/SizeMode";
import type { MailAttachments } from "./bindings/MailAttachments";
import type { SizeWarning } from "./bindings/SizeWarning";
import type { Interview } from "./bindings/Interview";
import type { InterviewInput } from "./bindings/InterviewInput";
import type { PostingDraft } from "./bindings/PostingDraft";
import type { Profile } from "./bindings/Profile";
import type { TimelineEvent } from "./bindings/TimelineEvent";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { Invalid } from "./bindings/Invalid";
import type { Language } from "./bindings/Language";
import type { MissingItem } from "./bindings/MissingItem";
import type { Settings } from "./bindings/Settings";
import type { Status } from "./bindings/Status";
import type { CustomReminderInput } from "./bindings/CustomReminderInput";
import type { DeadlineOffsets } from "./bindings/DeadlineOffsets";
import type { Countdown } from "./bindings/Countdown";
import type { Deadline } from "./bindings/Deadline";
import type { DesktopSettings } from "./bindings/DesktopSettings";
import type { Reminder } from "./bindings/Reminder";
import type { ReminderSettings } from "./bindings/ReminderSettings";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { BackupOverview } from "./bindings/BackupOverview";
import type { BackupProgress } from "./bindings/BackupProgress";
import type { ApplicationRef } from "./bindings/ApplicationRef";
import type { FollowUp } from "./bindings/FollowUp";
import type { Statistics } from "./bindings/Statistics";
import type { StatsPeriod } from "./bindings/StatsPeriod";
import type { JournalSummary } from "./bindings/JournalSummary";
import type { ListSummary } from "./bindings/ListSummary";
import type { Separator } from "./bindings/Separator";

// Every command the backend exposes, written from src-tauri/src/commands/list.rs.
export { COMMANDS };

export type Command = (typeof COMMANDS)[number];

/** Lets callers build an ApiError for failures that did not come from the backend. */
export function internalError(message: string): ApiError {
  return { code: "internal", message, field: null, reason: null };
}

export type { Invalid };

const ERROR_CODES: readonly ErrorCode[] = [
  "not_found",
  "validation",
  "conflict",
  "database_newer",
  "storage",
  "io",
  "internal",
  "in_use",
  "cancelled",
];

export function isApiError(e: unknown): e is ApiError {
  if (typeof e !== "object" || e === null) return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.code === "string" &&
    (ERROR_CODES as readonly string[]).includes(o.code) &&
    typeof o.message === "string" &&
    (o.field === null || o.field === undefined || typeof o.field === "string") &&
    (o.reason === null || o.reason === undefined || typeof o.reason === "string")
  );
}

/** Any failure as an ApiError: a rejection that is not one (a bug, a plugin's string)
 *  becomes `internal` with its text. */
export function asApiError(e: unknown): ApiError {
  return isApiError(e) ? e : internalError(String(e));
}

function isDocumentRef(d: unknown): d is DocumentRef {
  if (typeof d !== "object" || d === null) return false;
  const o = d as Record<string, unknown>;
  return typeof o.title === "string" && (o.id === null || typeof o.id === "number");
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Whatever the rejection (a missing command, a panic turned into a string), callers get an ApiError. */
function toApiError(e: unknown): ApiError {
  if (isApiError(e)) {
    const error: ApiError = {
      code: e.code,
      message: e.message,
      field: e.field ?? null,
      reason: e.reason ?? null,
    };
    if (Array.isArray(e.in_use_by)) error.in_use_by = e.in_use_by;
    if (isDocumentRef(e.document)) error.document = e.document;
    return error;
  }
  return { code: "internal", message: describe(e), field: null, reason: null };
}

/** Calls command `command` with its arguments, typed from its Rust function
 *  (bindings/commands.ts): a view may call a command in one line, without a wrapper here. */
export async function call<C extends Command>(
  command: C,
  args: Signatures[C]["args"],
): Promise<Signatures[C]["result"]> {
  try {
    return await invoke<Signatures[C]["result"]>(command, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function listApplications(): Promise<Application[]> {
  return call("applications_list", {});
}

export function getApplication(id: number): Promise<Application> {
  return call("applications_get", { id });
}

export function createApplication(input: ApplicationInput): Promise<Application> {
  return call("applications_create", { input });
}

export function updateApplication(id: number, input: ApplicationInput): Promise<Application> {
  return call("applications_update", { id, input });
}

/** Moves an application along the pipeline; the note, if any, goes on its timeline. */
/**
 * Moves an application in the pipeline; `on` (YYYY-MM-DD) dates a step that happened
 * before today (the backend records today's steps at the present moment).
 */
export function setApplicationStatus(
  id: number,
  status: Status,
  note: string | null = null,
  on: string | null = null,
): Promise<Application> {
  return call("applications_set_status", { id, status, note, on });
}

/** Existing applications that are the same post (accents, case, « (H/F) » ignored). */
export function findDuplicates(
  title: string,
  organization: string,
  reference: string | null,
  except: number | null = null,
): Promise<ApplicationRef[]> {
  return call("applications_find_duplicates", { title, organization, reference, except });
}

export function listFollowUps(applicationId: number): Promise<FollowUp[]> {
  return call("follow_ups_list", { applicationId });
}

/** Records a follow-up made `on` a day (YYYY-MM-DD; today when null). */
export function addFollowUp(applicationId: number, on: string | null, note: string | null): Promise<FollowUp> {
  return call("follow_ups_add", { applicationId, on, note });
}

export async function deleteFollowUp(id: number): Promise<void> {
  await call("follow_ups_delete", { id });
}

/** The applications `query` selects, as CSV or .xlsx by the extension of `path`. */
export function exportList(
  query: ApplicationQuery,
  path: string,
  separator: Separator,
  language: Language,
  job: number,
): Promise<ListSummary> {
  return call("export_list", { query, path, separator, language, job });
}

/** The « Journal de recherche d'emploi » PDF of `from`..`to` (YYYY-MM-DD); cancelled with
 *  `cancelDossierJob(job)`. */
export function exportJournal(
  from: string,
  to: string,
  path: string,
  language: Language,
  job: number,
  onProgress: (progress: DossierProgress) => void,
): Promise<JournalSummary> {
  const channel = new Channel<DossierProgress>(onProgress);
  return call("export_journal", { from, to, path, language, job, onProgress: channel });
}

/** « Statistiques » over a period of start dates (either end open). */
export function getStatistics(period: StatsPeriod): Promise<Statistics> {
  return call("stats_get", { period });
}

export async function deleteApplication(id: number): Promise<void> {
  await call("applications_delete", { id });
}

export function getSettings(): Promise<Settings> {
  return call("settings_get", {});
}

export function updateSettings(settings: Settings): Promise<Settings> {
  return call("settings_update", { settings });
}

/** What the first screen took: fetching the list, drawing it, rows drawn of rows listed. */
/** Tells the backend the first screen is interactive (start-up time measurement). */
export async function uiReady(timings: UiTimings): Promise<void> {
  await call("ui_ready", { timings });
}

export function searchApplications(query: ApplicationQuery): Promise<ApplicationListItem[]> {
  return call("applications_search", { query });
}

/** `limit` rows of the list from `offset`, and how many rows it has. */
export function listPage(query: ApplicationQuery, offset: number, limit: number): Promise<ApplicationPage> {
  return call("applications_page", { query, offset, limit });
}

export function listOrganizations(): Promise<string[]> {
  return call("applications_organizations", {});
}

export function getTimeline(id: number): Promise<TimelineEvent[]> {
  return call("applications_timeline", { id });
}

export function getDashboard(): Promise<Dashboard> {
  return call("dashboard_get", {});
}

export function getChecklist(applicationId: number): Promise<Checklist> {
  return call("checklist_get", { applicationId });
}

export function addChecklistItem(
  applicationId: number,
  input: ChecklistItemInput,
): Promise<ChecklistItem> {
  return call("checklist_add", { applicationId, input });
}

export function updateChecklistItem(
  itemId: number,
  update: ChecklistItemUpdate,
): Promise<ChecklistItem> {
  return call("checklist_update", { itemId, update });
}

export async function removeChecklistItem(itemId: number): Promise<void> {
  await call("checklist_remove", { itemId });
}

export function moveChecklistItem(itemId: number, position: number): Promise<ChecklistItem[]> {
  return call("checklist_move", { itemId, position });
}

export function attachDocument(itemId: number, documentId: number): Promise<ChecklistItem> {
  return call("checklist_attach", { itemId, documentId });
}

export function detachDocument(itemId: number): Promise<ChecklistItem> {
  return call("checklist_detach", { itemId });
}

export function listDocuments(): Promise<DocumentListItem[]> {
  return call("documents_list", {});
}

/** `path` comes from the native open dialog or a file dropped on the window. */
/** Reads a file about to be added and suggests its kind and issue date (text recognition
 *  for a photo or a scan); cancelled with `cancelDossierJob(job)`. */
export function readDocument(
  path: string,
  job: number,
  onProgress: (progress: OcrProgress) => void,
): Promise<DocumentReading> {
  const channel = new Channel<OcrProgress>(onProgress);
  return call("documents_read", { path, job, onProgress: channel });
}

/** Adds a straightened A4 copy of the photographed document `id`; the original stays. */
export function straightenDocument(id: number, language: Language): Promise<AddedDocument> {
  return call("documents_straighten", { id, language });
}

/** `password`: of a protected PDF, whose unlocked copy the vault keeps (`fixed`). */
export function addDocument(
  path: string,
  kind: DocumentKind,
  title: string,
  issuedOn: string | null,
  password: string | null = null,
): Promise<AddedDocument> {
  return call("documents_add", { path, kind, title, issuedOn, password });
}

export function updateDocument(id: number, update: DocumentUpdate): Promise<Document> {
  return call("documents_update", { id, update });
}

/** « Renouveler »: `path` becomes the new version of document `id`, and the pieces of the
 *  applications being prepared listed in `applications` take it. */
export function renewDocument(
  id: number,
  path: string,
  issuedOn: string | null,
  applications: number[],
): Promise<AddedDocument> {
  return call("documents_renew", { id, path, issuedOn, applications });
}

/** Without `force`, a document in use is refused with code `in_use` (ask first). */
export async function deleteDocument(id: number, force: boolean): Promise<void> {
  await call("documents_delete", { id, force });
}

/** A `data:` URL of the first page, or null. */
export function documentThumbnail(id: number): Promise<string | null> {
  return call("documents_thumbnail", { id });
}

/** Documents whose text (read in the background) holds every word of `query`, each with
 *  the passage around the first word. */
export function searchDocuments(query: string): Promise<ContentMatch[]> {
  return call("documents_search", { query });
}

/** Applies (`apply`) or ignores what a document's text suggests: its kind, its issue date. */
export function settleDocumentSuggestion(id: number, apply: boolean): Promise<Document> {
  return call("documents_settle_suggestion", { id, apply });
}

export function listContacts(applicationId: number): Promise<Contact[]> {
  return call("contacts_list", { applicationId });
}

export function addContact(applicationId: number, input: ContactInput): Promise<Contact> {
  return call("contacts_add", { applicationId, input });
}

export function updateContact(id: number, input: ContactInput): Promise<Contact> {
  return call("contacts_update", { id, input });
}

export async function deleteContact(id: number): Promise<void> {
  await call("contacts_delete", { id });
}

export function listInterviews(applicationId: number): Promise<Interview[]> {
  return call("interviews_list", { applicationId });
}

export function addInterview(applicationId: number, input: InterviewInput): Promise<Interview> {
  return call("interviews_add", { applicationId, input });
}

export function updateInterview(id: number, input: InterviewInput): Promise<Interview> {
  return call("interviews_update", { id, input });
}

export async function deleteInterview(id: number): Promise<void> {
  await call("interviews_delete", { id });
}

export function getProfile(): Promise<Profile> {
  return call("profile_get", {});
}

export function updateProfile(profile: Profile): Promise<Profile> {
  return call("profile_update", { profile });
}

export function parsePostingText(text: string, defaultTimezone: string): Promise<PostingDraft> {
  return call("posting_parse_text", { text, defaultTimezone });
}

/** `path` comes from the native open dialog or a file dropped on the window. */
export function readPostingFile(
  path: string,
  defaultTimezone: string,
  job: number,
  onProgress: (progress: OcrProgress) => void,
): Promise<PostingDraft> {
  const channel = new Channel<OcrProgress>(onProgress);
  return call("posting_read_file", { path, defaultTimezone, job, onProgress: channel });
}

/** A picture pasted from the clipboard, read by text recognition; cancelled with
 *  `cancelDossierJob(job)`. */
export async function readPostingPicture(
  picture: Blob,
  defaultTimezone: string,
  job: number,
  onProgress: (progress: OcrProgress) => void,
): Promise<PostingDraft> {
  const channel = new Channel<OcrProgress>(onProgress);
  return call("posting_read_picture", { picture: await base64Of(picture), defaultTimezone, job, onProgress: channel });
}

/** The bytes of `blob` in base64, without the `data:` prefix (the web view encodes it). */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("the picture could not be read"));
    reader.readAsDataURL(blob);
  });
}

export function createApplicationFromPosting(
  input: ApplicationInput,
  checklist: ChecklistItemInput[],
  postingText: string,
): Promise<Application> {
  return call("applications_create_from_posting", { input, checklist, postingText });
}

/** « À propos »: the version, the license, the folder that holds the candidate's data. */
export function getAbout(): Promise<About> {
  return call("app_about", {});
}

// The export dialog. These types mirror the core's serialized shapes (postulo_core::dossier
// and ::mail, and the shell's commands/dossier.rs); they are not generated.

export type {
  DocumentIssue,
  DocumentRef,
  DocumentSummary,
  DossierProgress,
  DossierStage,
  DossierSummary,
  EmailPreview,
  MailAttachments,
  KeptSendingRules,
  LetterPreview,
  LetterTemplate,
  PieceFile,
  PieceFormat,
  PieceLimits,
  PiecesSummary,
  Preflight,
  SendingRules,
  SizeMode,
  SizeWarning,
};

/** The e-mail limits offered, in decimal bytes as mail providers count them; 8 MB by default. */
export const EMAIL_LIMITS_MB = [5, 8, 10, 20, 25] as const;
export const DEFAULT_EMAIL_LIMIT_MB = 8;
export const MB = 1_000_000;

export function dossierPreflight(applicationId: number): Promise<Preflight> {
  return call("dossier_preflight", { applicationId });
}

/** The dossier's file name by the candidate's rule, or by `rule` to preview one being typed. */
export function dossierFileName(applicationId: number, language: Language, rule?: string): Promise<string> {
  return call("dossier_file_name", { applicationId, language, rule: rule ?? null });
}

/** The rule naming dossiers, e.g. `{NOM}_{Prenom}_{Poste}_{Ref}`. */
export function getDossierNameRule(): Promise<string> {
  return call("dossier_name_rule_get", {});
}

/** Saves the rule naming dossiers (empty: back to the default); returns the rule saved. */
export function setDossierNameRule(rule: string): Promise<string> {
  return call("dossier_name_rule_set", { rule });
}

let nextJob = Math.floor(Math.random() * 1_000_000);

/** A number naming one estimate or export, for `cancelDossierJob`. */
export function newDossierJob(): number {
  nextJob = (nextJob + 1) % 2 ** 31;
  return nextJob;
}

export function estimateDossier(
  applicationId: number,
  mode: SizeMode,
  language: Language,
  job: number,
): Promise<DossierSummary> {
  return call("dossier_estimate", { applicationId, mode, language, job });
}

/** Writes the dossier to `path`; `onProgress` hears each step. Cancel with `cancelDossierJob(job)`. */
export function exportDossier(
  applicationId: number,
  path: string,
  mode: SizeMode,
  language: Language,
  job: number,
  onProgress: (progress: DossierProgress) => void,
): Promise<DossierSummary> {
  const channel = new Channel<DossierProgress>(onProgress);
  return call("dossier_export", { applicationId, path, mode, language, job, onProgress: channel });
}

/** Each piece's file and size within `limits`, without writing (one file per piece). */
export function estimatePieces(
  applicationId: number,
  limits: PieceLimits,
  language: Language,
  job: number,
): Promise<PiecesSummary> {
  return call("dossier_estimate_pieces", { applicationId, limits, language, job });
}

/** Writes one PDF per piece into `folder`; nothing when one cannot fit (the summary says which). */
export function exportPieces(
  applicationId: number,
  folder: string,
  limits: PieceLimits,
  language: Language,
  job: number,
  onProgress: (progress: DossierProgress) => void,
): Promise<PiecesSummary> {
  const channel = new Channel<DossierProgress>(onProgress);
  return call("dossier_export_pieces", { applicationId, folder, limits, language, job, onProgress: channel });
}

/** The candidate's cover-letter template in `language`, else Postulo's, with its fields. */
export function getLetterTemplate(language: Language): Promise<LetterTemplate> {
  return call("letter_template_get", { language });
}

/** Keeps the template (empty: back to Postulo's); unknown fields are refused. */
export function setLetterTemplate(language: Language, template: string): Promise<LetterTemplate> {
  return call("letter_template_set", { language, template });
}

/** The letter `template` makes for the application, with its unknown and empty fields. */
export function previewLetter(
  applicationId: number,
  language: Language,
  template: string,
  place: string | null,
): Promise<LetterPreview> {
  return call("letter_preview", { applicationId, language, template, place });
}

/** Writes the letter at `path`, as PDF or Word (.docx) by its name. */
export function exportLetter(
  applicationId: number,
  language: Language,
  template: string,
  place: string | null,
  path: string,
): Promise<null> {
  return call("letter_export", { applicationId, language, template, place, path });
}

/** Keeps the letter as a PDF in the vault, on the application's cover-letter piece. */
export function attachLetter(
  applicationId: number,
  language: Language,
  template: string,
  place: string | null,
): Promise<ChecklistItem> {
  return call("letter_attach", { applicationId, language, template, place });
}

/** How the application's files must be sent: read from the posting, or set by the candidate. */
export function getSendingRules(applicationId: number): Promise<KeptSendingRules> {
  return call("sending_rules_get", { applicationId });
}

/** Keeps the sending rules the candidate chose. */
export function setSendingRules(applicationId: number, rules: SendingRules): Promise<KeptSendingRules> {
  return call("sending_rules_set", { applicationId, rules });
}

/** The receipt recorded for a paper file handed in, if any. */
export function getReceipt(applicationId: number): Promise<Receipt | null> {
  return call("receipts_get", { applicationId });
}

/** Records the receipt of a paper file handed in; the application moves to « Envoyée » that day. */
export function recordReceipt(applicationId: number, input: ReceiptInput): Promise<Receipt> {
  return call("receipts_record", { applicationId, input });
}

/** Writes the paper file (cover sheet, checklist, envelope label) to `path`. */
export async function exportPaperFile(
  applicationId: number,
  path: string,
  envelope: Envelope,
  language: Language,
  job: number,
): Promise<void> {
  await call("dossier_export_paper", { applicationId, path, envelope, language, job });
}

export async function cancelDossierJob(job: number): Promise<void> {
  await call("dossier_cancel", { job });
}

/** Opens the folder holding `path` (a file the app wrote) in the file manager. */
export async function openFolderOf(path: string): Promise<void> {
  await call("dossier_open_folder", { path });
}

export function emailPreview(
  applicationId: number,
  language: Language,
  attach: MailAttachments,
  limitBytes: number,
): Promise<EmailPreview> {
  return call("email_preview", { applicationId, language, attach, limitBytes });
}

/** Writes the .eml draft to `path`, chosen in the native save dialog. */
export async function writeEml(
  applicationId: number,
  language: Language,
  attach: MailAttachments,
  path: string,
): Promise<void> {
  await call("email_write_eml", { applicationId, language, attach, path });
}

/** Copies the documents, named for the recipient, into a folder made inside `folder`
 *  (for attaching them by hand in a webmail); returns the files written. */
export function copyMailDocuments(applicationId: number, language: Language, folder: string): Promise<string[]> {
  return call("email_copy_documents", { applicationId, language, folder });
}

/** Opens the mailto: link (recipient, subject, body) in the system's mail program. */
export async function openMailto(applicationId: number, language: Language): Promise<void> {
  await call("email_open_mailto", { applicationId, language });
}

export function getReminderSettings(): Promise<ReminderSettings> {
  return call("reminder_settings_get", {});
}

export function updateReminderSettings(settings: ReminderSettings): Promise<ReminderSettings> {
  return call("reminder_settings_update", { settings });
}

export function getDesktopSettings(): Promise<DesktopSettings> {
  return call("desktop_settings_get", {});
}

export function updateDesktopSettings(settings: DesktopSettings): Promise<DesktopSettings> {
  return call("desktop_settings_update", { settings });
}

export function listReminders(applicationId: number): Promise<Reminder[]> {
  return call("reminders_list", { applicationId });
}

export function addReminder(applicationId: number, input: CustomReminderInput): Promise<Reminder> {
  return call("reminders_add", { applicationId, input });
}

export async function deleteReminder(id: number): Promise<void> {
  await call("reminders_delete", { id });
}

export function getReminderOffsets(applicationId: number): Promise<DeadlineOffsets> {
  return call("reminder_offsets_get", { applicationId });
}

export function setReminderOffsets(applicationId: number, minutes: number[] | null): Promise<DeadlineOffsets> {
  return call("reminder_offsets_set", { applicationId, minutes });
}

/** Writes the .ics of one application (or of every open one when null); false if no date. */
export function exportCalendar(path: string, applicationId: number | null): Promise<boolean> {
  return call("calendar_export", { path, applicationId });
}

/**
 * The countdowns of these deadlines, worded by the core ("Demain à 17:00"), in order; null
 * for a deadline that names no real moment. Use lib/views/countdowns.svelte.ts, which
 * batches and caches these.
 */
export function wordCountdowns(deadlines: Deadline[], language: Language): Promise<(Countdown | null)[]> {
  return call("countdowns_word", { deadlines, language });
}

// The backups dialog: the daily backups in the data folder, a backup written where the
// candidate chooses, and a restore that checks the whole archive before replacing anything.

export type { BackupFile } from "./bindings/BackupFile";
export type { BackupInfo, BackupOverview, BackupProgress };

/** Whether a backup is made each day, the backups folder and the backups in it, newest first. */
export function backupOverview(): Promise<BackupOverview> {
  return call("backup_overview", {});
}

export function setAutoBackup(on: boolean): Promise<BackupOverview> {
  return call("backup_set_auto", { on });
}

/** Sends the daily backups to `folder` from now on; null: back to the default one. */
export function setBackupFolder(folder: string | null): Promise<BackupOverview> {
  return call("backup_set_folder", { folder });
}

/** What a backup file holds (dates, counts), read before a restore is confirmed. */
export function inspectBackup(path: string): Promise<BackupInfo> {
  return call("backup_inspect", { path });
}

/** Writes a backup of all the data to `path`; `onProgress` hears the bytes done. */
export function createBackup(path: string, onProgress: (progress: BackupProgress) => void): Promise<BackupInfo> {
  const channel = new Channel<BackupProgress>(onProgress);
  return call("backup_create", { path, onProgress: channel });
}

/**
 * Replaces all the data with the backup's, once the whole archive has been checked (a
 * damaged one is refused and nothing changes); the current data is saved first.
 */
export function restoreBackup(path: string, onProgress: (progress: BackupProgress) => void): Promise<BackupInfo> {
  const channel = new Channel<BackupProgress>(onProgress);
  return call("backup_restore", { path, onProgress: channel });
}
