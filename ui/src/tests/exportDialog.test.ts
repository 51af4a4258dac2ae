// The export dialog on the application page, against the workflow fake: the preflight's
// warnings, the expected size, the native save dialog, progress and cancel, the messages
// for documents that cannot go into the PDF, and the e-mail (.eml or mailto).
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DossierProgress, DossierSummary, EmailPreview, Preflight, SizeMode } from "../lib/api";
import type { ApiError } from "../lib/bindings/ApiError";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
import {
  application,
  installWorkflowBackend,
  item,
  uninstallWorkflowBackend,
  vaultDocument,
  wfError,
  type WorkflowBackend,
} from "./workflowBackend";

const spaces = /\u00a0|\u202f/g;
const text = (el: Element | null) => (el?.textContent ?? "").replace(spaces, " ").replace(/\s+/g, " ").trim();

const SAVED = "/home/awa/Documents/TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.pdf";

/** A preflight report as the core writes it, its two verdicts included. */
function clearPreflight(fields: Partial<Preflight> = {}): Preflight {
  const p: Preflight = {
    missing: [],
    expired: [],
    expires_before_deadline: [],
    convert_to_pdf: [],
    vanished: [],
    documents: 2,
    blocks_export: false,
    clear: true,
    ...fields,
  };
  p.blocks_export = p.convert_to_pdf.length > 0 || p.vanished.length > 0;
  p.clear = !p.blocks_export && p.missing.length + p.expired.length + p.expires_before_deadline.length === 0;
  return p;
}

function summary(bytes: number, fields: Partial<DossierSummary> = {}): DossierSummary {
  return {
    bytes,
    pages: 5,
    cover_pages: 2,
    documents: [
      { document: { id: 1, title: "CV Awa Traoré" }, label: "CV", first_page: 3, pages: 2, bytes: 200_000, shrunk: false },
      { document: { id: 2, title: "Diplôme scanné" }, label: "Diplômes", first_page: 5, pages: 1, bytes: bytes - 220_000, shrunk: false },
    ],
    limit_bytes: null,
    fits: true,
    too_large: [],
    jpeg_quality: null,
    dpi: null,
    ...fields,
  };
}

interface Pending {
  args: Record<string, unknown>;
  progress: (p: DossierProgress) => void;
  resolve: (s: DossierSummary) => void;
  reject: (e: ApiError) => void;
}

interface Fake {
  preflight: Preflight;
  rule: string;
  estimate: (mode: SizeMode) => DossierSummary | Promise<DossierSummary>;
  saveAnswers: (string | null)[];
  folderAnswers: (string | null)[];
  exports: Pending[];
  email: (attach: { kind: string }) => EmailPreview;
}

let backend: WorkflowBackend;
let fake: Fake;

