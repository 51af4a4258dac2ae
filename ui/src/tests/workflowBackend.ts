// An in-memory backend for the application page and the vault: applications, checklists,
// documents, contacts, interviews and the timeline, answered through Tauri's IPC mock (with
// its event mock, so files dropped on the window can be simulated) and the native open
// dialog's command.
import { answerCountdowns, resetCountdowns } from "./fakeCountdowns";
import { saved } from "./savedInput";
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import type { CustomReminderInput } from "../lib/bindings/CustomReminderInput";
import type { Reminder } from "../lib/bindings/Reminder";
import { emit } from "@tauri-apps/api/event";
import type { InvokeArgs } from "@tauri-apps/api/core";
import type { ApiError } from "../lib/bindings/ApiError";
import type { Application } from "../lib/bindings/Application";
import type { ApplicationInput } from "../lib/bindings/ApplicationInput";
import type { Checklist } from "../lib/bindings/Checklist";
import type { ChecklistItem } from "../lib/bindings/ChecklistItem";
import type { ChecklistItemInput } from "../lib/bindings/ChecklistItemInput";
import type { ChecklistItemUpdate } from "../lib/bindings/ChecklistItemUpdate";
import type { Contact } from "../lib/bindings/Contact";
import type { ContactInput } from "../lib/bindings/ContactInput";
import type { Document } from "../lib/bindings/Document";
import type { PieceProblem } from "../lib/bindings/PieceProblem";
import type { KeptSendingRules } from "../lib/bindings/KeptSendingRules";
import type { SendingRules } from "../lib/bindings/SendingRules";
import type { DocumentKind } from "../lib/bindings/DocumentKind";
import type { DocumentListItem } from "../lib/bindings/DocumentListItem";
import type { ContentMatch } from "../lib/bindings/ContentMatch";
import type { DocumentSuggestion } from "../lib/bindings/DocumentSuggestion";
import { fold } from "../lib/components/vault/documents";
import type { DocumentUpdate } from "../lib/bindings/DocumentUpdate";
import type { Interview } from "../lib/bindings/Interview";
import type { InterviewInput } from "../lib/bindings/InterviewInput";
import type { Status } from "../lib/bindings/Status";
import type { TimelineEvent } from "../lib/bindings/TimelineEvent";
import type { Validity } from "../lib/bindings/Validity";

export interface WfCall {
  command: string;
  args: Record<string, unknown>;
}

type StoredItem = Omit<ChecklistItem, "due">;

export interface WorkflowBackend {
  today: string;
  applications: Application[];
  items: StoredItem[];
  documents: Document[];
  contacts: Contact[];
  interviews: Interview[];
  events: (TimelineEvent & { application_id: number })[];
  thumbnails: Map<number, string>;
  /** What the native open dialog answers next (null: cancelled). */
  dialogAnswer: string | string[] | null;
  /** The application's reminders (planned and custom). */
  reminders: Reminder[];
  /** What the native save dialog answers next (null: cancelled). */
  saveAnswer: string | null;
  calls: WfCall[];
  /** What the core would say of an item's attached document, by item id. */
  problems: Map<number, PieceProblem>;
  /** How each application's files must be sent, by application id (none: unstated). */
  sending: Map<number, KeptSendingRules>;
  /** What the vault read in each document, by document id (none: not read yet). */
  texts: Map<number, { text: string; suggestion: DocumentSuggestion | null }>;
  fail: ((command: string, args: Record<string, unknown>) => ApiError | undefined) | null;
  /** Answers commands this fake does not know (the export dialog's); `undefined` passes. */
  handle: ((command: string, args: Record<string, unknown>) => unknown) | null;
  callsTo(command: string): WfCall[];
}

export function wfError(
  code: ApiError["code"],
  field: string | null = null,
  reason: ApiError["reason"] = null,
  extra: Partial<ApiError> = {},
): ApiError {
  return { code, message: `${code} (from the workflow fake)`, field, reason, ...extra };
}

