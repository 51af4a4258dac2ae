// The logic of the import screen, kept out of the components so it can be tested alone:
// highlighted spans of the posting, what each found value needs checking, words for the
// parser's warnings and for file errors, and the review form's values.
import type { ApiError } from "../../bindings/ApiError";
import type { ApplicationInput } from "../../bindings/ApplicationInput";
import type { ChecklistItemInput } from "../../bindings/ChecklistItemInput";
import type { PieceRequirements } from "../../bindings/PieceRequirements";
import { NOTHING_ASKED, plainRequirements } from "../../pieces";
import type { ChecklistStage } from "../../bindings/ChecklistStage";
import type { DocumentKind } from "../../bindings/DocumentKind";
import type { DraftField } from "../../bindings/DraftField";
import type { DraftFieldName } from "../../bindings/DraftFieldName";
import type { Language } from "../../bindings/Language";
import type { ParseWarning } from "../../bindings/ParseWarning";
import type { PostingDraft } from "../../bindings/PostingDraft";
import type { SendingRules } from "../../bindings/SendingRules";
import { formatSize } from "../../i18n/format";
import { blankToNull, toInput, typedCopies, type FormValues } from "../../form";
import { fmt, fmtFrench, intlLocale, parseDate, zoneCity, type Messages } from "../../i18n";

/** Every kind the checklist can hold, in the order the "add" menu lists them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "cv",
  "cover_letter",
  "diploma_copies",
  "work_certificates",
  "attestations",
  "references",
  "criminal_record",
  "id_document",
  "birth_certificate",
  "nationality_certificate",
  "id_photo",
  "medical_certificate",
  "other",
];

/** File types the posting reader accepts (the backend judges by content anyway). */
export const POSTING_EXTENSIONS: readonly string[] = [
  "txt",
  "pdf",
  "docx",
  "odt",
  // Pictures, read by text recognition.
  "jpg",
  "jpeg",
  "png",
  "webp",
  "tif",
  "tiff",
  "bmp",
];

/** A highlighted part of the posting: a found field ("title"…) or a document ("doc-2"). */
export interface Span {
  key: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** The span this piece of text shows, or null for plain text. */
  key: string | null;
  /** The segment cut where text recognition was unsure of a word; absent for typed text. */
  pieces?: Piece[];
}

export interface Piece {
  text: string;
  uncertain: boolean;
}

/**
 * Cuts the segments further at the words text recognition was unsure of (UTF-16 offsets
 * into the same text), so that they are shown to be checked inside or outside highlights.
 */
export function markUncertain(
  segments: readonly Segment[],
  uncertain: readonly { start: number; end: number }[],
): Segment[] {
  if (uncertain.length === 0) return [...segments];
  const spans = [...uncertain].filter((u) => u.start < u.end).sort((a, b) => a.start - b.start);
  let at = 0;
  return segments.map((segment) => {
    const start = at;
    const end = at + segment.text.length;
    at = end;
    const pieces: Piece[] = [];
    let pos = start;
    for (const span of spans) {
      if (span.end <= start || span.start >= end) continue;
      const s = Math.max(span.start, pos);
      const e = Math.min(span.end, end);
      if (e <= s) continue;
      if (s > pos) pieces.push({ text: segment.text.slice(pos - start, s - start), uncertain: false });
      pieces.push({ text: segment.text.slice(s - start, e - start), uncertain: true });
      pos = e;
    }
    if (pieces.length === 0) return segment;
    if (pos < end) pieces.push({ text: segment.text.slice(pos - start), uncertain: false });
    return { ...segment, pieces };
  });
}

export interface Highlights {
  segments: Segment[];
  /** For each span key, the key of the mark that shows it (itself, or the one it overlaps). */
  markOf: Record<string, string>;
}

export const docKey = (index: number) => `doc-${index}`;

/** The spans of a draft: its fields first, then the documents it asks for. */
export function draftSpans(draft: PostingDraft): Span[] {
  return [
    ...draft.fields.map((f) => ({ key: f.field, start: f.start, end: f.end })),
    ...draft.documents.map((d, i) => ({ key: docKey(i), start: d.start, end: d.end })),
  ];
}

/**
 * Cuts `text` at the spans' UTF-16 offsets (JS string indices are UTF-16 units, so slicing
 * is direct). Spans are taken by start; one that overlaps a span already kept is not drawn
 * but points at the mark it overlaps, so focusing its field still shows where it is.
 */
