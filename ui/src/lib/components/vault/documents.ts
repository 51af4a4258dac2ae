// Document kinds, names and the small formatting the vault and the checklist share.
import type { AddedDocument } from "../../bindings/AddedDocument";
import type { ApiError } from "../../bindings/ApiError";
import type { Document } from "../../bindings/Document";
import type { DocumentKind } from "../../bindings/DocumentKind";
import type { Language } from "../../bindings/Language";
import { fmt, intlLocale, type Messages } from "../../i18n";
import { dayOf, formatDay as formatDayOf } from "../../i18n/format";

// The one day and size formatter, shared with the core (see i18n/format.ts).
export { formatDay, formatSize } from "../../i18n/format";

/** In the order a posting usually lists them, as DESIGN.md gives them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "cv",
  "cover_letter",
  "diploma_copies",
  "criminal_record",
  "work_certificates",
  "attestations",
  "references",
  "id_document",
  "birth_certificate",
  "nationality_certificate",
  "id_photo",
  "medical_certificate",
  "other",
];

/** The extensions the vault accepts (the backend checks the content, not only the name). */
export const ACCEPTED_EXTENSIONS: readonly string[] = ["pdf", "jpg", "jpeg", "png", "docx", "odt"];

export function kindName(kind: DocumentKind, m: Messages): string {
  return m.workflow.kinds[kind];
}

/** What a checklist item is called: the posting's words for "other", the kind's name otherwise. */
export function itemName(item: { kind: DocumentKind; label: string | null }, m: Messages): string {
  if (item.kind === "other") return item.label ?? m.workflow.kinds.other;
  return m.workflow.kinds[item.kind];
}

// The plural rule lives with the other formats (i18n/format.ts); re-exported for the views.
export { isSingular } from "../../i18n/format";

export function joinNames(names: readonly string[]): string {
  return names.join(", ");
}

/** "26 déc. 2025, 17:00" for an instant, on this computer's clock. */
export function formatInstant(rfc3339: string, lang: Language): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const day = dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate(), lang);
  const time = new Intl.DateTimeFormat(intlLocale(lang), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
  return `${day}, ${time}`;
}


/** Lower case, without accents: "Diplôme" and "diplome" are the same word for a search. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Every word of `query` appears in one of `fields`. */
export function matches(query: string, fields: readonly (string | null)[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(fields.filter(Boolean).join(" "));
  return words.every((w) => haystack.includes(w));
}

/** The vault's and the picker's search: over the title, the file name and the kind's name. */
export function documentMatches(query: string, doc: Document, m: Messages): boolean {
  return matches(query, [doc.title, doc.original_name, m.workflow.kinds[doc.kind]]);
}

/** The last part of a path, whichever the separator (Windows or Linux). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The default title of a file: its name without the extension, separators made spaces. */
export function titleFromPath(path: string): string {
  const name = fileName(path);
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const cleaned = stem.replace(/[_]+/g, " ").replace(/\.{2,}/g, ".").replace(/\s+/g, " ").trim();
  return cleaned || name;
}

const WORD_RULES: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/\b(casier|judiciaire|b3|criminal)\b/, "criminal_record"],
  [/\bphoto(s)?\b/, "id_photo"],
  [/\b(naissance|birth)\b/, "birth_certificate"],
  [/\b(nationalite|nationality)\b/, "nationality_certificate"],
  [/\b(medical|medicale|sante|aptitude)\b/, "medical_certificate"],
  [/\b(cv|curriculum|resume)\b/, "cv"],
  [/\b(motivation|cover)\b/, "cover_letter"],
  [/\b(recommandation|references?|referees?)\b/, "references"],
  [/\blettre\b/, "cover_letter"],
  [/\b(diplomes?|diploma|degree|licence|master|maitrise|baccalaureat|bac|bts|doctorat|releve)\b/, "diploma_copies"],
  [/\b(travail|work|employeur|employment)\b/, "work_certificates"],
  [/\battestations?\b/, "attestations"],
  [/\bcertificats?\b/, "work_certificates"],
  [/\b(passeport|passport|cni|identite|identity|carte|nina)\b/, "id_document"],
];

