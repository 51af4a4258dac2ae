// Moving to « Prête » or « Envoyée » while pieces are missing asks first, naming them: from
// the application page's status list, and from the board by drag and drop and by « Déplacer
// vers… » (issue 20, item 5).
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { setLanguage } from "../lib/i18n";
import type { ChecklistProgress } from "../lib/bindings/ChecklistProgress";
import { boardCardTitles as cardTitles, boardColumn as column, named, text } from "./dom";
import { makeApplication, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";
import {
  application,
  installWorkflowBackend,
  item,
  uninstallWorkflowBackend,
  type WorkflowBackend,
} from "./workflowBackend";

const statusSelect = () => screen.getByTestId("status-select") as HTMLSelectElement;
const dialog = () => screen.getByTestId("missing-pieces-dialog");

describe("the status list of the application page", () => {
  let backend: WorkflowBackend;

  /** CV ready, the letter and the diplomas missing, the record asked only if shortlisted. */
  async function open(missing: "two" | "one" | "none" = "two") {
    const app = application({ title: "Chargé de suivi-évaluation" });
    const state = (ready: boolean) => ({ state: ready ? ("ready" as const) : ("missing" as const) });
    const items = [
      item(app.id, 0, "cv", state(true)),
      item(app.id, 1, "cover_letter", state(missing === "none")),
      item(app.id, 2, "diploma_copies", state(missing !== "two")),
      item(app.id, 3, "criminal_record", { stage: "if_shortlisted" }),
    ];
    backend = installWorkflowBackend({ applications: [app], items, documents: [] });
    render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
    await screen.findByTestId("progress-summary");
    return app;
  }

  beforeEach(() => {
    setLanguage("fr");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2025-12-01T09:00:00Z") });
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    uninstallWorkflowBackend();
  });

  it("asks before « Envoyée », naming what is missing; cancelling keeps the status", async () => {
    await open("two");
    await fireEvent.change(statusSelect(), { target: { value: "sent" } });
    const asked = within(dialog());
    expect(screen.getByRole("dialog", { name: named("Passer à « Envoyée » sans toutes les pièces ?") })).toBe(dialog());
    expect(text(dialog())).toContain(
      "Pour « Chargé de suivi-évaluation », il manque encore 2 pièces : Lettre de motivation, Copies des diplômes.",
    );
    // Nothing is written while the candidate decides; Cancel has the focus.
    expect(backend.callsTo("applications_set_status")).toEqual([]);
    expect(document.activeElement).toBe(asked.getByRole("button", { name: "Annuler" }));

    await fireEvent.click(asked.getByRole("button", { name: "Annuler" }));
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    expect(statusSelect().value).toBe("to_prepare");
    expect(backend.callsTo("applications_set_status")).toEqual([]);
  });

  it("moves once confirmed, in the singular for one missing piece", async () => {
    const app = await open("one");
    await fireEvent.change(statusSelect(), { target: { value: "ready" } });
    expect(text(dialog())).toContain("Pour « Chargé de suivi-évaluation », il manque encore une pièce : Lettre de motivation.");
    await fireEvent.click(within(dialog()).getByRole("button", { name: named("Passer à « Prête »") }));
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([{ id: app.id, status: "ready", note: null, on: null }]),
    );
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    await waitFor(() => expect(statusSelect().value).toBe("ready"));
  });

  it("does not ask when every piece due is ready, nor for another status", async () => {
    const app = await open("none");
    await fireEvent.change(statusSelect(), { target: { value: "sent" } });
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    await waitFor(() => expect(backend.callsTo("applications_set_status")).toHaveLength(1));
    cleanup();
    uninstallWorkflowBackend();

    await open("two");
    await fireEvent.change(statusSelect(), { target: { value: "withdrawn" } });
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    await waitFor(() => expect(backend.callsTo("applications_set_status")[0]?.args).toMatchObject({ status: "withdrawn" }));
    expect(app.id).toBeGreaterThan(0);
  });

  it("asks in English too", async () => {
    setLanguage("en");
    await open("two");
    await fireEvent.change(statusSelect(), { target: { value: "sent" } });
    expect(screen.getByRole("dialog", { name: "Move to “Sent” without every document?" })).toBe(dialog());
    expect(text(dialog())).toContain(
      "“Chargé de suivi-évaluation” is still missing 2 documents: Cover letter, Copies of diplomas.",
    );
    expect(within(dialog()).getByRole("button", { name: "Move to “Sent”" })).toBeTruthy();
  });
});

