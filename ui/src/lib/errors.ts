// ApiError -> words for the candidate. The backend's own `message` is for logs, not for
// the screen: it is neither translated nor written for a candidate.
import type { ApiError } from "./bindings/ApiError";
import type { Invalid } from "./bindings/Invalid";
import type { Messages } from "./i18n";
import type { FieldErrors, FieldName } from "./form";
import { fmt } from "./i18n/fmt";

export type ValidationKey = Exclude<keyof Messages["validation"], never>;

export function errorMessage(error: ApiError, m: Messages): string {
  return m.errors[error.code];
}

/** The form field a backend field name points at: ApplicationInput names, "deadline.date"… */
export function formFieldOf(field: string | null): FieldName | null {
  switch (field) {
    case null:
      return null;
    case "deadline":
    case "deadline.date":
      return "deadline-date";
    case "deadline.time":
      return "deadline-time";
    case "deadline.timezone":
      return "deadline-timezone";
    case "title":
    case "organization":
    case "reference":
    case "location":
    case "contract":
    case "source_url":
    case "apply_method":
    case "apply_email":
    case "apply_subject":
    case "apply_cc":
    case "apply_url":
    case "apply_address":
    case "notes":
    case "status":
      return field;
    default:
      return null;
  }
}

/** What to say next to a field the backend refused, from why it refused it when known. */
export function rejectedFieldKey(field: FieldName, reason: Invalid | null = null): ValidationKey {
  switch (reason) {
    case "required":
      if (field === "title") return "titleRequired";
      if (field === "organization") return "organizationRequired";
      return "valueRequired";
    case "too_long":
      return "tooLong";
    case "email":
      return "emailInvalid";
    case "url":
      return "urlInvalid";
    case "time_zone":
      return "timezoneInvalid";
    case "date":
      return "dateInvalid";
    case "time":
      return "timeInvalid";
    case "unknown":
    case null:
      break;
  }
  switch (field) {
    case "title":
      return "titleRejected";
    case "organization":
      return "organizationRejected";
    case "apply_email":
      return "emailInvalid";
    case "apply_url":
    case "source_url":
      return "urlInvalid";
    case "deadline-date":
      return "dateInvalid";
    case "deadline-time":
      return "timeInvalid";
    case "deadline-timezone":
      return "timezoneInvalid";
    default:
      return "valueRejected";
  }
}

type DossierErrorKey = Exclude<keyof Messages["dossier"]["errors"], "nothingWritten" | "goBack">;

/** The reasons the dossier names a document for, and the message each one gets. */
const DOCUMENT_REASONS: Partial<Record<Invalid, DossierErrorKey>> = {
  file_encrypted: "file_encrypted",
  file_corrupt: "file_corrupt",
  image_too_large: "image_too_large",
  image_unsupported: "image_unsupported",
  file_missing: "file_missing",
  convert_to_pdf: "convert_to_pdf",
  file_unreadable: "file_unreadable",
  file_empty: "file_empty",
  file_type: "file_type",
};

/**
 * What went wrong with an export or an e-mail draft, for the candidate: a document's
 * problem names the document and says what to do; a write failure says nothing was written.
 */
export function dossierErrorMessage(error: ApiError, m: Messages): string {
  const d = m.dossier;
  if (error.code === "cancelled") return d.cancelled;
  if (error.field === "document" && error.document) {
    const key = (error.reason && DOCUMENT_REASONS[error.reason]) ?? "other";
    return fmt(d.errors[key], { title: error.document.title });
  }
  if (error.code === "io") return d.errors.io;
  return `${errorMessage(error, m)} ${d.errors.nothingWritten}`;
}

/** The reasons a backup file itself is refused for, each with its own message. */
const BACKUP_REASONS = ["not_a_backup", "backup_damaged", "backup_newer", "file_missing"] as const;
type BackupReason = (typeof BACKUP_REASONS)[number];

const isBackupReason = (reason: Invalid | null): reason is BackupReason =>
  (BACKUP_REASONS as readonly (Invalid | null)[]).includes(reason);

/**
 * What went wrong with a backup (`create`) or a restore (`restore`), for the candidate: the
 * file that is not a backup, is damaged or too new; the vault document that stopped the
 * backup, by name; the disk. A failed restore also says that nothing was changed (the
 * backend checks the whole archive, and keeps the current data, before replacing anything).
 */
export function backupErrorMessage(error: ApiError, m: Messages, action: "create" | "restore" = "create"): string {
  const e = m.backup.errors;
  let text: string;
  if (error.field === "backup" && isBackupReason(error.reason)) {
    // The damaged backup's message already says the current data is intact.
    if (error.reason === "backup_damaged") return e.backup_damaged;
    text = e[error.reason];
  } else if (
    error.field === "document" &&
    error.document &&
    (error.reason === "file_missing" || error.reason === "file_corrupt")
  ) {
    text = fmt(e.document, { title: error.document.title });
  } else if (error.code === "io") {
    text = action === "restore" ? e.ioRestore : e.io;
  } else {
    text = errorMessage(error, m);
  }
  return action === "restore" ? `${text} ${e.nothingChanged}` : text;
}

/** The application form's field a backend refusal points at, and what to say there; null
 * when it names none. */
export function applicationRefusal(error: ApiError): { field: FieldName; key: ValidationKey } | null {
  const field = error.code === "validation" ? formFieldOf(error.field) : null;
  return field ? { field, key: rejectedFieldKey(field, error.reason) } : null;
}

/** What to say under an application form field, if it needs correcting. */
export function fieldMessage(errors: FieldErrors, field: FieldName, m: Messages): string | undefined {
  const key = errors[field];
  return key ? m.validation[key] : undefined;
}
