// The app's date field (issue 20, item 10c): days typed and chosen in the app's language,
// jj/mm/aaaa and a Monday-first calendar, whatever the system's locale; bound as the native
// input was, YYYY-MM-DD. The forms that use it are checked where they are (app, tracking,
// reminders, vault, interviews): typed the French way, they still save the ISO day.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import DateInput from "../lib/components/DateInput.svelte";
import { caretAfterDigits, readTyped } from "../lib/dateEntry";
import { setLanguage } from "../lib/i18n";
import { describedErrors, field, plain, text } from "./dom";

let onchange: ReturnType<typeof vi.fn<(iso: string) => void>>;

function mount(props: { value?: string; min?: string; max?: string } = {}) {
  onchange = vi.fn<(iso: string) => void>();
  return render(DateInput, { props: { id: "day", onchange, ...props } });
}

const input = () => field("day");

/** Types `keys` one at a time at the end of the field, as a keyboard does. */
async function typeKeys(keys: string) {
  for (const key of keys) {
    await fireEvent.input(input(), { target: { value: input().value + key }, inputType: "insertText" });
  }
}

async function backspace() {
  await fireEvent.input(input(), { target: { value: input().value.slice(0, -1) }, inputType: "deleteContentBackward" });
}

const calendar = () => screen.getByRole("dialog");
const focusedDay = () => plain((document.activeElement as HTMLElement).getAttribute("aria-label") ?? "");

async function openCalendar() {
  await fireEvent.click(screen.getByRole("button", { name: "Choisir la date dans le calendrier" }));
  await vi.waitFor(() => expect(document.activeElement?.closest("[role=grid]")).not.toBeNull());
}

async function key(name: string, extra: KeyboardEventInit = {}) {
  await fireEvent.keyDown(document.activeElement as Element, { key: name, ...extra });
  await Promise.resolve();
}

beforeEach(() => {
  setLanguage("fr");
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-10T09:00:00Z") });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setLanguage("fr");
});

describe("typing a day", () => {
  it("takes the digits alone and writes the slashes: « 15032026 » is 15/03/2026", async () => {
    mount();
    expect(input().placeholder).toBe("jj/mm/aaaa");
    expect(input().type).toBe("text");
    await typeKeys("15");
    expect(input().value).toBe("15/");
    await typeKeys("0");
    expect(input().value).toBe("15/0");
    await typeKeys("3");
    expect(input().value).toBe("15/03/");
    expect(onchange).not.toHaveBeenCalled();
    await typeKeys("2026");
    expect(input().value).toBe("15/03/2026");
    expect(onchange).toHaveBeenCalledExactlyOnceWith("2026-03-15");
    // No more than a day.
    await typeKeys("7");
    expect(input().value).toBe("15/03/2026");
  });

  it("erases with backspace, across the slashes it wrote", async () => {
    mount();
    await typeKeys("1503");
    expect(input().value).toBe("15/03/");
    await backspace();
    expect(input().value).toBe("15/03");
    await backspace();
    await backspace();
    expect(input().value).toBe("15");
    await backspace();
    expect(input().value).toBe("1");
  });

  it("reads slashes typed by hand, a one-digit day or month, and a pasted ISO day", async () => {
    mount();
    await fireEvent.input(input(), { target: { value: "1/3/2026" } });
    expect(input().value).toBe("01/03/2026");
    expect(onchange).toHaveBeenLastCalledWith("2026-03-01");
    await fireEvent.input(input(), { target: { value: "2026-04-30" } });
    expect(input().value).toBe("30/04/2026");
    expect(onchange).toHaveBeenLastCalledWith("2026-04-30");
  });

  it("shows the bound day, and follows it when it changes from outside", async () => {
    const view = mount({ value: "2025-12-26" });
    expect(input().value).toBe("26/12/2025");
    await view.rerender({ value: "2026-01-05" });
    expect(input().value).toBe("05/01/2026");
    await view.rerender({ value: "" });
    expect(input().value).toBe("");
  });

  it("says an impossible day at once and keeps the day it had", async () => {
    mount({ value: "2026-02-10" });
    await fireEvent.input(input(), { target: { value: "" } });
    expect(onchange).toHaveBeenLastCalledWith("");
    onchange.mockClear();
    await typeKeys("31022026");
    expect(input().value).toBe("31/02/2026");
    expect(describedErrors("day")).toEqual(["Le 31/02/2026 n'existe pas : vérifiez le jour et le mois."]);
    expect(input().getAttribute("aria-invalid")).toBe("true");
    expect(onchange).not.toHaveBeenCalled();
    // Corrected, the message goes and the day is given.
    await fireEvent.input(input(), { target: { value: "" } });
    await typeKeys("31012026");
    expect(describedErrors("day")).toEqual([]);
    expect(input().hasAttribute("aria-invalid")).toBe(false);
    expect(onchange).toHaveBeenLastCalledWith("2026-01-31");
  });

  it("says an unfinished day when the field is left, without changing the bound day", async () => {
    mount({ value: "2026-02-10" });
    await fireEvent.input(input(), { target: { value: "15/03" } });
    expect(describedErrors("day")).toEqual([]);
    await fireEvent.blur(input());
    expect(describedErrors("day")).toEqual(["Date incomplète : écrivez-la sous la forme jj/mm/aaaa."]);
    expect(onchange).not.toHaveBeenCalled();
  });
});

