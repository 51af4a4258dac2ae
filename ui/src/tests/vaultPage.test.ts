import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import VaultPage from "../lib/components/vault/VaultPage.svelte";
import { guessKind, titleFromPath } from "../lib/components/vault/documents";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
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

function scenario() {
  const app = application({ title: "Assistant administratif", organization: "PAM" });
  const cv = vaultDocument("cv", "CV 2025", { has_thumbnail: true });
  const record = vaultDocument("criminal_record", "Casier judiciaire", {
    issued_on: "2025-07-01",
    valid_until: "2025-09-30",
  });
  const idCard = vaultDocument("id_document", "Carte d'identité", { valid_until: "2025-12-15" });
  const items = [item(app.id, 0, "cv", { state: "ready", document_id: cv.id })];
  return { app, docs: [cv, record, idCard], items };
}

/** The scenario's vault on screen; `extra` may depend on its documents (their texts). */
async function open(
  extra: Partial<WorkflowBackend> | ((s: ReturnType<typeof scenario>) => Partial<WorkflowBackend>) = {},
) {
  const s = scenario();
  const more = typeof extra === "function" ? extra(s) : extra;
  backend = installWorkflowBackend({ applications: [s.app], documents: s.docs, items: s.items, ...more });
  backend.thumbnails.set(s.docs[0]!.id, "data:image/png;base64,iVBORw0KGgo=");
  render(VaultPage);
  await waitFor(() => expect(screen.queryAllByTestId("document-card").length + screen.queryAllByTestId("vault-empty").length).toBeGreaterThan(0));
  return s;
}

const card = (title: string) => {
  const found = screen.getAllByTestId("document-card").find((c) => text(within(c).getByTestId("document-title")) === title);
  if (!found) throw new Error(`no card ${title}`);
  return found;
};

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
});

afterEach(() => {
  cleanup();
  uninstallWorkflowBackend();
});

