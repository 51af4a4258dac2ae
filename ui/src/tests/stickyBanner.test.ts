// The application page's « pièces prêtes » banner sticks to the top of the scrolling
// region; a row the keyboard focuses must not end up under it (issue 20, item 10b). jsdom
// neither lays out nor scrolls: what is checked here is that the region's scroll-padding
// follows the banner's height while the page shows (the engine's focus scrolling stops
// below it), and that a focused row still under the banner is scrolled clear of it. That a
// real WebKit heeds scroll-padding when it scrolls focus is for the end-to-end tests.
import { cleanup, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ApplicationPage from "../lib/components/application/ApplicationPage.svelte";
import { setLanguage } from "../lib/i18n";
import { application, installWorkflowBackend, item, uninstallWorkflowBackend } from "./workflowBackend";

const BANNER_PX = 120;
let region: HTMLDivElement;

beforeEach(() => {
  setLanguage("fr");
  // The page's banner is 120 px tall; nothing else is measured in jsdom.
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("sticky") ? BANNER_PX : 0;
  });
  region = document.createElement("div");
  region.style.overflowY = "auto";
  document.body.append(region);
});

afterEach(() => {
  cleanup();
  region.remove();
  uninstallWorkflowBackend();
});

async function openPage() {
  const app = application();
  installWorkflowBackend({ applications: [app], items: [item(app.id, 0, "cv"), item(app.id, 1, "cover_letter")] });
  const page = render(ApplicationPage, { target: region, props: { id: app.id, onBack: vi.fn(), onDeleted: vi.fn() } });
  await screen.findByTestId("progress-summary");
  return page;
}

function rect(top: number, height: number): DOMRect {
  return { top, bottom: top + height, left: 0, right: 800, width: 800, height, x: 0, y: top, toJSON: () => ({}) };
}

describe("the focused row clears the sticky banner", () => {
  it("the scrolling region keeps the banner's height as scroll padding while the page shows", async () => {
    expect(region.style.scrollPaddingTop).toBe("");
    const page = await openPage();
    expect(region.style.scrollPaddingTop).toBe(`${BANNER_PX + 8}px`);
    page.unmount();
    expect(region.style.scrollPaddingTop).toBe("");
  });

  it("a row focused under the banner is scrolled down out from under it", async () => {
    await openPage();
    const banner = screen.getByTestId("progress-summary").parentElement as HTMLElement;
    const row = screen.getAllByTestId("checklist-row")[1] as HTMLElement;
    const target = within(row).getAllByRole("button")[0] as HTMLElement;
    // The banner covers 0–120 px; the focused button sits at 50 px, under it.
    banner.getBoundingClientRect = () => rect(0, BANNER_PX);
    target.getBoundingClientRect = () => rect(50, 30);
    const scrollBy = vi.fn();
    region.scrollBy = scrollBy as typeof region.scrollBy;
    target.focus();
    await vi.waitFor(() => expect(scrollBy).toHaveBeenCalledWith({ top: -(BANNER_PX + 8 - 50) }));

    // Below the banner already: nothing moves.
    scrollBy.mockClear();
    const other = within(screen.getAllByTestId("checklist-row")[0] as HTMLElement).getAllByRole("button")[0] as HTMLElement;
    other.getBoundingClientRect = () => rect(300, 30);
    other.focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
