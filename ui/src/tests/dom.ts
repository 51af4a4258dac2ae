// Reading the page as the candidate does, shared by the UI tests. French and English
// dates and labels use no-break spaces (U+00A0, U+202F); the tests write plain ones.
import { fireEvent, screen, within } from "@testing-library/svelte";

const NO_BREAK_SPACES = /\u00a0|\u202f/g;

/** `s` with its no-break spaces as plain spaces. */
export const plain = (s: string) => s.replace(NO_BREAK_SPACES, " ");

/** An element's text as it reads: plain spaces, runs of white space folded, trimmed. */
export const text = (el: Element | null) => plain(el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** Matches an accessible name whatever the kind of space. */
export const named = (expected: string) => (name: string) => plain(name) === expected;

/** The input (or textarea, select) whose `name` is `name`. */
export function field(name: string): HTMLInputElement {
  const el = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!el) throw new Error(`no field ${name}`);
  return el;
}

/** The messages shown for a field, found through its aria-describedby. */
export function describedErrors(name: string): string[] {
  const ids = field(name).getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((el) => el?.classList.contains("error"))
    .map((el) => text(el));
}

/** What a mouse press focuses in WebKit: form controls that are not text fields are skipped. */
function mouseFocusable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || (el as HTMLButtonElement).disabled) return false;
  if (el instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset"].includes(el.type);
  if (el instanceof HTMLButtonElement) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLAnchorElement && el.hasAttribute("href")) return true;
  return el.hasAttribute("tabindex");
}

/**
 * A mouse click as WebKit (the app's Linux and macOS engine) makes it: pointerdown and
 * mousedown, then the focus moves to the nearest ancestor a mouse press can focus (a check
 * box is never focused: it is its panel, a region with tabindex, or nothing), then pointerup,
 * mouseup and click. `fireEvent.click` alone moves no focus, so it cannot show a panel that
 * closes when the focus leaves it.
 */
export async function clickLikeWebKit(el: Element): Promise<void> {
  const down = { bubbles: true, cancelable: true, button: 0, pointerType: "mouse" };
  const pointerDown = await fireEvent.pointerDown(el, down);
  const mouseDown = await fireEvent.mouseDown(el, down);
  if (pointerDown && mouseDown) {
    let target: Element | null = el;
    while (target && !mouseFocusable(target)) target = target.parentElement;
    const before = document.activeElement;
    if (target) target.focus();
    else if (before instanceof HTMLElement) before.blur();
    await Promise.resolve();
  }
  await fireEvent.pointerUp(el, down);
  await fireEvent.mouseUp(el, down);
  // A closed panel takes the element away: then nothing is clicked.
  if (el.isConnected) await fireEvent.click(el, down);
}

/** The board's column of `status`. */
export const boardColumn = (status: string) =>
  screen.getAllByTestId("board-column").find((c) => c.dataset.status === status) as HTMLElement;

/** The titles of the cards in the board's column of `status`, top to bottom. */
export const boardCardTitles = (status: string) =>
  within(boardColumn(status))
    .queryAllByTestId("board-card")
    .map((c) => text(c.querySelector("h3")));