async function openPage(setup: Partial<Fake> = {}) {
  const app = application();
  const cv = vaultDocument("cv", "CV Awa Traoré");
  const items = [item(app.id, 0, "cv", { state: "ready", document_id: cv.id })];
  fake = {
    preflight: clearPreflight(),
    rule: "{NOM}_{Prenom}_{Poste}_{Ref}",
    estimate: (mode) =>
      mode.mode === "lossless"
        ? summary(12_400_000)
        : summary(mode.limit_bytes >= 8_000_000 ? 3_100_000 : 4_900_000, { limit_bytes: mode.limit_bytes }),
    saveAnswers: [SAVED],
    folderAnswers: [],
    exports: [],
    email: (attach) => ({
      to: "recrutement.bamako@unicef.org",
      cc: ["direction.bamako@unicef.org"],
      subject: "VA/2025/014 – Chargé de suivi-évaluation",
      body: "Madame, Monsieur,",
      attachments:
        attach.kind === "dossier"
          ? [{ file_name: "TRAORE_Awa.pdf", bytes: 3_100_000 }]
          : [
              { file_name: "TRAORE_Awa_01_CV.pdf", bytes: 200_000 },
              { file_name: "TRAORE_Awa_02_Diplomes.jpg", bytes: 9_500_000 },
            ],
      size_warning:
        attach.kind === "dossier" ? null : { attachments_bytes: 9_700_000, encoded_bytes: 13_000_000, limit_bytes: 8_000_000 },
    }),
    ...setup,
  };
  backend = installWorkflowBackend({ applications: [app], items, documents: [cv] });
  backend.handle = (command, args) => {
    switch (command) {
      case "dossier_preflight":
        return fake.preflight;
      case "dossier_file_name": {
        // The core's rule, for the two rules the tests use.
        const rule = (args.rule as string | undefined) ?? fake.rule;
        return rule === "{Ref}_{NOM}" ? "VA-2025-014_TRAORE.pdf" : "TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.pdf";
      }
      case "dossier_name_rule_get":
        return fake.rule;
      case "dossier_name_rule_set":
        fake.rule = (args.rule as string).trim() || "{NOM}_{Prenom}_{Poste}_{Ref}";
        return fake.rule;
      case "dossier_estimate":
        return Promise.resolve(fake.estimate(args.mode as SizeMode));
      case "plugin:dialog|save":
        return fake.saveAnswers.shift() ?? null;
      case "dossier_export":
        return new Promise((resolve, reject) => {
          const channel = args.onProgress as { onmessage: (p: DossierProgress) => void };
          fake.exports.push({ args, progress: (p) => channel.onmessage(p), resolve, reject });
        });
      case "plugin:dialog|open":
        return fake.folderAnswers.shift() ?? null;
      case "email_copy_documents":
        return [
          `${args.folder as string}/TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014/TRAORE_Awa_01_CV.pdf`,
          `${args.folder as string}/TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014/TRAORE_Awa_02_Diplomes.jpg`,
        ];
      case "dossier_cancel":
      case "dossier_open_folder":
      case "email_write_eml":
      case "email_open_mailto":
        return null;
      case "email_preview":
        return fake.email(args.attach as { kind: string });
      default:
        return undefined;
    }
  };
  render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
  return app;
}

const dialog = () => screen.getByTestId("export-dialog");

async function openExport() {
  await fireEvent.click(screen.getByTestId("export-dossier"));
  await screen.findByTestId("export-dialog");
}

async function startExport() {
  await screen.findByTestId("export-options");
  await fireEvent.click(screen.getByTestId("export-start"));
  await waitFor(() => expect(fake.exports).toHaveLength(1));
  return fake.exports[0]!;
}

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
});

afterEach(() => {
  cleanup();
  uninstallWorkflowBackend();
});

describe("before exporting", () => {
  it("says what is missing or expired, and lets the candidate go on or go back", async () => {
    await openPage({
      preflight: clearPreflight({
        missing: [{ id: 9, kind: "cover_letter", label: null }],
        expired: [
          {
            item_id: 4,
            kind: "criminal_record",
            label: null,
            document: { id: 7, title: "Casier 2025" },
            valid_until: "2025-09-30",
          },
        ],
      }),
    });
    await openExport();
    const warnings = await screen.findByTestId("preflight-warnings");
    expect(text(warnings)).toContain("Il manque une pièce demandée : Lettre de motivation");
    expect(text(warnings)).toContain("« Casier 2025 » (Extrait de casier judiciaire) n'est plus valable depuis le 30 sept. 2025.");
    // Going back closes the dialog and exports nothing.
    await fireEvent.click(screen.getByTestId("preflight-back"));
    expect(screen.queryByTestId("export-dialog")).toBeNull();
    expect(backend.callsTo("dossier_estimate")).toHaveLength(0);

    await openExport();
    await fireEvent.click(await screen.findByTestId("preflight-continue"));
    expect(await screen.findByTestId("export-options")).toBeTruthy();
  });

  it("cannot go on while a document's file is gone from the vault", async () => {
    await openPage({
      preflight: clearPreflight({
        vanished: [{ item_id: 4, kind: "cv", label: null, document: { id: 1, title: "CV Awa Traoré" }, valid_until: null }],
      }),
    });
    await openExport();
    const blocking = await screen.findByTestId("preflight-blocking");
    expect(text(blocking)).toBe("Le fichier de « CV Awa Traoré » (CV) a disparu du coffre-fort : joignez-le à nouveau.");
    expect(screen.queryByTestId("preflight-continue")).toBeNull();
  });

  it("goes straight to the options when all is in order, with the file name from the core's rule", async () => {
    await openPage();
    await openExport();
    await screen.findByTestId("export-options");
    expect(text(screen.getByTestId("dossier-file-name"))).toBe("TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.pdf");
  });
});