describe("the board", () => {
  frenchOnFixedDay();

  let backend: FakeBackend;
  const logisticien = () => makeApplication({ title: "Logisticien", status: "to_prepare" });
  const twoMissing: ChecklistProgress = {
    ready: 1,
    due: 3,
    missing: [
      { id: 901, kind: "cover_letter", label: null },
      { id: 902, kind: "other", label: "Permis de conduire" },
    ],
  };

  async function board(progress: ChecklistProgress) {
    const app = logisticien();
    backend = await startApp({ applications: [app], progress: new Map([[app.id, progress]]) });
    await fireEvent.click(screen.getByTestId("nav-board"));
    await screen.findAllByTestId("board-card");
    return app;
  }

  function drag(to: string) {
    const store = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => store.set(type, value),
      getData: (type: string) => store.get(type) ?? "",
      effectAllowed: "",
      dropEffect: "",
    };
    const card = screen.getAllByTestId("board-card")[0] as HTMLElement;
    return (async () => {
      await fireEvent.dragStart(card, { dataTransfer });
      await fireEvent.dragOver(column(to), { dataTransfer });
      await fireEvent.drop(column(to), { dataTransfer });
    })();
  }

  it("asks before a card dropped on « Envoyée » with pieces missing, and leaves it if cancelled", async () => {
    const app = await board(twoMissing);
    await drag("sent");
    expect(screen.getByRole("dialog", { name: named("Passer à « Envoyée » sans toutes les pièces ?") })).toBe(dialog());
    expect(text(dialog())).toContain(
      "Pour « Logisticien », il manque encore 2 pièces : Lettre de motivation, Permis de conduire.",
    );
    await fireEvent.click(within(dialog()).getByRole("button", { name: "Annuler" }));
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    expect(cardTitles("to_prepare")).toEqual(["Logisticien"]);
    expect(cardTitles("sent")).toEqual([]);
    expect(backend.callsTo("applications_set_status")).toEqual([]);

    await drag("sent");
    await fireEvent.click(within(dialog()).getByRole("button", { name: named("Passer à « Envoyée »") }));
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([{ id: app.id, status: "sent", note: null, on: null }]),
    );
    await waitFor(() => expect(cardTitles("sent")).toEqual(["Logisticien"]));
  });

  it("asks before « Déplacer vers… » « Prête », in the singular; Escape keeps the card and the focus on its menu", async () => {
    const app = await board({ ready: 2, due: 3, missing: [{ id: 903, kind: "id_document", label: null }] });
    const trigger = within(column("to_prepare")).getByTestId("move-menu");
    trigger.focus();
    await fireEvent.keyDown(trigger, { key: "ArrowDown" });
    await fireEvent.click(within(await screen.findByRole("menu")).getByRole("menuitem", { name: "Prête" }));
    expect(text(dialog())).toContain("Pour « Logisticien », il manque encore une pièce : Pièce d'identité.");
    await fireEvent.keyDown(dialog(), { key: "Escape" });
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    expect(cardTitles("to_prepare")).toEqual(["Logisticien"]);
    expect(backend.callsTo("applications_set_status")).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(within(column("to_prepare")).getByTestId("move-menu")));

    await fireEvent.click(within(column("to_prepare")).getByTestId("move-menu"));
    await fireEvent.click(screen.getByTestId("move-to-ready"));
    await fireEvent.click(within(dialog()).getByRole("button", { name: named("Passer à « Prête »") }));
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([{ id: app.id, status: "ready", note: null, on: null }]),
    );
    await waitFor(() => expect(cardTitles("ready")).toEqual(["Logisticien"]));
  });

  it("moves at once when nothing is missing, or to a status that does not say the dossier is complete", async () => {
    const app = await board(twoMissing);
    await drag("withdrawn");
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    await waitFor(() =>
      expect(backend.callsTo("applications_set_status").map((c) => c.args)).toEqual([{ id: app.id, status: "withdrawn", note: null, on: null }]),
    );
    backend.progress.set(app.id, { ready: 3, due: 3, missing: [] });
    await fireEvent.click(screen.getByTestId("nav-list"));
    await fireEvent.click(screen.getByTestId("nav-board"));
    await screen.findAllByTestId("board-card");
    await drag("sent");
    expect(screen.queryByTestId("missing-pieces-dialog")).toBeNull();
    await waitFor(() => expect(backend.callsTo("applications_set_status")).toHaveLength(2));
  });
});