describe("the calendar", () => {
  it("is a dialog holding a grid of the month, Monday first, named in French", async () => {
    mount({ value: "2026-03-15" });
    const button = screen.getByRole("button", { name: "Choisir la date dans le calendrier" });
    expect(button.getAttribute("aria-haspopup")).toBe("dialog");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await openCalendar();
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(calendar().getAttribute("aria-labelledby")).toBeTruthy();
    const grid = within(calendar()).getByRole("grid", { name: "mars 2026" });
    expect(within(grid).getAllByRole("columnheader").map((h) => text(h))).toEqual(["lu", "ma", "me", "je", "ve", "sa", "di"]);
    expect(within(grid).getAllByRole("columnheader")[0]?.getAttribute("abbr")).toBe("lundi");
    // March 2026 starts on a Sunday: the first week begins with Monday 23 February.
    const cells = within(grid).getAllByRole("gridcell");
    expect(plain(within(cells[0] as HTMLElement).getByRole("button").getAttribute("aria-label") ?? "")).toBe("lundi 23 février 2026");
    expect(cells.length % 7).toBe(0);
    // The field's day is chosen and focused; today is marked.
    expect(focusedDay()).toBe("dimanche 15 mars 2026");
    expect(cells.find((c) => c.getAttribute("aria-selected") === "true")?.textContent?.trim()).toBe("15");
    expect(within(grid).getByRole("button", { name: "mardi 10 mars 2026" }).getAttribute("aria-current")).toBe("date");
  });

  it("moves by day and week with the arrows, by month with Page Up/Down, and Enter chooses", async () => {
    mount({ value: "2026-03-15" });
    await openCalendar();
    await key("ArrowRight");
    expect(focusedDay()).toBe("lundi 16 mars 2026");
    await key("ArrowDown");
    expect(focusedDay()).toBe("lundi 23 mars 2026");
    await key("ArrowLeft");
    await key("ArrowUp");
    expect(focusedDay()).toBe("dimanche 15 mars 2026");
    await key("End");
    expect(focusedDay()).toBe("dimanche 15 mars 2026");
    await key("Home");
    expect(focusedDay()).toBe("lundi 9 mars 2026");
    await key("PageDown");
    expect(focusedDay()).toBe("jeudi 9 avril 2026");
    expect(within(calendar()).getByRole("grid", { name: "avril 2026" })).toBeTruthy();
    await key("PageUp");
    await key("PageUp");
    expect(focusedDay()).toBe("lundi 9 février 2026");
    await key("PageDown", { shiftKey: true });
    expect(focusedDay()).toBe("mardi 9 février 2027");
    await key("Enter");
    expect(onchange).toHaveBeenCalledExactlyOnceWith("2027-02-09");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(input().value).toBe("09/02/2027");
    await vi.waitFor(() => expect(document.activeElement).toBe(input()));
  });

  it("Escape closes it without choosing, gives the focus back to its button, and goes no further", async () => {
    const outer = vi.fn();
    document.addEventListener("keydown", outer);
    mount({ value: "2026-03-15" });
    await openCalendar();
    await key("ArrowRight");
    await key("Escape");
    document.removeEventListener("keydown", outer);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onchange).not.toHaveBeenCalled();
    expect(input().value).toBe("15/03/2026");
    // A dialog the field is in does not close with it: Escape goes no further than the calendar.
    expect(outer.mock.calls.map(([event]) => (event as KeyboardEvent).key)).toEqual(["ArrowRight"]);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Choisir la date dans le calendrier" })));
  });

  it("opens on today when the field is empty, and a click on a day chooses it", async () => {
    mount();
    await openCalendar();
    expect(focusedDay()).toBe("mardi 10 mars 2026");
    await fireEvent.click(screen.getByRole("button", { name: "vendredi 20 mars 2026" }));
    expect(onchange).toHaveBeenCalledExactlyOnceWith("2026-03-20");
  });

  it("keeps to min and max: the days outside cannot be chosen, and it opens inside them", async () => {
    mount({ min: "2026-04-05", max: "2026-04-20" });
    await openCalendar();
    expect(focusedDay()).toBe("dimanche 5 avril 2026");
    const before = screen.getByRole("button", { name: "samedi 4 avril 2026" });
    expect(before.getAttribute("aria-disabled")).toBe("true");
    await fireEvent.click(before);
    await key("ArrowLeft");
    expect(focusedDay()).toBe("samedi 4 avril 2026");
    await key("Enter");
    expect(onchange).not.toHaveBeenCalled();
    await key("ArrowRight");
    await key("Enter");
    expect(onchange).toHaveBeenCalledExactlyOnceWith("2026-04-05");
  });
});

