import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import type { Contact } from "../lib/bindings/Contact";
import type { Interview } from "../lib/bindings/Interview";
import { actionErrorMessage } from "../lib/components/vault/documents";
import { setLanguage, t } from "../lib/i18n";
import { text } from "./dom";
import {
  application,
  dropFiles,
  installWorkflowBackend,
  item,
  uninstallWorkflowBackend,
  vaultDocument,
  wfError,
  type WorkflowBackend,
} from "./workflowBackend";

let backend: WorkflowBackend;

/** A post with five pieces: CV ready, letter and diplomas missing, ID ready, record asked if shortlisted. */
function scenario(fields: Parameters<typeof application>[0] = {}) {
  const app = application(fields);
  const cvDoc = vaultDocument("cv", "CV Awa Traoré 2025");
  const letterDoc = vaultDocument("cover_letter", "Lettre UNICEF");
  const idDoc = vaultDocument("id_document", "Passeport", { valid_until: "2030-05-01" });
  const items = [
    item(app.id, 0, "cv", { state: "ready", document_id: cvDoc.id }),
    item(app.id, 1, "cover_letter"),
    item(app.id, 2, "diploma_copies", { label: "copies certifiées des diplômes" }),
    item(app.id, 3, "id_document", { state: "ready", document_id: idDoc.id }),
    item(app.id, 4, "criminal_record", { stage: "if_shortlisted" }),
  ];
  return { app, items, docs: [cvDoc, letterDoc, idDoc] };
}

async function open(s: ReturnType<typeof scenario>, extra: Partial<WorkflowBackend> = {}) {
  backend = installWorkflowBackend({ applications: [s.app], items: s.items, documents: s.docs, ...extra });
  const onBack = vi.fn();
  const onDeleted = vi.fn();
  render(ApplicationPage, { props: { id: s.app.id, onBack, onDeleted } });
  await screen.findByTestId("progress-summary");
  return { onBack, onDeleted };
}

const rows = () => screen.getAllByTestId("checklist-row");
const rowNames = () => rows().map((r) => text(within(r).getByTestId("item-name")));
const row = (name: string) => {
  const found = rows().find((r) => text(within(r).getByTestId("item-name")) === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2025-12-01T09:00:00Z") });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  uninstallWorkflowBackend();
});