describe("the file name rule", () => {
  it("previews a new rule as it is typed, refuses one without any part, and keeps the one saved", async () => {
    await openPage();
    await openExport();
    await screen.findByTestId("export-options");
    await fireEvent.click(screen.getByTestId("name-rule-open"));
    const input = (await screen.findByTestId("name-rule-input")) as HTMLInputElement;
    expect(input.value).toBe("{NOM}_{Prenom}_{Poste}_{Ref}");
    await waitFor(() =>
      expect(text(screen.getByTestId("name-rule-preview"))).toBe("TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.pdf"),
    );

    // Without any part, every dossier would have the same name.
    await fireEvent.input(input, { target: { value: "mon dossier" } });
    await waitFor(() => expect(screen.queryByTestId("name-rule-error")).not.toBeNull());
    expect(text(screen.getByTestId("name-rule-error"))).toContain("au moins un élément");
    await fireEvent.click(screen.getByTestId("name-rule-save"));
    expect(backend.callsTo("dossier_name_rule_set")).toHaveLength(0);

    // The parts go in where the cursor is.
    await fireEvent.input(input, { target: { value: "_" } });
    input.setSelectionRange(0, 0);
    await fireEvent.click(screen.getAllByTestId("name-rule-part").find((b) => text(b).startsWith("{Ref}"))!);
    input.setSelectionRange(input.value.length, input.value.length);
    await fireEvent.click(screen.getAllByTestId("name-rule-part").find((b) => text(b).startsWith("{NOM}"))!);
    expect(input.value).toBe("{Ref}_{NOM}");
    await waitFor(() => expect(text(screen.getByTestId("name-rule-preview"))).toBe("VA-2025-014_TRAORE.pdf"));
    expect(backend.callsTo("dossier_file_name").at(-1)?.args).toEqual({ applicationId: expect.any(Number), language: "fr", rule: "{Ref}_{NOM}" });

    await fireEvent.click(screen.getByTestId("name-rule-save"));
    await waitFor(() => expect(screen.queryByTestId("name-rule")).toBeNull());
    expect(backend.callsTo("dossier_name_rule_set").map((c) => c.args)).toEqual([{ rule: "{Ref}_{NOM}" }]);
    expect(text(screen.getByTestId("dossier-file-name"))).toBe("VA-2025-014_TRAORE.pdf");

    // And back to the default in one click.
    await fireEvent.click(screen.getByTestId("name-rule-open"));
    await fireEvent.click(await screen.findByTestId("name-rule-reset"));
    await waitFor(() => expect(screen.queryByTestId("name-rule")).toBeNull());
    expect(backend.callsTo("dossier_name_rule_set").at(-1)?.args).toEqual({ rule: "" });
    expect(text(screen.getByTestId("dossier-file-name"))).toBe("TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.pdf");
  });
});

