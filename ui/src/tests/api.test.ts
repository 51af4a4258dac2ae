import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import * as api from "../lib/api";
import { emptyInput } from "../lib/form";
import { apiError, installBackend, makeApplication, uninstallBackend } from "./fakeBackend";

afterEach(() => uninstallBackend());

const input = { ...emptyInput(), title: "T", organization: "O" };

describe("api", () => {
  it("names each command once", () => {
    expect(new Set(api.COMMANDS).size).toBe(api.COMMANDS.length);
    for (const c of api.COMMANDS) expect(c).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  // The argument names and types of every command are checked when the window is compiled:
  // bindings/commands.ts gives them from the Rust functions (`cargo xtask bindings`).
  it("calls each command with the backend's argument names", async () => {
    const app = makeApplication();
    const backend = installBackend({ applications: [app] });
    await api.listApplications();
    await api.getApplication(app.id);
    await api.updateApplication(app.id, input);
    await api.setApplicationStatus(app.id, "sent");
    await api.setApplicationStatus(app.id, "shortlisted", "Appel de Mme Diallo");
    const created = await api.createApplication(input);
    await api.deleteApplication(created.id);
    await api.getSettings();
    await api.updateSettings({ language: "en" });
    await api.uiReady({ listMs: 1, renderMs: 2, rows: 3, renderedRows: 3, pageOrigin: 4, scriptMs: 5, readyMs: 6, marks: [] });
    expect(backend.calls.map((c) => [c.command, Object.keys(c.args).sort()])).toEqual([
      ["applications_list", []],
      ["applications_get", ["id"]],
      ["applications_update", ["id", "input"]],
      ["applications_set_status", ["id", "note", "on", "status"]],
      ["applications_set_status", ["id", "note", "on", "status"]],
      ["applications_create", ["input"]],
      ["applications_delete", ["id"]],
      ["settings_get", []],
      ["settings_update", ["settings"]],
      ["ui_ready", ["timings"]],
    ]);
  });

  it("rejects with the backend's ApiError", async () => {
    const backend = installBackend();
    backend.fail = () => apiError("validation", "title", "required");
    await expect(api.createApplication(input)).rejects.toEqual(apiError("validation", "title", "required"));
  });

  it("turns any other failure into an internal ApiError", async () => {
    const backend = installBackend();
    backend.fail = () => {
      throw "command applications_list not found";
    };
    const error: unknown = await api.listApplications().catch((e: unknown) => e);
    expect(api.isApiError(error)).toBe(true);
    expect(error).toMatchObject({ code: "internal", message: "command applications_list not found" });
  });

  it("keeps the document an export error names, and knows the cancelled code", async () => {
    const backend = installBackend();
    const failure = { ...apiError("validation", "document", "file_encrypted"), document: { id: 3, title: "Diplôme" } };
    backend.fail = () => failure;
    await expect(api.listApplications()).rejects.toEqual(failure);
    expect(api.isApiError({ code: "cancelled", message: "x", field: null, reason: null })).toBe(true);
  });

  it("recognises an ApiError", () => {
    expect(api.isApiError({ code: "not_found", message: "x", field: null, reason: null })).toBe(true);
    expect(api.isApiError({ code: "boom", message: "x", field: null })).toBe(false);
    expect(api.isApiError("not_found")).toBe(false);
    expect(api.isApiError(null)).toBe(false);
  });
});
