// Reading the page as the candidate does, shared by the UI tests. French and English
// dates and labels use no-break spaces (U+00A0, U+202F); the tests write plain ones.

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
