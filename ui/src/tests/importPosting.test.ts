import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Application } from "../lib/bindings/Application";
import ImportPosting from "../lib/components/import/ImportPosting.svelte";
import { highlight } from "../lib/components/import/review";
import { errorMessage } from "../lib/errors";
import { NOTHING_ASKED } from "../lib/pieces";
import { setLanguage, systemTimeZone, t } from "../lib/i18n";
import { field, named, text } from "./dom";
import {
  dragEnter,
  dragLeave,
  drop,
  fileError,
  installImportBackend,
  uninstallImportBackend,
  type ImportBackend,
} from "./importBackend";
import { COOPI_TEXT, EMAIL, ORGANIZATION, SUBJECT, TITLE, coopiDraft, coopiDraftWithInferredYear } from "./importFixture";

let backend: ImportBackend;
let onCreated: ReturnType<typeof vi.fn<(app: Application) => void>>;
let onCancel: ReturnType<typeof vi.fn<() => void>>;

function start() {
  backend = installImportBackend();
  onCreated = vi.fn<(app: Application) => void>();
  onCancel = vi.fn<() => void>();
  return render(ImportPosting, { props: { onCreated, onCancel } });
}

async function pasteAndAnalyse(posting = COOPI_TEXT) {
  await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: posting } });
  await fireEvent.click(screen.getByTestId("analyse-posting"));
  await screen.findByTestId("posting-source");
}

/** The <mark> showing a field's source, found through the field's aria-describedby. */
function sourceMarkOf(name: string): HTMLElement | null {
  const ids = field(name).getAttribute("aria-describedby")?.split(" ") ?? [];
  return (
    ids.map((id) => document.getElementById(id)).find((el): el is HTMLElement => el?.tagName === "MARK") ?? null
  );
}

beforeEach(() => {
  setLanguage("fr");
});

afterEach(async () => {
  cleanup();
  // Let the component stop listening for drops before the mocked event plugin goes.
  await new Promise((resolve) => setTimeout(resolve, 0));
  uninstallImportBackend();
  setLanguage("fr");
});