describe("in English", () => {
  it("writes dd/mm/yyyy and names the months and days in English, Monday first", async () => {
    setLanguage("en");
    mount({ value: "2026-03-15" });
    expect(input().placeholder).toBe("dd/mm/yyyy");
    expect(input().value).toBe("15/03/2026");
    await fireEvent.click(screen.getByRole("button", { name: "Choose the date from a calendar" }));
    const grid = within(calendar()).getByRole("grid", { name: "March 2026" });
    expect(within(grid).getAllByRole("columnheader").map((h) => text(h))).toEqual(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]);
    await vi.waitFor(() => expect(focusedDay()).toBe("Sunday 15 March 2026"));
    await key("Escape");
    await fireEvent.input(input(), { target: { value: "31/04/2026" } });
    expect(describedErrors("day")).toEqual(["31/04/2026 does not exist: check the day and the month."]);
  });
});

describe("no native date input is left", () => {
  it("the field is text, with the numeric keyboard", () => {
    mount();
    expect(document.querySelector('input[type="date"]')).toBeNull();
    expect(input().inputMode).toBe("numeric");
  });
});

describe("the mask's rules", () => {
  it("keeps the caret after the same digit when a digit is changed inside the day", async () => {
    mount({ value: "2026-03-15" });
    // « 15/03/2026 » with the month's 3 replaced by 4: the caret was after « 15/04 ».
    const el = input();
    el.value = "15/04/2026";
    el.setSelectionRange(5, 5);
    await fireEvent.input(el, { inputType: "insertText" });
    expect(el.value).toBe("15/04/2026");
    expect(el.selectionStart).toBe(6);
    expect(onchange).toHaveBeenCalledExactlyOnceWith("2026-04-15");
  });

  it("reads 29 February only in a leap year, and year 0000 as no year", () => {
    expect(readTyped("29/02/2028")).toEqual({ kind: "day", iso: "2028-02-29" });
    expect(readTyped("29/02/2026")).toEqual({ kind: "impossible" });
    expect(readTyped("01/01/0000")).toEqual({ kind: "impossible" });
    expect(readTyped("1/1/20")).toEqual({ kind: "incomplete" });
    expect(caretAfterDigits("15/03/2026", 4)).toBe(6);
  });
});