describe("what is missing", () => {
  it("shows the progress and the missing pieces first, and what comes after a shortlisting", async () => {
    await open(scenario());
    expect(text(screen.getByTestId("progress-count"))).toBe("2 pièces prêtes sur 4");
    expect(text(screen.getByTestId("progress-missing"))).toBe("Il manque : Lettre de motivation, Copies des diplômes.");
    expect(text(screen.getByTestId("progress-later"))).toBe(
      "Si vous êtes présélectionné(e), il faudra aussi : Extrait de casier judiciaire.",
    );
    expect(rowNames()).toEqual([
      "CV",
      "Lettre de motivation",
      "Copies des diplômes",
      "Pièce d'identité",
      "Extrait de casier judiciaire",
    ]);
    const record = row("Extrait de casier judiciaire");
    expect(record.classList.contains("quiet")).toBe(true);
    expect(text(record)).toContain("Si présélectionné(e)");
    expect(text(record)).toContain("Pas encore demandée");
    expect(text(within(row("CV")).getByTestId("item-state"))).toBe("Prête");
    expect(text(within(row("Lettre de motivation")).getByTestId("item-state"))).toBe("Manquante");
    expect(text(row("Copies des diplômes"))).toContain("copies certifiées des diplômes");
    expect(text(within(row("CV")).getByTestId("attached-document"))).toContain("CV Awa Traoré 2025");
  });

  it("says what was sent once the application is sent, and what is missing again once shortlisted", async () => {
    await open(scenario({ status: "sent" }));
    expect(text(screen.getByTestId("progress-sent"))).toBe("Envoyée avec : CV, Pièce d'identité.");
    expect(screen.queryByTestId("progress-missing")).toBeNull();
    cleanup();
    uninstallWorkflowBackend();
    await open(scenario({ status: "shortlisted" }));
    expect(screen.queryByTestId("progress-sent")).toBeNull();
    expect(text(screen.getByTestId("progress-missing"))).toBe(
      "Il manque : Lettre de motivation, Copies des diplômes, Extrait de casier judiciaire.",
    );
  });

  it("shows the header: status, deadline with countdown, the exact subject to copy", async () => {
    await open(scenario());
    expect(text(screen.getByTestId("application-page-title"))).toBe("Chargé de suivi-évaluation");
    expect(text(screen.getByTestId("application-header"))).toContain("Réf. VA/2025/014");
    expect(text(screen.getByTestId("application-deadline"))).toContain("20 déc. 2025, 17:00");
    await waitFor(() => expect(text(screen.getByTestId("countdown"))).toBe("[core fr] 2025-12-20 17:00"));
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(screen.getByTestId("copy-subject"));
    expect(writeText).toHaveBeenCalledWith("VA/2025/014 – Chargé de suivi-évaluation");
    await waitFor(() => expect(text(screen.getByTestId("copy-subject"))).toBe("Copié"));
  });

  it("says when a piece sent was removed from the vault since, and keeps it", async () => {
    const s = scenario({ status: "sent" });
    s.docs[0]!.archived = true;
    await open(s);
    const kept = screen.getByTestId("kept-as-sent");
    expect(text(kept)).toBe("· Retiré du coffre-fort, gardé tel qu'envoyé");
    expect(text(screen.getByTestId("progress-sent"))).toContain("CV");
  });

  it("shows the addresses to put in copy, to copy, only when the posting gave some", async () => {
    await open(scenario({ apply_cc: ["direction.bamako@unicef.org", "rh@unicef.org"] }));
    expect(text(screen.getByTestId("apply-cc"))).toBe("direction.bamako@unicef.org, rh@unicef.org");
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(screen.getByTestId("copy-cc"));
    expect(writeText).toHaveBeenCalledWith("direction.bamako@unicef.org, rh@unicef.org");
    cleanup();
    uninstallWorkflowBackend();
    await open(scenario());
    expect(screen.queryByTestId("apply-cc")).toBeNull();
  });

  it("flags an expired document and one that expires before the deadline", async () => {
    const s = scenario();
    const expired = vaultDocument("criminal_record", "Casier 2025", { issued_on: "2025-07-01", valid_until: "2025-09-30" });
    const short = vaultDocument("diploma_copies", "Diplômes", { valid_until: "2025-12-10" });
    s.docs.push(expired, short);
    Object.assign(s.items[4]!, { stage: "now", state: "ready", document_id: expired.id });
    Object.assign(s.items[2]!, { state: "ready", document_id: short.id });
    await open(s);
    const flag = within(row("Extrait de casier judiciaire")).getByTestId("validity-flag");
    expect(flag.dataset.validity).toBe("expired");
    expect(text(flag)).toBe("Expiré le 30 sept. 2025");
    expect(text(within(row("Copies des diplômes")).getByTestId("validity-flag"))).toBe(
      "Ne sera plus valable à la date limite",
    );
    expect(text(screen.getByTestId("progress-expiring"))).toContain(
      "2 documents ne seront plus valables à la date limite : Copies des diplômes, Extrait de casier judiciaire.",
    );
  });
});

