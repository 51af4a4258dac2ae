// The cover letter, from the export dialog: the candidate's template (or Postulo's) with its
// fields a click away, the letter previewed as the core lays it out, unknown and empty
// fields said as one types (and nothing written while a field is unknown), then written as
// PDF or Word through the save dialog, kept on the checklist, or saved as the template.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LetterPreview, Preflight } from "../lib/api";
import type { ApiError } from "../lib/bindings/ApiError";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
import { text } from "./dom";
import { application, installWorkflowBackend, item, uninstallWorkflowBackend, type WorkflowBackend } from "./workflowBackend";

const CLEAR: Preflight = {
  missing: [],
  expired: [],
  expires_before_deadline: [],
  convert_to_pdf: [],
  vanished: [],
  documents: 0,
  blocks_export: false,
  clear: true,
};

const FIELDS = ["Poste", "Organisation", "Référence", "Date limite", "Lieu", "Date du jour", "Prénom", "Nom"];
const DEFAULT = "Je vous soumets ma candidature au poste de {Poste}.";

let backend: WorkflowBackend;
let saveAnswers: (string | null)[];
let writeFails: ApiError | null;

/** What the core answers for a template: unknown names, the reference empty, the letter. */
function preview(template: string, place: string | null, handwritten: boolean): LetterPreview {
  const names = [...template.matchAll(/\{([^}\n]*)\}/g)].map((x) => x[1]!);
  const unknown = [...new Set(names.filter((n) => !FIELDS.includes(n)))];
  if (unknown.length > 0) return { unknown_fields: unknown, empty_fields: [], letter: null, handwritten };
  return {
    handwritten,
    unknown_fields: [],
    empty_fields: names.includes("Référence") ? ["Référence"] : [],
    letter: {
      language: "fr",
      sender: ["Awa TRAORÉ", "Bamako"],
      recipient: ["UNICEF Mali", "À l’attention du service du recrutement"],
      place_date: `${place ?? "Bamako"}, le 7 décembre 2026`,
      subject: "Objet : Candidature au poste de Chargé de suivi-évaluation",
      reference: null,
      salutation: "Madame, Monsieur,",
      body: template.split("\n\n").map((p) => p.replace("{Poste}", "Chargé de suivi-évaluation")),
      closing: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
      signature: "Awa TRAORÉ",
      empty_fields: [],
    },
  };
}

async function openLetter(from: "export" | "checklist" = "export", handwritten = false) {
  const app = application();
  const letterItem = item(app.id, 0, "cover_letter", {
    requirements: { form: null, copies: null, max_age: null, handwritten },
  });
  backend = installWorkflowBackend({ applications: [app], items: [letterItem] });
  saveAnswers = ["/home/awa/Lettre_de_motivation.pdf"];
  writeFails = null;
  backend.handle = (command, args) => {
    switch (command) {
      case "dossier_preflight":
        return CLEAR;
      case "dossier_file_name":
        return "TRAORE_Awa_Charge.pdf";
      case "dossier_name_rule_get":
        return "{NOM}_{Prenom}_{Poste}_{Ref}";
      case "dossier_estimate":
        return { bytes: 0, pages: 1, cover_pages: 1, documents: [], limit_bytes: null, fits: true, too_large: [], jpeg_quality: null, dpi: null };
      case "letter_template_get":
        return { template: DEFAULT, is_default: true, fields: FIELDS };
      case "letter_template_set":
        return { template: args.template || DEFAULT, is_default: !args.template, fields: FIELDS };
      case "letter_preview":
        return preview(args.template as string, args.place as string | null, handwritten);
      case "plugin:dialog|save":
        return saveAnswers.shift() ?? null;
      case "letter_export":
        if (writeFails) return Promise.reject(writeFails);
        return null;
      case "letter_attach":
        return { id: 1, application_id: app.id, kind: "cover_letter", label: null, stage: "now", state: "ready", position: 1, document_id: 9, requirements: {} };
      default:
        return undefined;
    }
  };
  render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
  if (from === "checklist") {
    await fireEvent.click(screen.getByTestId("row-menu"));
    await fireEvent.click(await screen.findByTestId("menu-write-letter"));
  } else {
    await fireEvent.click(screen.getByTestId("export-dossier"));
    await fireEvent.click(await screen.findByTestId("open-letter"));
  }
  return screen.findByTestId("letter-dialog");
}

const area = () => screen.getByTestId("letter-template") as HTMLTextAreaElement;

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
});

afterEach(() => {
  cleanup();
  uninstallWorkflowBackend();
});

