// The paper file, from the export dialog: the envelope chosen, the native save dialog with
// the dossier's name and « _papier », the file written by the core, where it is and how to
// print the label; a refusal said in the user's language; and back to the one-PDF export.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Preflight } from "../lib/api";
import type { ApiError } from "../lib/bindings/ApiError";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
import { text } from "./dom";
import { application, installWorkflowBackend, item, uninstallWorkflowBackend, vaultDocument, type WorkflowBackend } from "./workflowBackend";

const CLEAR: Preflight = {
  missing: [],
  expired: [],
  expires_before_deadline: [],
  convert_to_pdf: [],
  vanished: [],
  documents: 1,
  blocks_export: false,
  clear: true,
};

let backend: WorkflowBackend;
let saveAnswers: (string | null)[];
let writeFails: ApiError | null;

async function openPaper(from: "export" | "page" = "export") {
  const app = application(
    from === "page" ? { apply_method: "in_person", apply_email: null, apply_address: "DRH, Bureau 12, Bamako" } : {},
  );
  const cv = vaultDocument("cv", "CV Awa Traoré");
  backend = installWorkflowBackend({
    applications: [app],
    items: [item(app.id, 0, "cv", { state: "ready", document_id: cv.id })],
    documents: [cv],
  });
  saveAnswers = ["/home/awa/Dossiers/TRAORE_Awa_Charge_papier.pdf"];
  writeFails = null;
  backend.handle = (command) => {
    switch (command) {
      case "dossier_preflight":
        return CLEAR;
      case "dossier_file_name":
        return "TRAORE_Awa_Charge.pdf";
      case "dossier_name_rule_get":
        return "{NOM}_{Prenom}_{Poste}_{Ref}";
      case "dossier_estimate":
        return { bytes: 5_000_000, pages: 5, cover_pages: 2, documents: [], limit_bytes: null, fits: true, too_large: [], jpeg_quality: null, dpi: null };
      case "plugin:dialog|save":
        return saveAnswers.shift() ?? null;
      case "dossier_export_paper":
        if (writeFails) return Promise.reject(writeFails);
        return null;
      case "dossier_cancel":
      case "dossier_open_folder":
        return null;
      default:
        return undefined;
    }
  };
  render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
  if (from === "page") {
    await fireEvent.click(screen.getByTestId("prepare-paper"));
  } else {
    expect(screen.queryByTestId("prepare-paper")).toBeNull();
    await fireEvent.click(screen.getByTestId("export-dossier"));
    await fireEvent.click(await screen.findByTestId("open-paper"));
  }
  return screen.findByTestId("paper-dialog");
}

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
});

afterEach(() => {
  cleanup();
  uninstallWorkflowBackend();
});

describe("the paper file", () => {
  it("asks where to save it under the dossier's name, writes it for the envelope chosen, and says where it is", async () => {
    const dialog = await openPaper();
    expect((within(dialog).getByTestId("paper-envelope-c4") as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(within(dialog).getByTestId("paper-envelope-dl"));
    await fireEvent.click(within(dialog).getByTestId("paper-save"));
    await waitFor(() => expect(backend.callsTo("dossier_export_paper")).toHaveLength(1));
    const asked = backend.callsTo("plugin:dialog|save")[0]?.args as { options: { defaultPath: string } };
    expect(asked.options.defaultPath).toBe("TRAORE_Awa_Charge_papier.pdf");
    expect(backend.callsTo("dossier_export_paper")[0]?.args).toMatchObject({
      path: "/home/awa/Dossiers/TRAORE_Awa_Charge_papier.pdf",
      envelope: "dl",
      language: "fr",
    });
    await waitFor(() =>
      expect(text(screen.getByTestId("paper-saved"))).toBe(
        "Dossier papier enregistré : /home/awa/Dossiers/TRAORE_Awa_Charge_papier.pdf",
      ),
    );
    expect(text(dialog)).toContain("format DL");
    await fireEvent.click(screen.getByTestId("paper-open-folder"));
    await waitFor(() =>
      expect(backend.callsTo("dossier_open_folder")[0]?.args).toEqual({
        path: "/home/awa/Dossiers/TRAORE_Awa_Charge_papier.pdf",
      }),
    );
  });

  it("writes nothing when the save dialog is closed, says why a write failed, and goes back", async () => {
    const dialog = await openPaper();
    saveAnswers = [null, "/media/usb/dossier.pdf"];
    await fireEvent.click(within(dialog).getByTestId("paper-save"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|save")).toHaveLength(1));
    expect(backend.callsTo("dossier_export_paper")).toEqual([]);

    writeFails = { code: "io", field: null, message: "read-only file system", document: null } as unknown as ApiError;
    await fireEvent.click(within(dialog).getByTestId("paper-save"));
    const alert = await screen.findByTestId("paper-error");
    expect(text(alert)).toContain("Le fichier n'a pas pu être écrit à cet endroit");
    expect(screen.queryByTestId("paper-saved")).toBeNull();

    await fireEvent.click(within(dialog).getByTestId("paper-back"));
    await screen.findByTestId("export-options");
    expect(screen.queryByTestId("paper-dialog")).toBeNull();
  });

  it("is offered on the page when the dossier is handed in, straight to the envelope, with nothing to go back to", async () => {
    const dialog = await openPaper("page");
    expect(within(dialog).queryByTestId("paper-back")).toBeNull();
    await fireEvent.click(within(dialog).getByTestId("paper-save"));
    await waitFor(() => expect(backend.callsTo("dossier_export_paper")).toHaveLength(1));
    expect(backend.callsTo("dossier_preflight")).toEqual([]);
  });

  it("speaks English", async () => {
    setLanguage("en");
    const dialog = await openPaper();
    expect(text(dialog)).toContain("Paper file to print");
    await fireEvent.click(within(dialog).getByTestId("paper-save"));
    await waitFor(() => expect(backend.callsTo("dossier_export_paper")[0]?.args).toMatchObject({ envelope: "c4", language: "en" }));
    const asked = backend.callsTo("plugin:dialog|save")[0]?.args as { options: { defaultPath: string } };
    expect(asked.options.defaultPath).toBe("TRAORE_Awa_Charge_paper.pdf");
  });
});
