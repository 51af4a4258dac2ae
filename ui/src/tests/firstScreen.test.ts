import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApplicationPage } from "../lib/bindings/ApplicationPage";
import { locale, setLanguage } from "../lib/i18n";
import { loadSettings } from "../lib/settings";
import { ListStore, PAGE_ROWS } from "../lib/views/listStore.svelte";
import { listItem, makeApplication } from "./fakeBackend";

type Holder = { __POSTULO_FIRST_SCREEN__?: unknown };

/** The list as it opens: everything, by deadline (the question the shell answers). */
const everything = new ListStore().query();

function page(total: number, rows: number): ApplicationPage {
  return {
    total,
    offset: 0,
    items: Array.from({ length: rows }, (_, i) => listItem(makeApplication({ id: i + 1, title: `Poste ${i + 1}` }))),
  };
}

let calls: string[] = [];

beforeEach(() => {
  calls = [];
  setLanguage("fr");
  mockIPC((cmd) => {
    calls.push(cmd);
    if (cmd === "applications_page") return page(1, 1);
    if (cmd === "settings_get") return { language: "fr" };
    return null;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (window as Holder).__POSTULO_FIRST_SCREEN__;
  clearMocks();
});

describe("the first screen handed over with the window", () => {
  it("draws the first rows and the language without asking the core, once", async () => {
    // Keys in Rust's order, not the window's: the same question all the same.
    (window as Holder).__POSTULO_FIRST_SCREEN__ = {
      settings: { language: "en" },
      query: { descending: false, sort: "deadline", organization: null, deadline_to: null, deadline_from: null, statuses: [], text: null },
      page: page(250, PAGE_ROWS),
    };
    await loadSettings();
    expect(locale.lang).toBe("en");
    const list = new ListStore();
    await list.load();
    expect(calls).toEqual([]);
    expect(list.items).toHaveLength(250);
    expect(list.items[0]?.title).toBe("Poste 1");
    expect(list.items[PAGE_ROWS]).toBeUndefined();
    expect(list.phase).toBe("ready");

    // Used once: the next question goes to the core.
    await list.load();
    await loadSettings();
    expect(calls).toEqual(["applications_page", "settings_get"]);
  });

  it("is not used for another question, nor when it is not a whole page", async () => {
    (window as Holder).__POSTULO_FIRST_SCREEN__ = { query: everything, page: page(250, PAGE_ROWS) };
    const searching = new ListStore();
    searching.text = "comptable";
    await searching.load();
    expect(calls).toEqual(["applications_page"]);

    calls = [];
    (window as Holder).__POSTULO_FIRST_SCREEN__ = { query: everything, page: page(250, 40) };
    await new ListStore().load();
    expect(calls).toEqual(["applications_page"]);

    // A short list is a whole page.
    calls = [];
    (window as Holder).__POSTULO_FIRST_SCREEN__ = { query: everything, page: page(3, 3) };
    const short = new ListStore();
    await short.load();
    expect(calls).toEqual([]);
    expect(short.items).toHaveLength(3);
  });

  it("is never used after a reload: the page asks the core, the shell's copy is as old as the window", async () => {
    // A reload follows a restored backup, for one: what the window was opened with is gone.
    vi.spyOn(performance, "getEntriesByType").mockReturnValue([{ type: "reload" } as PerformanceNavigationTiming]);
    (window as Holder).__POSTULO_FIRST_SCREEN__ = {
      settings: { language: "en" },
      query: everything,
      page: page(250, PAGE_ROWS),
    };
    await loadSettings();
    expect(locale.lang).toBe("fr");
    const list = new ListStore();
    await list.load();
    expect(calls).toEqual(["settings_get", "applications_page"]);
    expect(list.items).toHaveLength(1);
    expect((window as Holder).__POSTULO_FIRST_SCREEN__).toBeUndefined();
  });
});
