// « Statistiques », the pure part: the period presets (days in the candidate's own
// calendar), how figures are written, and the charts' geometry. No DOM, no backend: the
// tests call it directly.
import formats from "../../../../../catalogue/formats.json";
import type { Language } from "../../bindings/Language";
import type { MonthCount } from "../../bindings/MonthCount";
import type { StatsPeriod } from "../../bindings/StatsPeriod";
import { fmt } from "../../i18n/fmt";
import { isSingular } from "../vault/documents";

export type PresetKey = "last30Days" | "last3Months" | "last12Months" | "all" | "custom";

export const PRESETS: readonly PresetKey[] = ["last30Days", "last3Months", "last12Months", "all", "custom"];

/** `YYYY-MM-DD` for a day of this computer's calendar (not UTC: 23:30 in Dakar is still today). */
export function isoDay(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** The day `days` before `today` (local calendar, so summer time never skips a day). */
export function daysBefore(today: Date, days: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
}

/**
 * The same day `months` months earlier, kept inside the month: 31 May minus 3 months is
 * 28 (or 29) February, not 3 March.
 */
export function monthsBefore(today: Date, months: number): Date {
  const first = new Date(today.getFullYear(), today.getMonth() - months, 1);
  const lastDay = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(today.getDate(), lastDay));
}

/**
 * The days a preset covers, both ends included, up to today: the last 30 days are today
 * and the 29 before; the last 3 (12) months start on the same day 3 (12) months ago.
 * « Depuis le début » is open at both ends. `custom` has no days of its own: null.
 */
export function presetPeriod(key: PresetKey, today: Date = new Date()): StatsPeriod | null {
  const to = isoDay(today);
  switch (key) {
    case "last30Days":
      return { from: isoDay(daysBefore(today, 29)), to };
    case "last3Months":
      return { from: isoDay(monthsBefore(today, 3)), to };
    case "last12Months":
      return { from: isoDay(monthsBefore(today, 12)), to };
    case "all":
      return { from: null, to: null };
    case "custom":
      return null;
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` that names a real day. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The period two date fields give, an empty field leaving that end open; null when a
 * field holds no real day or the start comes after the end.
 */
export function customPeriod(from: string, to: string): StatsPeriod | null {
  const f = from.trim();
  const t = to.trim();
  if ((f && !isIsoDay(f)) || (t && !isIsoDay(t))) return null;
  if (f && t && f > t) return null;
  return { from: f || null, to: t || null };
}

// ---------------------------------------------------------------------------------------
// Writing figures: the catalogue's decimal separator (« 2,5 » / "2.5"), as format.ts does
// for sizes, so the window and the core agree.

// The one plural rule of the window (vault/documents.ts), for the tests and the views here.
export { isSingular };

/** A count with its noun: `{ one: "{n} candidature", other: "{n} candidatures" }`. */
export function countText(n: number, forms: { one: string; other: string }, lang: Language): string {
  return fmt(isSingular(n, lang) ? forms.one : forms.other, { n: formatNumber(n, lang) });
}

const THOUSANDS: Record<Language, string> = { fr: "\u202f", en: "," };

/** At most `decimals` decimals, trailing zeros dropped: 2 → "2", 2.5 → "2,5", 0.333 → "0,33". */
export function formatNumber(value: number, lang: Language, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(decimals).split(".") as [string, string | undefined];
  const trimmed = (fraction ?? "").replace(/0+$/, "");
  // Thousands: a narrow no-break space in French (« 1 250 »), a comma in English.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[lang]);
  const text = trimmed ? `${grouped}${formats.decimal_separator[lang]}${trimmed}` : grouped;
  return negative ? `-${text}` : text;
}

/** A 0..1 rate as a whole percentage, in the language's template (« 33 % », "33%"). */
export function formatPercent(rate: number, lang: Language, template: string): string {
  return fmt(template, { n: formatNumber(Math.round(rate * 100), lang, 0) });
}

/** "sept. 2025" / "Sep 2025" for a `YYYY-MM` month, from the catalogue's month names. */
export function monthName(month: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const name = formats.months_short[lang][Number(match[2]) - 1];
  return name === undefined ? month : `${name} ${match[1]}`;
}

/** A time axis shows at most this many months of a bounded period; beyond, only those with data. */
const MONTHS_SPAN_MAX = 60;

/**
 * Every month of the axis, those without anything given as zeros (the core leaves empty
 * months out; a time axis must not): from the period's first month, or the first with
 * something, to its last month, or the last with something, whichever reach further (an
 * application started in the period may be answered after it).
 */
export function fillMonths(months: readonly MonthCount[], period: StatsPeriod = { from: null, to: null }): MonthCount[] {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  let start = period.from && period.from.slice(0, 7) < first.month ? period.from.slice(0, 7) : first.month;
  let end = period.to && period.to.slice(0, 7) > last.month ? period.to.slice(0, 7) : last.month;
  if (monthIndex(end) - monthIndex(start) >= MONTHS_SPAN_MAX) {
    start = first.month;
    end = last.month;
  }
  const byMonth = new Map(months.map((x) => [x.month, x]));
  const out: MonthCount[] = [];
  let [year, month] = start.split("-").map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    out.push(byMonth.get(key) ?? { month: key, started: 0, sent: 0, answered: 0 });
    if (key >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

function monthIndex(month: string): number {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return year * 12 + m - 1;
}

/** Just the month's short name ("sept."), for the month chart's axis. */
export function monthShort(month: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return (match && formats.months_short[lang][Number(match[2]) - 1]) || month;
}

// ---------------------------------------------------------------------------------------
// Chart geometry.

/** One horizontal bar: its label, its count (and how it is written), an optional note. */
export type Bar = { key: string; label: string; value: number; valueText: string; note?: string };

/**
 * A round top for an axis: the smallest of 1, 2, 5 × 10ⁿ (and at least 1) that holds
 * `max`, so the gridlines fall on whole, readable counts.
 */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return Math.max(1, step * power);
  }
  return 10 * power;
}

/** The gridline values from 0 to `top`: 4 or 5 whole steps, fewer for small tops. */
export function ticks(top: number): number[] {
  const steps = top <= 5 ? top : top % 4 === 0 ? 4 : 5;
  const step = top / steps;
  return Array.from({ length: steps + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

/** A bar's length for `value` on an axis from 0 to `top` drawn over `span` units; never negative. */
export function barLength(value: number, top: number, span: number): number {
  if (!(top > 0) || !(value > 0)) return 0;
  return (Math.min(value, top) / top) * span;
}

/** Every `n`-th month is labelled when there are too many to name each without overlap. */
export function labelEvery(count: number, room: number, perLabel: number): number {
  if (count <= 0) return 1;
  return Math.max(1, Math.ceil((count * perLabel) / room));
}

/** Shortened for a chart's axis, with « … »; the table keeps the full text. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * Calls `report` with the element's width now and whenever it changes (a ResizeObserver,
 * or the window's resize where there is none, as in the tests); returns the clean-up.
 */
export function watchWidth(element: HTMLElement, report: (width: number) => void): () => void {
  const measure = () => report(element.clientWidth);
  measure();
  if (typeof ResizeObserver === "undefined") {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  return () => observer.disconnect();
}
