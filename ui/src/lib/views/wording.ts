// How the views word progress ("3/5 pièces prêtes · Il manque : …") and the days a deadline
// filter covers. Countdowns ("Demain à 17:00") are the core's: see countdowns.svelte.ts.
import type { ChecklistProgress } from "../bindings/ChecklistProgress";
import type { Language } from "../bindings/Language";
import type { MissingItem } from "../bindings/MissingItem";
import { fmt } from "../i18n/fmt";
import type { Messages } from "../i18n/fr";

/**
 * « 3 pièces prêtes sur 5 », "3 of 5 documents ready", or null when nothing is asked for
 * yet. French agrees with the pieces ready (0 and 1 are singular), English with those asked.
 */
export function progressText(progress: ChecklistProgress, m: Messages, lang: Language): string | null {
  if (progress.due === 0) return null;
  const p = m.views.progress;
  const one = lang === "fr" ? progress.ready <= 1 : progress.due === 1;
  return fmt(one ? p.readyOne : p.readyOther, {
    ready: progress.ready,
    due: progress.due,
  });
}

export function missingName(item: MissingItem, m: Messages): string {
  return item.label?.trim() || m.workflow.kinds[item.kind];
}

/** "Il manque : CV, Casier judiciaire et 2 autres", or null when nothing is missing. */
export function missingText(progress: ChecklistProgress, m: Messages, shown = 3): string | null {
  if (progress.missing.length === 0) return null;
  const p = m.views.progress;
  const names = progress.missing.slice(0, shown).map((item) => missingName(item, m)).join(", ");
  const rest = progress.missing.length - shown;
  const items = rest > 0 ? fmt(rest === 1 ? p.andMoreOne : p.andMoreOther, { items: names, n: rest }) : names;
  return fmt(p.missing, { items });
}

// The one day formatter, shared with the core (see i18n/format.ts).
export { formatDay } from "../i18n/format";

/** Today on this computer, as `YYYY-MM-DD`. */
export function localDay(now: Date = new Date()): string {
  return isoDay(now.getFullYear(), now.getMonth(), now.getDate());
}

function isoDay(year: number, monthIndex: number, day: number): string {
  const d = new Date(Date.UTC(year, monthIndex, day));
  return d.toISOString().slice(0, 10);
}

export type DeadlineWindow = "all" | "week" | "month" | "custom";

/** The days (inclusive) a deadline filter covers: Monday to Sunday, or the whole month. */
export function windowDays(
  window: DeadlineWindow,
  now: Date = new Date(),
  custom: { from: string; to: string } = { from: "", to: "" },
): { from: string | null; to: string | null } {
  const [y, mo, d] = [now.getFullYear(), now.getMonth(), now.getDate()];
  switch (window) {
    case "all":
      return { from: null, to: null };
    case "week": {
      const sinceMonday = (now.getDay() + 6) % 7;
      return { from: isoDay(y, mo, d - sinceMonday), to: isoDay(y, mo, d - sinceMonday + 6) };
    }
    case "month":
      return { from: isoDay(y, mo, 1), to: isoDay(y, mo + 1, 0) };
    case "custom":
      return {
        from: /^\d{4}-\d{2}-\d{2}$/.test(custom.from) ? custom.from : null,
        to: /^\d{4}-\d{2}-\d{2}$/.test(custom.to) ? custom.to : null,
      };
  }
}

/** True when a key press lands in a place where the candidate is typing text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  }
  return false;
}
