// What a posting asks of each piece (form, copies, age) on the application page, and a
// certified copy's stamp date in the vault.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import VaultPage from "../lib/components/vault/VaultPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import type { PieceProblem } from "../lib/bindings/PieceProblem";
import { setLanguage } from "../lib/i18n";
import { text } from "./dom";
import {
  application,
  installWorkflowBackend,
  item,
  uninstallWorkflowBackend,
  vaultDocument,
  wfError,
  type WorkflowBackend,
} from "./workflowBackend";

let backend: WorkflowBackend;

function scenario() {
  const app = application({ deadline: { date: "2026-03-31", time: null, timezone: "Africa/Abidjan" } });
  const record = vaultDocument("criminal_record", "Casier judiciaire", { issued_on: "2025-12-30" });
  const items = [
    item(app.id, 0, "cv"),
    item(app.id, 1, "criminal_record", {
      state: "ready",
      document_id: record.id,
      requirements: { form: "certified_copy", copies: 2, max_age: { count: 3, unit: "months" }, handwritten: false },
    }),
  ];
  return { app, record, items };
}

async function openPage(s: ReturnType<typeof scenario>, problems: [number, PieceProblem][] = []) {
  backend = installWorkflowBackend({
    applications: [s.app],
    items: s.items,
    documents: [s.record],
    problems: new Map(problems),
  });
  render(ApplicationPage, { props: { id: s.app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
}

const row = (name: string) => {
  const found = screen
    .getAllByTestId("checklist-row")
    .find((r) => text(within(r).getByTestId("item-name")) === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-10T09:00:00Z") });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  uninstallWorkflowBackend();
});

describe("a piece's form, copies and age", () => {
  it("says what is asked, and why the attached document falls short", async () => {
    const s = scenario();
    await openPage(s, [
      [s.items[1]!.id, { problem: "too_old", dated_on: "2025-12-30", oldest_accepted: "2025-12-31", on_deadline: true }],
    ]);
    const record = row("Extrait de casier judiciaire");
    expect(text(within(record).getByTestId("item-asked"))).toBe(
      "Copie certifiée conforme · 2 exemplaires · de moins de 3 mois",
    );
    expect(text(within(record).getByTestId("item-problem"))).toBe(
      "Certifié le 30 déc. 2025 : trop ancien à la date limite (accepté à partir du 31 déc. 2025).",
    );
    // The CV asks nothing in particular and has no document: neither line.
    expect(within(row("CV")).queryByTestId("item-asked")).toBeNull();
    expect(within(row("CV")).queryByTestId("item-problem")).toBeNull();
  });

  it("says « aujourd'hui » when the age was counted without a deadline", async () => {
    const s = scenario();
    await openPage(s, [
      [s.items[1]!.id, { problem: "too_old", dated_on: "2025-12-30", oldest_accepted: "2025-12-31", on_deadline: false }],
    ]);
    expect(text(within(row("Extrait de casier judiciaire")).getByTestId("item-problem"))).toBe(
      "Certifié le 30 déc. 2025 : trop ancien aujourd'hui (accepté à partir du 31 déc. 2025).",
    );
  });

  it("says a plain scan is not the certified copy asked, in English too", async () => {
    setLanguage("en");
    const s = scenario();
    await openPage(s, [[s.items[1]!.id, { problem: "not_certified" }]]);
    const record = row("Criminal record extract");
    expect(text(within(record).getByTestId("item-asked"))).toBe(
      "Certified true copy · 2 copies · less than 3 months old",
    );
    expect(text(within(record).getByTestId("item-problem"))).toBe(
      "Certified true copy asked: the attached document has no certification date (enter it by editing the document).",
    );
  });

  it("sets the form, copies and age of a piece, and refuses a count out of range first", async () => {
    const s = scenario();
    await openPage(s);
    await fireEvent.click(within(row("CV")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-edit"));
    const dialog = await screen.findByTestId("item-dialog");
    await fireEvent.change(within(dialog).getByTestId("item-form"), { target: { value: "original" } });
    await fireEvent.input(within(dialog).getByTestId("item-copies"), { target: { value: "0" } });
    await fireEvent.click(within(dialog).getByTestId("item-submit"));
    expect(text(within(dialog).getByTestId("item-copies-error"))).toBe(
      "Un nombre d'exemplaires entre 1 et 20, ou rien.",
    );
    expect(document.activeElement).toBe(within(dialog).getByTestId("item-copies"));
    expect(backend.callsTo("checklist_update")).toEqual([]);

    await fireEvent.input(within(dialog).getByTestId("item-copies"), { target: { value: "3" } });
    await fireEvent.input(within(dialog).getByTestId("item-age"), { target: { value: "90" } });
    await fireEvent.change(within(dialog).getByTestId("item-age-unit"), { target: { value: "days" } });
    await fireEvent.click(within(dialog).getByTestId("item-submit"));
    await waitFor(() => expect(screen.queryByTestId("item-dialog")).toBeNull());
    expect(backend.callsTo("checklist_update")[0]?.args).toEqual({
      itemId: s.items[0]!.id,
      update: {
        kind: "cv",
        label: null,
        stage: "now",
        state: "missing",
        requirements: { form: "original", copies: 3, max_age: { count: 90, unit: "days" }, handwritten: false },
      },
    });
    await waitFor(() =>
      expect(text(within(row("CV")).getByTestId("item-asked"))).toBe("Original · 3 exemplaires · de moins de 90 jours"),
    );
  });

  it("opens an edited piece with what it asks, and clears it back to nothing said", async () => {
    const s = scenario();
    await openPage(s);
    await fireEvent.click(within(row("Extrait de casier judiciaire")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-edit"));
    const dialog = await screen.findByTestId("item-dialog");
    expect((within(dialog).getByTestId("item-form") as HTMLSelectElement).value).toBe("certified_copy");
    expect((within(dialog).getByTestId("item-copies") as HTMLInputElement).value).toBe("2");
    expect((within(dialog).getByTestId("item-age") as HTMLInputElement).value).toBe("3");
    await fireEvent.change(within(dialog).getByTestId("item-form"), { target: { value: "" } });
    await fireEvent.input(within(dialog).getByTestId("item-copies"), { target: { value: "" } });
    await fireEvent.input(within(dialog).getByTestId("item-age"), { target: { value: " " } });
    await fireEvent.click(within(dialog).getByTestId("item-submit"));
    await waitFor(() => expect(screen.queryByTestId("item-dialog")).toBeNull());
    expect(backend.callsTo("checklist_update")[0]?.args).toMatchObject({
      update: { state: "ready", requirements: { form: null, copies: null, max_age: null, handwritten: false } },
    });
    await waitFor(() =>
      expect(within(row("Extrait de casier judiciaire")).queryByTestId("item-asked")).toBeNull(),
    );
  });

  it("marks a letter to write by hand, reminds how to hand it in, and offers its draft", async () => {
    const s = scenario();
    s.items.push(item(s.app.id, 2, "cover_letter"));
    await openPage(s);
    const letter = () => row("Lettre de motivation");
    expect(within(letter()).queryByTestId("handwritten-to-do")).toBeNull();
    await fireEvent.click(within(letter()).getByTestId("row-menu"));
    expect(text(screen.getByTestId("menu-write-letter"))).toBe("Rédiger la lettre…");
    await fireEvent.click(screen.getByTestId("menu-edit"));
    const dialog = await screen.findByTestId("item-dialog");
    const box = within(dialog).getByTestId("item-handwritten") as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    await fireEvent.click(within(dialog).getByTestId("item-submit"));
    await waitFor(() => expect(screen.queryByTestId("item-dialog")).toBeNull());
    expect(backend.callsTo("checklist_update")[0]?.args).toMatchObject({
      update: { kind: "cover_letter", requirements: { form: null, copies: null, max_age: null, handwritten: true } },
    });
    await waitFor(() => expect(text(within(letter()).getByTestId("item-asked"))).toBe("À écrire à la main"));
    expect(text(within(letter()).getByTestId("handwritten-to-do"))).toBe(
      "Ensuite : la signer, la scanner ou la photographier, puis joindre le fichier",
    );
    await fireEvent.click(within(letter()).getByTestId("row-menu"));
    expect(text(screen.getByTestId("menu-write-letter"))).toBe("Préparer le brouillon…");

    // Reopened, the box says what was kept.
    await fireEvent.click(screen.getByTestId("menu-edit"));
    const again = await screen.findByTestId("item-dialog");
    expect((within(again).getByTestId("item-handwritten") as HTMLInputElement).checked).toBe(true);
  });

  it("keeps what a piece asks when it is waived", async () => {
    const s = scenario();
    await openPage(s);
    await fireEvent.click(within(row("Extrait de casier judiciaire")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-waive"));
    await waitFor(() => expect(backend.callsTo("checklist_update").length).toBe(1));
    expect(backend.callsTo("checklist_update")[0]?.args).toMatchObject({
      update: {
        state: "waived",
        requirements: { form: "certified_copy", copies: 2, max_age: { count: 3, unit: "months" }, handwritten: false },
      },
    });
  });
});

describe("a certified copy's stamp date", () => {
  async function openVault() {
    const diploma = vaultDocument("diploma_copies", "Licence", { issued_on: "2019-07-01" });
    backend = installWorkflowBackend({ documents: [diploma] });
    render(VaultPage);
    await screen.findByText("Licence");
    const card = screen.getAllByTestId("document-card").find((c) => c.textContent?.includes("Licence"));
    await fireEvent.click(within(card!).getByTestId("edit-document"));
    return { diploma, dialog: await screen.findByTestId("edit-document-dialog") };
  }

  it("records the day a copy was certified", async () => {
    const { diploma, dialog } = await openVault();
    await fireEvent.input(within(dialog).getByTestId("doc-certified"), { target: { value: "2026-02-15" } });
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    await waitFor(() => expect(screen.queryByTestId("edit-document-dialog")).toBeNull());
    expect(backend.callsTo("documents_update")[0]?.args).toEqual({
      id: diploma.id,
      update: {
        kind: "diploma_copies",
        title: "Licence",
        issued_on: "2019-07-01",
        valid_until: null,
        certified_on: "2026-02-15",
      },
    });
  });

  it("refuses a certification in the future or before the issue, and shows the core's refusal", async () => {
    const { dialog } = await openVault();
    const field = within(dialog).getByTestId("doc-certified");
    await fireEvent.input(field, { target: { value: "2026-03-11" } });
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    expect(text(dialog.querySelector("#doc-certified-error"))).toBe("Cette date n'est pas encore arrivée.");
    await fireEvent.input(field, { target: { value: "2019-06-30" } });
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    expect(text(dialog.querySelector("#doc-certified-error"))).toBe(
      "La certification ne peut pas précéder la délivrance.",
    );
    expect(backend.callsTo("documents_update")).toEqual([]);

    // The core is the judge: its refusal lands on the same field, and the dialog stays.
    backend.fail = (command) =>
      command === "documents_update" ? wfError("validation", "certified_on", "in_future") : undefined;
    await fireEvent.input(field, { target: { value: "2026-03-01" } });
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    await waitFor(() =>
      expect(text(dialog.querySelector("#doc-certified-error"))).toBe("Cette date n'est pas encore arrivée."),
    );
    expect(screen.getByTestId("edit-document-dialog")).toBeTruthy();
  });
});
