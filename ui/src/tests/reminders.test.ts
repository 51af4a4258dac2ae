import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Notice } from "../lib/bindings/Notice";
import type { Reminder } from "../lib/bindings/Reminder";
import ReminderBanner from "../lib/components/ReminderBanner.svelte";
import RemindersSettingsDialog from "../lib/components/RemindersSettingsDialog.svelte";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { setLanguage } from "../lib/i18n";
import { application, installWorkflowBackend, uninstallWorkflowBackend, type WorkflowBackend } from "./workflowBackend";

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\u00a0|\u202f/g, " ").replace(/\s+/g, " ").trim();

beforeEach(() => setLanguage("fr"));
afterEach(() => {
  cleanup();
  clearMocks();
  uninstallWorkflowBackend();
});

function planned(applicationId: number, fields: Partial<Reminder>): Reminder {
  return {
    id: Math.floor(Math.random() * 1e6),
    application_id: applicationId,
    interview_id: null,
    kind: "deadline",
    due_at_utc: "2025-12-24T17:00:00Z",
    offset_minutes: 2880,
    note: null,
    shown_at: null,
    dismissed_at: null,
    created_at: "2025-12-01T08:00:00Z",
    ...fields,
  };
}

describe("the application's reminders", () => {
  let backend: WorkflowBackend;

  async function open() {
    const app = application({ title: "Chargé de suivi-évaluation" });
    backend = installWorkflowBackend({
      applications: [app],
      reminders: [
        planned(app.id, { shown_at: "2025-12-19T17:00:00Z", offset_minutes: 10080 }),
        planned(app.id, {}),
      ],
    });
    render(ApplicationPage, { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() });
    await waitFor(() => expect(screen.getAllByTestId("reminder")).toHaveLength(2));
    return app;
  }

  it("lists what is planned and what was shown, and adds the candidate's own with a note", async () => {
    const app = await open();
    const rows = screen.getAllByTestId("reminder").map((r) => text(r));
    // Named as a reminder: « Date limite » beside « prévu le … » read as the deadline's day.
    expect(rows[0]).toMatch(/^Rappel de la date limite affiché le /);
    expect(rows[1]).toMatch(/^Rappel de la date limite prévu le /);

    await fireEvent.input(screen.getByTestId("reminder-date"), { target: { value: "20/12/2025" } });
    await fireEvent.input(screen.getByTestId("reminder-time"), { target: { value: "10:30" } });
    await fireEvent.input(screen.getByTestId("reminder-note"), { target: { value: "Appeler Mme Diarra" } });
    await fireEvent.click(screen.getByTestId("reminder-add"));
    await waitFor(() => expect(screen.getAllByTestId("reminder")).toHaveLength(3));
    const sent = backend.callsTo("reminders_add")[0]?.args as { applicationId: number; input: Record<string, string> };
    expect(sent.applicationId).toBe(app.id);
    expect(sent.input).toMatchObject({ date: "2025-12-20", time: "10:30", note: "Appeler Mme Diarra" });
    expect(typeof sent.input.timezone).toBe("string");

    // Only the candidate's own reminder can be deleted.
    const custom = screen.getAllByTestId("reminder").find((r) => text(r).includes("Appeler Mme Diarra"));
    expect(custom).toBeTruthy();
    await fireEvent.click(within(custom as HTMLElement).getByRole("button", { name: "Supprimer ce rappel" }));
    await waitFor(() => expect(screen.getAllByTestId("reminder")).toHaveLength(2));
    expect(screen.queryAllByRole("button", { name: "Supprimer ce rappel" })).toHaveLength(0);
  });

  it("says on which clock each reminder falls, and asks the hour on that clock", async () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: "Africa/Abidjan" };
    });
    await open();
    const rows = screen.getAllByTestId("reminder").map((r) => text(r));
    expect(rows[0]).toContain("affiché le 19 déc. 2025, 17:00 (heure d’Abidjan)");
    expect(rows[1]).toContain("prévu le 24 déc. 2025, 17:00 (heure d’Abidjan)");
    expect(screen.getByLabelText("Heure (Abidjan)")).toBe(screen.getByTestId("reminder-time"));
  });

  it("exports the application's calendar where the candidate chooses", async () => {
    const app = await open();
    backend.saveAnswer = "/home/awa/Documents/suivi.ics";
    await fireEvent.click(screen.getByTestId("calendar-one"));
    await waitFor(() => expect(text(screen.getByTestId("calendar-note"))).toContain("/home/awa/Documents/suivi.ics"));
    expect(backend.callsTo("calendar_export")[0]?.args).toEqual({
      path: "/home/awa/Documents/suivi.ics",
      applicationId: app.id,
    });
  });

  it("writes nothing when the save dialog is cancelled", async () => {
    await open();
    backend.saveAnswer = null;
    await fireEvent.click(screen.getByTestId("calendar-one"));
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.callsTo("calendar_export")).toHaveLength(0);
  });
});

