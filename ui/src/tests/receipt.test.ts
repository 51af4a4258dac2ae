// « Récépissé »: after handing in a paper file, the candidate records the day, the place,
// the receipt's number and its photo (added to the vault); the application shows it and
// moves to « Envoyée ». A photo that is not a picture or PDF, or a day refused by the core,
// is said on its field, and nothing is recorded.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiError } from "../lib/bindings/ApiError";
import type { Receipt } from "../lib/bindings/Receipt";
import type { ReceiptInput } from "../lib/bindings/ReceiptInput";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
import { localDay } from "../lib/views/wording";
import { text } from "./dom";
import { application, installWorkflowBackend, uninstallWorkflowBackend, type WorkflowBackend } from "./workflowBackend";

let backend: WorkflowBackend;
let stored: Receipt | null;
let refuse: ApiError | null;

async function openPage(method: "in_person" | "email" = "in_person") {
  const app = application({
    organization: "Ministère de la Justice",
    apply_method: method,
    apply_email: method === "email" ? "rh@example.org" : null,
    apply_address: method === "in_person" ? "Direction des ressources humaines\nBureau 12, Bamako" : null,
  });
  backend = installWorkflowBackend({ applications: [app] });
  stored = null;
  refuse = null;
  backend.handle = (command, args) => {
    switch (command) {
      case "receipts_get":
        return stored;
      case "receipts_record": {
        if (refuse) return Promise.reject(refuse);
        const input = args.input as ReceiptInput;
        stored = { application_id: app.id, ...input };
        return stored;
      }
      default:
        return undefined;
    }
  };
  render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
  return app;
}

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
});

afterEach(() => {
  cleanup();
  uninstallWorkflowBackend();
});

describe("the receipt of a paper file handed in", () => {
  it("records the day, place, number and photo, and shows them under « Comment postuler »", async () => {
    const app = await openPage();
    expect(screen.queryByTestId("receipt-summary")).toBeNull();
    await fireEvent.click(screen.getByTestId("record-receipt"));
    const dialog = await screen.findByTestId("receipt-dialog");
    // The place starts from the posting's address, on one line.
    expect((within(dialog).getByLabelText("Lieu du dépôt") as HTMLInputElement).value).toBe(
      "Direction des ressources humaines, Bureau 12, Bamako",
    );
    await fireEvent.input(within(dialog).getByLabelText("Numéro du récépissé"), { target: { value: " N° 2026/0457 " } });
    backend.dialogAnswer = "/home/awa/Images/recepisse.jpg";
    await fireEvent.click(within(dialog).getByTestId("receipt-photo"));
    await waitFor(() => expect(text(within(dialog).getByTestId("receipt-photo-name"))).toBe("recepisse.jpg"));
    await fireEvent.click(within(dialog).getByTestId("receipt-submit"));

    await waitFor(() => expect(screen.queryByTestId("receipt-dialog")).toBeNull());
    const added = backend.callsTo("documents_add")[0]?.args;
    expect(added).toMatchObject({ path: "/home/awa/Images/recepisse.jpg", kind: "other", title: "Récépissé — Ministère de la Justice" });
    const photo = backend.documents.at(-1)!;
    expect(backend.callsTo("receipts_record")[0]?.args).toEqual({
      applicationId: app.id,
      input: {
        handed_in_on: localDay(),
        place: "Direction des ressources humaines, Bureau 12, Bamako",
        number: "N° 2026/0457",
        document_id: photo.id,
      },
    });
    const summary = text(await screen.findByTestId("receipt-summary"));
    expect(summary).toContain("Déposé le");
    expect(summary).toContain("récépissé N° 2026/0457");
    expect(summary).toContain("photo dans le coffre-fort");
    expect(screen.getByTestId("record-receipt").textContent).toContain("Modifier le récépissé");
  });

  it("says on its field when the photo or the day is refused, and records nothing", async () => {
    await openPage();
    await fireEvent.click(screen.getByTestId("record-receipt"));
    const dialog = await screen.findByTestId("receipt-dialog");
    backend.dialogAnswer = "/home/awa/recepisse.heic";
    await fireEvent.click(within(dialog).getByTestId("receipt-photo"));
    await waitFor(() => within(dialog).getByTestId("receipt-photo-name"));
    const add = backend.handle;
    backend.handle = (command, args) =>
      command === "documents_add"
        ? Promise.reject({ code: "validation", field: "file", reason: "file_type", message: "" })
        : add?.(command, args);
    await fireEvent.click(within(dialog).getByTestId("receipt-submit"));
    expect(text(await within(dialog).findByRole("alert"))).toContain("Ce type de fichier n'est pas accepté");
    expect(backend.callsTo("receipts_record")).toEqual([]);

    // Another photo, but the day comes before the application's last step.
    backend.handle = add;
    refuse = { code: "validation", field: "handed_in_on", reason: "before_previous", message: "" } as unknown as ApiError;
    backend.dialogAnswer = "/home/awa/recepisse.jpg";
    await fireEvent.click(within(dialog).getByTestId("receipt-photo"));
    await fireEvent.click(within(dialog).getByTestId("receipt-submit"));
    await waitFor(() => expect(text(dialog)).toContain("Cette date précède le dernier changement de statut de la candidature."));
    expect(screen.getByTestId("receipt-dialog")).toBeTruthy();
    expect(stored).toBeNull();
  });

  it("is not offered for an application sent by e-mail", async () => {
    await openPage("email");
    expect(screen.queryByTestId("record-receipt")).toBeNull();
    expect(backend.callsTo("receipts_get")).toEqual([]);
  });
});