let nextId = 100;
const newId = () => nextId++;

export function application(fields: Partial<Application> = {}): Application {
  return {
    id: newId(),
    title: "Chargé de suivi-évaluation",
    organization: "UNICEF Mali",
    organization_type: null,
    reference: "VA/2025/014",
    location: "Bamako",
    contract: null,
    source_url: null,
    apply_method: "email",
    apply_email: "recrutement.bamako@unicef.org",
    apply_subject: "VA/2025/014 – Chargé de suivi-évaluation",
    apply_cc: [],
    apply_url: null,
    apply_address: null,
    deadline: { date: "2025-12-20", time: "17:00", timezone: "Africa/Bamako" },
    status: "to_prepare",
    notes: null,
    created_at: "2025-11-20T10:00:00Z",
    updated_at: "2025-11-20T10:00:00Z",
    ...fields,
  };
}

export function item(
  applicationId: number,
  position: number,
  kind: DocumentKind,
  fields: Partial<StoredItem> = {},
): StoredItem {
  return {
    id: newId(),
    application_id: applicationId,
    kind,
    label: null,
    stage: "now",
    state: "missing",
    requirements: { form: null, copies: null, max_age: null, handwritten: false },
    document_id: null,
    position,
    ...fields,
  };
}

export function vaultDocument(kind: DocumentKind, title: string, fields: Partial<Document> = {}): Document {
  return {
    id: newId(),
    kind,
    title,
    original_name: `${title}.pdf`,
    stored_file: `ab/${"0".repeat(64)}.pdf`,
    size_bytes: 245_760,
    sha256: "0".repeat(64),
    mime: "application/pdf",
    page_count: 2,
    issued_on: null,
    valid_until: null,
    certified_on: null,
    has_thumbnail: false,
    created_at: "2025-11-01T08:00:00Z",
    archived: false,
    replaced_by: null,
    ...fields,
  };
}