describe("the reminder settings", () => {
  it("loads, lets the candidate change the offsets, the follow-up and the window, and saves both", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "reminder_settings_get")
        return { deadline_offsets: [10080, 2880, 1440, 180], follow_up_days: 14, no_response_days: 30 };
      if (cmd === "desktop_settings_get")
        return { close_to_tray: true, close_to_tray_explained: true, start_at_login: false };
      return (args as { settings: unknown }).settings;
    });
    const onclose = vi.fn();
    render(RemindersSettingsDialog, { onclose });
    const threeHours = (await screen.findByTestId("offset-180")) as HTMLInputElement;
    expect(threeHours.checked).toBe(true);
    expect((screen.getByTestId("offset-60") as HTMLInputElement).checked).toBe(false);
    await fireEvent.click(threeHours);
    await fireEvent.click(screen.getByTestId("offset-60"));
    await fireEvent.input(screen.getByTestId("follow-up-days"), { target: { value: "7" } });
    expect((screen.getByTestId("no-response-days") as HTMLInputElement).value).toBe("30");
    await fireEvent.input(screen.getByTestId("no-response-days"), { target: { value: "21" } });
    await fireEvent.click(screen.getByTestId("start-at-login"));
    await fireEvent.click(screen.getByTestId("reminder-settings-save"));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(calls.find(([c]) => c === "reminder_settings_update")?.[1]).toEqual({
      settings: { deadline_offsets: [10080, 2880, 1440, 60], follow_up_days: 7, no_response_days: 21 },
    });
    expect(calls.find(([c]) => c === "desktop_settings_update")?.[1]).toEqual({
      settings: { close_to_tray: true, close_to_tray_explained: true, start_at_login: true },
    });
  });

  it("says so when saving fails, and stays open", async () => {
    mockIPC((cmd) => {
      if (cmd === "reminder_settings_get") return { deadline_offsets: [1440], follow_up_days: 14, no_response_days: 30 };
      if (cmd === "desktop_settings_get")
        return { close_to_tray: true, close_to_tray_explained: false, start_at_login: false };
      throw { code: "io", message: "disk full", field: null, reason: null };
    });
    const onclose = vi.fn();
    render(RemindersSettingsDialog, { onclose });
    await fireEvent.click(await screen.findByTestId("reminder-settings-save"));
    await waitFor(() => expect(text(screen.getByRole("alert"))).toContain("n'ont pas pu être enregistrés"));
    expect(onclose).not.toHaveBeenCalled();
  });
});

describe("the reminder banner", () => {
  const notice: Notice = {
    summary: "Date limite demain à 17:00 : Chargé de suivi-évaluation",
    body: "UNICEF Mali · 2 pièces prêtes sur 5",
    application_id: 7,
    reminder_ids: [11, 12],
    urgency: "soon",
  };

  it("shows a reminder no notification could carry, opens its application or goes away", async () => {
    const onopen = vi.fn();
    const ondismiss = vi.fn();
    render(ReminderBanner, { notices: [notice], onopen, ondismiss });
    const banner = screen.getByTestId("reminder-banner");
    expect(text(banner)).toContain("Chargé de suivi-évaluation");
    expect(text(banner)).toContain("2 pièces prêtes sur 5");
    await fireEvent.click(screen.getByTestId("reminder-open"));
    expect(onopen).toHaveBeenCalledWith(7);
    await fireEvent.click(screen.getByTestId("reminder-dismiss"));
    expect(ondismiss).toHaveBeenCalledWith(notice);
  });

  it("has no open button when the notice names several applications", () => {
    render(ReminderBanner, { notices: [{ ...notice, application_id: null }], onopen: vi.fn(), ondismiss: vi.fn() });
    expect(screen.queryByTestId("reminder-open")).toBeNull();
  });
});
