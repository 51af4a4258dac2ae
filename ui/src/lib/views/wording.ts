// How the views word time and progress: "Demain à 17:00", "3/5 pièces prêtes · Il manque :
// …", and the days a deadline filter covers.
import type { ChecklistProgress } from "../bindings/ChecklistProgress";
import type { Deadline } from "../bindings/Deadline";
import type { Language } from "../bindings/Language";
import type { MissingItem } from "../bindings/MissingItem";
import { deadlineInstant, intlLocale, isValidTimeZone, systemTimeZone, zoneOffsetMs } from "../i18n/dates";
import { fmt } from "../i18n/fmt";
import type { Messages } from "../i18n/fr";
import type { Urgency } from "../i18n/dates";

export interface Countdown {
  text: string;
  urgency: Urgency;
}

function dayNumber(utcMs: number, tz: string): number {
  return Math.floor((utcMs + zoneOffsetMs(utcMs, tz)) / 86_400_000);
}

function clock(utcMs: number, lang: Language, tz: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: tz,
  }).format(new Date(utcMs));
}

/**
 * "Dans 40 min", "Aujourd'hui à 17:00", "Demain à 17:00", "Dans 3 jours"… Days and hours
 * are those of this computer's clock, the one the candidate lives by.
 */
export function countdown(
  deadline: Deadline,
  lang: Language,
  m: Messages,
  now: number = Date.now(),
  userTz: string = systemTimeZone(),
): Countdown | null {
  const c = m.views.countdown;
  const instant = deadlineInstant(deadline);
  if (instant === null) return null;
  if (instant < now) return { text: c.passed, urgency: "passed" };
  const tz = isValidTimeZone(userTz) ? userTz : "UTC";
  const minutes = Math.ceil((instant - now) / 60_000);
  const days = dayNumber(instant, tz) - dayNumber(now, tz);
  const at = deadline.time === null ? null : clock(instant, lang, tz);
  if (minutes < 60 && deadline.time !== null) {
    return { text: fmt(c.inMinutes, { n: minutes }), urgency: "soon" };
  }
  if (days <= 0) return { text: at ? fmt(c.todayAt, { time: at }) : c.todayEnd, urgency: "soon" };
  if (days === 1) {
    return { text: at ? fmt(c.tomorrowAt, { time: at }) : c.tomorrowEnd, urgency: "soon" };
  }
  const urgency: Urgency = days <= 3 ? "soon" : "later";
  if (days < 14) return { text: fmt(c.inDays, { n: days }), urgency };
  if (days < 60) return { text: fmt(c.inWeeks, { n: Math.floor(days / 7) }), urgency };
  return { text: fmt(c.inMonths, { n: Math.floor(days / 30) }), urgency };
}

/** "3/5 pièces prêtes", or null when nothing is asked for yet. */
export function progressText(progress: ChecklistProgress, m: Messages): string | null {
  if (progress.due === 0) return null;
  const p = m.views.progress;
  return fmt(progress.due === 1 ? p.readyOne : p.readyOther, {
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

/** "26 déc. 2025" for a plain `YYYY-MM-DD` day. */
export function formatDay(date: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

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