describe("attaching documents", () => {
  it("attaches a vault document of the matching kind, then asks for the checklist again", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.click(within(row("Lettre de motivation")).getByTestId("attach"));
    const picker = await screen.findByTestId("document-picker");
    await waitFor(() => expect(within(picker).getAllByTestId("picker-document").length).toBe(3));
    // The letter first, under its own heading.
    expect(text(within(picker).getAllByRole("heading", { level: 3 })[0]!)).toBe(
      "Documents de type « Lettre de motivation »",
    );
    const first = within(picker).getAllByTestId("picker-document")[0]!;
    expect(text(first)).toContain("Lettre UNICEF");
    const fetchesBefore = backend.callsTo("checklist_get").length;
    await fireEvent.click(first);
    await waitFor(() => expect(screen.queryByTestId("document-picker")).toBeNull());
    expect(backend.callsTo("checklist_attach")).toEqual([
      { command: "checklist_attach", args: { itemId: s.items[1]!.id, documentId: s.docs[1]!.id } },
    ]);
    await waitFor(() => expect(text(screen.getByTestId("progress-count"))).toBe("3 pièces prêtes sur 4"));
    expect(backend.callsTo("checklist_get").length).toBeGreaterThan(fetchesBefore);
    expect(text(screen.getByTestId("progress-missing"))).toBe("Il manque : Copies des diplômes.");
  });

  it("searches the vault in the picker, ignoring accents", async () => {
    await open(scenario());
    await fireEvent.click(within(row("Lettre de motivation")).getByTestId("attach"));
    const picker = await screen.findByTestId("document-picker");
    await waitFor(() => expect(within(picker).getAllByTestId("picker-document").length).toBe(3));
    await fireEvent.input(within(picker).getByTestId("picker-search"), { target: { value: "traore" } });
    expect(within(picker).getAllByTestId("picker-document").map((el) => text(el))).toEqual([
      expect.stringContaining("CV Awa Traoré 2025"),
    ]);
  });

  it("adds a file from the computer to the vault, then attaches it", async () => {
    const s = scenario();
    await open(s, { dialogAnswer: "C:\\Users\\awa\\Documents\\Lettre_motivation_UNICEF.pdf" });
    await fireEvent.click(within(row("Lettre de motivation")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-from-computer"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    const [open_] = backend.callsTo("plugin:dialog|open");
    const options = (open_?.args.options ?? {}) as { multiple: boolean; filters: { extensions: string[] }[] };
    expect(options.multiple).toBe(false);
    expect(options.filters[0]?.extensions).toEqual(["pdf", "jpg", "jpeg", "png", "docx", "odt"]);
    expect((within(dialog).getByTestId("add-kind") as HTMLSelectElement).value).toBe("cover_letter");
    expect((within(dialog).getByTestId("add-title") as HTMLInputElement).value).toBe("Lettre motivation UNICEF");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(screen.queryByTestId("add-documents-dialog")).toBeNull());
    const commands = backend.calls.map((c) => c.command).filter((c) => c === "documents_add" || c === "checklist_attach");
    expect(commands).toEqual(["documents_add", "checklist_attach"]);
    expect(backend.callsTo("documents_add")[0]?.args).toEqual({
      path: "C:\\Users\\awa\\Documents\\Lettre_motivation_UNICEF.pdf",
      kind: "cover_letter",
      title: "Lettre motivation UNICEF",
      issuedOn: null,
      password: null,
    });
    const added = backend.documents[backend.documents.length - 1]!;
    expect(backend.callsTo("checklist_attach")[0]?.args).toEqual({ itemId: s.items[1]!.id, documentId: added.id });
    await waitFor(() => expect(text(screen.getByTestId("progress-count"))).toBe("3 pièces prêtes sur 4"));
  });

  it("attaches a file dropped on the window to the focused row", async () => {
    const s = scenario();
    await open(s);
    within(row("Copies des diplômes")).getByTestId("attach").focus();
    await dropFiles(["/home/awa/Diplome_master.pdf"]);
    const dialog = await screen.findByTestId("add-documents-dialog");
    expect((within(dialog).getByTestId("add-kind") as HTMLSelectElement).value).toBe("diploma_copies");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(backend.callsTo("checklist_attach").length).toBe(1));
    expect(backend.callsTo("checklist_attach")[0]?.args.itemId).toBe(s.items[2]!.id);
  });

  it("says the file type is not accepted, in French", async () => {
    await open(scenario(), { dialogAnswer: "/home/awa/photo.gif" });
    backend.fail = (command) =>
      command === "documents_add" ? wfError("validation", "file", "file_type") : undefined;
    await fireEvent.click(within(row("Lettre de motivation")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-from-computer"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    expect(text(await within(dialog).findByTestId("add-error"))).toBe(
      "Ce type de fichier n'est pas accepté : PDF, JPEG, PNG, DOCX ou ODT.",
    );
    expect(backend.callsTo("checklist_attach")).toEqual([]);
  });

  it("detaches a document and waives an item", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.click(within(row("CV")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-detach"));
    await waitFor(() => expect(text(screen.getByTestId("progress-count"))).toBe("1 pièce prête sur 4"));
    await fireEvent.click(within(row("Copies des diplômes")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-waive"));
    await waitFor(() => expect(text(screen.getByTestId("progress-count"))).toBe("1 pièce prête sur 3"));
    expect(backend.callsTo("checklist_update")[0]?.args).toEqual({
      itemId: s.items[2]!.id,
      update: {
        kind: "diploma_copies",
        label: "copies certifiées des diplômes",
        stage: "now",
        state: "waived",
        requirements: { form: null, copies: null, max_age: null, handwritten: false },
      },
    });
    expect(text(within(row("Copies des diplômes")).getByTestId("item-state"))).toBe("Non requise");
  });
});

describe("order of the pieces", () => {
  it("moves a row down with Alt+↓ and says where it went", async () => {
    const s = scenario();
    await open(s);
    within(rows()[0]!).getByTestId("drag-handle").focus();
    await fireEvent.keyDown(rows()[0]!, { key: "ArrowDown", altKey: true });
    await waitFor(() => expect(backend.callsTo("checklist_move").length).toBe(1));
    expect(backend.callsTo("checklist_move")[0]?.args).toEqual({ itemId: s.items[0]!.id, position: 1 });
    await waitFor(() => expect(rowNames().slice(0, 2)).toEqual(["Lettre de motivation", "CV"]));
    expect(text(screen.getByTestId("checklist-announce"))).toBe("« CV » est maintenant en position 2 sur 5.");
    expect(document.activeElement).toBe(within(row("CV")).getByTestId("drag-handle"));
  });

  it("moves a row up with the menu's « Monter »", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.click(within(row("Pièce d'identité")).getByTestId("row-menu"));
    await fireEvent.click(screen.getByTestId("menu-up"));
    await waitFor(() => expect(backend.callsTo("checklist_move").length).toBe(1));
    expect(backend.callsTo("checklist_move")[0]?.args).toEqual({ itemId: s.items[3]!.id, position: 2 });
  });

  it("moves a row by dragging its handle onto another row", async () => {
    const s = scenario();
    await open(s);
    const handle = within(rows()[0]!).getByTestId("drag-handle");
    await fireEvent.dragStart(handle);
    await fireEvent.dragOver(rows()[2]!);
    expect(rows()[2]!.classList.contains("drop-after")).toBe(true);
    await fireEvent.drop(rows()[2]!);
    await waitFor(() => expect(backend.callsTo("checklist_move").length).toBe(1));
    expect(backend.callsTo("checklist_move")[0]?.args).toEqual({ itemId: s.items[0]!.id, position: 2 });
    await waitFor(() =>
      expect(rowNames().slice(0, 3)).toEqual(["Lettre de motivation", "Copies des diplômes", "CV"]),
    );
  });
});

describe("order of the pieces where the web view keeps drags (Windows)", () => {
  it("follows the pointer from the handle and drops on the row under it", async () => {
    vi.spyOn(navigator, "userAgent", "get").mockReturnValue("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/120");
    const s = scenario();
    await open(s);
    const handle = within(rows()[3]!).getByTestId("drag-handle");
    expect(handle.getAttribute("draggable")).toBe("false");
    const target = rows()[1]!;
    document.elementFromPoint = vi.fn(() => target);
    await fireEvent.pointerDown(handle, { button: 0, pointerId: 1 });
    await fireEvent.pointerMove(handle, { pointerId: 1, clientX: 300, clientY: 120 });
    expect(rows()[1]!.classList.contains("drop-before")).toBe(true);
    await fireEvent.pointerUp(handle, { pointerId: 1 });
    await waitFor(() => expect(backend.callsTo("checklist_move").length).toBe(1));
    expect(backend.callsTo("checklist_move")[0]?.args).toEqual({ itemId: s.items[3]!.id, position: 1 });
    Reflect.deleteProperty(document, "elementFromPoint");
  });
});

describe("the pipeline", () => {
  it("does not change the stage when an arrow key lands on the closed status list", async () => {
    await open(scenario());
    const select = screen.getByTestId("status-select");
    select.focus();
    for (const key of ["ArrowDown", "ArrowUp", "End", "PageDown"]) {
      // The browser's own stepping is cancelled (fireEvent says false when it is).
      expect(await fireEvent.keyDown(select, { key }), key).toBe(false);
    }
    // Alt+↓ opens the list as usual; Tab leaves it.
    expect(await fireEvent.keyDown(select, { key: "ArrowDown", altKey: true })).toBe(true);
    expect(await fireEvent.keyDown(select, { key: "Tab" })).toBe(true);
    expect(backend.callsTo("applications_set_status")).toEqual([]);
  });

  it("moving to « Présélectionnée » makes the shortlist pieces due, and says so", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.change(screen.getByTestId("status-select"), { target: { value: "shortlisted" } });
    await waitFor(() => expect(screen.queryByTestId("status-notice")).not.toBeNull());
    expect(text(screen.getByTestId("status-notice"))).toBe(
      "Vous êtes présélectionné(e) : une pièce de plus est maintenant demandée (Extrait de casier judiciaire).",
    );
    expect(backend.callsTo("applications_set_status")[0]?.args).toEqual({ id: s.app.id, status: "shortlisted", note: null, on: null });
    expect(text(screen.getByTestId("progress-count"))).toBe("2 pièces prêtes sur 5");
    expect(row("Extrait de casier judiciaire").classList.contains("quiet")).toBe(false);
    await waitFor(() => expect(text(screen.getByTestId("history"))).toContain("À préparer → Présélectionnée"));
  });

  it("changes the status with a note, which the timeline keeps", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.click(screen.getByTestId("status-note-open"));
    const dialog = await screen.findByTestId("status-note-dialog");
    // The next step is proposed; staying where it is is refused before anything is sent.
    expect((within(dialog).getByLabelText("Nouveau statut") as HTMLSelectElement).value).toBe("ready");
    await fireEvent.change(within(dialog).getByLabelText("Nouveau statut"), { target: { value: "to_prepare" } });
    await fireEvent.click(screen.getByTestId("status-note-submit"));
    expect(text(dialog)).toContain("Choisissez un autre statut que le statut actuel.");
    expect(backend.callsTo("applications_set_status")).toHaveLength(0);

    await fireEvent.change(within(dialog).getByLabelText("Nouveau statut"), { target: { value: "sent" } });
    await fireEvent.input(within(dialog).getByLabelText("Note (facultative)"), {
      target: { value: "  Envoyée par e-mail à recrutement@coopi.org  " },
    });
    await fireEvent.click(screen.getByTestId("status-note-submit"));
    await waitFor(() => expect(screen.queryByTestId("status-note-dialog")).toBeNull());
    expect(backend.callsTo("applications_set_status")[0]?.args).toEqual({
      id: s.app.id,
      status: "sent",
      note: "Envoyée par e-mail à recrutement@coopi.org",
      on: null,
    });
    expect((screen.getByTestId("status-select") as HTMLSelectElement).value).toBe("sent");
    await waitFor(() => expect(text(screen.getByTestId("history"))).toContain("Envoyée par e-mail à recrutement@coopi.org"));
  });

  it("keeps the note dialog open, with its text, when the change is refused", async () => {
    const s = scenario();
    await open(s);
    backend.fail = (command) => (command === "applications_set_status" ? wfError("storage") : undefined);
    await fireEvent.click(screen.getByTestId("status-note-open"));
    const dialog = await screen.findByTestId("status-note-dialog");
    await fireEvent.input(within(dialog).getByLabelText("Note (facultative)"), { target: { value: "Relance faite" } });
    await fireEvent.click(screen.getByTestId("status-note-submit"));
    await waitFor(() => expect(within(dialog).queryByRole("alert")).not.toBeNull());
    expect(screen.getByTestId("status-note-dialog")).toBe(dialog);
    expect((within(dialog).getByLabelText("Note (facultative)") as HTMLTextAreaElement).value).toBe("Relance faite");
    expect((screen.getByTestId("status-select") as HTMLSelectElement).value).toBe("to_prepare");
  });

  it("deletes the application after confirmation", async () => {
    const s = scenario();
    const { onDeleted } = await open(s);
    await fireEvent.click(screen.getByTestId("delete-application"));
    await fireEvent.click(await screen.findByTestId("confirm-delete"));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(backend.callsTo("applications_delete")[0]?.args).toEqual({ id: s.app.id });
  });
});

