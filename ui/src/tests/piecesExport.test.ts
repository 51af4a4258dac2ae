// One file per piece, from the export dialog: the files and sizes for the limit chosen, a
// piece that cannot fit named (and nothing offered to write), the native folder dialog,
// progress, the folder to open; and back to the one-PDF export.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DossierProgress, KeptSendingRules, PieceLimits, PiecesSummary, Preflight } from "../lib/api";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
import { text } from "./dom";
import {
  application,
  installWorkflowBackend,
  item,
  uninstallWorkflowBackend,
  vaultDocument,
  type WorkflowBackend,
} from "./workflowBackend";

const CLEAR: Preflight = {
  missing: [],
  expired: [],
  expires_before_deadline: [],
  convert_to_pdf: [],
  vanished: [],
  documents: 2,
  blocks_export: false,
  clear: true,
};

/** What the core answers for `limits`: the scan shrinks to 1.6 MB, never under 1 MB. */
function pieces(limits: PieceLimits, folder: string | null = null): PiecesSummary {
  const limit = limits.per_piece_bytes;
  const scan = limit === null ? 6_800_000 : Math.max(1_600_000, Math.min(limit, 6_800_000) - 100_000);
  const files = [
    { label: "CV", title: "CV Awa Traoré", name: "01_CV_TRAORE_Awa.pdf", bytes: 180_000, pages: 2, shrunk: false },
    { label: "Copies des diplômes", title: "Licence", name: "02_Copies-des-diplomes_TRAORE_Awa.pdf", bytes: scan, pages: 1, shrunk: limit !== null },
  ].map((f, i) => ({
    document: { id: i + 1, title: f.title },
    label: f.label,
    file_name: f.name,
    bytes: f.bytes,
    pages: f.pages,
    shrunk: f.shrunk,
    fits: limit === null || f.bytes <= limit,
  }));
  const total = files.reduce((n, f) => n + f.bytes, 0);
  return {
    pieces: files,
    total_bytes: total,
    limits,
    fits: files.every((f) => f.fits) && (limits.total_bytes === null || total <= limits.total_bytes),
    folder,
  };
}

let backend: WorkflowBackend;
let exports: { args: Record<string, unknown>; progress: (p: DossierProgress) => void; resolve: (s: PiecesSummary) => void }[];
let folderAnswers: (string | null)[];

async function openPieces(sending?: KeptSendingRules, stopAtExport = false) {
  const app = application();
  const cv = vaultDocument("cv", "CV Awa Traoré");
  backend = installWorkflowBackend({
    applications: [app],
    items: [item(app.id, 0, "cv", { state: "ready", document_id: cv.id })],
    documents: [cv],
  });
  if (sending) backend.sending.set(app.id, sending);
  exports = [];
  folderAnswers = ["/home/awa/Envoi UNICEF"];
  backend.handle = (command, args) => {
    switch (command) {
      case "dossier_preflight":
        return CLEAR;
      case "dossier_file_name":
        return "TRAORE_Awa_Charge.pdf";
      case "dossier_name_rule_get":
        return "{NOM}_{Prenom}_{Poste}_{Ref}";
      case "dossier_estimate":
        return { bytes: 5_000_000, pages: 5, cover_pages: 2, documents: [], limit_bytes: null, fits: true, too_large: [], jpeg_quality: null, dpi: null };
      case "dossier_estimate_pieces":
        return pieces(args.limits as PieceLimits);
      case "plugin:dialog|open":
        return folderAnswers.shift() ?? null;
      case "dossier_export_pieces":
        return new Promise((resolve) => {
          const channel = args.onProgress as { onmessage: (p: DossierProgress) => void };
          exports.push({ args, progress: (p) => channel.onmessage(p), resolve });
        });
      case "dossier_cancel":
      case "dossier_open_folder":
        return null;
      default:
        return undefined;
    }
  };
  render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
  await fireEvent.click(screen.getByTestId("export-dossier"));
  if (stopAtExport) return screen.findByTestId("export-options");
  await fireEvent.click(await screen.findByTestId("open-pieces"));
  return screen.findByTestId("pieces-dialog");
}

const files = () => screen.getAllByTestId("pieces-file").map((li) => text(li.querySelector("code")));

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
});