describe("the expected size", () => {
  it("is shown for the faithful file, and for the e-mail limit chosen (8 MB by default)", async () => {
    await openPage();
    await openExport();
    await waitFor(() => expect(text(screen.getByTestId("expected-size"))).toBe("Taille prévue : 12 Mo (5 pages)"));
    expect(text(screen.getByTestId("lossless-over-limit"))).toContain("plus de 8 Mo");

    await fireEvent.click(screen.getByTestId("mode-email"));
    const limit = screen.getByTestId("size-limit") as HTMLSelectElement;
    expect(limit.value).toBe("8");
    expect([...limit.options].map((o) => text(o))).toEqual(["5 Mo", "8 Mo", "10 Mo", "20 Mo", "25 Mo"]);
    await waitFor(() => expect(text(screen.getByTestId("expected-size"))).toBe("Taille prévue : 3,1 Mo (5 pages)"));
    expect(text(screen.getByTestId("size-lossless"))).toBe("12 Mo");
    expect(text(screen.getByTestId("size-email"))).toBe("3,1 Mo");
    expect(backend.callsTo("dossier_estimate").map((c) => c.args.mode)).toEqual([
      { mode: "lossless" },
      { mode: "email", limit_bytes: 8_000_000 },
    ]);
  });

  it("names the documents too large for the limit", async () => {
    await openPage({
      estimate: (mode) =>
        mode.mode === "lossless"
          ? summary(12_400_000)
          : summary(7_200_000, { fits: false, too_large: [{ id: 2, title: "Diplôme scanné" }], limit_bytes: mode.limit_bytes }),
    });
    await openExport();
    await screen.findByTestId("export-options");
    await fireEvent.click(screen.getByTestId("mode-email"));
    await fireEvent.change(screen.getByTestId("size-limit"), { target: { value: "5" } });
    const tooLarge = await screen.findByTestId("too-large");
    expect(text(tooLarge)).toContain("Même réduit, le dossier dépasse 5 Mo.");
    expect(text(tooLarge)).toContain("« Diplôme scanné » : 7 Mo");
    expect(backend.callsTo("dossier_estimate").at(-1)?.args.mode).toEqual({ mode: "email", limit_bytes: 5_000_000 });
  });
});

describe("a document the dossier cannot take", () => {
  it("is named with the expected size, before the save dialog", async () => {
    await openPage({
      estimate: () => {
        throw wfError("validation", "document", "file_encrypted", {
          document: { id: 1, title: "CV Awa Traoré" },
        } as Partial<ApiError>);
      },
    });
    await openExport();
    const failed = await screen.findByTestId("estimate-failed");
    expect(text(failed)).toBe(
      "La taille n'a pas pu être calculée. « CV Awa Traoré » est protégé par un mot de passe. Ouvrez-le, enregistrez-en une copie sans mot de passe, puis joignez cette copie à la place.",
    );
    expect(failed.getAttribute("role")).toBe("alert");
    expect(backend.callsTo("plugin:dialog|save")).toHaveLength(0);
  });
});

