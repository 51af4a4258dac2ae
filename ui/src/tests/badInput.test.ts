// HTML and script in every text field a candidate types or a posting brings: shown as the
// characters they are, never parsed into elements, never run. Svelte inserts `{value}` as
// text; these tests check that on the real screens, and that no component opts out of it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import ImportPosting from "../lib/components/import/ImportPosting.svelte";
import VaultPage from "../lib/components/vault/VaultPage.svelte";
import { clearThumbnails } from "../lib/components/vault/thumbnails";
import { setLanguage } from "../lib/i18n";
import { plain } from "./dom";
import { makeApplication } from "./fakeBackend";
import { installImportBackend, uninstallImportBackend } from "./importBackend";
import { startApp } from "./startApp";
import { uninstallBackend } from "./fakeBackend";
import {
  application,
  installWorkflowBackend,
  item,
  uninstallWorkflowBackend,
  vaultDocument,
} from "./workflowBackend";

declare global {
  var __pwned: string | undefined;
}

/** Markup that would show a bold word, load an image and run a script if it were parsed. */
const evil = (tag: string) =>
  `<b class="pwned">${tag}</b><img src="x" class="pwned" onerror="globalThis.__pwned='${tag}'">` +
  `<script>globalThis.__pwned='${tag}'</script> & "${tag}" <!-- -->`;

/** Every text field given `evil(field)` shows it character for character. */
function expectShownAsText(fields: readonly string[]) {
  const page = plain(document.body.textContent ?? "");
  for (const f of fields) expect(page, f).toContain(evil(f));
}

/** Nothing from the data became an element, and nothing ran. */
function expectNothingParsed() {
  expect(document.querySelectorAll(".pwned")).toHaveLength(0);
  expect(document.querySelectorAll("script, iframe, object, embed")).toHaveLength(0);
  expect(document.querySelectorAll("img[onerror]")).toHaveLength(0);
  expect(globalThis.__pwned).toBeUndefined();
}

beforeEach(() => {
  setLanguage("fr");
  clearThumbnails();
  globalThis.__pwned = undefined;
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2025-12-01T09:00:00Z") });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await new Promise((resolve) => setTimeout(resolve, 0));
  uninstallWorkflowBackend();
  uninstallImportBackend();
  uninstallBackend();
});

describe("no component inserts HTML", () => {
  // Vitest runs from ui/ (jsdom gives import.meta.url no file scheme).
  const SRC = join(process.cwd(), "src");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      return e.isDirectory() ? files(path) : [path];
    });
  const code = files(join(SRC, "lib")).concat(join(SRC, "App.svelte"), join(SRC, "main.ts"));

  it("has no {@html}, innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
    expect(code.filter((f) => f.endsWith(".svelte")).length).toBeGreaterThan(30);
    const found = code
      .filter((f) => /\.(svelte|ts)$/.test(f))
      .filter((f) => /\{@html|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(f, "utf-8")))
      .map((f) => relative(SRC, f));
    expect(found).toEqual([]);
  });
});

describe("markup in every text field is shown as text", () => {
  it("on the list of applications", async () => {
    await startApp({
      applications: [
        makeApplication({
          title: evil("title"),
          organization: evil("organization"),
          reference: evil("reference"),
          location: evil("location"),
        }),
      ],
    });
    await screen.findByTestId("application-row");
    expectShownAsText(["title", "organization", "reference"]);
    expectNothingParsed();
  });

  it("on an application's page, its checklist, documents, contacts and interviews", async () => {
    const app = application({
      title: evil("title"),
      organization: evil("organization"),
      reference: evil("reference"),
      location: evil("location"),
      contract: evil("contract"),
      apply_method: "in_person",
      apply_email: null,
      apply_subject: null,
      apply_address: evil("apply_address"),
      notes: evil("notes"),
    });
    const doc = vaultDocument("cv", evil("document_title"), { original_name: evil("original_name") });
    const items = [
      item(app.id, 0, "cv", { state: "ready", document_id: doc.id }),
      item(app.id, 1, "other", { label: evil("item_label") }),
    ];
    installWorkflowBackend({
      applications: [app],
      items,
      documents: [doc],
      contacts: [
        {
          id: 900,
          application_id: app.id,
          name: evil("contact_name"),
          role: evil("contact_role"),
          email: null,
          phone: null,
        },
      ],
      interviews: [
        {
          id: 801,
          application_id: app.id,
          date: "2026-01-12",
          time: "10:00",
          timezone: "Africa/Bamako",
          starts_at_utc: "2026-01-12T10:00:00Z",
          place: evil("interview_place"),
          notes: evil("interview_notes"),
        },
      ],
    });
    render(ApplicationPage, { props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
    await screen.findByTestId("progress-summary");
    await screen.findByTestId("contact");
    await screen.findByTestId("interview");
    expectShownAsText([
      "title",
      "organization",
      "reference",
      "location",
      "contract",
      "apply_address",
      "document_title",
      "item_label",
      "contact_name",
      "contact_role",
      "interview_place",
      "interview_notes",
    ]);
    expectNothingParsed();
  });

  it("in the vault", async () => {
    const doc = vaultDocument("other", evil("document_title"), { original_name: evil("original_name") });
    installWorkflowBackend({ documents: [doc] });
    render(VaultPage);
    await screen.findByTestId("document-card");
    expectShownAsText(["document_title"]);
    expectNothingParsed();
  });

  it("in an imported posting, its highlighted source and the fields found in it", async () => {
    const backend = installImportBackend();
    const posting = `Avis de recrutement ${evil("posting")}\nDate limite : 26 décembre 2025`;
    backend.draft = {
      ...backend.draft,
      input: { ...backend.draft.input, title: evil("draft_title"), organization: evil("draft_organization") },
    };
    render(ImportPosting, { props: { onCreated: vi.fn(), onCancel: vi.fn() } });
    await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: posting } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    const source = await screen.findByTestId("posting-source");
    expect(plain(source.textContent ?? "")).toContain(evil("posting"));
    // Fields are inputs: their value is the text, and the page holds no element made of it.
    await waitFor(() =>
      expect((document.querySelector('[name="title"]') as HTMLInputElement).value).toBe(evil("draft_title")),
    );
    expect((document.querySelector('[name="organization"]') as HTMLInputElement).value).toBe(
      evil("draft_organization"),
    );
    expectNothingParsed();
  });
});

describe("a posting pasted by mistake whole", () => {
  it("refuses 10 MB of pasted text before sending it, in French and in English", async () => {
    const backend = installImportBackend();
    render(ImportPosting, { props: { onCreated: vi.fn(), onCancel: vi.fn() } });
    const tenMegabytes = "Avis de recrutement. ".repeat(500_000);
    expect(tenMegabytes.length).toBeGreaterThan(10_000_000);
    await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: tenMegabytes } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    expect(plain(screen.getByTestId("import-error").textContent ?? "").trim()).toBe(
      "Ce texte est trop long pour une annonce. Ne gardez que l'annonce elle-même.",
    );
    expect(backend.callsTo("posting_parse_text")).toHaveLength(0);
    cleanup();

    setLanguage("en");
    render(ImportPosting, { props: { onCreated: vi.fn(), onCancel: vi.fn() } });
    await fireEvent.input(screen.getByLabelText("Posting text"), { target: { value: tenMegabytes } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    expect(plain(screen.getByTestId("import-error").textContent ?? "").trim()).toBe(
      "This text is too long for a job posting. Keep only the posting itself.",
    );
    expect(backend.callsTo("posting_parse_text")).toHaveLength(0);
  });
});