const SHORTLISTED: readonly Status[] = ["shortlisted", "interview", "offer", "accepted"];

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function validity(until: string | null, today: string): Validity {
  if (!until) return "no_expiry";
  const days = daysBetween(today, until);
  if (days < 0) return "expired";
  if (days <= 30) return "expiring_soon";
  return "valid";
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function installWorkflowBackend(initial: Partial<WorkflowBackend> = {}): WorkflowBackend {
  const b: WorkflowBackend = {
    today: "2025-12-01",
    applications: [],
    items: [],
    documents: [],
    contacts: [],
    interviews: [],
    events: [],
    thumbnails: new Map(),
    dialogAnswer: null,
    reminders: [],
    saveAnswer: null,
    problems: new Map(),
    sending: new Map(),
    texts: new Map(),
    calls: [],
    fail: null,
    handle: null,
    callsTo(command) {
      return this.calls.filter((c) => c.command === command);
    },
    ...initial,
  };

  const notFound = () => wfError("not_found");
  const app = (id: unknown) => b.applications.find((a) => a.id === id) ?? (() => { throw notFound(); })();
  const stored = (id: unknown) => b.items.find((i) => i.id === id) ?? (() => { throw notFound(); })();
  const doc = (id: unknown) => b.documents.find((d) => d.id === id) ?? (() => { throw notFound(); })();

  const withDue = (i: StoredItem): ChecklistItem => {
    const status = app(i.application_id).status;
    return { ...i, due: i.state !== "waived" && (i.stage === "now" || SHORTLISTED.includes(status)) };
  };
  const itemsOf = (applicationId: number) =>
    b.items.filter((i) => i.application_id === applicationId).sort((x, y) => x.position - y.position);
  const renumber = (applicationId: number) => itemsOf(applicationId).forEach((i, n) => (i.position = n));

  const checklist = (applicationId: number): Checklist => {
    const a = app(applicationId);
    const entries = itemsOf(applicationId).map((i) => {
      const d = i.document_id === null ? null : doc(i.document_id);
      return {
        item: withDue(i),
        document: d && {
          id: d.id,
          title: d.title,
          original_name: d.original_name,
          page_count: d.page_count,
          valid_until: d.valid_until,
          validity: validity(d.valid_until, b.today),
          archived: d.archived,
        },
        expires_before_deadline: !!(d?.valid_until && a.deadline && d.valid_until < a.deadline.date),
        problem: (d && b.problems.get(i.id)) ?? null,
      };
    });
    const due = entries.filter((e) => e.item.due);
    return {
      application_id: applicationId,
      entries,
      progress: {
        ready: due.filter((e) => e.item.state === "ready").length,
        due: due.length,
        missing: due
          .filter((e) => e.item.state === "missing")
          .map((e) => ({ id: e.item.id, kind: e.item.kind, label: e.item.label })),
      },
    };
  };

  const uses = (documentId: number) => b.items.filter((i) => i.document_id === documentId);
  const ref = (a: Application) => ({ id: a.id, title: a.title, organization: a.organization });
  const preparing = (a: Application) => a.status === "to_prepare" || a.status === "ready";

  const answer = (command: string, args: Record<string, unknown>): unknown => {
    const failure = b.fail?.(command, args);
    if (failure) throw failure;
    const handled = b.handle?.(command, args);
    if (handled !== undefined) return handled;
    switch (command) {
      case "plugin:dialog|save":
        return b.saveAnswer;
      case "reminders_list":
        return b.reminders.filter((r) => r.application_id === args.applicationId);
      case "reminders_add": {
        const input = args.input as CustomReminderInput;
        const r: Reminder = {
          id: newId(),
          application_id: args.applicationId as number,
          interview_id: null,
          kind: "custom",
          due_at_utc: `${input.date}T${input.time}:00Z`,
          offset_minutes: null,
          note: input.note === "" ? null : input.note,
          shown_at: null,
          dismissed_at: null,
          created_at: "2025-12-01T08:00:00Z",
        };
        b.reminders.push(r);
        return r;
      }
      case "reminders_delete":
        b.reminders = b.reminders.filter((r) => r.id !== args.id);
        return null;
      case "calendar_export":
        return b.applications.some((a) => a.id === args.applicationId && a.deadline !== null);
      case "plugin:dialog|open":
        return b.dialogAnswer;
      case "settings_get":
        return { language: "fr" };
      case "ui_ready":
        return null;
      case "applications_get":
        return app(args.id);
      case "applications_update":
        return Object.assign(app(args.id), saved(args.input as ApplicationInput));
      case "applications_set_status": {
        const a = app(args.id);
        const from = a.status;
        a.status = args.status as Status;
        const note = typeof args.note === "string" ? args.note : null;
        b.events.push({ application_id: a.id, at: "2025-12-01T09:30:00Z", from, to: a.status, note });
        return a;
      }
      case "applications_delete":
        app(args.id);
        b.applications = b.applications.filter((a) => a.id !== args.id);
        return null;
      case "follow_ups_list":
        return [];
      case "applications_timeline":
        return b.events.filter((e) => e.application_id === args.id).map(({ application_id: _, ...e }) => e);
      case "checklist_get":
        return checklist(args.applicationId as number);
      case "checklist_add": {
        const input = args.input as ChecklistItemInput;
        const applicationId = app(args.applicationId).id;
        const created = item(applicationId, itemsOf(applicationId).length, input.kind, {
          label: input.label,
          stage: input.stage,
          requirements: input.requirements,
        });
        b.items.push(created);
        return withDue(created);
      }
      case "checklist_update": {
        const i = stored(args.itemId);
        const update = args.update as ChecklistItemUpdate;
        Object.assign(i, update);
        if (update.state !== "ready") i.document_id = null;
        return withDue(i);
      }
      case "checklist_remove": {
        const i = stored(args.itemId);
        b.items = b.items.filter((x) => x !== i);
        renumber(i.application_id);
        return null;
      }
      case "checklist_move": {
        const i = stored(args.itemId);
        const list = itemsOf(i.application_id).filter((x) => x !== i);
        const to = Math.max(0, Math.min(list.length, args.position as number));
        list.splice(to, 0, i);
        list.forEach((x, n) => (x.position = n));
        return list.map(withDue);
      }
      case "checklist_attach": {
        const i = stored(args.itemId);
        doc(args.documentId);
        i.document_id = args.documentId as number;
        i.state = "ready";
        return withDue(i);
      }
      case "checklist_detach": {
        const i = stored(args.itemId);
        i.document_id = null;
        i.state = "missing";
        return withDue(i);
      }
      case "documents_list":
        return b.documents.filter((d) => !d.archived).map(
          (d): DocumentListItem => ({
            document: d,
            validity: validity(d.valid_until, b.today),
            used_by: uses(d.id).map((i) => {
              const a = app(i.application_id);
              return {
                application: ref(a),
                checklist_item_id: i.id,
                expires_before_deadline: !!(d.valid_until && a.deadline && d.valid_until < a.deadline.date),
                preparing: preparing(a),
              };
            }),
            text_read: b.texts.has(d.id),
            suggestion: b.texts.get(d.id)?.suggestion ?? null,
          }),
        );
      case "documents_search": {
        // As the core: every word, accents and case aside, in the text read.
        const words = fold(args.query as string).split(/\s+/).filter(Boolean);
        if (words.length === 0) return [];
        return b.documents
          .filter((d) => !d.archived && b.texts.has(d.id))
          .flatMap((d): ContentMatch[] => {
            const text = b.texts.get(d.id)!.text;
            const folded = fold(text);
            if (!words.every((w) => folded.includes(w))) return [];
            const at = folded.indexOf(words[0]!);
            const end = at + words[0]!.length;
            return [{ document_id: d.id, before: text.slice(0, at), found: text.slice(at, end), after: text.slice(end) }];
          });
      }
      case "documents_text":
        return b.texts.get(doc(args.id).id)?.text ?? null;
      case "documents_settle_suggestion": {
        const d = doc(args.id);
        const read = b.texts.get(d.id);
        if (args.apply && read?.suggestion) {
          d.kind = read.suggestion.kind ?? d.kind;
          d.issued_on = read.suggestion.issued_on ?? d.issued_on;
        }
        if (read) read.suggestion = null;
        return d;
      }
      case "dossier_cancel":
        return null;
      case "documents_read":
        // Nothing suggested unless a test says otherwise (with `handle`).
        return { facts: { kind: null, issued_on: null }, recognized_confidence: null };
      case "documents_add": {
        const path = args.path as string;
        const kind = args.kind as DocumentKind;
        const issuedOn = (args.issuedOn as string | null) ?? null;
        let validUntil: string | null = null;
        if (issuedOn && (kind === "criminal_record" || kind === "medical_certificate")) {
          const d = new Date(`${issuedOn}T00:00:00Z`);
          d.setUTCMonth(d.getUTCMonth() + 3);
          d.setUTCDate(d.getUTCDate() - 1);
          validUntil = d.toISOString().slice(0, 10);
        }
        const created = vaultDocument(kind, args.title as string, {
          original_name: baseName(path),
          issued_on: issuedOn,
          valid_until: validUntil,
        });
        b.documents.push(created);
        return { document: created, already_in_vault: false, fixed: null };
      }
      case "documents_update": {
        const d = doc(args.id);
        Object.assign(d, args.update as DocumentUpdate);
        return d;
      }
      case "documents_delete": {
        // As Store::delete_document: only applications being prepared lose the piece (and
        // are named first); sent ones keep it, the document then only archived.
        const d = doc(args.id);
        const using = uses(d.id).filter((i) => preparing(app(i.application_id)));
        if (using.length > 0 && !args.force) {
          const apps = [...new Set(using.map((i) => i.application_id))].map((id) => ref(app(id)));
          throw wfError("in_use", null, null, { in_use_by: apps });
        }
        for (const i of using) {
          i.document_id = null;
          i.state = "missing";
        }
        if (uses(d.id).length > 0) d.archived = true;
        else b.documents = b.documents.filter((x) => x !== d);
        return null;
      }
      case "documents_renew": {
        const old = doc(args.id);
        const created = vaultDocument(old.kind, old.title, {
          original_name: baseName(args.path as string),
          issued_on: (args.issuedOn as string | null) ?? null,
        });
        b.documents.push(created);
        for (const id of args.applications as number[]) {
          for (const i of uses(old.id).filter((x) => x.application_id === id)) i.document_id = created.id;
        }
        old.replaced_by = created.id;
        return { document: created, already_in_vault: false, fixed: null };
      }
      case "documents_thumbnail":
        return b.thumbnails.get(args.id as number) ?? null;
      case "contacts_list":
        return b.contacts.filter((c) => c.application_id === args.applicationId);
      case "contacts_add": {
        const c: Contact = { id: newId(), application_id: args.applicationId as number, ...(args.input as ContactInput) };
        b.contacts.push(c);
        return c;
      }
      case "contacts_update": {
        const c = b.contacts.find((x) => x.id === args.id);
        if (!c) throw notFound();
        return Object.assign(c, args.input as ContactInput);
      }
      case "contacts_delete":
        b.contacts = b.contacts.filter((x) => x.id !== args.id);
        return null;
      case "interviews_list":
        return b.interviews.filter((i) => i.application_id === args.applicationId);
      case "interviews_add": {
        const input = args.input as InterviewInput;
        const i: Interview = {
          id: newId(),
          application_id: args.applicationId as number,
          ...input,
          starts_at_utc: `${input.date}T${input.time}:00Z`,
        };
        b.interviews.push(i);
        return i;
      }
      case "interviews_update": {
        const i = b.interviews.find((x) => x.id === args.id);
        if (!i) throw notFound();
        const input = args.input as InterviewInput;
        return Object.assign(i, input, { starts_at_utc: `${input.date}T${input.time}:00Z` });
      }
      case "interviews_delete":
        b.interviews = b.interviews.filter((x) => x.id !== args.id);
        return null;
      case "countdowns_word":
        return answerCountdowns(args);
      case "sending_rules_get":
        app(args.applicationId);
        return (
          b.sending.get(args.applicationId as number) ?? {
            rules: { layout: "one_file", pieces: { per_piece_bytes: null, total_bytes: null, format: "pdf" } },
            source: null,
          }
        );
      case "sending_rules_set": {
        app(args.applicationId);
        const kept: KeptSendingRules = { rules: args.rules as SendingRules, source: "candidate" };
        b.sending.set(args.applicationId as number, kept);
        return kept;
      }
      default:
        throw new Error(`the workflow fake does not answer ${command}`);
    }
  };

  mockWindows("main");
  resetCountdowns();
  mockIPC(
    (cmd: string, payload?: InvokeArgs) => {
      const args = structuredClone(payload ?? {}) as Record<string, unknown>;
      b.calls.push({ command: cmd, args });
      return answer(cmd, (payload ?? {}) as Record<string, unknown>);
    },
    { shouldMockEvents: true },
  );
  return b;
}

/** What the window sends when files are dropped on it (positions in physical pixels). */
export async function dropFiles(paths: string[], position = { x: 0, y: 0 }): Promise<void> {
  // The page registers its listeners one after the other once mounted: let that finish.
  await new Promise((resolve) => setTimeout(resolve, 30));
  await emit("tauri://drag-drop", { paths, position });
}

export function uninstallWorkflowBackend(): void {
  clearMocks();
}
