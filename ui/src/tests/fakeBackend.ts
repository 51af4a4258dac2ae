// An in-memory stand-in for the Rust backend, answering through Tauri's own IPC mock so
// the code under test goes through api.ts exactly as in the app.
import { answerCountdowns, resetCountdowns } from "./fakeCountdowns";
import { saved } from "./savedInput";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { InvokeArgs } from "@tauri-apps/api/core";
import { COMMANDS, type Command } from "../lib/api";
import type {
  ApiError,
  Application,
  ApplicationInput,
  Deadline,
  Settings,
  Status,
} from "../lib/types";
import type { ApplicationListItem } from "../lib/bindings/ApplicationListItem";
import type { ApplicationQuery } from "../lib/bindings/ApplicationQuery";
import type { ChecklistProgress } from "../lib/bindings/ChecklistProgress";
import type { Dashboard } from "../lib/bindings/Dashboard";
import type { Profile } from "../lib/bindings/Profile";
import type { BackupInfo } from "../lib/bindings/BackupInfo";
import type { BackupOverview } from "../lib/bindings/BackupOverview";
import type { BackupProgress } from "../lib/bindings/BackupProgress";

export interface Call {
  /** One of COMMANDS, or a plugin's (`plugin:dialog|save`). */
  command: Command | `plugin:${string}`;
  args: Record<string, unknown>;
}

/** Return an ApiError to make the command fail, or undefined to let it run. */
export type Failure = (command: Command, args: Record<string, unknown>) => ApiError | undefined;

export interface FakeBackend {
  applications: Application[];
  settings: Settings;
  /** Checklist progress by application id; none means nothing asked yet. */
  progress: Map<number, ChecklistProgress>;
  /** What dashboard_get answers; empty sections by default. */
  dashboard: Dashboard;
  profile: Profile;
  /** The backups dialog: the daily setting, the folder and the backups in it. */
  backups: BackupOverview;
  /** Where backup_set_folder(null) puts the backups back. */
  defaultBackupFolder: string;
  /** What backup_inspect, backup_create and backup_restore answer. */
  backupInfo: BackupInfo;
  /** What the native save and open dialogs answer next (null: cancelled). */
  saveAnswer: string | null;
  openAnswer: string | null;
  calls: Call[];
  fail: Failure | null;
  /** While set, every answer waits for it: lets a test look at the screen mid-call. */
  hold: Promise<void> | null;
  /** Answers a command before this fake does (plugin commands too); `undefined` passes. */
  handle: ((command: string, args: Record<string, unknown>) => unknown) | null;
  callsTo(command: Command | `plugin:${string}`): Call[];
}

export function apiError(
  code: ApiError["code"],
  field: string | null = null,
  reason: ApiError["reason"] = null,
): ApiError {
  return { code, message: `${code} (from the fake backend)`, field, reason };
}

let nextId = 1;
let clock = Date.parse("2025-12-01T09:00:00Z");

function timestamp(): string {
  clock += 60_000;
  return new Date(clock).toISOString();
}

export function makeApplication(fields: Partial<Application> = {}): Application {
  const now = timestamp();
  return {
    id: nextId++,
    title: "Chargé de programme",
    organization: "ONG Sahel Santé",
    organization_type: null,
    reference: null,
    location: null,
    contract: null,
    source_url: null,
    apply_method: null,
    apply_email: null,
    apply_subject: null,
    apply_cc: [],
    apply_url: null,
    apply_address: null,
    deadline: null,
    status: "to_prepare",
    notes: null,
    created_at: now,
    updated_at: now,
    ...fields,
  };
}

function deadlineKey(d: Deadline | null): string {
  // Good enough for the fake: same-zone tests compare wall clocks.
  return d ? `${d.date}T${d.time ?? "23:59"}` : "~";
}

