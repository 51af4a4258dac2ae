// Deadlines as a candidate reads them: the date and hour written in the posting, in the
// posting's time zone, and how far away that is from now.
import type { Deadline } from "../bindings/Deadline";
import type { Language } from "../bindings/Language";
import { fmt } from "./fmt";
import { dayOf } from "./format";
import type { Messages } from "./fr";

/** en-GB rather than en-US: "26 Dec 2025, 17:00", the way West African English is written. */
const INTL_LOCALE: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };

export function intlLocale(lang: Language): string {
  return INTL_LOCALE[lang];
}

export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseDate(date: string): { y: number; m: number; d: number } | null {
  const match = DATE_RE.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return null;
  }
  return { y, m, d };
}

export function parseTime(time: string): { h: number; min: number } | null {
  const match = TIME_RE.exec(time);
  return match ? { h: Number(match[1]), min: Number(match[2]) } : null;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds to add to UTC to get the wall clock of `tz` at instant `utcMs`. */
export function zoneOffsetMs(utcMs: number, tz: string): number {
  let formatter = partsFormatters.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(tz, formatter);
  }
  const parts = formatter.formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour") % 24, get("minute"), get("second"));
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** The instant of a wall-clock time in `tz` (fields may overflow, as with Date.UTC). */
function zonedToUtc(y: number, m: number, d: number, h: number, min: number, tz: string): number {
  const guess = Date.UTC(y, m - 1, d, h, min);
  const first = guess - zoneOffsetMs(guess, tz);
  const second = guess - zoneOffsetMs(first, tz);
  return second;
}

/** When the deadline falls, as a UTC timestamp; a deadline without an hour ends with its day. */
export function deadlineInstant(deadline: Deadline): number | null {
  const date = parseDate(deadline.date);
  if (!date || !isValidTimeZone(deadline.timezone)) return null;
  // Without an hour, the day ends at 23:59:59 in its zone, as the core decides « Expirée »
  // (both pass catalogue/deadline-cases.json).
  if (deadline.time === null) {
    return zonedToUtc(date.y, date.m, date.d, 23, 59, deadline.timezone) + 59_000;
  }
  const time = parseTime(deadline.time);
  if (!time) return null;
  return zonedToUtc(date.y, date.m, date.d, time.h, time.min, deadline.timezone);
}

function zoneName(tz: string, m: Messages): string {
  if (tz === "UTC" || tz === "Etc/UTC" || tz === "Etc/GMT") return m.deadline.utc;
  const city = (tz.split("/").pop() ?? tz).replace(/_/g, " ");
  return fmt(m.deadline.inZone, { zone: city });
}

/**
 * "26 déc. 2025, 17:00" or "26 déc. 2025, fin de journée", followed by the posting's time
 * zone when its clock differs from this computer's at that moment (Bamako and Dakar share
 * one clock, so a candidate in Dakar is not told about Bamako).
 */
export function formatDeadline(
  deadline: Deadline,
  lang: Language,
  m: Messages,
  userTz: string = systemTimeZone(),
): string {
  const date = parseDate(deadline.date);
  if (!date) return deadline.date;
  const day = dayOf(date.y, date.m, date.d, lang) ?? deadline.date;
  let text = `${day}, ${deadline.time ?? m.deadline.endOfDay}`;
  const instant = deadlineInstant(deadline);
  if (instant !== null && isValidTimeZone(userTz)) {
    if (zoneOffsetMs(instant, deadline.timezone) !== zoneOffsetMs(instant, userTz)) {
      text += ` (${zoneName(deadline.timezone, m)})`;
    }
  }
  return text;
}