/** A first guess from the file's name ("Casier_judiciaire_2025.pdf" → criminal record). */
export function guessKind(path: string): DocumentKind {
  const words = fold(titleFromPath(path)).replace(/[^a-z0-9]+/g, " ");
  for (const [re, kind] of WORD_RULES) if (re.test(words)) return kind;
  return "other";
}

/** The words for a failed add, from why the backend refused the file. */
/** What the vault did to a PDF so that it can go into a dossier, said once it is added. */
export function fixedText(added: AddedDocument, m: Messages): string | null {
  const a = m.workflow.addDocs;
  const fix = added.fixed;
  const title = added.document.title;
  if (!fix) return null;
  if (fix.kind === "unlocked") return fmt(a.unlocked, { title });
  if (fix.pages_lost.length === 0) return fmt(a.repairedAll, { title, n: fix.pages_kept });
  return fmt(a.repairedSome, {
    title,
    lost: fix.pages_lost.join(", "),
    kept: fix.pages_kept,
    total: fix.pages_kept + fix.pages_lost.length,
  });
}

export function addErrorMessage(error: ApiError, m: Messages): string {
  const f = m.workflow.fileErrors;
  if (error.code === "io" || error.code === "storage") return f.io;
  if (error.code === "validation" && error.field === "file" && error.reason) {
    switch (error.reason) {
      case "file_type":
      case "file_empty":
      case "file_too_large":
      case "file_unreadable":
      case "file_missing":
      case "file_changed":
      case "file_name":
      case "image_too_large":
        return f[error.reason];
      default:
        break;
    }
  }
  if (error.code === "validation" && error.field === "title") return titleErrorMessage(error, m);
  if (error.code === "conflict") return m.errors.conflict;
  return f.other;
}

export function titleErrorMessage(error: ApiError, m: Messages): string {
  const e = m.workflow.fieldErrors;
  if (error.reason === "too_long") return e.titleTooLong;
  if (error.reason === "file_name") return e.titleFileName;
  return e.titleRequired;
}

/** Words for a failed action on a document, an item, a contact…: not the application's. */
export function actionErrorMessage(error: ApiError, m: Messages): string {
  if (error.code === "not_found") return m.workflow.errors.not_found;
  return m.errors[error.code];
}

/** « Copies des diplômes, délivré le 20 déc. 2019 »: what a document's text says of it,
 *  in the add dialog (before adding) and on the vault's card (read in the background). */
export function suggestedFacts(
  s: { kind: DocumentKind | null; issued_on: string | null },
  m: Messages,
  lang: Language,
): string {
  const w = m.workflow;
  const parts = [
    s.kind === null ? null : w.kinds[s.kind],
    s.issued_on === null ? null : fmt(w.addDocs.suggestionIssued, { date: formatDayOf(s.issued_on, lang) }),
  ].filter((p): p is string => p !== null);
  return fmt(w.addDocs.suggestion, { what: parts.join(", ") });
}

export type DocumentField = "title" | "kind" | "issued" | "until" | "certified";

/** What the core's refusal of a document's new values means, on the field it names: the
 *  edit dialog shows it under that field, the vault's « Appliquer » in its notice. */
export function documentFieldError(error: ApiError, m: Messages): { field: DocumentField; message: string } | null {
  if (error.code !== "validation") return null;
  const w = m.workflow;
  switch (error.field) {
    case "title":
      return { field: "title", message: titleErrorMessage(error, m) };
    case "kind":
      return { field: "kind", message: w.fieldErrors.kindDuplicate };
    case "issued_on":
      return { field: "issued", message: w.fieldErrors.dateInvalid };
    case "valid_until":
      return { field: "until", message: w.fieldErrors.validUntilBeforeIssued };
    case "certified_on":
      return {
        field: "certified",
        message: error.reason === "in_future" ? w.editDoc.certifiedInFuture : w.editDoc.certifiedBeforeIssued,
      };
    default:
      return null;
  }
}
