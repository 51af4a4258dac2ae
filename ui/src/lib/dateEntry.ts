// A day as the candidate types it (« 15/03/2026 », day first in French and in the app's
// British English alike) and as the app keeps it (`2026-03-15`, what a native date input
// gives). WebKitGTK's native date input follows the system's locale, not the app's
// language: DateInput.svelte types and picks days through these rules instead.
import { parseDate } from "./i18n";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The digits the candidate means, at most eight (ddmmyyyy): separators they typed
 * themselves pad a one-digit day or month (« 1/3/2026 » is 01/03/2026).
 */
export function typedDigits(raw: string): string {
  const parts = raw.split(/[^\d]+/);
  const padded = parts.map((part, i) => (i < parts.length - 1 && i < 2 && part.length === 1 ? `0${part}` : part));
  return padded.join("").slice(0, 8);
}

/**
 * « 15/03/2026 » from « 15032026 »: a slash after the day and the month. `growing` (the
 * candidate is typing, not erasing) also writes the slash that comes next, so that the
 * caret waits after it; when erasing, a trailing slash would come straight back.
 */
export function maskDigits(digits: string, growing: boolean): string {
  const day = digits.slice(0, 2);
  const month = digits.slice(2, 4);
  const year = digits.slice(4, 8);
  let out = day;
  if (digits.length > 2 || (growing && digits.length === 2)) out += "/";
  out += month;
  if (digits.length > 4 || (growing && digits.length === 4)) out += "/";
  return out + year;
}

/** Where the caret goes in `masked` to stand after its `digitsBefore`-th digit. */
export function caretAfterDigits(masked: string, digitsBefore: number): number {
  if (digitsBefore === 0) return 0;
  let seen = 0;
  for (let i = 0; i < masked.length; i++) {
    if (/\d/.test(masked[i] as string) && ++seen === digitsBefore) {
      // Past a slash the mask wrote right after it, as when typing.
      return masked[i + 1] === "/" ? i + 2 : i + 1;
    }
  }
  return masked.length;
}

/** « 15/03/2026 » for `2026-03-15`; "" for anything else. */
export function displayDay(iso: string): string {
  const d = parseDate(iso);
  return d ? `${pad(d.d)}/${pad(d.m)}/${pad(d.y, 4)}` : "";
}

export type TypedDay =
  | { kind: "empty" }
  | { kind: "incomplete" }
  | { kind: "impossible" }
  | { kind: "day"; iso: string };

/**
 * What the text of the field says: nothing, a day (`iso`), not yet a day, or a day that
 * does not exist (31/02/2026). `2026-03-15` as pasted from elsewhere is read too.
 */
export function readTyped(text: string): TypedDay {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    return parseDate(trimmed) ? { kind: "day", iso: trimmed } : { kind: "impossible" };
  }
  const digits = typedDigits(trimmed);
  if (digits.length < 8) return { kind: "incomplete" };
  const iso = `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
  return parseDate(iso) && Number(digits.slice(4, 8)) > 0 ? { kind: "day", iso } : { kind: "impossible" };
}

const fromUtc = (t: Date) => `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;

function utcOf(iso: string): Date {
  const d = parseDate(iso);
  if (!d) throw new Error(`not a day: ${iso}`);
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
}

export function addDays(iso: string, days: number): string {
  const t = utcOf(iso);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** The same day `months` later, or the month's last day when it has none (31 Jan + 1 → 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = parseDate(iso);
  if (!d) throw new Error(`not a day: ${iso}`);
  const first = new Date(Date.UTC(d.y, d.m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d.d, last));
  return fromUtc(first);
}

/** Monday 0 … Sunday 6: weeks start on Monday, in France and in the app's English. */
export function weekdayIndex(iso: string): number {
  return (utcOf(iso).getUTCDay() + 6) % 7;
}

export interface GridDay {
  iso: string;
  day: number;
  /** Whether it belongs to the month shown (the first and last weeks borrow days). */
  inMonth: boolean;
}

/** The weeks of the month of `iso`, Monday first, each seven days. */
export function monthWeeks(iso: string): GridDay[][] {
  const d = parseDate(iso);
  if (!d) throw new Error(`not a day: ${iso}`);
  const first = `${pad(d.y, 4)}-${pad(d.m)}-01`;
  let day = addDays(first, -weekdayIndex(first));
  const weeks: GridDay[][] = [];
  do {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      const p = parseDate(day);
      if (!p) throw new Error(`not a day: ${day}`);
      week.push({ iso: day, day: p.d, inMonth: p.m === d.m });
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (parseDate(day)?.m === d.m);
  return weeks;
}

/** Whether `iso` lies within `min`–`max` (either may be absent, as on a native input). */
export function withinBounds(iso: string, min?: string, max?: string): boolean {
  return !(min && iso < min) && !(max && iso > max);
}