describe("the vault", () => {
  it("lists each document with its kind, validity and the applications using it", async () => {
    await open();
    const cv = card("CV 2025");
    expect(text(cv)).toContain("CV");
    expect(text(cv)).toContain("2 pages");
    expect(text(cv)).toContain("Sans date d'expiration");
    expect(text(within(cv).getByTestId("document-used-by"))).toBe("Utilisé par : Assistant administratif (PAM)");
    await waitFor(() => expect(within(cv).getByRole("img").getAttribute("src")).toMatch(/^data:image\/png/));
    const record = card("Casier judiciaire");
    expect(text(record)).toContain("Délivré le 1 juil. 2025");
    expect(text(record)).toContain("Valable jusqu'au 30 sept. 2025");
    expect(text(within(record).getByTestId("validity-flag"))).toBe("Expiré");
    expect(text(within(card("Carte d'identité")).getByTestId("validity-flag"))).toBe("Expire bientôt");
    expect(text(within(record).getByTestId("document-used-by"))).toBe("Utilisé par aucune candidature");
  });

  it("asks before deleting a used document, naming the application, then forces it", async () => {
    const s = await open();
    await fireEvent.click(within(card("CV 2025")).getByTestId("delete-document"));
    const dialog = await screen.findByTestId("delete-document-dialog");
    expect(text(dialog)).toContain("Ce document est utilisé");
    expect(text(within(dialog).getByTestId("in-use-list"))).toBe("Assistant administratif (PAM)");
    expect(text(dialog)).toContain("repasseront à l'état « Manquante »");
    expect(backend.callsTo("documents_delete")).toEqual([]);
    await fireEvent.click(within(dialog).getByTestId("confirm-delete-document"));
    await waitFor(() => expect(screen.queryByTestId("delete-document-dialog")).toBeNull());
    expect(backend.callsTo("documents_delete").map((c) => c.args)).toEqual([
      { id: s.docs[0]!.id, force: false },
      { id: s.docs[0]!.id, force: true },
    ]);
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(2));
    expect(backend.items[0]?.state).toBe("missing");
  });

  it("names the applications the backend reports when the list did not know it was used", async () => {
    const s = await open();
    // Attached elsewhere since the list was drawn.
    backend.items.push(item(s.app.id, 1, "criminal_record", { state: "ready", document_id: s.docs[1]!.id }));
    await fireEvent.click(within(card("Casier judiciaire")).getByTestId("delete-document"));
    const dialog = await screen.findByTestId("delete-document-dialog");
    expect(text(dialog)).toContain("Supprimer ce document ?");
    await fireEvent.click(within(dialog).getByTestId("confirm-delete-document"));
    await waitFor(() => expect(within(dialog).queryByTestId("in-use-list")).not.toBeNull());
    expect(text(within(dialog).getByTestId("in-use-list"))).toBe("Assistant administratif (PAM)");
    expect(backend.callsTo("documents_delete").map((c) => c.args.force)).toEqual([false]);
    await fireEvent.click(within(dialog).getByTestId("confirm-delete-document"));
    await waitFor(() => expect(screen.queryByTestId("delete-document-dialog")).toBeNull());
    expect(backend.callsTo("documents_delete").map((c) => c.args.force)).toEqual([false, true]);
  });

  it("lets a document go from the vault without asking when only sent applications hold it, which keep it", async () => {
    const s = await open();
    s.app.status = "sent";
    // The list drawn again with the application sent.
    cleanup();
    render(VaultPage);
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(3));
    await fireEvent.click(within(card("CV 2025")).getByTestId("delete-document"));
    const dialog = await screen.findByTestId("delete-document-dialog");
    expect(text(dialog)).toContain("Supprimer ce document ?");
    expect(text(within(dialog).getByTestId("delete-sent-keep"))).toBe(
      "Les candidatures déjà envoyées le gardent tel qu'il a été envoyé.",
    );
    await fireEvent.click(within(dialog).getByTestId("confirm-delete-document"));
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(2));
    expect(backend.callsTo("documents_delete").map((c) => c.args)).toEqual([{ id: s.docs[0]!.id, force: false }]);
    expect(backend.items[0]).toMatchObject({ state: "ready", document_id: s.docs[0]!.id });
  });

  it("renews an expired document for the applications being prepared that the candidate chooses", async () => {
    const s = await open();
    const other = application({ title: "Comptable", organization: "OIM" });
    const sent = application({ title: "Logisticien", organization: "MSF", status: "sent" });
    backend.applications.push(other, sent);
    backend.items.push(
      item(s.app.id, 1, "criminal_record", { state: "ready", document_id: s.docs[1]!.id }),
      item(other.id, 0, "criminal_record", { state: "ready", document_id: s.docs[1]!.id }),
      item(sent.id, 0, "criminal_record", { state: "ready", document_id: s.docs[1]!.id }),
    );
    cleanup();
    render(VaultPage);
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(3));
    // Only what calls for renewal offers it: the expired record, not the CV.
    expect(within(card("CV 2025")).queryByTestId("renew-document")).toBeNull();
    backend.dialogAnswer = "/home/awa/Téléchargements/casier-2026.pdf";
    await fireEvent.click(within(card("Casier judiciaire")).getByTestId("renew-document"));
    const dialog = await screen.findByTestId("renew-document-dialog");
    expect(text(dialog)).toContain("Nouvelle version : casier-2026.pdf");
    expect(text(within(dialog).getByTestId("renew-sent-keep"))).toContain("Logisticien");
    const boxes = within(dialog).getAllByTestId("renew-application") as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true]);
    await fireEvent.click(boxes[1]!); // Not the Comptable one.
    await fireEvent.click(within(dialog).getByTestId("renew-document-save"));
    await waitFor(() => expect(screen.queryByTestId("renew-document-dialog")).toBeNull());
    const [call] = backend.callsTo("documents_renew");
    expect(call?.args).toEqual({
      id: s.docs[1]!.id,
      path: "/home/awa/Téléchargements/casier-2026.pdf",
      issuedOn: null,
      applications: [s.app.id],
    });
    expect(text(screen.getByTestId("vault-notice"))).toBe("Nouvelle version de « Casier judiciaire » ajoutée.");
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(4));
    expect(screen.getAllByTestId("document-replaced")).toHaveLength(1);
  });

  it("says so when the new version is the same file", async () => {
    await open();
    backend.dialogAnswer = "/home/awa/casier.pdf";
    backend.fail = (command) => (command === "documents_renew" ? wfError("validation", "file", "duplicate") : undefined);
    await fireEvent.click(within(card("Casier judiciaire")).getByTestId("renew-document"));
    const dialog = await screen.findByTestId("renew-document-dialog");
    await fireEvent.click(within(dialog).getByTestId("renew-document-save"));
    await waitFor(() =>
      expect(text(within(dialog).getByTestId("renew-file-error"))).toBe(
        "C'est le même fichier que la version actuelle. Choisissez le nouveau document.",
      ),
    );
  });

  it("asks for the password of a protected PDF at once, and keeps an unlocked copy", async () => {
    await open();
    backend.dialogAnswer = ["/home/awa/releve-protege.pdf"];
    backend.handle = (command, args) => {
      if (command !== "documents_add") return undefined;
      if (args.password === null) throw wfError("validation", "file", "file_encrypted");
      if (args.password !== "secret") throw wfError("validation", "password", "wrong_password");
      const doc = vaultDocument("attestations", args.title as string);
      backend.documents.push(doc);
      return { document: doc, already_in_vault: false, fixed: { kind: "unlocked" } };
    };
    await fireEvent.click(screen.getByTestId("vault-add"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(within(dialog).getByTestId("add-password")).toBeTruthy());
    expect(text(within(dialog).getByTestId("add-error"))).toContain("protégé par un mot de passe. Donnez-le");
    await fireEvent.input(within(dialog).getByTestId("add-password"), { target: { value: "sekret" } });
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(text(dialog)).toContain("Ce mot de passe n'ouvre pas le PDF."));
    await fireEvent.input(within(dialog).getByTestId("add-password"), { target: { value: "secret" } });
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(screen.queryByTestId("add-documents-dialog")).toBeNull());
    expect(backend.callsTo("documents_add").map((c) => c.args.password)).toEqual([null, "sekret", "secret"]);
    expect(text(screen.getByTestId("vault-notice"))).toContain(
      "« releve-protege » était protégé par un mot de passe : une copie déverrouillée a été ajoutée.",
    );
  });

  it("says which pages a damaged PDF lost once it is repaired", async () => {
    await open();
    backend.dialogAnswer = ["/home/awa/diplome.pdf"];
    backend.handle = (command, args) => {
      if (command !== "documents_add") return undefined;
      const doc = vaultDocument("diploma_copies", args.title as string);
      backend.documents.push(doc);
      return {
        document: doc,
        already_in_vault: false,
        fixed: { kind: "repaired", pages_kept: 1, pages_lost: [2, 3] },
      };
    };
    await fireEvent.click(screen.getByTestId("vault-add"));
    await fireEvent.click(within(await screen.findByTestId("add-documents-dialog")).getByTestId("add-submit"));
    await waitFor(() => expect(screen.queryByTestId("add-documents-dialog")).toBeNull());
    expect(text(screen.getByTestId("vault-notice"))).toContain(
      "« diplome » était abîmé : il a été réparé, mais des pages manquent (n° 2, 3) ; 1 sur 3 sont là.",
    );
  });

  it("deletes an unused document after one confirmation", async () => {
    const s = await open();
    await fireEvent.click(within(card("Carte d'identité")).getByTestId("delete-document"));
    await fireEvent.click(await screen.findByTestId("confirm-delete-document"));
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(2));
    expect(backend.callsTo("documents_delete").map((c) => c.args)).toEqual([{ id: s.docs[2]!.id, force: false }]);
    expect(text(screen.getByTestId("vault-notice"))).toBe("« Carte d'identité » a été supprimé.");
  });

  it("suggests the kind and issue date read in a photographed document, applied only when asked", async () => {
    const photo = "/home/awa/IMG_20261104.jpg";
    await open({ dialogAnswer: [photo] });
    let release = () => {};
    const read = new Promise<void>((resolve) => (release = resolve));
    backend.handle = (command) =>
      command === "documents_read"
        ? read.then(() => ({ facts: { kind: "criminal_record", issued_on: "2026-11-03" }, recognized_confidence: 88 }))
        : undefined;
    await fireEvent.click(screen.getByTestId("vault-add"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    expect(text(within(dialog).getByTestId("add-reading"))).toBe("Lecture du document…");
    expect(backend.callsTo("documents_read")[0]?.args).toMatchObject({ path: photo });
    release();
    const suggestion = await within(dialog).findByTestId("add-suggestion");
    expect(text(suggestion)).toContain("D'après son contenu : Extrait de casier judiciaire, délivré le 3 nov. 2026.");
    // Nothing changed yet.
    expect((within(dialog).getByTestId("add-kind") as HTMLSelectElement).value).not.toBe("criminal_record");
    expect((within(dialog).getByTestId("add-issued") as HTMLInputElement).value).toBe("");
    await fireEvent.click(within(dialog).getByTestId("apply-suggestion"));
    expect((within(dialog).getByTestId("add-kind") as HTMLSelectElement).value).toBe("criminal_record");
    expect((within(dialog).getByTestId("add-issued") as HTMLInputElement).value).toBe("03/11/2026");
    expect(within(dialog).queryByTestId("add-suggestion")).toBeNull();
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(screen.queryByTestId("add-documents-dialog")).toBeNull());
    expect(backend.callsTo("documents_add")[0]?.args).toMatchObject({ kind: "criminal_record", issuedOn: "2026-11-03" });
  });

  it("offers to straighten a photographed document only, and adds the copy beside it", async () => {
    const s = scenario();
    const photo = vaultDocument("diploma_copies", "Licence (photo)", { mime: "image/jpeg", page_count: null });
    backend = installWorkflowBackend({ applications: [s.app], documents: [...s.docs, photo], items: s.items });
    const copy = vaultDocument("diploma_copies", "Licence (photo) (redressé)", { mime: "image/jpeg" });
    backend.handle = (command, args) => {
      if (command !== "documents_straighten") return undefined;
      backend.documents.unshift(copy);
      expect(args).toEqual({ id: photo.id, language: "fr" });
      return { document: copy, already_in_vault: false };
    };
    render(VaultPage);
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(s.docs.length + 1));
    expect(screen.getAllByTestId("straighten-document")).toHaveLength(1);
    await fireEvent.click(within(card("Licence (photo)")).getByTestId("straighten-document"));
    await waitFor(() =>
      expect(text(screen.getByTestId("vault-notice"))).toBe(
        "Copie redressée ajoutée : « Licence (photo) (redressé) ». Comparez-la à l'original et joignez celle que vous préférez.",
      ),
    );
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(s.docs.length + 2));
  });

  it("cancels the reading when the dialog is closed before it ends", async () => {
    await open({ dialogAnswer: ["/home/awa/scan.pdf"] });
    backend.handle = (command) => (command === "documents_read" ? new Promise(() => {}) : undefined);
    await fireEvent.click(screen.getByTestId("vault-add"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    await within(dialog).findByTestId("add-reading");
    const job = backend.callsTo("documents_read")[0]?.args.job;
    await fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("add-documents-dialog")).toBeNull());
    await waitFor(() => expect(backend.callsTo("dossier_cancel").map((c) => c.args)).toEqual([{ job }]));
  });

  it("adds several files, guessing their kind from their names", async () => {
    await open({ dialogAnswer: ["/home/awa/CV_Awa_Traore.pdf", "/home/awa/Casier judiciaire nov 2025.jpg"] });
    await fireEvent.click(screen.getByTestId("vault-add"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    const kinds = within(dialog).getAllByTestId("add-kind").map((el) => (el as HTMLSelectElement).value);
    expect(kinds).toEqual(["cv", "criminal_record"]);
    await fireEvent.input(within(dialog).getAllByTestId("add-issued")[1]!, { target: { value: "20/11/2025" } });
    expect(text(dialog)).toContain("accepté 3 mois après sa délivrance");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    await waitFor(() => expect(screen.queryByTestId("add-documents-dialog")).toBeNull());
    expect(backend.callsTo("documents_add").map((c) => c.args)).toEqual([
      { path: "/home/awa/CV_Awa_Traore.pdf", kind: "cv", title: "CV Awa Traore", issuedOn: null, password: null },
      {
        path: "/home/awa/Casier judiciaire nov 2025.jpg",
        kind: "criminal_record",
        title: "Casier judiciaire nov 2025",
        issuedOn: "2025-11-20",
        password: null,
      },
    ]);
    expect(backend.callsTo("plugin:dialog|open")[0]?.args).toMatchObject({ options: { multiple: true } });
    await waitFor(() => expect(screen.getAllByTestId("document-card").length).toBe(5));
    expect(text(screen.getByTestId("vault-notice"))).toContain("2 documents ajoutés");
  });

  it("says why a file was refused, in French, and keeps the others", async () => {
    await open({ dialogAnswer: ["/home/awa/scan.gif", "/home/awa/attestation de stage.pdf"] });
    backend.fail = (command, args) =>
      command === "documents_add" && args.path === "/home/awa/scan.gif"
        ? wfError("validation", "file", "file_type")
        : undefined;
    await fireEvent.click(screen.getByTestId("vault-add"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    expect(text(await within(dialog).findByTestId("add-error"))).toBe(
      "Ce type de fichier n'est pas accepté : PDF, JPEG, PNG, DOCX ou ODT.",
    );
    await waitFor(() => expect(text(dialog)).toContain("Certains fichiers n'ont pas été ajoutés."));
    expect(text(within(dialog).getAllByTestId("add-entry")[1]!)).toContain("Ajouté");
    expect(backend.documents.map((d) => d.title)).toContain("attestation de stage");
  });

  it("says the copy failed without changing anything when the disk is full", async () => {
    await open({ dialogAnswer: ["/home/awa/diplome.pdf"] });
    backend.fail = (command) => (command === "documents_add" ? wfError("io") : undefined);
    await fireEvent.click(screen.getByTestId("vault-add"));
    const dialog = await screen.findByTestId("add-documents-dialog");
    await fireEvent.click(within(dialog).getByTestId("add-submit"));
    expect(text(await within(dialog).findByTestId("add-error"))).toBe(
      "Le document n'a pas pu être copié dans le coffre-fort. Vérifiez l'espace disque. Rien n'a été modifié.",
    );
  });

  it("opens the add dialog for files dropped on the page", async () => {
    await open();
    await dropFiles(["/home/awa/Passeport.pdf"], { x: 100, y: 100 });
    const dialog = await screen.findByTestId("add-documents-dialog");
    expect((within(dialog).getByTestId("add-kind") as HTMLSelectElement).value).toBe("id_document");
    expect((within(dialog).getByTestId("add-title") as HTMLInputElement).value).toBe("Passeport");
  });

  it("edits a document's dates and title", async () => {
    const s = await open();
    await fireEvent.click(within(card("Carte d'identité")).getByTestId("edit-document"));
    const dialog = await screen.findByTestId("edit-document-dialog");
    await fireEvent.input(within(dialog).getByLabelText("Valable jusqu'au"), { target: { value: "2035-12-15" } });
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    await waitFor(() => expect(screen.queryByTestId("edit-document-dialog")).toBeNull());
    expect(backend.callsTo("documents_update")[0]?.args).toEqual({
      id: s.docs[2]!.id,
      update: {
        kind: "id_document",
        title: "Carte d'identité",
        issued_on: null,
        valid_until: "2035-12-15",
        certified_on: null,
      },
    });
    await waitFor(() => expect(within(card("Carte d'identité")).queryByTestId("validity-flag")).toBeNull());
  });

  it("refuses a validity date before the issue date, and puts the backend's refusal on its field", async () => {
    const s = await open();
    await fireEvent.click(within(card("Carte d'identité")).getByTestId("edit-document"));
    const dialog = await screen.findByTestId("edit-document-dialog");
    await fireEvent.input(within(dialog).getByLabelText("Délivré le"), { target: { value: "2025-06-01" } });
    await fireEvent.input(within(dialog).getByLabelText("Valable jusqu'au"), { target: { value: "2025-01-01" } });
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    expect(text(screen.getByTestId("doc-until-error"))).toContain("Cette date doit être postérieure à la date de délivrance.");
    expect(text(within(dialog).getByRole("alert"))).toBe("Certains champs sont à corriger.");
    expect(backend.callsTo("documents_update")).toEqual([]);

    await fireEvent.input(within(dialog).getByLabelText("Valable jusqu'au"), { target: { value: "2035-01-01" } });
    backend.fail = (command) => (command === "documents_update" ? wfError("validation", "kind", "duplicate") : undefined);
    await fireEvent.click(within(dialog).getByTestId("save-document"));
    await waitFor(() => expect(text(screen.getByTestId("doc-kind-error"))).toContain("Ce fichier est déjà dans votre coffre-fort avec ce type."));
    expect(backend.callsTo("documents_update")[0]?.args).toEqual({
      id: s.docs[2]!.id,
      update: {
        kind: "id_document",
        title: "Carte d'identité",
        issued_on: "2025-06-01",
        valid_until: "2035-01-01",
        certified_on: null,
      },
    });
    expect(screen.getByTestId("edit-document-dialog")).toBeTruthy();
  });

  it("filters by words, ignoring accents", async () => {
    await open();
    await fireEvent.input(screen.getByPlaceholderText("Titre, nom du fichier ou ce que dit le document"), { target: { value: "identite" } });
    expect(screen.getAllByTestId("document-card").map((c) => text(within(c).getByTestId("document-title")))).toEqual([
      "Carte d'identité",
    ]);
  });

  it("shows what to do when the vault is empty", async () => {
    backend = installWorkflowBackend();
    render(VaultPage);
    expect(text(await screen.findByTestId("vault-empty"))).toContain("Aucun document pour l'instant");
  });
});

describe("guessing a file's kind", () => {
  it.each([
    ["C:\\Docs\\CV_Awa.pdf", "cv"],
    ["/h/Lettre de motivation - PAM.docx", "cover_letter"],
    ["/h/lettre_recommandation_Diallo.pdf", "references"],
    ["/h/Diplôme Master 2.pdf", "diploma_copies"],
    ["/h/casier.jpg", "criminal_record"],
    ["/h/Attestation de travail ONG.pdf", "work_certificates"],
    ["/h/attestation_formation.pdf", "attestations"],
    ["/h/certificat.pdf", "work_certificates"],
    ["/h/Certificat de nationalité.pdf", "nationality_certificate"],
    ["/h/certificat medical.pdf", "medical_certificate"],
    ["/h/passeport.png", "id_document"],
    ["/h/CNI recto verso.jpg", "id_document"],
    ["/h/photo identite.jpg", "id_photo"],
    ["/h/acte de naissance.pdf", "birth_certificate"],
    ["/h/scan0001.pdf", "other"],
  ])("%s → %s", (path, kind) => {
    expect(guessKind(path)).toBe(kind);
  });

  it("makes a title from the file name", () => {
    expect(titleFromPath("C:\\Users\\awa\\CV_Awa_2025.pdf")).toBe("CV Awa 2025");
    expect(titleFromPath("/h/.hidden")).toBe(".hidden");
  });
});

describe("in English", () => {
  it("speaks English when asked", async () => {
    setLanguage("en");
    await open();
    expect(text(screen.getByRole("heading", { level: 1 }))).toBe("Document vault");
    expect(text(within(card("Casier judiciaire")).getByTestId("validity-flag"))).toBe("Expired");
    vi.restoreAllMocks();
  });
});

describe("what the vault reads in its documents", () => {
  const recordText =
    "RÉPUBLIQUE DU MALI\nEXTRAIT DU CASIER JUDICIAIRE\nBULLETIN N° 3\nDélivré à Bamako, le 3 novembre 2025\nLe Greffier en Chef";

  it("finds a document by what it says, and marks the word found in its passage", async () => {
    const s = await open((s) => ({
      texts: new Map([
        [s.docs[0]!.id, { text: "Curriculum vitae\nAminata Diarra, comptable", suggestion: null }],
        [s.docs[1]!.id, { text: recordText, suggestion: null }],
      ]),
    }));
    // One document is not read yet: the search cannot find it by its content meanwhile.
    expect(text(screen.getByTestId("vault-unread"))).toBe(
      "1 document n'a pas encore été lu : la recherche le trouvera par son contenu une fois lu.",
    );

    await fireEvent.input(screen.getByLabelText("Rechercher"), { target: { value: "BAMAKO" } });
    await waitFor(() => expect(screen.getAllByTestId("document-card")).toHaveLength(1));
    const record = card("Casier judiciaire");
    const found = within(record).getByTestId("document-found");
    expect(found.querySelector("mark")?.textContent).toBe("Bamako");
    expect(text(found)).toContain("Dans le texte :");
    expect(backend.callsTo("documents_search").at(-1)?.args).toEqual({ query: "BAMAKO" });

    // Found by its title: shown at once, with no passage.
    await fireEvent.input(screen.getByLabelText("Rechercher"), { target: { value: "CV 2025" } });
    await waitFor(() => expect(screen.getAllByTestId("document-card")).toHaveLength(1));
    expect(within(card("CV 2025")).queryByTestId("document-found")).toBeNull();

    // Words found in no title and no text.
    await fireEvent.input(screen.getByLabelText("Rechercher"), { target: { value: "Ouagadougou" } });
    await waitFor(() => expect(screen.queryAllByTestId("document-card")).toHaveLength(0));
  });

  it("shows what a document says of itself, to apply or to ignore", async () => {
    const s = await open((s) => ({
      texts: new Map([
        [s.docs[1]!.id, { text: recordText, suggestion: { kind: null, issued_on: "2025-11-03" } }],
        [s.docs[2]!.id, { text: "ATTESTATION", suggestion: { kind: "attestations", issued_on: null } }],
        [s.docs[0]!.id, { text: "Curriculum vitae", suggestion: null }],
      ]),
    }));
    expect(screen.queryByTestId("vault-unread")).toBeNull();
    expect(within(card("CV 2025")).queryByTestId("document-suggestion")).toBeNull();

    const record = card("Casier judiciaire");
    expect(text(within(record).getByTestId("document-suggestion"))).toContain(
      "D'après son contenu : délivré le 3 nov. 2025.",
    );
    expect(within(record).getByTestId("suggestion-apply").getAttribute("aria-label")).toBe(
      "Appliquer à «\u00a0Casier judiciaire\u00a0» ce qui a été lu dans le document",
    );
    await fireEvent.click(within(record).getByTestId("suggestion-apply"));
    await waitFor(() => expect(within(card("Casier judiciaire")).queryByTestId("document-suggestion")).toBeNull());
    expect(backend.callsTo("documents_settle_suggestion").at(-1)?.args).toEqual({ id: s.docs[1]!.id, apply: true });
    expect(text(card("Casier judiciaire"))).toContain("Délivré le 3 nov. 2025");
    expect(text(screen.getByTestId("vault-notice"))).toBe("« Casier judiciaire » est à jour avec ce qu'il dit de lui-même.");

    const idCard = card("Carte d'identité");
    expect(text(within(idCard).getByTestId("document-suggestion"))).toContain("Attestations");
    await fireEvent.click(within(idCard).getByTestId("suggestion-ignore"));
    await waitFor(() => expect(within(card("Carte d'identité")).queryByTestId("document-suggestion")).toBeNull());
    expect(backend.callsTo("documents_settle_suggestion").at(-1)?.args).toEqual({ id: s.docs[2]!.id, apply: false });
    expect(backend.documents.find((d) => d.id === s.docs[2]!.id)?.kind).toBe("id_document");
  });

  it("shows a document read in the background as soon as it is read", async () => {
    const s = await open();
    expect(text(screen.getByTestId("vault-unread"))).toContain("3 documents n'ont pas encore été lus");
    backend.texts.set(s.docs[1]!.id, { text: recordText, suggestion: { kind: null, issued_on: "2025-11-03" } });
    await emit("vault-read", s.docs[1]!.id);
    await waitFor(() => expect(within(card("Casier judiciaire")).getByTestId("document-suggestion")).toBeTruthy());
    expect(text(screen.getByTestId("vault-unread"))).toContain("2 documents n'ont pas encore été lus");
  });

  it("shows the text read in a document in its edit dialog, for the candidate to check", async () => {
    const s = await open((s) => ({
      texts: new Map([[s.docs[1]!.id, { text: recordText, suggestion: null }]]),
    }));
    await fireEvent.click(within(card("Casier judiciaire")).getByTestId("edit-document"));
    const read = await screen.findByTestId("document-read-text");
    expect(text(read.querySelector("summary")!)).toBe("Texte lu dans le document");
    expect(read.textContent).toContain("Délivré à Bamako, le 3 novembre 2025");
    expect(backend.callsTo("documents_text").at(-1)?.args).toEqual({ id: s.docs[1]!.id });

    // A document not read yet has nothing to show.
    await fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    await fireEvent.click(within(card("CV 2025")).getByTestId("edit-document"));
    await waitFor(() => expect(backend.callsTo("documents_text")).toHaveLength(2));
    expect(screen.queryByTestId("document-read-text")).toBeNull();
  });
});
