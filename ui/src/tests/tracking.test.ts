// What every tracker has, in the window: the warning before saving the same post twice,
// « Sans réponse » on a list row, a dated step and a follow-up.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import FollowUpDialog from "../lib/components/application/FollowUpDialog.svelte";
import StatusNoteDialog from "../lib/components/application/StatusNoteDialog.svelte";
import ListRow from "../lib/components/list/ListRow.svelte";
import { displayDay } from "../lib/dateEntry";
import { localDay } from "../lib/views/wording";
import { field, text } from "./dom";
import { apiError, listItem, makeApplication, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

frenchOnFixedDay();
afterEach(() => clearMocks());

async function type(name: string, value: string) {
  await fireEvent.input(field(name), { target: { value } });
}

describe("the same post entered twice", () => {
  let backend: FakeBackend;
  const existing = makeApplication({ title: "Comptable principal", organization: "Médecins du Monde" });

  async function newOne() {
    backend = await startApp({ applications: [existing] });
    await fireEvent.click(screen.getByTestId("new-application"));
    await type("title", "comptable principal");
    await type("organization", "MEDECINS DU MONDE");
    await fireEvent.click(screen.getByTestId("save-application"));
    return await screen.findByTestId("duplicate-warning");
  }

  it("is said before saving, and the existing one opens in one click", async () => {
    const warning = await newOne();
    expect(text(warning)).toContain("Cette candidature existe peut-être déjà");
    expect(text(warning)).toContain("Comptable principal — Médecins du Monde");
    expect(backend.callsTo("applications_create")).toHaveLength(0);
    await fireEvent.click(screen.getByTestId("duplicate-open"));
    await waitFor(() =>
      expect(screen.getByTestId("view-application").getAttribute("data-id")).toBe(String(existing.id)),
    );
    expect(screen.queryByTestId("application-form")).toBeNull();
    expect(backend.callsTo("applications_create")).toHaveLength(0);
  });

  it("can still be saved when it is another recruitment", async () => {
    await newOne();
    await fireEvent.click(screen.getByTestId("duplicate-proceed"));
    await waitFor(() => expect(backend.callsTo("applications_create")).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId("application-form")).toBeNull());
  });
});

describe("« Sans réponse »", () => {
  it("shows on the row of a sent application without news, with its days", () => {
    const app = makeApplication({ title: "Logisticien", status: "sent" });
    const item = {
      ...listItem(app),
      no_response: { since: "2025-10-01T12:00:00.000Z", days: 34, followed_up: false },
    };
    render(ListRow, { application: item, onopen: vi.fn(), onedit: vi.fn(), ondelete: vi.fn() });
    expect(text(screen.getByTestId("no-response-flag"))).toBe("Sans réponse depuis 34 jours");
  });

  it("says when the candidate already followed up, with one day in the singular", () => {
    const app = makeApplication({ title: "Logisticien", status: "sent" });
    const item = {
      ...listItem(app),
      no_response: { since: "2025-10-01T12:00:00.000Z", days: 1, followed_up: true },
    };
    render(ListRow, { application: item, onopen: vi.fn(), onedit: vi.fn(), ondelete: vi.fn() });
    expect(text(screen.getByTestId("no-response-flag"))).toBe("Relancée, sans réponse depuis 1 jour");
  });
});

describe("a step dated in the past", () => {
  it("is sent with its day; a day to come is refused before asking the backend", async () => {
    const onsubmit = vi.fn(async () => {});
    render(StatusNoteDialog, { current: "to_prepare", onsubmit, onclose: vi.fn() });
    const day = document.getElementById("status-note-on") as HTMLInputElement;
    expect(day.value).toBe(displayDay(localDay()));
    await fireEvent.input(day, { target: { value: "01/01/2999" } });
    await fireEvent.click(screen.getByTestId("status-note-submit"));
    expect(text(document.getElementById("status-note-on-error"))).toBe("Cette date n'est pas encore arrivée.");
    expect(onsubmit).not.toHaveBeenCalled();
    await fireEvent.input(day, { target: { value: "02/09/2025" } });
    await fireEvent.click(screen.getByTestId("status-note-submit"));
    await waitFor(() => expect(onsubmit).toHaveBeenCalledWith("ready", null, "2025-09-02"));
  });
});

describe("a follow-up", () => {
  it("is recorded with its day and note; a day before sending is said under the field", async () => {
    const calls: [string, unknown][] = [];
    let refuse = true;
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "follow_ups_add" && refuse) {
        refuse = false;
        throw apiError("validation", "at", "before_previous");
      }
      return { id: 1, application_id: 7, at: "2025-10-10T12:00:00.000Z", note: "Appel RH" };
    });
    const onsaved = vi.fn();
    render(FollowUpDialog, { applicationId: 7, onsaved, onclose: vi.fn() });
    await fireEvent.input(document.getElementById("follow-up-on") as HTMLInputElement, {
      target: { value: "01/08/2025" },
    });
    await fireEvent.input(document.getElementById("follow-up-note") as HTMLTextAreaElement, {
      target: { value: "  Appel RH " },
    });
    await fireEvent.click(screen.getByTestId("follow-up-submit"));
    await waitFor(() =>
      expect(text(document.getElementById("follow-up-on-error"))).toBe(
        "Cette date précède l'envoi de la candidature.",
      ),
    );
    expect(onsaved).not.toHaveBeenCalled();
    await fireEvent.input(document.getElementById("follow-up-on") as HTMLInputElement, {
      target: { value: "2025-10-10" },
    });
    await fireEvent.click(screen.getByTestId("follow-up-submit"));
    await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(calls.filter(([c]) => c === "follow_ups_add").map(([, a]) => a)).toEqual([
      { applicationId: 7, on: "2025-08-01", note: "Appel RH" },
      { applicationId: 7, on: "2025-10-10", note: "Appel RH" },
    ]);
  });
});

