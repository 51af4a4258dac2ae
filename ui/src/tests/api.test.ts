import { afterEach, describe, expect, it } from "vitest";
import * as api from "../lib/api";
import { apiError, installBackend, makeApplication, uninstallBackend } from "./fakeBackend";

afterEach(() => uninstallBackend());

const input = {
  title: "T",
  organization: "O",
  reference: null,
  location: null,
  contract: null,
  source_url: null,
  apply_method: null,
  apply_email: null,
  apply_subject: null,
  apply_url: null,
  apply_address: null,
  deadline: null,
  notes: null,
};

describe("api", () => {
  it("names each command once", () => {
    expect(new Set(api.COMMANDS).size).toBe(api.COMMANDS.length);
    for (const c of api.COMMANDS) expect(c).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("calls each command with the backend's argument names", async () => {
    const app = makeApplication();
    const backend = installBackend({ applications: [app] });
    await api.listApplications();
    await api.getApplication(app.id);
    await api.updateApplication(app.id, input);
    await api.setApplicationStatus(app.id, "sent");
    const created = await api.createApplication(input);
    await api.deleteApplication(created.id);
    await api.getSettings();
    await api.updateSettings({ language: "en" });
    await api.uiReady();
    expect(backend.calls.map((c) => [c.command, Object.keys(c.args).sort()])).toEqual([
      ["applications_list", []],
      ["applications_get", ["id"]],
      ["applications_update", ["id", "input"]],
      ["applications_set_status", ["id", "status"]],
      ["applications_create", ["input"]],
      ["applications_delete", ["id"]],
      ["settings_get", []],
      ["settings_update", ["settings"]],
      ["ui_ready", []],
    ]);
    // Every name in COMMANDS has its helper.
    expect(new Set(backend.calls.map((c) => c.command))).toEqual(new Set(api.COMMANDS));
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

  it("recognises an ApiError", () => {
    expect(api.isApiError({ code: "not_found", message: "x", field: null, reason: null })).toBe(true);
    expect(api.isApiError({ code: "boom", message: "x", field: null })).toBe(false);
    expect(api.isApiError("not_found")).toBe(false);
    expect(api.isApiError(null)).toBe(false);
  });
});