describe("follow-up", () => {
  it("adds a contact and an interview", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.click(screen.getByTestId("add-contact"));
    await fireEvent.input(await screen.findByLabelText(/^Nom/), { target: { value: "Mariam Coulibaly" } });
    await fireEvent.input(screen.getByLabelText("Téléphone"), { target: { value: "+223 76 12 34 56" } });
    await fireEvent.click(screen.getByTestId("contact-submit"));
    await waitFor(() => expect(screen.getAllByTestId("contact").length).toBe(1));
    expect(backend.callsTo("contacts_add")[0]?.args).toEqual({
      applicationId: s.app.id,
      input: { name: "Mariam Coulibaly", role: null, email: null, phone: "+223 76 12 34 56" },
    });

    await fireEvent.click(screen.getByTestId("add-interview"));
    // The interview dialog's own fields (the reminders panel has a day and an hour too).
    const interviewDialog = await screen.findByRole("dialog");
    await fireEvent.input(within(interviewDialog).getByLabelText(/^Date/), { target: { value: "12/01/2026" } });
    await fireEvent.input(within(interviewDialog).getByLabelText(/^Heure/), { target: { value: "10:00" } });
    await fireEvent.click(screen.getByTestId("interview-submit"));
    await waitFor(() => expect(screen.getAllByTestId("interview").length).toBe(1));
    expect(backend.callsTo("interviews_add")[0]?.args).toEqual({
      applicationId: s.app.id,
      input: { date: "2026-01-12", time: "10:00", timezone: "Africa/Bamako", place: null, notes: null },
    });
  });

  it("refuses a phone number with letters before sending it", async () => {
    await open(scenario());
    await fireEvent.click(screen.getByTestId("add-contact"));
    await fireEvent.input(await screen.findByLabelText(/^Nom/), { target: { value: "M. Diallo" } });
    await fireEvent.input(screen.getByLabelText("Téléphone"), { target: { value: "appelez-moi" } });
    await fireEvent.click(screen.getByTestId("contact-submit"));
    expect(text(screen.getByTestId("contact-phone-error"))).toContain("Ce numéro n'est pas valide");
    expect(backend.callsTo("contacts_add")).toEqual([]);
  });

  const contact = (applicationId: number, fields: Partial<Contact> = {}): Contact => ({
    id: 900,
    application_id: applicationId,
    name: "Mariam Coulibaly",
    role: "Responsable RH",
    email: "rh@unicef.org",
    phone: null,
    ...fields,
  });

  const interview = (applicationId: number, id: number, date: string, fields: Partial<Interview> = {}): Interview => ({
    id,
    application_id: applicationId,
    date,
    time: "10:00",
    timezone: "Africa/Bamako",
    starts_at_utc: `${date}T10:00:00Z`,
    place: null,
    notes: null,
    ...fields,
  });

  it("edits a contact, and deletes it only once the deletion is confirmed", async () => {
    const s = scenario();
    await open(s, { contacts: [contact(s.app.id)] });
    const panel = await screen.findByTestId("contacts");
    await within(panel).findByTestId("contact");

    await fireEvent.click(within(panel).getByLabelText("Modifier le contact Mariam Coulibaly"));
    const dialog = await screen.findByTestId("contact-dialog");
    expect(text(dialog.querySelector("h2"))).toBe("Modifier le contact");
    expect(within(dialog).getByLabelText(/^Nom/)).toHaveProperty("value", "Mariam Coulibaly");
    await fireEvent.input(within(dialog).getByLabelText("Fonction"), { target: { value: "Chargée de recrutement" } });
    await fireEvent.click(within(dialog).getByTestId("contact-submit"));
    await waitFor(() => expect(screen.queryByTestId("contact-dialog")).toBeNull());
    expect(backend.callsTo("contacts_update")[0]?.args).toEqual({
      id: 900,
      input: { name: "Mariam Coulibaly", role: "Chargée de recrutement", email: "rh@unicef.org", phone: null },
    });
    await waitFor(() => expect(text(within(panel).getByTestId("contact"))).toContain("Chargée de recrutement"));

    await fireEvent.click(within(panel).getByLabelText("Supprimer le contact Mariam Coulibaly"));
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(text(confirm)).toContain("Mariam Coulibaly sera retiré(e) des contacts de cette candidature.");
    await fireEvent.click(within(confirm).getByTestId("cancel-delete"));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    expect(backend.callsTo("contacts_delete")).toEqual([]);

    await fireEvent.click(within(panel).getByLabelText("Supprimer le contact Mariam Coulibaly"));
    await fireEvent.click(await screen.findByTestId("confirm-delete"));
    await waitFor(() => expect(within(panel).queryByTestId("contact")).toBeNull());
    expect(backend.callsTo("contacts_delete")[0]?.args).toEqual({ id: 900 });
    expect(text(panel)).toContain("Aucun contact enregistré.");
  });

  it("puts the backend's refusal of a contact on its field, and any other failure under the form", async () => {
    const s = scenario();
    await open(s);
    backend.fail = (command) => (command === "contacts_add" ? wfError("validation", "email", "email") : undefined);
    await fireEvent.click(screen.getByTestId("add-contact"));
    const dialog = await screen.findByTestId("contact-dialog");
    await fireEvent.input(within(dialog).getByLabelText(/^Nom/), { target: { value: "M. Diallo" } });
    await fireEvent.click(within(dialog).getByTestId("contact-submit"));
    await waitFor(() => expect(text(screen.getByTestId("contact-email-error"))).toContain("Cette adresse e-mail n'est pas valide"));

    backend.fail = (command) => (command === "contacts_add" ? wfError("io") : undefined);
    await fireEvent.click(within(dialog).getByTestId("contact-submit"));
    await waitFor(() => expect(text(within(dialog).getByRole("alert"))).toBe(actionErrorMessage(wfError("io"), t())));
    expect(within(dialog).getByTestId("contact-submit")).toHaveProperty("disabled", false);
    expect(screen.queryAllByTestId("contact")).toEqual([]);
  });

  it("lists interviews by start, edits one and deletes one after confirmation", async () => {
    const s = scenario();
    await open(s, {
      interviews: [interview(s.app.id, 801, "2026-02-03", { place: "Bamako" }), interview(s.app.id, 802, "2026-01-12")],
    });
    const panel = await screen.findByTestId("interviews");
    await waitFor(() => expect(within(panel).getAllByTestId("interview").length).toBe(2));
    const [first, second] = within(panel).getAllByTestId("interview");
    expect(text(first ?? null)).toContain("12");
    expect(text(second ?? null)).toContain("Bamako");

    const editButtons = within(panel).getAllByLabelText(/^Modifier l'entretien du /);
    await fireEvent.click(editButtons[1] as HTMLElement);
    const dialog = await screen.findByTestId("interview-dialog");
    expect(text(dialog.querySelector("h2"))).toBe("Modifier l'entretien");
    await fireEvent.input(within(dialog).getByLabelText("Lieu"), { target: { value: "Teams" } });
    await fireEvent.click(within(dialog).getByTestId("interview-submit"));
    await waitFor(() => expect(screen.queryByTestId("interview-dialog")).toBeNull());
    expect(backend.callsTo("interviews_update")[0]?.args).toEqual({
      id: 801,
      input: { date: "2026-02-03", time: "10:00", timezone: "Africa/Bamako", place: "Teams", notes: null },
    });

    const deleteButtons = within(panel).getAllByLabelText(/^Supprimer l'entretien du /);
    await fireEvent.click(deleteButtons[0] as HTMLElement);
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(text(confirm.querySelector("h2"))).toBe("Supprimer cet entretien ?");
    await fireEvent.click(within(confirm).getByTestId("confirm-delete"));
    await waitFor(() => expect(within(panel).getAllByTestId("interview").length).toBe(1));
    expect(backend.callsTo("interviews_delete")[0]?.args).toEqual({ id: 802 });
  });

  it("adds a checklist piece only once the posting's words are given for an « other » piece", async () => {
    const s = scenario();
    await open(s);
    await fireEvent.click(screen.getByTestId("add-item"));
    const dialog = await screen.findByTestId("item-dialog");
    expect(text(within(dialog).getByTestId("item-submit"))).toBe("Ajouter");
    await fireEvent.change(within(dialog).getByTestId("item-kind"), { target: { value: "other" } });
    await fireEvent.click(within(dialog).getByTestId("item-submit"));
    expect(text(screen.getByTestId("item-label-error"))).toContain("Indiquez l'intitulé de cette pièce.");
    expect(backend.callsTo("checklist_add")).toEqual([]);

    await fireEvent.input(within(dialog).getByTestId("item-label"), { target: { value: "3 lettres de référence" } });
    await fireEvent.click(within(dialog).getByTestId("item-submit"));
    await waitFor(() => expect(screen.queryByTestId("item-dialog")).toBeNull());
    expect(backend.callsTo("checklist_add")[0]?.args).toEqual({
      applicationId: s.app.id,
      input: {
        kind: "other",
        label: "3 lettres de référence",
        stage: "now",
        requirements: { form: null, copies: null, max_age: null, handwritten: false },
      },
    });
  });

  it("keeps the confirmation open with the reason when a deletion fails", async () => {
    const s = scenario();
    await open(s, { contacts: [contact(s.app.id)] });
    const panel = await screen.findByTestId("contacts");
    await within(panel).findByTestId("contact");
    backend.fail = (command) => (command === "contacts_delete" ? wfError("io") : undefined);
    await fireEvent.click(within(panel).getByLabelText("Supprimer le contact Mariam Coulibaly"));
    const confirm = await screen.findByTestId("confirm-dialog");
    await fireEvent.click(within(confirm).getByTestId("confirm-delete"));
    await waitFor(() => expect(text(within(confirm).getByRole("alert"))).toBe(actionErrorMessage(wfError("io"), t())));
    expect(within(panel).getAllByTestId("contact").length).toBe(1);
  });
});