describe("« Exporter » on the list", () => {
  it("writes the list shown as .xlsx where the save dialog says, then the job search log", async () => {
    const backend = await startApp({
      applications: [
        makeApplication({ title: "Comptable", organization: "OIM" }),
        makeApplication({ title: "Chauffeur", organization: "PAM" }),
      ],
    });
    backend.handle = (cmd, args) => {
      if (cmd === "export_list") return { format: "xlsx", rows: 2, bytes: 6000 };
      if (cmd === "export_journal") {
        expect(String(args.from) <= String(args.to)).toBe(true);
        return { applications: 2, pages: 1, bytes: 9000 };
      }
      return undefined;
    };
    await fireEvent.click(await screen.findByTestId("list-export-open"));
    const dialog = await screen.findByTestId("list-export-dialog");
    expect(text(dialog)).toContain("La liste affichée (2 candidatures)");
    backend.saveAnswer = "/home/awa/Documents/candidatures.xlsx";
    await fireEvent.click(screen.getByTestId("export-xlsx"));
    await fireEvent.click(screen.getByTestId("export-list-save"));
    await waitFor(() => expect(text(screen.getByTestId("export-done"))).toContain("2 candidatures exportées."));
    const [saveDialog] = backend.callsTo("plugin:dialog|save");
    expect(saveDialog?.args).toMatchObject({ options: { defaultPath: "candidatures-2025-12-01.xlsx" } });
    const [call] = backend.callsTo("export_list");
    expect(call?.args).toMatchObject({
      path: "/home/awa/Documents/candidatures.xlsx",
      separator: "semicolon",
      language: "fr",
    });

    backend.saveAnswer = "/home/awa/Documents/journal.pdf";
    await fireEvent.click(screen.getByTestId("export-journal-save"));
    await waitFor(() =>
      expect(text(screen.getByTestId("export-done"))).toBe("2 candidatures dans le journal, 1 page. Ouvrir le dossier"),
    );
    const [journal] = backend.callsTo("export_journal");
    expect(journal?.args).toMatchObject({ from: "2025-09-01", to: "2025-12-01", path: "/home/awa/Documents/journal.pdf" });
  });

  it("refuses a period that ends before it starts, without asking where to save", async () => {
    const backend = await startApp({ applications: [makeApplication({ title: "Comptable" })] });
    await fireEvent.click(await screen.findByTestId("list-export-open"));
    await fireEvent.input(screen.getByTestId("journal-from"), { target: { value: "31/12/2025" } });
    expect(text(screen.getByRole("alert"))).toBe("Choisissez une date de début avant la date de fin.");
    expect((screen.getByTestId("export-journal-save") as HTMLButtonElement).disabled).toBe(true);
    expect(backend.callsTo("plugin:dialog|save")).toHaveLength(0);
  });
});

describe("« Sans réponse » on the board and the dashboard", () => {
  const sent = makeApplication({ title: "Logisticien", organization: "PAM", status: "sent" });
  const silent = {
    ...listItem(sent),
    no_response: { since: "2025-10-01T12:00:00.000Z", days: 34, followed_up: false },
  };

  it("shows on the card of the board, in its column", async () => {
    const backend = await startApp({ applications: [sent] });
    backend.handle = (cmd) => (cmd === "applications_search" ? [silent] : undefined);
    await fireEvent.click(screen.getByTestId("nav-board"));
    const card = await screen.findByTestId("board-card");
    expect(text(within(card).getByTestId("no-response-flag"))).toBe("Sans réponse depuis 34 jours");
    const column = card.closest<HTMLElement>("[data-testid='board-column']");
    expect(text(column)).toContain("Envoyée");
  });

  it("is a section of the dashboard that opens the application", async () => {
    const followedUp = { ...silent, no_response: { ...silent.no_response, days: 1, followed_up: true } };
    await startApp({
      applications: [sent],
      dashboard: { next_deadlines: [], interviews: [], incomplete: [], documents: [], no_response: [followedUp] },
    });
    await fireEvent.click(screen.getByTestId("nav-dashboard"));
    const section = await screen.findByTestId("dashboard-no-response");
    expect(text(within(section).getByRole("heading", { level: 2 }))).toBe("Sans réponse 1");
    const item = within(section).getByTestId("dashboard-no-response-item");
    expect(text(item)).toContain("Logisticien");
    expect(text(within(item).getByTestId("no-response-flag"))).toBe("Relancée, sans réponse depuis 1 jour");
    await fireEvent.click(item);
    await waitFor(() =>
      expect(screen.getByTestId("view-application").getAttribute("data-id")).toBe(String(sent.id)),
    );
  });

  it("is not shown when the dashboard has no silent application", async () => {
    await startApp({ applications: [sent] });
    await fireEvent.click(screen.getByTestId("nav-dashboard"));
    await screen.findByTestId("dashboard-deadlines");
    expect(screen.queryByTestId("dashboard-no-response")).toBeNull();
  });
});