afterEach(() => {
  cleanup();
  uninstallWorkflowBackend();
});

describe("one file per piece", () => {
  it("lists each file with its size under 2 MB, then writes them in the folder chosen", async () => {
    const dialog = await openPieces();
    await waitFor(() => expect(files()).toEqual(["01_CV_TRAORE_Awa.pdf", "02_Copies-des-diplomes_TRAORE_Awa.pdf"]));
    expect(backend.callsTo("dossier_estimate_pieces").at(-1)?.args).toMatchObject({
      limits: { per_piece_bytes: 2_000_000, total_bytes: null },
    });
    expect(text(screen.getAllByTestId("pieces-file")[1] ?? null)).toContain("1,9 Mo · 1 page · scans réduits");
    expect(text(screen.getByTestId("pieces-total-line"))).toBe("2 fichiers, 2,1 Mo en tout");

    await fireEvent.click(within(dialog).getByTestId("pieces-export"));
    await waitFor(() => expect(exports).toHaveLength(1));
    expect(exports[0]!.args).toMatchObject({ folder: "/home/awa/Envoi UNICEF", limits: { per_piece_bytes: 2_000_000 } });
    exports[0]!.progress({ stage: "compressing", done: 1, total: 2 });
    await waitFor(() => expect(screen.getByTestId("pieces-progress")).toBeTruthy());
    exports[0]!.resolve(pieces({ per_piece_bytes: 2_000_000, total_bytes: null, format: "pdf" }, "/home/awa/Envoi UNICEF"));
    await waitFor(() =>
      expect(text(screen.getByTestId("pieces-saved"))).toBe("2 fichiers enregistrés dans /home/awa/Envoi UNICEF"),
    );
    await fireEvent.click(screen.getByTestId("pieces-open-folder"));
    await waitFor(() =>
      expect(backend.callsTo("dossier_open_folder")[0]?.args).toEqual({
        path: "/home/awa/Envoi UNICEF/01_CV_TRAORE_Awa.pdf",
      }),
    );
  });

  it("names a piece that cannot fit, and offers nothing to write until a larger limit is chosen", async () => {
    const dialog = await openPieces();
    await waitFor(() => expect(files()).toHaveLength(2));
    await fireEvent.change(within(dialog).getByTestId("pieces-limit"), { target: { value: "1" } });
    await waitFor(() =>
      expect(text(screen.getByTestId("pieces-too-large"))).toBe(
        "« Copies des diplômes » ne tient pas dans 1 Mo, même avec les scans réduits au plus bas. Scannez-la en moins de pages ou en noir et blanc, ou choisissez une limite plus grande. Rien ne sera écrit tant qu'une pièce dépasse.",
      ),
    );
    expect((within(dialog).getByTestId("pieces-export") as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.change(within(dialog).getByTestId("pieces-limit"), { target: { value: "5" } });
    await waitFor(() => expect(screen.queryByTestId("pieces-too-large")).toBeNull());
    expect((within(dialog).getByTestId("pieces-export") as HTMLButtonElement).disabled).toBe(false);

    // A total under what the pieces take together is said too.
    await fireEvent.change(within(dialog).getByTestId("pieces-total"), { target: { value: "5" } });
    await waitFor(() => expect(text(screen.getByTestId("pieces-over-total"))).toContain("plus que la limite de 5 Mo"));
    expect((within(dialog).getByTestId("pieces-export") as HTMLButtonElement).disabled).toBe(true);
  });

  it("writes nothing when the folder dialog is cancelled, and goes back to the single PDF", async () => {
    const dialog = await openPieces();
    await waitFor(() => expect(files()).toHaveLength(2));
    folderAnswers = [null];
    await fireEvent.click(within(dialog).getByTestId("pieces-export"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|open")).toHaveLength(1));
    expect(backend.callsTo("dossier_export_pieces")).toEqual([]);
    await fireEvent.click(within(dialog).getByTestId("pieces-back"));
    await screen.findByTestId("export-options");
    expect(screen.queryByTestId("pieces-dialog")).toBeNull();
  });

  it("starts from the rules read in the posting, and keeps the choice that exported", async () => {
    const dialog = await openPieces({
      rules: { layout: "per_piece", pieces: { per_piece_bytes: 1_500_000, total_bytes: null, format: "jpeg" } },
      source: "posting",
    });
    expect(text(await screen.findByTestId("pieces-from-posting"))).toBe(
      "Réglages lus dans l'annonce : vérifiez-les avant d'exporter.",
    );
    await waitFor(() =>
      expect(backend.callsTo("dossier_estimate_pieces").at(-1)?.args).toMatchObject({
        limits: { per_piece_bytes: 1_500_000, total_bytes: null, format: "jpeg" },
      }),
    );
    // The posting's 1,5 Mo is offered among the usual limits, and selected.
    const limit = within(dialog).getByTestId("pieces-limit") as HTMLSelectElement;
    expect(Array.from(limit.options).map((o) => o.textContent?.trim())).toEqual([
      "1 Mo",
      "1,5 Mo",
      "2 Mo",
      "5 Mo",
      "10 Mo",
      "Sans limite",
    ]);
    expect(limit.selectedOptions[0]?.textContent?.trim()).toBe("1,5 Mo");
    expect((within(dialog).getByTestId("pieces-format") as HTMLSelectElement).value).toBe("jpeg");
    // Only one estimate: the rules were read before the first.
    expect(backend.callsTo("dossier_estimate_pieces")).toHaveLength(1);

    // The scan cannot fit 1,5 Mo here: the candidate takes 2 Mo, and PDF.
    await waitFor(() => expect(screen.getByTestId("pieces-too-large")).toBeTruthy());
    await fireEvent.change(limit, { target: { value: "2" } });
    await fireEvent.change(within(dialog).getByTestId("pieces-format"), { target: { value: "pdf" } });
    await waitFor(() =>
      expect(backend.callsTo("dossier_estimate_pieces").at(-1)?.args).toMatchObject({
        limits: { per_piece_bytes: 2_000_000, format: "pdf" },
      }),
    );
    await waitFor(() => expect(files()).toHaveLength(2));
    await fireEvent.click(within(dialog).getByTestId("pieces-export"));
    await waitFor(() => expect(exports).toHaveLength(1));
    const chosen = exports[0]!.args.limits as PieceLimits;
    exports[0]!.resolve(pieces(chosen, "/home/awa/Envoi INS"));
    await screen.findByTestId("pieces-saved");
    await waitFor(() =>
      expect(backend.callsTo("sending_rules_set")[0]?.args).toEqual({
        applicationId: expect.any(Number),
        rules: { layout: "per_piece", pieces: { per_piece_bytes: 2_000_000, total_bytes: null, format: "pdf" } },
      }),
    );
  });

  it("points the way to one file per piece when the posting asks for it", async () => {
    const per = { per_piece_bytes: 2_000_000, total_bytes: null, format: "pdf" as const };
    await openPieces({ rules: { layout: "per_piece", pieces: per }, source: "posting" }, true);
    expect(text(await screen.findByTestId("posting-asks-pieces"))).toBe("L'annonce demande un fichier par pièce.");
    cleanup();
    uninstallWorkflowBackend();
    await openPieces(undefined, true);
    await screen.findByTestId("open-pieces");
    await waitFor(() => expect(backend.callsTo("sending_rules_get")).toHaveLength(1));
    expect(screen.queryByTestId("posting-asks-pieces")).toBeNull();
  });

  it("says when the posting asks for a single file instead", async () => {
    await openPieces({
      rules: { layout: "one_file", pieces: { per_piece_bytes: null, total_bytes: 5_000_000, format: "pdf" } },
      source: "posting",
    });
    expect(text(await screen.findByTestId("pieces-posting-one-file"))).toContain("L'annonce demande un seul fichier");
    // The usual starting point, not the one-file limit.
    await waitFor(() =>
      expect(backend.callsTo("dossier_estimate_pieces").at(-1)?.args).toMatchObject({
        limits: { per_piece_bytes: 2_000_000, total_bytes: null, format: "pdf" },
      }),
    );
  });

  it("speaks English", async () => {
    setLanguage("en");
    await openPieces();
    await waitFor(() => expect(text(screen.getByTestId("pieces-total-line"))).toBe("2 files, 2.1 MB in all"));
    expect(screen.getByTestId("pieces-export").textContent).toContain("Export…");
  });
});