export function highlight(text: string, spans: readonly Span[]): Highlights {
  const valid = spans
    .map((s, order) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end), order }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  const kept: (Span & { order: number })[] = [];
  const markOf: Record<string, string> = {};
  for (const span of valid) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      if (!(span.key in markOf)) markOf[span.key] = last.key;
      continue;
    }
    kept.push(span);
    markOf[span.key] = span.key;
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const span of kept) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), key: null });
    segments.push({ text: text.slice(span.start, span.end), key: span.key });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), key: null });
  return { segments, markOf };
}

/** The id of the <mark> showing a span, for aria-describedby and scrolling. */
export const markId = (key: string) => `posting-source-${key}`;

/** A low-confidence, deduced or warned-about value: marked « à vérifier ». */
export function needsCheck(field: DraftField): boolean {
  return (
    field.inferred ||
    field.confidence < 0.6 ||
    field.warnings.some((w) => w.code !== "recased")
  );
}

function longDate(iso: string, lang: Language, withWeekday = false): string {
  const date = parseDate(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    weekday: withWeekday ? "long" : undefined,
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(date.y, date.m - 1, date.d)));
}

function weekday(iso: string, lang: Language): string {
  const date = parseDate(iso);
  if (!date) return "";
  return new Intl.DateTimeFormat(intlLocale(lang), { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(date.y, date.m - 1, date.d)),
  );
}

/** The parser's warning in the candidate's words (dates written out in their language). */
export function warningText(warning: ParseWarning, m: Messages, lang: Language): string {
  const w = m.importPosting.warnings;
  switch (warning.code) {
    case "year_inferred":
      return fmt(w.year_inferred, { written: warning.written, year: warning.year });
    case "weekday_mismatch":
      return fmt(w.weekday_mismatch, {
        written: warning.written,
        date: longDate(warning.date, lang),
        weekday: weekday(warning.date, lang) || warning.actual,
      });
    case "ambiguous_day_month":
      return warning.other
        ? fmt(w.ambiguous_day_month, {
            written: warning.written,
            chosen: longDate(warning.chosen, lang),
            other: longDate(warning.other, lang),
          })
        : fmt(w.ambiguous_day_month_one, { written: warning.written, chosen: longDate(warning.chosen, lang) });
    case "midnight_as_end_of_day":
      return w.midnight_as_end_of_day;
    case "timezone_guessed":
      return fmtFrench(w.timezone_guessed, { zone: zoneCity(warning.zone, lang) });
    case "subject_built":
      return w.subject_built;
    case "recased":
      return fmt(w.recased, { written: warning.written });
  }
}

/** What to say when the posting file could not be read. */
export function fileErrorText(error: ApiError, m: Messages): string {
  // `reason` is typed with the reasons known when the bindings were generated; the posting
  // reader adds file_corrupt, file_encrypted and no_text.
  const reason: string | null = error.reason;
  const messages = m.importPosting.fileErrors;
  if (error.code === "validation" && reason !== null && reason in messages && reason !== "other") {
    return messages[reason as keyof typeof messages];
  }
  if (error.code === "io" || error.code === "validation") return messages.other;
  return fmt(m.importPosting.readFailed, { error: m.errors[error.code] });
}

/**
 * The plain form's input, except that the review sends every way of applying the posting
 * gave (an e-mail and an office address, say): all of them are on screen. (The portal link
 * still goes only with a portal.) The subject is kept as typed, since postings require it
 * byte for byte; only surrounding spaces go.
 */
export function inputFromReview(v: FormValues): ApplicationInput {
  return {
    ...toInput(v),
    apply_email: blankToNull(v.apply_email),
    apply_subject: blankToNull(v.apply_subject),
    apply_cc: typedCopies(v.apply_cc),
    apply_address: blankToNull(v.apply_address),
  };
}

/** The draft field each reviewed input comes from. */
export const SOURCE_OF: Partial<Record<string, DraftFieldName>> = {
  title: "title",
  organization: "organization",
  reference: "reference",
  location: "location",
  contract: "contract",
  deadline: "deadline",
  apply_email: "apply_email",
  apply_subject: "email_subject",
  apply_cc: "apply_cc",
  apply_address: "apply_address",
};

/** A checklist item on the review screen, with a stable id for keyed lists and focus. */
export interface ChecklistRow {
  id: number;
  kind: DocumentKind;
  label: string | null;
  stage: ChecklistStage;
  /** Form, copies and age as the posting asks them; kept as read, shown beside the piece. */
  requirements: PieceRequirements;
}