/** The backend's order: nearest deadline first, those without one last, then newest. */
function sorted(apps: Application[]): Application[] {
  return [...apps].sort((a, b) => {
    const [ka, kb] = [deadlineKey(a.deadline), deadlineKey(b.deadline)];
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0;
  });
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const NO_PROGRESS: ChecklistProgress = { ready: 0, due: 0, missing: [] };

export function listItem(app: Application, progress: ChecklistProgress = NO_PROGRESS): ApplicationListItem {
  return {
    id: app.id,
    title: app.title,
    organization: app.organization,
    reference: app.reference,
    location: app.location,
    deadline: app.deadline,
    deadline_utc: null,
    status: app.status,
    created_at: app.created_at,
    updated_at: app.updated_at,
    progress,
    no_response: null,
  };
}

/** The backend's search, simply: every word somewhere, accents and case ignored. */
function search(apps: Application[], query: ApplicationQuery): Application[] {
  const words = fold(query.text ?? "").split(/\s+/).filter(Boolean);
  const found = apps.filter((a) => {
    const haystack = fold([a.title, a.organization, a.reference, a.location, a.contract].join(" "));
    if (!words.every((w) => haystack.includes(w))) return false;
    if (query.statuses.length > 0 && !query.statuses.includes(a.status)) return false;
    if (query.organization !== null && fold(a.organization) !== fold(query.organization)) return false;
    if (query.deadline_from !== null && (!a.deadline || a.deadline.date < query.deadline_from)) return false;
    if (query.deadline_to !== null && (!a.deadline || a.deadline.date > query.deadline_to)) return false;
    return true;
  });
  const key = (a: Application): string =>
    query.sort === "deadline"
      ? deadlineKey(a.deadline)
      : query.sort === "created"
        ? a.created_at
        : fold(query.sort === "title" ? a.title : a.organization);
  const ordered = query.sort === "deadline" ? sorted(found) : [...found].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return query.descending ? ordered.reverse() : ordered;
}

export function installBackend(
  initial: {
    applications?: Application[];
    settings?: Settings;
    progress?: Map<number, ChecklistProgress>;
    dashboard?: Dashboard;
    profile?: Profile;
    backups?: BackupOverview;
  } = {},
): FakeBackend {
  const backend: FakeBackend = {
    applications: [...(initial.applications ?? [])],
    settings: initial.settings ?? { language: "fr" },
    progress: initial.progress ?? new Map(),
    dashboard: initial.dashboard ?? { next_deadlines: [], interviews: [], incomplete: [], documents: [], no_response: [] },
    profile: initial.profile ?? { first_name: "", last_name: "", email: null, phone: null, postal_address: null },
    backups: initial.backups ?? {
      auto_daily: true,
      folder: "/home/awa/Documents/Postulo/Sauvegardes",
      folder_chosen: false,
      backups: [],
    },
    defaultBackupFolder: "/home/awa/Documents/Postulo/Sauvegardes",
    backupInfo: {
      created_at: "2025-11-30T10:04:00Z",
      app_version: "0.1.0",
      applications: 3,
      documents: 5,
      files: 5,
      archive_bytes: 2_400_000,
    },
    saveAnswer: null,
    openAnswer: null,
    calls: [],
    fail: null,
    hold: null,
    handle: null,
    callsTo(command) {
      return this.calls.filter((c) => c.command === command);
    },
  };

  const find = (id: unknown): Application => {
    const app = backend.applications.find((a) => a.id === id);
    if (!app) throw apiError("not_found");
    return app;
  };

  const answer = (cmd: string, payload?: InvokeArgs): unknown => {
    const args = (payload ?? {}) as Record<string, unknown>;
    const handled = backend.handle?.(cmd, args);
    if (handled !== undefined) return handled;
    switch (cmd) {
      case "plugin:dialog|save":
        return backend.saveAnswer;
      case "plugin:dialog|open":
        return backend.openAnswer;
    }
    if (!(COMMANDS as readonly string[]).includes(cmd)) {
      throw new Error(`unknown command ${cmd}`);
    }
    const command = cmd as Command;
    const failure = backend.fail?.(command, args);
    if (failure) throw failure;

    switch (command) {
      case "applications_list":
        return sorted(backend.applications);
      case "applications_get":
        return find(args.id);
      case "applications_create": {
        const app = makeApplication({ ...saved(args.input as ApplicationInput), status: "to_prepare" });
        backend.applications.push(app);
        return app;
      }
      case "applications_update": {
        const app = find(args.id);
        Object.assign(app, saved(args.input as ApplicationInput), { updated_at: timestamp() });
        return app;
      }
      case "applications_set_status": {
        const app = find(args.id);
        app.status = args.status as Status;
        app.updated_at = timestamp();
        return app;
      }
      case "applications_delete":
        find(args.id);
        backend.applications = backend.applications.filter((a) => a.id !== args.id);
        return null;
      case "settings_get":
        return backend.settings;
      case "settings_update":
        backend.settings = args.settings as Settings;
        return backend.settings;
      case "ui_ready":
        return null;
      case "app_about":
        return { version: "0.1.0", license: "MIT", data_dir: "/home/awa/.local/share/postulo" };
      case "applications_search":
        return search(backend.applications, args.query as ApplicationQuery).map((a) =>
          listItem(a, backend.progress.get(a.id)),
        );
      case "applications_page": {
        const all = search(backend.applications, args.query as ApplicationQuery);
        const offset = args.offset as number;
        return {
          total: all.length,
          offset,
          items: all
            .slice(offset, offset + (args.limit as number))
            .map((a) => listItem(a, backend.progress.get(a.id))),
        };
      }
      case "applications_organizations":
        return [...new Set(backend.applications.map((a) => a.organization))].sort((a, b) =>
          fold(a) < fold(b) ? -1 : 1,
        );
      case "dashboard_get":
        return backend.dashboard;
      case "profile_get":
        return backend.profile;
      case "profile_update":
        backend.profile = args.profile as Profile;
        return backend.profile;
      // Other screens' commands, answered plainly so those screens can show up in tests.
      case "applications_timeline":
      case "documents_list":
      case "contacts_list":
      case "interviews_list":
        return [];
      case "countdowns_word":
        return answerCountdowns(args);
      case "checklist_get":
        return { application_id: args.applicationId, entries: [], progress: NO_PROGRESS };
      case "backup_overview":
        return backend.backups;
      case "backup_set_auto":
        backend.backups = { ...backend.backups, auto_daily: args.on as boolean };
        return backend.backups;
      case "backup_set_folder": {
        const folder = args.folder as string | null;
        backend.backups = {
          ...backend.backups,
          folder: folder ?? backend.defaultBackupFolder,
          folder_chosen: folder !== null,
        };
        return backend.backups;
      }
      case "backup_inspect":
        return backend.backupInfo;
      case "backup_create":
      case "backup_restore": {
        const channel = args.onProgress as { onmessage: (p: BackupProgress) => void };
        const total = backend.backupInfo.archive_bytes;
        channel.onmessage({ done: total, total });
        return backend.backupInfo;
      }
      case "applications_find_duplicates": {
        // The core allows small spelling differences; the fake, only accents and case.
        const same = (a: string, b: unknown) => fold(a.trim()) === fold(String(b).trim());
        return backend.applications
          .filter((a) => a.id !== args.except && same(a.title, args.title) && same(a.organization, args.organization))
          .map((a) => ({ id: a.id, title: a.title, organization: a.organization }));
      }
      default:
        throw apiError("internal");
    }
  };

  resetCountdowns();
  mockIPC((cmd: string, payload?: InvokeArgs) => {
    backend.calls.push({ command: cmd as Call["command"], args: structuredClone(payload ?? {}) as Record<string, unknown> });
    const hold = backend.hold;
    return hold ? hold.then(() => answer(cmd, payload)) : answer(cmd, payload);
  });

  return backend;
}

export function uninstallBackend(): void {
  clearMocks();
}
