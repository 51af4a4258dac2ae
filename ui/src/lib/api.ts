// The one door to the Rust backend: every command the UI may call is named here, with the
// types of its arguments and result. No other module imports `invoke`.
import { invoke } from "@tauri-apps/api/core";
import type { ApiError } from "./bindings/ApiError";
import type { Application } from "./bindings/Application";
import type { ApplicationInput } from "./bindings/ApplicationInput";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { Invalid } from "./bindings/Invalid";
import type { Settings } from "./bindings/Settings";
import type { Status } from "./bindings/Status";

/**
 * Every command the backend must expose. A Rust test reads this list from the source text
 * and compares it with the handlers registered in `invoke_handler`, so keep one quoted name
 * per line.
 */
export const COMMANDS = [
  "applications_list",
  "applications_get",
  "applications_create",
  "applications_update",
  "applications_set_status",
  "applications_delete",
  "settings_get",
  "settings_update",
  "ui_ready",
] as const;

export type Command = (typeof COMMANDS)[number];

type NoArgs = Record<string, never>;

/** Arguments (as Tauri receives them: one key per Rust parameter) and result of each command. */
interface Signatures {
  applications_list: { args: NoArgs; result: Application[] };
  applications_get: { args: { id: number }; result: Application };
  applications_create: { args: { input: ApplicationInput }; result: Application };
  applications_update: { args: { id: number; input: ApplicationInput }; result: Application };
  applications_set_status: { args: { id: number; status: Status }; result: Application };
  applications_delete: { args: { id: number }; result: null };
  settings_get: { args: NoArgs; result: Settings };
  settings_update: { args: { settings: Settings }; result: Settings };
  ui_ready: { args: NoArgs; result: null };
}

// Fails to compile when COMMANDS and Signatures drift apart.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const signaturesMatchCommands: SameKeys<keyof Signatures, Command> = true;
void signaturesMatchCommands;

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
    return { code: e.code, message: e.message, field: e.field ?? null, reason: e.reason ?? null };
  }
  return { code: "internal", message: describe(e), field: null, reason: null };
}

async function call<C extends Command>(
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

export function setApplicationStatus(id: number, status: Status): Promise<Application> {
  return call("applications_set_status", { id, status });
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

/** Tells the backend the first screen is interactive (start-up time measurement). */
export async function uiReady(): Promise<void> {
  await call("ui_ready", {});
}
