// Every screen keeps the document exactly the window's height (issue 20, item 1): what a
// view positions absolutely (visually hidden labels, menus, popovers) is placed against a
// region of the app shell, which clips and scrolls it, never against the page itself. In
// the real window the pieces editor's hidden « Quand fournir « CV » » labels used to make
// the document 1,636 px tall in a 720 px window; the end-to-end test `layout_pointer`
// measures that with real wheel events.
import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { text } from "./dom";
import { makeApplication, type FakeBackend } from "./fakeBackend";
import { COOPI_TEXT, coopiDraft } from "./importFixture";
import { appCss, componentStyles, containingBlock, installAppStyles } from "./layoutStyles";
import { frenchOnFixedDay, startApp } from "./startApp";

frenchOnFixedDay();

let removeStyles: () => void;
beforeEach(() => {
  removeStyles = installAppStyles();
});
afterEach(() => removeStyles());

const app = () => document.querySelector<HTMLElement>(".app") as HTMLElement;
const main = () => document.getElementById("main") as HTMLElement;

function describeElement(el: Element): string {
  const label = text(el).slice(0, 40);
  return `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">${label}`;
}

/** Absolutely positioned elements placed against the page, or outside their view's region. */
function escaping(): string[] {
  const found: string[] = [];
  for (const el of app().querySelectorAll("*")) {
    if (getComputedStyle(el).position !== "absolute") continue;
    const block = containingBlock(el);
    const region = main().contains(el) ? main() : app();
    if (!block || (block !== region && !region.contains(block))) {
      found.push(`${describeElement(el)} → ${block ? describeElement(block) : "the page"}`);
    }
  }
  return found;
}

async function start(): Promise<FakeBackend> {
  const backend = await startApp({ applications: [makeApplication({ title: "Chargé de programme" })] });
  backend.handle = (command, args) =>
    command === "posting_parse_text" ? { ...coopiDraft(), text: args.text as string } : undefined;
  return backend;
}

describe("the document is the window's height", { timeout: 30_000 }, () => {
  it("the shell is the window and clips; its regions scroll", async () => {
    await start();
    for (const el of [document.documentElement, document.body]) {
      expect(getComputedStyle(el).height).toBe("100%");
    }
    const shell = getComputedStyle(app());
    expect(shell.height).toBe("100vh");
    expect(shell.overflow).toBe("hidden");
    // Positioned, so that it clips what is placed against it.
    expect(shell.position).not.toBe("static");
    expect(getComputedStyle(main()).overflowY).toBe("auto");
  });

  it("the pieces editor's hidden labels are placed in the import screen's region, not the page", async () => {
    await start();
    await fireEvent.click(screen.getByTestId("import-posting-nav"));
    await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: COOPI_TEXT } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    await screen.findByTestId("posting-source");

    const hidden = [...document.querySelectorAll("[data-testid='checklist-item'] label.visually-hidden")];
    expect(hidden.map((l) => text(l))).toContain("Quand fournir « CV »");
    for (const label of hidden) {
      expect(getComputedStyle(label).position).toBe("absolute");
      expect(containingBlock(label)).toBe(main());
    }
    expect(escaping()).toEqual([]);
  });

  it("no screen places anything against the page", async () => {
    await start();
    for (const key of ["list", "dashboard", "board", "stats", "vault", "profile"]) {
      await fireEvent.click(screen.getByTestId(`nav-${key}`));
      await waitFor(() => expect(main().dataset.view).toBe(key));
      await waitFor(() => expect(screen.getByRole("heading", { level: 1 })).toBeTruthy());
      expect([key, escaping()]).toEqual([key, []]);
    }
    await fireEvent.click(screen.getByTestId("nav-list"));
    await fireEvent.click(await screen.findByText("Chargé de programme"));
    await waitFor(() => expect(main().dataset.view).toBe("application"));
    expect(escaping()).toEqual([]);
  });
});

/**
 * Why a select would clip « À » in WebKitGTK, or lose its chevron: drawn by the toolkit
 * (which forces a « normal » line height), a line height under 1.4, a background shorthand
 * that removed the chevron, or too little room on the right for it.
 */
function selectProblems(): string[] {
  const found: string[] = [];
  for (const select of document.querySelectorAll("select")) {
    const style = getComputedStyle(select);
    const name = select.id || select.name || select.className;
    // jsdom leaves « inherit » (from `font: inherit`) and inherited values unresolved: read
    // the line height where it comes from.
    let from: Element | null = select;
    while (from && ["inherit", ""].includes(getComputedStyle(from).lineHeight)) from = from.parentElement;
    const lineHeight = Number.parseFloat(from ? getComputedStyle(from).lineHeight : "");
    if (style.appearance !== "none") found.push(`${name}: appearance ${style.appearance || "auto"}`);
    if (!(lineHeight >= 1.4 && lineHeight < 4)) found.push(`${name}: line-height ${lineHeight}`);
    if (!style.backgroundImage.includes("linear-gradient")) found.push(`${name}: no chevron`);
    if (style.paddingRight !== "2rem") found.push(`${name}: padding-right ${style.paddingRight}`);
  }
  return found;
}

describe("selects show capital accents (« À préparer »)", { timeout: 30_000 }, () => {
  it("every select is drawn by the app with room for accents and its chevron", async () => {
    await start();
    // The list's filters and sort.
    expect(document.querySelectorAll("select").length).toBeGreaterThan(1);
    expect(selectProblems()).toEqual([]);
    // The application form: the status « À préparer », the zone.
    await fireEvent.click(screen.getByTestId("new-application"));
    await screen.findByRole("dialog", { name: "Nouvelle candidature" });
    expect(selectProblems()).toEqual([]);
    await fireEvent.keyDown(document.activeElement as Element, { key: "Escape" });
    // The import review: the zone, the pieces' « À joindre maintenant ».
    await fireEvent.click(screen.getByTestId("import-posting-nav"));
    await fireEvent.input(screen.getByLabelText("Texte de l'annonce"), { target: { value: COOPI_TEXT } });
    await fireEvent.click(screen.getByTestId("analyse-posting"));
    await screen.findByTestId("posting-source");
    const stage = screen.getByLabelText("Quand fournir « CV »") as HTMLSelectElement;
    expect(stage.selectedOptions[0]?.textContent).toBe("À joindre maintenant");
    expect(selectProblems()).toEqual([]);
    // The application's page: its status.
    await fireEvent.click(screen.getByTestId("nav-list"));
    await fireEvent.click(await screen.findByText("Chargé de programme"));
    await waitFor(() => expect(main().dataset.view).toBe("application"));
    await waitFor(() => expect(main().querySelector("select")).not.toBeNull());
    expect(selectProblems()).toEqual([]);
  });
});

describe("check boxes, radio buttons and progress bars share one colour", () => {
  it("is set once, on the root, and no component sets its own", () => {
    expect(appCss()).toMatch(/:root\s*\{[^}]*accent-color: var\(--accent\);/);
    const own = [...componentStyles()].filter(([, css]) => css.includes("accent-color")).map(([file]) => file);
    expect(own).toEqual([]);
  });
});

