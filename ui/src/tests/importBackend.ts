// A stand-in backend for the import screen: the posting commands, the native open dialog
// (`plugin:dialog|open`) and Tauri's event plugin, so files can be "dropped" in tests.
import { answerCountdowns, resetCountdowns } from "./fakeCountdowns";
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { ApiError } from "../lib/bindings/ApiError";
import type { Application } from "../lib/bindings/Application";
import type { ApplicationRef } from "../lib/bindings/ApplicationRef";
import type { OcrProgress } from "../lib/bindings/OcrProgress";
import type { PostingDraft } from "../lib/bindings/PostingDraft";
import { applicationFrom, coopiDraft } from "./importFixture";

export interface ImportCall {
  command: string;
  args: Record<string, unknown>;
}

export interface ImportBackend {
  calls: ImportCall[];
  /** What parsing or reading a file returns. */
  draft: PostingDraft;
  /** What the open dialog returns (null: the candidate cancelled). */
  dialogPath: string | null;
  /** Makes posting_read_file fail. */
  fileError: ApiError | null;
  /** Makes applications_create_from_posting fail. */
  createError: ApiError | null;
  /** What applications_find_duplicates answers: the same post already saved. */
  duplicates: ApplicationRef[];
  /** While set, posting commands wait for it. */
  hold: Promise<void> | null;
  /** Sends text recognition progress to the read under way. */
  progress: ((p: OcrProgress) => void) | null;
  callsTo(command: string): ImportCall[];
}

export function fileError(reason: string, code: ApiError["code"] = "validation", field = "file"): ApiError {
  return { code, message: `${reason} (from the fake backend)`, field, reason: reason as ApiError["reason"] };
}

export function installImportBackend(): ImportBackend {
  const backend: ImportBackend = {
    calls: [],
    draft: coopiDraft(),
    dialogPath: "/home/awa/Téléchargements/coopi-bamako-2025.pdf",
    fileError: null,
    createError: null,
    duplicates: [],
    hold: null,
    progress: null,
    callsTo(command) {
      return this.calls.filter((c) => c.command === command);
    },
  };

  const answer = (command: string, args: Record<string, unknown>): unknown => {
    switch (command) {
      case "posting_parse_text":
        return { ...backend.draft, text: args.text as string };
      case "posting_read_file":
      case "posting_read_picture":
        if (backend.fileError) throw backend.fileError;
        return backend.draft;
      case "dossier_cancel":
        backend.fileError = { code: "cancelled", message: "cancelled", field: null, reason: null } as ApiError;
        return null;
      case "plugin:dialog|open":
        return backend.dialogPath;
      case "applications_find_duplicates":
        return backend.duplicates;
      case "applications_create_from_posting": {
        if (backend.createError) throw backend.createError;
        const app: Application = { ...applicationFrom(backend.draft, 42), ...(args.input as object) };
        return app;
      }
      case "countdowns_word":
        return answerCountdowns(args);
      default:
        throw new Error(`unexpected command ${command}`);
    }
  };

  mockWindows("main");
  resetCountdowns();
  mockIPC(
    (cmd, payload) => {
      // The progress channel is kept aside: it cannot be cloned, and the test drives it.
      const { onProgress, ...rest } = (payload ?? {}) as Record<string, unknown>;
      const args = structuredClone(rest);
      if (onProgress) {
        const channel = onProgress as { onmessage: (p: OcrProgress) => void };
        backend.progress = (p) => channel.onmessage(p);
      }
      backend.calls.push({ command: cmd, args });
      const hold = backend.hold;
      // A cancel is answered at once, as the backend does, while the read it stops waits.
      return hold && cmd !== "dossier_cancel" ? hold.then(() => answer(cmd, args)) : answer(cmd, args);
    },
    { shouldMockEvents: true },
  );
  return backend;
}

/** What Tauri sends while files are dragged over the window and dropped. */
export async function dragEnter(paths: string[]): Promise<void> {
  await emit("tauri://drag-enter", { paths, position: { x: 10, y: 10 } });
}

export async function dragLeave(): Promise<void> {
  await emit("tauri://drag-leave", null);
}

export async function drop(paths: string[]): Promise<void> {
  await emit("tauri://drag-drop", { paths, position: { x: 10, y: 10 } });
}

export function uninstallImportBackend(): void {
  clearMocks();
}