describe("the export", () => {
  it("asks where to save, shows the progress, and says where the file is", async () => {
    const app = await openPage();
    await openExport();
    await screen.findByTestId("export-options");
    await fireEvent.click(screen.getByTestId("mode-email"));
    const pending = await startExport();
    const [save] = backend.callsTo("plugin:dialog|save");
    expect(save?.args).toMatchObject({
      options: {
        defaultPath: "TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.pdf",
        filters: [{ name: "Document PDF", extensions: ["pdf"] }],
      },
    });
    expect(pending.args).toMatchObject({
      applicationId: app.id,
      path: SAVED,
      mode: { mode: "email", limit_bytes: 8_000_000 },
      language: "fr",
    });

    pending.progress({ stage: "compressing", done: 3, total: 6 });
    const bar = await screen.findByRole("progressbar", { name: "Progression de l'export" });
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("50"));
    expect(text(screen.getByTestId("export-progress"))).toContain("Réduction des scans…");

    pending.resolve(summary(3_100_000));
    const saved = await screen.findByTestId("export-saved");
    expect(text(saved)).toBe(`Dossier enregistré : ${SAVED}`);
    // The keyboard follows: the focus is on the result's main button.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("export-finish")));
    await fireEvent.click(screen.getByTestId("open-folder"));
    expect(backend.callsTo("dossier_open_folder").map((c) => c.args)).toEqual([{ path: SAVED }]);
  });

  it("cancels: the core is told, and the candidate reads that nothing was written", async () => {
    await openPage();
    await openExport();
    const pending = await startExport();
    pending.progress({ stage: "reading", done: 1, total: 5 });
    const cancel = await screen.findByTestId("export-cancel");
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    await fireEvent.click(cancel);
    expect(backend.callsTo("dossier_cancel").map((c) => c.args.job)).toEqual([pending.args.job]);
    expect(text(screen.getByTestId("export-cancel"))).toBe("Annulation…");
    pending.reject(wfError("cancelled"));
    expect(text(await screen.findByTestId("export-cancelled"))).toBe("Export annulé : aucun fichier n'a été écrit.");
    expect(screen.getByTestId("export-start")).toBeTruthy();
  });

  it("does nothing when the save dialog is closed", async () => {
    await openPage({ saveAnswers: [null] });
    await openExport();
    await screen.findByTestId("export-options");
    await fireEvent.click(screen.getByTestId("export-start"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|save")).toHaveLength(1));
    expect(backend.callsTo("dossier_export")).toHaveLength(0);
    expect(screen.getByTestId("export-options")).toBeTruthy();
  });

  it.each([
    ["file_encrypted", "« Diplôme scanné » est protégé par un mot de passe. Ouvrez-le, enregistrez-en une copie sans mot de passe, puis joignez cette copie à la place."],
    ["file_corrupt", "« Diplôme scanné » est abîmé ou incomplet (une copie interrompue ?). Joignez à nouveau le document d'origine."],
    ["image_too_large", "L'image « Diplôme scanné » est beaucoup trop grande (plus de 100 mégapixels). Réduisez-la, puis joignez-la à nouveau."],
    ["file_missing", "Le fichier de « Diplôme scanné » a disparu du coffre-fort. Joignez à nouveau le document."],
  ] as const)("names the document and says what to do when it is %s", async (reason, message) => {
    await openPage();
    await openExport();
    const pending = await startExport();
    pending.reject(wfError("validation", "document", reason, { document: { id: 2, title: "Diplôme scanné" } } as Partial<ApiError>));
    expect(text(await screen.findByTestId("export-error"))).toBe(message);
  });

  it("says nothing was written when the file cannot be written there", async () => {
    await openPage();
    await openExport();
    const pending = await startExport();
    pending.reject(wfError("io"));
    expect(text(await screen.findByTestId("export-error"))).toContain("Rien n'a été écrit.");
  });
});

describe("the e-mail", () => {
  async function exportThenEmail() {
    await openPage();
    await openExport();
    const pending = await startExport();
    pending.resolve(summary(3_100_000));
    await fireEvent.click(await screen.findByTestId("prepare-email"));
    return screen.findByTestId("email-step");
  }

  it("shows the recipient and the exact subject, and saves an .eml with the dossier attached", async () => {
    const app = application();
    await exportThenEmail();
    await waitFor(() => expect(text(screen.getByTestId("email-to"))).toBe("recrutement.bamako@unicef.org"));
    expect(text(screen.getByTestId("email-cc"))).toBe("direction.bamako@unicef.org");
    expect(screen.getByTestId("email-subject").textContent).toBe("VA/2025/014 – Chargé de suivi-évaluation");
    expect((screen.getByTestId("attach-dossier") as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId("email-size-warning")).toBeNull();

    fake.saveAnswers = ["/home/awa/Documents/TRAORE_Awa.eml"];
    await fireEvent.click(screen.getByTestId("email-eml"));
    await screen.findByTestId("email-done");
    const save = backend.callsTo("plugin:dialog|save").at(-1);
    expect(save?.args).toMatchObject({
      options: { defaultPath: "TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.eml" },
    });
    const [write] = backend.callsTo("email_write_eml");
    expect(write?.args).toMatchObject({
      attach: { kind: "dossier", path: SAVED },
      path: "/home/awa/Documents/TRAORE_Awa.eml",
      language: "fr",
    });
    expect(text(screen.getByTestId("email-done"))).toBe("Brouillon enregistré : /home/awa/Documents/TRAORE_Awa.eml");
    expect(app.apply_subject).toBe("VA/2025/014 – Chargé de suivi-évaluation");
  });

  it("attaches the documents one by one on request, and warns when they exceed the limit", async () => {
    await exportThenEmail();
    await fireEvent.click(screen.getByTestId("attach-documents"));
    const warning = await screen.findByTestId("email-size-warning");
    expect(text(warning)).toContain("les pièces jointes pèsent 9,7 Mo, plus que la limite de 8 Mo");
    expect(text(screen.getByTestId("email-attachments"))).toContain("TRAORE_Awa_02_Diplomes.jpg");
    expect(backend.callsTo("email_preview").at(-1)?.args).toMatchObject({ attach: { kind: "documents" }, limitBytes: 8_000_000 });
    fake.saveAnswers = ["/tmp/brouillon.eml"];
    await fireEvent.click(screen.getByTestId("email-eml"));
    await waitFor(() => expect(backend.callsTo("email_write_eml")).toHaveLength(1));
    expect(backend.callsTo("email_write_eml")[0]?.args.attach).toEqual({ kind: "documents" });
  });

  it("opens the mailto: link and the folder holding the dossier", async () => {
    await exportThenEmail();
    await waitFor(() => expect(screen.getByTestId("email-mailto").hasAttribute("disabled")).toBe(false));
    await fireEvent.click(screen.getByTestId("email-mailto"));
    await screen.findByTestId("email-done");
    expect(backend.callsTo("email_open_mailto")).toHaveLength(1);
    expect(backend.callsTo("dossier_open_folder").map((c) => c.args)).toEqual([{ path: SAVED }]);
  });

  it("copies the documents for a webmail into a folder the candidate picks, and opens it", async () => {
    await openPage();
    await fireEvent.click(screen.getByTestId("open-email"));
    await screen.findByTestId("email-attachments");
    fake.folderAnswers = ["/home/awa/Documents"];
    await fireEvent.click(screen.getByTestId("email-mailto"));
    await screen.findByTestId("email-done");
    expect(backend.callsTo("plugin:dialog|open")[0]?.args).toMatchObject({
      options: { directory: true, title: "Où copier les pièces à joindre\u00a0?" },
    });
    expect(backend.callsTo("email_copy_documents").map((c) => c.args)).toEqual([
      { applicationId: expect.any(Number), language: "fr", folder: "/home/awa/Documents" },
    ]);
    expect(backend.callsTo("email_open_mailto")).toHaveLength(1);
    const folder = "/home/awa/Documents/TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014";
    expect(backend.callsTo("dossier_open_folder").map((c) => c.args)).toEqual([{ path: `${folder}/TRAORE_Awa_01_CV.pdf` }]);
    expect(text(screen.getByTestId("email-done"))).toBe(
      `Votre messagerie s'ouvre. Les 2 pièces à joindre sont copiées dans ${folder}, ouvert à côté.`,
    );

    // Without a folder, the mail still opens, and the candidate is told nothing was copied.
    fake.folderAnswers = [null];
    await fireEvent.click(screen.getByTestId("email-mailto"));
    await waitFor(() => expect(backend.callsTo("email_open_mailto")).toHaveLength(2));
    expect(backend.callsTo("email_copy_documents")).toHaveLength(1);
    expect(text(await screen.findByTestId("email-done"))).toContain("Aucune pièce n'a été copiée");
  });

  it("opens from the page without an export, with the documents attached", async () => {
    await openPage();
    await fireEvent.click(screen.getByTestId("open-email"));
    const step = await screen.findByTestId("email-step");
    expect((within(step).getByTestId("attach-dossier") as HTMLInputElement).disabled).toBe(true);
    expect((within(step).getByTestId("attach-documents") as HTMLInputElement).checked).toBe(true);
    expect(within(dialog()).queryByTestId("email-back")).toBeNull();
    // No dossier yet: the draft is named by the core's rule, not from a title that may hold « / ».
    fake.saveAnswers = [null];
    await fireEvent.click(screen.getByTestId("email-eml"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|save")).toHaveLength(1));
    expect(backend.callsTo("plugin:dialog|save")[0]?.args).toMatchObject({
      options: { defaultPath: "TRAORE_Awa_Charge-de-suivi-evaluation_VA-2025-014.eml" },
    });
    expect(backend.callsTo("email_write_eml")).toHaveLength(0);
  });

  it("is not offered on the page when the posting asks for a visit, not an e-mail", async () => {
    const app = application({ apply_method: "in_person", apply_email: null, apply_address: "Siège, Bamako" });
    backend = installWorkflowBackend({ applications: [app], items: [], documents: [] });
    render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
    await screen.findByTestId("application-header");
    expect(screen.queryByTestId("open-email")).toBeNull();
    expect(screen.getByTestId("export-dossier")).toBeTruthy();
  });
});