let nextRowId = 1;

export function checklistRow(item: Omit<ChecklistItemInput, "requirements"> & Partial<ChecklistItemInput>): ChecklistRow {
  return {
    id: nextRowId++,
    kind: item.kind,
    label: item.label,
    stage: item.stage,
    requirements: item.requirements ?? NOTHING_ASKED,
  };
}

export function checklistInput(rows: readonly ChecklistRow[]): ChecklistItemInput[] {
  return rows.map((r) => ({
    kind: r.kind,
    label: r.label,
    stage: r.stage,
    requirements: plainRequirements(r.requirements),
  }));
}

/** The form values each reviewed value stands for (the deadline is three inputs). */
export const REVIEWED_VALUES = {
  title: ["title"],
  organization: ["organization"],
  reference: ["reference"],
  location: ["location"],
  contract: ["contract"],
  deadline: ["deadline_date", "deadline_time", "deadline_timezone"],
  apply_email: ["apply_email"],
  apply_subject: ["apply_subject"],
  apply_cc: ["apply_cc"],
  apply_address: ["apply_address"],
} as const satisfies Record<string, readonly (keyof FormValues)[]>;

export type ReviewedValue = keyof typeof REVIEWED_VALUES;

/** Whether the candidate changed `keys` from what the posting gave (spaces around aside). */
export function editedFrom(original: FormValues, values: FormValues, keys: readonly (keyof FormValues)[]): boolean {
  return keys.some((k) => String(values[k] ?? "").trim() !== String(original[k] ?? "").trim());
}

/** Whether the review holds corrections that cancelling would lose: a value or the pieces. */
export function hasCorrections(
  original: { values: FormValues; rows: readonly ChecklistRow[] },
  values: FormValues,
  rows: readonly ChecklistRow[],
): boolean {
  const keys = Object.keys(values) as (keyof FormValues)[];
  return (
    editedFrom(original.values, values, keys) ||
    JSON.stringify(checklistInput(rows)) !== JSON.stringify(checklistInput(original.rows))
  );
}

/** What the list calls an item: its own words for "other", the kind's name otherwise. */
export function itemName(row: { kind: DocumentKind; label: string | null }, m: Messages): string {
  const label = row.label?.trim();
  return label ? label : m.importPosting.kinds[row.kind];
}

/** The span of the posting that asked for this item, if the parser saw one. */
export function documentSpan(row: ChecklistRow, draft: PostingDraft): string | null {
  const index = draft.documents.findIndex(
    (d) => d.kind === row.kind && (row.kind !== "other" || d.label === row.label),
  );
  return index < 0 ? null : docKey(index);
}

/** The fields a passage selected in the posting can be used as, in the order offered. */
export const USE_AS = [
  "title",
  "organization",
  "location",
  "reference",
  "apply_subject",
  "apply_address",
  "deadline",
] as const;
export type UseAs = (typeof USE_AS)[number];

/** Longest selection offered as a value: more is a paragraph, not a field. */
const MAX_SELECTION = 400;

/** The text selected inside `box`, on one line, or null when nothing usable is selected. */
export function selectionIn(box: HTMLElement | undefined, selection: Selection | null): string | null {
  if (!box || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.commonAncestorContainer)) return null;
  const text = selection.toString().replace(/\s+/g, " ").trim();
  return text === "" || text.length > MAX_SELECTION ? null : text;
}

/** How the posting wants the files sent, in one line: « Un PDF par pièce, 2 Mo maximum chacun ». */
export function sendingSummary(rules: SendingRules, words: SendingWords, lang: Language): string {
  const parts: string[] = [];
  if (rules.layout === "one_file") parts.push(words.sendingOneFile);
  else parts.push(rules.pieces.format === "jpeg" ? words.sendingPerPieceJpeg : words.sendingPerPiecePdf);
  const { per_piece_bytes: each, total_bytes: total } = rules.pieces;
  if (rules.layout === "per_piece" && each !== null) parts.push(fmt(words.sendingEach, { size: formatSize(each, lang) }));
  if (total !== null) {
    const phrase = rules.layout === "one_file" ? words.sendingMax : words.sendingTotal;
    parts.push(fmt(phrase, { size: formatSize(total, lang) }));
  }
  return parts.join(", ");
}

type SendingWords = Record<
  | "sendingOneFile"
  | "sendingPerPiecePdf"
  | "sendingPerPieceJpeg"
  | "sendingEach"
  | "sendingTotal"
  | "sendingMax",
  string
>;