describe("step 1: the posting", () => {
  it("sends the pasted text and this computer's time zone to the parser", async () => {
    start();
    await pasteAndAnalyse();
    expect(backend.callsTo("posting_parse_text")).toEqual([
      { command: "posting_parse_text", args: { text: COOPI_TEXT, defaultTimezone: systemTimeZone() } },
    ]);
  });

  it("analyses with Ctrl+Enter, and asks for text rather than sending nothing", async () => {
    start();
    const textarea = screen.getByLabelText("Texte de l'annonce");
    await fireEvent.keyDown(textarea, { key: "Enter", ctrlKey: true });
    expect(text(screen.getByTestId("import-error"))).toBe(
      "Collez d'abord le texte de l'annonce, ou ouvrez son fichier.",
    );
    expect(backend.callsTo("posting_parse_text")).toHaveLength(0);

    await fireEvent.input(textarea, { target: { value: COOPI_TEXT } });
    await fireEvent.keyDown(textarea, { key: "Enter", ctrlKey: true });
    await screen.findByTestId("posting-source");
    expect(backend.callsTo("posting_parse_text")).toHaveLength(1);
  });

  it("says it is working when the analysis takes a while", async () => {
    start();
    let release!: () => void;
    backend.hold = new Promise((resolve) => (release = resolve));
    await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: COOPI_TEXT } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    expect(screen.getByTestId("analyse-posting")).toHaveProperty("disabled", true);
    await waitFor(() => expect(text(screen.getByTestId("import-progress"))).toBe("Analyse de l'annonce…"), {
      timeout: 2000,
    });
    release();
    await screen.findByTestId("posting-source");
  });

  it("opens a file chosen in the native dialog, filtered to postings", async () => {
    start();
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    await screen.findByTestId("posting-source");
    const [dialog] = backend.callsTo("plugin:dialog|open");
    const options = dialog?.args.options as { filters: { extensions: string[] }[]; multiple: boolean };
    expect(options.multiple).toBe(false);
    expect(options.filters[0]?.extensions).toEqual(["txt", "pdf", "docx", "odt", "jpg", "jpeg", "png", "webp", "tif", "tiff", "bmp"]);
    expect(backend.callsTo("posting_read_file")).toEqual([
      {
        command: "posting_read_file",
        args: {
          path: "/home/awa/Téléchargements/coopi-bamako-2025.pdf",
          defaultTimezone: systemTimeZone(),
          job: expect.any(Number),
        },
      },
    ]);
  });

  it("does nothing when the dialog is cancelled", async () => {
    start();
    backend.dialogPath = null;
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|open")).toHaveLength(1));
    expect(backend.callsTo("posting_read_file")).toHaveLength(0);
    expect(screen.queryByTestId("import-error")).toBeNull();
  });

  it("explains in French why an encrypted PDF cannot be read", async () => {
    start();
    backend.fileError = fileError("file_encrypted");
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    const error = await screen.findByTestId("import-error");
    expect(text(error)).toBe(
      "Ce PDF est protégé par un mot de passe. Enregistrez-le sans mot de passe puis réessayez.",
    );
    expect(error.getAttribute("role")).toBe("alert");
  });

  it("explains a file without text, and a picture in which none was recognized", async () => {
    start();
    backend.fileError = fileError("no_text");
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    expect(text(await screen.findByTestId("import-error"))).toBe(
      "Ce fichier ne contient pas de texte. Copiez-collez le texte à la place.",
    );
    backend.fileError = fileError("no_text_recognized");
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    await waitFor(() => expect(text(screen.getByTestId("import-error"))).toContain("Aucun texte n'a été reconnu dans cette image"));
    backend.fileError = fileError("ocr_unavailable");
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    await waitFor(() => expect(text(screen.getByTestId("import-error"))).toContain("La lecture des images n'est pas installée"));
  });

  it("reads a pasted picture page by page, can stop, and marks the words to check", async () => {
    start();
    let release = () => {};
    backend.hold = new Promise<void>((resolve) => (release = resolve));
    const picture = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "capture.png", { type: "image/png" });
    const area = screen.getByLabelText("Texte de l'annonce");
    await fireEvent.paste(area, { clipboardData: { getData: () => "", files: [picture] } });
    await waitFor(() => expect(backend.callsTo("posting_read_picture")).toHaveLength(1));
    const call = backend.callsTo("posting_read_picture")[0];
    expect(call?.args.picture).toBe("iVBORw==");
    backend.progress?.({ page: 1, pages: 2 });
    await waitFor(() => expect(text(screen.getByTestId("import-progress"))).toBe("Lecture du texte : page 1 sur 2…"));
    await fireEvent.click(screen.getByTestId("stop-reading"));
    expect(backend.callsTo("dossier_cancel")[0]?.args).toEqual({ job: call?.args.job });
    release();
    // Stopped by the candidate: a status, not an error.
    await waitFor(() => expect(text(screen.getByTestId("import-progress"))).toBe("Lecture arrêtée. Rien n'a été enregistré."));
    expect(screen.queryByTestId("import-error")).toBeNull();

    // Read again, to the end: the review says it came from a picture and marks doubtful words.
    backend.fileError = null;
    backend.hold = null;
    const draft = backend.draft;
    const at = draft.text.indexOf("Bamako");
    backend.draft = { ...draft, recognized: { low_confidence: [{ start: at, end: at + 6 }], confidence: 87, pages_read: 2, pages_total: 12 } };
    await fireEvent.paste(area, { clipboardData: { getData: () => "", files: [picture] } });
    const note = await screen.findByTestId("recognized-note");
    expect(text(note)).toContain("fiabilité 87");
    expect(text(note)).toContain("Seules les 2 premières pages sur 12 ont été lues.");
    const uncertain = screen.getAllByTestId("uncertain-word");
    expect(uncertain.map((u) => u.textContent)).toEqual(["Bamako"]);
    expect(uncertain[0]?.getAttribute("aria-description")).toBe("Mot incertain : à vérifier".replace(" :", "\u00a0:"));
    expect(text(screen.getByTestId("posting-source"))).toBe(text({ textContent: draft.text } as HTMLElement));
  });

  it("stops the reading when the screen is left, and refuses a pasted picture over the limit", async () => {
    const { unmount } = start();
    backend.hold = new Promise<void>(() => {});
    const area = screen.getByLabelText("Texte de l'annonce");
    const huge = { type: "image/png", size: 65 * 1024 * 1024 } as unknown as File;
    await fireEvent.paste(area, { clipboardData: { getData: () => "", files: [huge] } });
    expect(backend.callsTo("posting_read_picture")).toHaveLength(0);
    expect(text(screen.getByTestId("import-error"))).toContain("trop volumineux");
    const picture = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "capture.png", { type: "image/png" });
    await fireEvent.paste(area, { clipboardData: { getData: () => "", files: [picture] } });
    await waitFor(() => expect(backend.callsTo("posting_read_picture")).toHaveLength(1));
    const job = backend.callsTo("posting_read_picture")[0]?.args.job;
    unmount();
    await waitFor(() => expect(backend.callsTo("dossier_cancel").map((c) => c.args)).toEqual([{ job }]));
  });

  it("leaves a paste with text to the text area", async () => {
    start();
    const area = screen.getByLabelText("Texte de l'annonce");
    const picture = new File([new Uint8Array([1])], "x.png", { type: "image/png" });
    await fireEvent.paste(area, { clipboardData: { getData: () => "Avis de recrutement", files: [picture] } });
    expect(backend.callsTo("posting_read_picture")).toHaveLength(0);
  });

  /** Drops are listened for asynchronously: wait until they are. */
  async function dropReady() {
    await waitFor(() => expect(screen.getByTestId("import-posting").dataset.dropReady).toBe("true"));
  }

  it("shows a drop zone while a file is dragged over, and reads the file dropped", async () => {
    start();
    await dropReady();
    expect(screen.queryByTestId("drop-zone")).toBeNull();
    await dragEnter(["/tmp/annonce.docx"]);
    expect(text(screen.getByTestId("drop-zone"))).toContain("Déposez le fichier de l'annonce ici");
    await dragLeave();
    await waitFor(() => expect(screen.queryByTestId("drop-zone")).toBeNull());

    await dragEnter(["/tmp/annonce.docx"]);
    await drop(["/tmp/annonce.docx"]);
    await screen.findByTestId("posting-source");
    expect(screen.queryByTestId("drop-zone")).toBeNull();
    expect(backend.callsTo("posting_read_file")[0]?.args).toEqual({
      path: "/tmp/annonce.docx",
      defaultTimezone: systemTimeZone(),
      job: expect.any(Number),
    });
  });

  it("stops listening for drops when it is closed", async () => {
    const { unmount } = start();
    await dropReady();
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await drop(["/tmp/annonce.docx"]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.callsTo("posting_read_file")).toHaveLength(0);
  });

  it("cancels", async () => {
    start();
    await fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

describe("step 2: the review", () => {
  it("shows the values found and highlights where each comes from", async () => {
    start();
    await pasteAndAnalyse();
    expect(field("title").value).toBe(TITLE);
    expect(field("organization").value).toBe(ORGANIZATION);
    expect(field("reference").value).toBe("013/12/CPSM-SP/BKO/2025");
    expect(field("apply_email").value).toBe(EMAIL);
    expect(field("apply_subject").value).toBe(SUBJECT);
    expect(field("deadline-date").value).toBe("26/12/2025");
    expect(field("deadline-time").value).toBe("17:00");
    expect(field("deadline-timezone").value).toBe("Africa/Bamako");

    const source = screen.getByTestId("posting-source");
    // The whole text is there, line breaks and emoji included, cut only around the marks.
    expect(source.textContent).toBe(COOPI_TEXT);
    const marks = Array.from(source.querySelectorAll("mark")).map((mk) => mk.textContent);
    expect(marks).toContain(EMAIL);
    expect(marks).toContain(SUBJECT);
    expect(marks).toContain("au plus tard le 26 décembre 2025 à 17h00");
    expect(marks).toContain("casier judiciaire");
    // Each field is described by its source.
    expect(sourceMarkOf("apply_email")?.textContent).toBe(EMAIL);
    expect(sourceMarkOf("title")?.textContent).toBe(TITLE);
    expect(text(screen.getByTestId("status-title"))).toBe("Trouvé dans l'annonce Certitude : 90 %");
    // How sure the import is, for each value it found.
    expect(text(screen.getByTestId("confidence-reference"))).toBe("Certitude : 80 %");
    expect(text(screen.getByTestId("status-deadline"))).toContain("26 déc. 2025, 17:00");
  });

  it("emphasises the source of the field being edited", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.focusIn(field("apply_email"));
    const active = screen.getByTestId("posting-source").querySelectorAll("mark.active");
    expect(Array.from(active).map((mk) => mk.textContent)).toEqual([EMAIL]);
    await fireEvent.focusIn(field("deadline-date"));
    expect(screen.getByTestId("posting-source").querySelector("mark.active")?.textContent).toBe(
      "au plus tard le 26 décembre 2025 à 17h00",
    );
  });

  it("sets a field from text selected in the posting (« Utiliser comme »)", async () => {
    start();
    await pasteAndAnalyse();
    const source = screen.getByTestId("posting-source");
    // Nothing selected: a hint, no buttons.
    expect(screen.queryByTestId("use-as")).toBeNull();
    // Select « Bamako » in the text, as with the mouse.
    const node = Array.from(source.childNodes).find((n) => n.nodeType === 3 && n.textContent?.includes("Bamako"));
    expect(node).toBeTruthy();
    const start_ = node!.textContent!.indexOf("Bamako");
    const range = document.createRange();
    range.setStart(node!, start_);
    range.setEnd(node!, start_ + "Bamako".length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    await fireEvent.mouseUp(source);
    const bar = await screen.findByTestId("use-as");
    expect(text(bar)).toContain("Utiliser « Bamako » comme :");
    await fireEvent.click(within(bar).getByText("Organisation"));
    expect(field("organization").value).toBe("Bamako");
    expect(text(screen.getByTestId("used-note"))).toBe("« Bamako » repris comme Organisation.");
    expect(screen.queryByTestId("use-as")).toBeNull();
    // The deadline is read by the core, as in a posting.
    range.setStart(node!, start_);
    range.setEnd(node!, start_ + "Bamako".length);
    selection.removeAllRanges();
    selection.addRange(range);
    await fireEvent.mouseUp(source);
    const calls = backend.callsTo("posting_parse_text").length;
    await fireEvent.click(within(await screen.findByTestId("use-as")).getByText("Date limite"));
    await waitFor(() => expect(backend.callsTo("posting_parse_text")).toHaveLength(calls + 1));
    expect(backend.callsTo("posting_parse_text")[calls]?.args.text).toBe("Date limite : Bamako");
  });

  it("says how the posting wants the files sent, when it says", async () => {
    start();
    const draft = coopiDraft();
    draft.sending = {
      layout: "per_piece",
      pieces: { per_piece_bytes: 2_000_000, total_bytes: 8_000_000, format: "jpeg" },
    };
    backend.draft = draft;
    await pasteAndAnalyse();
    const sending = screen.getByTestId("review-sending");
    expect(text(sending)).toContain("Envoi des fichiers");
    expect(text(sending)).toContain("Une image JPEG par pièce, 2 Mo maximum chacun, 8 Mo en tout");
    cleanup();

    setLanguage("en");
    start();
    backend.draft = { ...coopiDraft(), sending: { layout: "one_file", pieces: { per_piece_bytes: null, total_bytes: 5_000_000, format: "pdf" } } };
    await fireEvent.input(screen.getByLabelText("Posting text"), { target: { value: COOPI_TEXT } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    expect(text(await screen.findByTestId("review-sending"))).toContain("One PDF file, 5 MB at most");
    cleanup();

    setLanguage("fr");
    start();
    await pasteAndAnalyse();
    expect(screen.queryByTestId("review-sending")).toBeNull();
  });

  it("lets the candidate pick one post of several, or create one application per post", async () => {
    start();
    const draft = coopiDraft();
    draft.posts = ["Chauffeur", "Comptable principal"];
    backend.draft = draft;
    await pasteAndAnalyse();
    const posts = screen.getByTestId("posts");
    expect(text(posts)).toContain("Cette annonce propose 2 postes : pour lequel postulez-vous ?");
    const choice = within(posts).getByRole("combobox");
    await fireEvent.change(choice, { target: { value: "Comptable principal" } });
    expect(field("title").value).toBe("Comptable principal");

    await fireEvent.click(screen.getByTestId("create-per-post"));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    const calls = backend.callsTo("applications_create_from_posting");
    expect(calls.map((c) => (c.args.input as { title: string }).title)).toEqual(["Chauffeur", "Comptable principal"]);
    // Same checklist, deadline and posting for each.
    expect(calls[0]?.args.checklist).toEqual(calls[1]?.args.checklist);
    expect((calls[1]?.args.input as { deadline: unknown }).deadline).toEqual({
      date: "2025-12-26",
      time: "17:00",
      timezone: "Africa/Bamako",
    });
    expect(calls[1]?.args.postingText).toBe(COOPI_TEXT);
  });

  it("offers no choice of posts for a posting with one post", async () => {
    start();
    await pasteAndAnalyse();
    expect(screen.queryByTestId("posts")).toBeNull();
    expect(screen.queryByTestId("create-per-post")).toBeNull();
  });

  it("marks a value that was guessed « à vérifier » and says why", async () => {
    start();
    backend.draft = coopiDraftWithInferredYear();
    await pasteAndAnalyse();
    const status = screen.getByTestId("status-deadline");
    expect(within(status).getByTestId("to-check")).toBeTruthy();
    expect(text(within(status).getByTestId("to-check"))).toBe("À vérifier");
    expect(text(status)).toContain(
      "L'année manque ou est incomplète dans « 26 décembre » : Postulo a retenu 2025 d'après les autres dates de l'annonce.",
    );
    // The status is read with the field.
    expect(field("deadline-date").getAttribute("aria-describedby")).toContain(status.id);
    expect(within(screen.getByTestId("status-title")).queryByTestId("to-check")).toBeNull();
  });

  it("says when the deadline has passed, and stops saying it once the date is corrected", async () => {
    start();
    await pasteAndAnalyse(); // the COOPI posting closed on 26 December 2025
    expect(text(screen.getByTestId("deadline-passed"))).toContain("Cette date limite est dépassée");
    await fireEvent.input(field("deadline-date"), { target: { value: "15/01/2999" } });
    expect(screen.queryByTestId("deadline-passed")).toBeNull();
  });

  it("says when a value was not found", async () => {
    start();
    await pasteAndAnalyse();
    expect(field("apply_address").value).toBe("");
    expect(text(screen.getByTestId("status-apply_address"))).toBe("Non trouvé dans l'annonce");
  });

  it("proposes the checklist with the stage of each piece", async () => {
    start();
    await pasteAndAnalyse();
    const items = screen.getAllByTestId("checklist-item");
    expect(items.map((li) => text(li.querySelector(".name")))).toEqual([
      "CV",
      "Lettre de motivation",
      "Extrait de casier judiciaire",
      "Copies des diplômes",
      "Certificats de travail",
      "Attestations",
    ]);
    const stage = screen.getByLabelText("Quand fournir « Extrait de casier judiciaire »") as HTMLSelectElement;
    expect(stage.selectedOptions[0]?.textContent).toBe("Seulement si présélectionné(e)");
    const cv = screen.getByLabelText("Quand fournir « CV »") as HTMLSelectElement;
    expect(cv.selectedOptions[0]?.textContent).toBe("À joindre maintenant");
  });

  it("creates the application with the edited values, the edited checklist and the posting", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.input(field("title"), { target: { value: "Coordinateur Protection SMSPS" } });
    await fireEvent.input(field("location"), { target: { value: "Bamako, Mali" } });

    await fireEvent.click(
      screen.getByRole("button", { name: named("Retirer « Certificats de travail » de la liste") }),
    );
    expect(screen.getByText((_, el) => el?.tagName === "SPAN" && text(el) === "« Certificats de travail » a été retirée de la liste.")).toBeTruthy();
    const diplomas = screen.getByLabelText("Quand fournir « Copies des diplômes »");
    await fireEvent.change(diplomas, { target: { value: "now" } });

    // Add a piece of another kind: it needs a name.
    await fireEvent.change(screen.getByLabelText("Pièce"), { target: { value: "other" } });
    await fireEvent.click(screen.getByTestId("checklist-add"));
    expect(text(document.getElementById("checklist-new-label-error"))).toBe("Donnez un nom à cette pièce.");
    await fireEvent.input(screen.getByLabelText("Nom de la pièce"), { target: { value: "Permis de conduire" } });
    await fireEvent.change(screen.getByLabelText("À fournir"), { target: { value: "if_shortlisted" } });
    await fireEvent.click(screen.getByTestId("checklist-add"));

    await fireEvent.click(screen.getByTestId("create-from-posting"));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());

    const [call] = backend.callsTo("applications_create_from_posting");
    expect(call?.args).toEqual({
      input: {
        title: "Coordinateur Protection SMSPS",
        organization_type: null,
        organization: ORGANIZATION,
        reference: "013/12/CPSM-SP/BKO/2025",
        location: "Bamako, Mali",
        contract: "CDD, 9 mois",
        source_url: null,
        apply_method: "email",
        apply_email: EMAIL,
        apply_subject: SUBJECT,
        apply_cc: [],
        apply_url: null,
        apply_address: null,
        deadline: { date: "2025-12-26", time: "17:00", timezone: "Africa/Bamako" },
        notes: null,
      },
      checklist: [
        { kind: "cv", label: null, stage: "now", requirements: NOTHING_ASKED },
        { kind: "cover_letter", label: null, stage: "now", requirements: NOTHING_ASKED },
        { kind: "criminal_record", label: null, stage: "if_shortlisted", requirements: NOTHING_ASKED },
        { kind: "diploma_copies", label: null, stage: "now", requirements: NOTHING_ASKED },
        { kind: "attestations", label: null, stage: "if_shortlisted", requirements: NOTHING_ASKED },
        { kind: "other", label: "Permis de conduire", stage: "if_shortlisted", requirements: NOTHING_ASKED },
      ],
      postingText: COOPI_TEXT,
    });
    expect(onCreated.mock.calls[0]?.[0].title).toBe("Coordinateur Protection SMSPS");
  });

  it("puts a removed piece back on undo", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.click(
      screen.getByRole("button", { name: named("Retirer « CV » de la liste") }),
    );
    expect(screen.getAllByTestId("checklist-item")).toHaveLength(5);
    await fireEvent.click(screen.getByRole("button", { name: "Rétablir" }));
    const items = screen.getAllByTestId("checklist-item");
    expect(items.map((li) => li.dataset.kind)).toEqual([
      "cv",
      "cover_letter",
      "criminal_record",
      "diploma_copies",
      "work_certificates",
      "attestations",
    ]);
  });

  it("checks the required fields before sending", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.input(field("organization"), { target: { value: "  " } });
    await fireEvent.click(screen.getByTestId("create-from-posting"));
    expect(text(screen.getByTestId("error-organization"))).toBe("Indiquez l'organisme qui recrute.");
    expect(document.activeElement).toBe(field("organization"));
    expect(backend.callsTo("applications_create_from_posting")).toHaveLength(0);
  });

  it("shows the backend's refusal next to the field concerned", async () => {
    start();
    await pasteAndAnalyse();
    backend.createError = { code: "validation", message: "invalid", field: "apply_email", reason: "email" };
    await fireEvent.click(screen.getByTestId("create-from-posting"));
    await waitFor(() =>
      expect(text(screen.getByTestId("error-apply_email"))).toBe(
        "Cette adresse e-mail n'est pas valide (exemple : recrutement@organisme.org).",
      ),
    );
    expect(field("apply_email").getAttribute("aria-describedby")).toContain("field-apply_email-error");
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("moves to a refused field, clears its message once it is retyped, and says any other failure", async () => {
    start();
    await pasteAndAnalyse();
    backend.createError = { code: "validation", message: "invalid", field: "apply_email", reason: "email" };
    await fireEvent.click(screen.getByTestId("create-from-posting"));
    await waitFor(() => expect(document.activeElement).toBe(field("apply_email")));
    expect(text(screen.getByRole("alert"))).toBe("Certains champs sont à corriger.");

    await fireEvent.input(field("apply_email"), { target: { value: "rh@coopi.org" } });
    expect(screen.queryByTestId("error-apply_email")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();

    backend.createError = { code: "io", message: "disk full", field: null, reason: null };
    await fireEvent.click(screen.getByTestId("create-from-posting"));
    await waitFor(() => expect(text(screen.getByTestId("create-error"))).toBe(errorMessage(backend.createError!, t())));
    expect(onCreated).not.toHaveBeenCalled();

    backend.createError = null;
    await fireEvent.keyDown(field("title"), { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
  });

  it("goes back to the text, kept as it was", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.click(screen.getByTestId("import-back"));
    // Nothing corrected: nothing to ask.
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    expect((screen.getByLabelText("Texte de l'annonce") as HTMLTextAreaElement).value).toBe(COOPI_TEXT);
    await fireEvent.click(screen.getByRole("button", { name: /Annuler/ }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it("speaks English when the candidate does", async () => {
    setLanguage("en");
    start();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("New application from a posting");
    expect(screen.getByLabelText("Posting text")).toBeTruthy();
    expect(screen.getByTestId("analyse-posting").textContent).toContain("Analyse the posting");
    await fireEvent.input(screen.getByLabelText("Posting text"), { target: { value: COOPI_TEXT } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    await screen.findByTestId("posting-source");
    expect(screen.getByText("What Postulo found")).toBeTruthy();
    expect(screen.getByLabelText("When to send “Cover letter”")).toBeTruthy();
    expect(text(screen.getByTestId("status-apply_address"))).toBe("Not found in the posting");
    expect(screen.getByTestId("create-from-posting").textContent?.trim()).toBe("Create the application");
  });

  it("explains an encrypted PDF in English too", async () => {
    setLanguage("en");
    start();
    backend.fileError = fileError("file_encrypted");
    await fireEvent.click(screen.getByTestId("open-posting-file"));
    expect(text(await screen.findByTestId("import-error"))).toBe(
      "This PDF is protected by a password. Save it without the password, then try again.",
    );
  });
});

describe("the same post already saved", () => {
  const existing = { id: 7, title: TITLE, organization: ORGANIZATION };

  async function createFromReview(onOpenExisting = vi.fn<(id: number) => void>()) {
    backend = installImportBackend();
    backend.duplicates = [existing];
    onCreated = vi.fn<(app: Application) => void>();
    onCancel = vi.fn<() => void>();
    render(ImportPosting, { props: { onCreated, onCancel, onOpenExisting } });
    await pasteAndAnalyse();
    await fireEvent.click(screen.getByTestId("create-from-posting"));
    return { warning: await screen.findByTestId("duplicate-warning"), onOpenExisting };
  }

  it("is said before creating, and the existing one opens in one click", async () => {
    const { warning, onOpenExisting } = await createFromReview();
    expect(text(warning)).toContain("Cette candidature existe peut-être déjà");
    expect(text(warning)).toContain(`${TITLE} — ${ORGANIZATION}`);
    const [lookUp] = backend.callsTo("applications_find_duplicates");
    expect(lookUp?.args).toMatchObject({ title: TITLE, organization: ORGANIZATION, reference: "013/12/CPSM-SP/BKO/2025" });
    expect(backend.callsTo("applications_create_from_posting")).toHaveLength(0);
    await fireEvent.click(within(warning).getByTestId("duplicate-open"));
    expect(onOpenExisting).toHaveBeenCalledWith(7);
    expect(backend.callsTo("applications_create_from_posting")).toHaveLength(0);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it("can still be created when it is another recruitment", async () => {
    const { warning } = await createFromReview();
    await fireEvent.click(within(warning).getByTestId("duplicate-proceed"));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(backend.callsTo("applications_create_from_posting")).toHaveLength(1);
  });
});

describe("step 2 is a correction tool", () => {
  it("says « Modifié » for a value the candidate changed, and « Trouvé » again once it is put back", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.input(field("reference"), { target: { value: "013/12/CPSM" } });
    const status = screen.getByTestId("status-reference");
    expect(text(status)).toBe("Modifié");
    expect(screen.getByTestId("review-reference").classList.contains("edited")).toBe(true);
    // Spaces typed around do not count as a change.
    await fireEvent.input(field("reference"), { target: { value: " 013/12/CPSM-SP/BKO/2025 " } });
    expect(text(status)).toBe("Trouvé dans l'annonce Certitude : 80 %");
    // A value the posting did not give, typed by the candidate.
    await fireEvent.input(field("apply_address"), { target: { value: "Bureau COOPI, Bamako" } });
    expect(text(screen.getByTestId("status-apply_address"))).toBe("Modifié");
  });

  it("keeps what the posting said of a corrected deadline, without its warning", async () => {
    start();
    backend.draft = coopiDraftWithInferredYear();
    await pasteAndAnalyse();
    await fireEvent.input(field("deadline-date"), { target: { value: "26/12/2026" } });
    const status = screen.getByTestId("status-deadline");
    expect(within(status).getByTestId("edited")).toBeTruthy();
    expect(within(status).queryByTestId("to-check")).toBeNull();
    expect(text(status)).not.toContain("L'année manque");
    expect(text(status)).toContain("Lu dans l'annonce : 26 déc. 2025, 17:00");
  });

  it("swaps the title and the organisation in one click", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.click(screen.getByRole("button", { name: "Intervertir l'intitulé et l'organisme" }));
    expect(field("title").value).toBe(ORGANIZATION);
    expect(field("organization").value).toBe(TITLE);
    expect(text(screen.getByTestId("status-title"))).toBe("Modifié");
    expect(text(screen.getByTestId("status-organization"))).toBe("Modifié");
    await fireEvent.click(screen.getByTestId("swap-title-organization"));
    expect(field("title").value).toBe(TITLE);
    expect(text(screen.getByTestId("status-title"))).toBe("Trouvé dans l'annonce Certitude : 90 %");
  });

  it("leaves at once when nothing was corrected", async () => {
    start();
    await pasteAndAnalyse();
    await fireEvent.click(screen.getByTestId("import-cancel"));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
  });

  /** Corrects the title, then tries to leave the review by `button`: the question asked. */
  async function correctThenLeaveBy(button: "import-cancel" | "import-back") {
    start();
    await pasteAndAnalyse();
    await fireEvent.input(field("title"), { target: { value: "Coordinateur PSM-SP" } });
    await fireEvent.click(screen.getByTestId(button));
    return screen.getByRole("dialog", { name: named("Abandonner vos corrections ?") });
  }

  it("asks before cancelling corrections, and keeps them if the candidate goes on", async () => {
    const dialog = await correctThenLeaveBy("import-cancel");
    expect(onCancel).not.toHaveBeenCalled();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continuer la vérification" }));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    expect(field("title").value).toBe("Coordinateur PSM-SP");

    await fireEvent.click(screen.getByTestId("import-cancel"));
    await fireEvent.click(within(screen.getByTestId("confirm-dialog")).getByRole("button", { name: "Abandonner" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it("asks before « Retour » loses the corrections too, then goes back to the text", async () => {
    const dialog = await correctThenLeaveBy("import-back");
    expect(text(dialog)).toContain("une nouvelle analyse repart du texte de l'annonce.");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continuer la vérification" }));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    expect(field("title").value).toBe("Coordinateur PSM-SP");

    await fireEvent.click(screen.getByTestId("import-back"));
    await fireEvent.click(within(screen.getByTestId("confirm-dialog")).getByRole("button", { name: "Abandonner" }));
    await waitFor(() => expect(screen.queryByTestId("posting-source")).toBeNull());
    expect((screen.getByLabelText("Texte de l'annonce") as HTMLTextAreaElement).value).toBe(COOPI_TEXT);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("counts a change to the pieces as a correction", async () => {
    start();
    await pasteAndAnalyse();
    const cv = screen.getByLabelText("Quand fournir « CV »") as HTMLSelectElement;
    await fireEvent.change(cv, { target: { value: "if_shortlisted" } });
    await fireEvent.click(screen.getByTestId("import-cancel"));
    expect(screen.getByTestId("confirm-dialog")).toBeTruthy();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("asks in English too", async () => {
    setLanguage("en");
    start();
    await fireEvent.input(screen.getByLabelText("Posting text"), { target: { value: COOPI_TEXT } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    await screen.findByTestId("posting-source");
    await fireEvent.click(screen.getByRole("button", { name: "Swap the job title and the organisation" }));
    expect(text(screen.getByTestId("status-title"))).toBe("Edited");
    await fireEvent.click(screen.getByTestId("import-cancel"));
    expect(screen.getByRole("dialog", { name: "Discard your corrections?" })).toBeTruthy();
  });
});

describe("highlight", () => {
  it("cuts at UTF-16 offsets and skips spans that overlap one already kept", () => {
    const posting = "📧 a@b.org, réf. X1";
    const email = posting.indexOf("a@b.org");
    const { segments, markOf } = highlight(posting, [
      { key: "apply_email", start: email, end: email + 7 },
      { key: "doc-0", start: email + 2, end: email + 9 },
      { key: "reference", start: posting.indexOf("X1"), end: posting.length },
      { key: "empty", start: 3, end: 3 },
    ]);
    expect(segments).toEqual([
      { text: "📧 ", key: null },
      { text: "a@b.org", key: "apply_email" },
      { text: ", réf. ", key: null },
      { text: "X1", key: "reference" },
    ]);
    expect(markOf).toEqual({ apply_email: "apply_email", "doc-0": "apply_email", reference: "reference" });
  });
});