describe("the cover letter", () => {
  it("previews the template for this application and inserts a field where the cursor is", async () => {
    const dialog = await openLetter();
    await waitFor(() => expect(area().value).toBe(DEFAULT));
    await waitFor(() => expect(text(screen.getByTestId("letter-preview"))).toContain("Madame, Monsieur,"));
    expect(text(screen.getByTestId("letter-preview"))).toContain(
      "Je vous soumets ma candidature au poste de Chargé de suivi-évaluation.",
    );
    expect(within(dialog).getAllByTestId("letter-field").map((b) => b.textContent)).toContain("{Date limite}");

    area().setSelectionRange(3, 3);
    const reference = within(dialog)
      .getAllByTestId("letter-field")
      .find((b) => b.textContent === "{Référence}")!;
    await fireEvent.click(reference);
    expect(area().value).toBe("Je {Référence}vous soumets ma candidature au poste de {Poste}.");
    await waitFor(() =>
      expect(text(screen.getByTestId("letter-empty"))).toBe(
        "Sans valeur pour cette candidature : {Référence}. Relisez la phrase qui les nomme.",
      ),
    );

    await fireEvent.input(screen.getByTestId("letter-place"), { target: { value: "Ségou" } });
    await waitFor(() => expect(text(screen.getByTestId("letter-preview"))).toContain("Ségou, le 7 décembre 2026"));
    expect(backend.callsTo("letter_preview").at(-1)?.args).toMatchObject({ place: "Ségou", language: "fr" });
  });

  it("names unknown fields and writes nothing until they are gone", async () => {
    await openLetter();
    await waitFor(() => expect(area().value).toBe(DEFAULT));
    await fireEvent.input(area(), { target: { value: "Salaire souhaité : {Salaire}. {Poste}" } });
    await waitFor(() =>
      expect(text(screen.getByTestId("letter-unknown"))).toBe(
        "Champs inconnus : {Salaire}. Corrigez-les ou retirez-les : la lettre ne peut pas être écrite ainsi.",
      ),
    );
    for (const id of ["letter-attach", "letter-pdf", "letter-docx", "letter-save-template"]) {
      expect((screen.getByTestId(id) as HTMLButtonElement).disabled).toBe(true);
    }
    await fireEvent.input(area(), { target: { value: "Pour le poste de {Poste}." } });
    await waitFor(() => expect(screen.queryByTestId("letter-unknown")).toBeNull());
    await waitFor(() => expect((screen.getByTestId("letter-attach") as HTMLButtonElement).disabled).toBe(false));
  });

  it("writes the letter where the candidate chooses, keeps it on the checklist, saves the template", async () => {
    await openLetter();
    await waitFor(() => expect((screen.getByTestId("letter-pdf") as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByTestId("letter-pdf"));
    await waitFor(() =>
      expect(text(screen.getByTestId("letter-done"))).toBe("Lettre enregistrée : /home/awa/Lettre_de_motivation.pdf"),
    );
    expect(backend.callsTo("letter_export")[0]?.args).toMatchObject({
      path: "/home/awa/Lettre_de_motivation.pdf",
      template: DEFAULT,
      place: null,
    });

    // Word: the save dialog offers a .docx; a refusal is said, nothing claimed.
    saveAnswers = ["/home/awa/Lettre_de_motivation.docx"];
    writeFails = { code: "io", message: "disk full", field: null, reason: null };
    await fireEvent.click(screen.getByTestId("letter-docx"));
    await waitFor(() => expect(text(screen.getByTestId("letter-error"))).toContain("La lettre n'a pas pu être écrite."));
    expect(screen.queryByTestId("letter-done")).toBeNull();
    expect(backend.callsTo("plugin:dialog|save").at(-1)?.args).toMatchObject({
      options: { defaultPath: "Lettre_de_motivation.docx" },
    });

    const before = backend.callsTo("checklist_get").length;
    await fireEvent.click(screen.getByTestId("letter-attach"));
    await waitFor(() =>
      expect(text(screen.getByTestId("letter-done"))).toBe(
        "Lettre jointe à la pièce « Lettre de motivation » et gardée dans le coffre-fort.",
      ),
    );
    await waitFor(() => expect(backend.callsTo("checklist_get").length).toBeGreaterThan(before));

    await fireEvent.input(area(), { target: { value: "Mon modèle pour {Poste}." } });
    await waitFor(() => expect((screen.getByTestId("letter-save-template") as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByTestId("letter-save-template"));
    await waitFor(() => expect(text(screen.getByTestId("letter-done"))).toBe("Modèle enregistré pour vos prochaines lettres."));
    expect(backend.callsTo("letter_template_set")[0]?.args).toEqual({ language: "fr", template: "Mon modèle pour {Poste}." });
    expect((screen.getByTestId("letter-reset") as HTMLButtonElement).disabled).toBe(false);
  });

  it("opens from the cover-letter piece's menu too, with no way back to an export", async () => {
    await openLetter("checklist");
    await waitFor(() => expect(area().value).toBe(DEFAULT));
    expect(screen.queryByTestId("letter-back")).toBeNull();
  });

  it("offers a letter asked by hand as a draft to copy out, never to attach", async () => {
    await openLetter("export", true);
    await waitFor(() => expect(area().value).toBe(DEFAULT));
    await waitFor(() =>
      expect(text(screen.getByTestId("letter-handwritten"))).toBe(
        "L'annonce demande une lettre écrite à la main. Servez-vous de celle-ci comme brouillon : imprimez-la, recopiez-la à la main et signez-la, puis joignez à la pièce le scan ou la photo de votre lettre.",
      ),
    );
    expect(screen.queryByTestId("letter-attach")).toBeNull();
    const draft = screen.getByTestId("letter-pdf") as HTMLButtonElement;
    expect(text(draft)).toBe("Enregistrer le brouillon (PDF)…");
    expect(draft.classList.contains("btn-primary")).toBe(true);
    await waitFor(() => expect(draft.disabled).toBe(false));
    await fireEvent.click(draft);
    await waitFor(() => expect(backend.callsTo("letter_export")).toHaveLength(1));
    expect(backend.callsTo("letter_attach")).toHaveLength(0);
  });

  it("goes back to the export", async () => {
    await openLetter();
    await fireEvent.click(screen.getByTestId("letter-back"));
    await screen.findByTestId("export-options");
    expect(screen.queryByTestId("letter-dialog")).toBeNull();
  });
});
