// Deadlines as a candidate reads them: the date and hour written in the posting, in the
// posting's time zone, and how far away that is from now.
import type { Deadline } from "../bindings/Deadline";
import type { Language } from "../bindings/Language";
import { fmt, fmtFrench } from "./fmt";
import { dayOf } from "./format";
import type { Messages } from "./fr";
import { isUniversal, zoneCity } from "./zones";

/** en-GB rather than en-US: "26 Dec 2025, 17:00", the way West African English is written. */
const INTL_LOCALE: Record<Language, string> = { fr: "fr-FR", en: "en-GB" };

export function intlLocale(lang: Language): string {
  return INTL_LOCALE[lang];
}

/** The system's zone, kept until the current task ends: a list renders every row's
 *  deadline in one go, and WebKit builds a new formatter each time it is asked. The zone
 *  may change between two tasks (the laptop travelled), never within one. */
let systemZone: string | null = null;

export function systemTimeZone(): string {
  if (systemZone === null) {
    try {
      systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    } catch {
      systemZone = "UTC";
    }
    queueMicrotask(() => (systemZone = null));
  }
  return systemZone;
}

/** Whether each zone asked about is known: that never changes while the app runs, and
 *  checking builds a formatter. */
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  let valid = zoneValidity.get(tz);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      valid = true;
    } catch {
      valid = false;
    }
    zoneValidity.set(tz, valid);
  }
  return valid;
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

/** « heure de Bamako », « heure d’Abidjan », « Paris time », « UTC ». */
export function zoneName(tz: string, lang: Language, m: Messages): string {
  if (isUniversal(tz)) return m.deadline.utc;
  return fmtFrench(m.deadline.inZone, { zone: zoneCity(tz, lang) });
}

/** « GMT+0 », « GMT+1 », « GMT-3 », « GMT+5:30 »: `tz`'s offset at `at` (summer time included). */
export function zoneOffset(tz: string, at: number = Date.now()): string {
  const minutes = Math.round(zoneOffsetMs(at, tz) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const h = Math.floor(Math.abs(minutes) / 60);
  const min = Math.abs(minutes) % 60;
  return `GMT${sign}${h}${min === 0 ? "" : `:${String(min).padStart(2, "0")}`}`;
}

/** « Lomé (GMT+0) », « Le Caire (GMT+2) », « UTC (GMT+0) »: a zone as the pickers list it. */
export function zoneLabel(tz: string, lang: Language, at: number = Date.now()): string {
  return `${zoneCity(tz, lang)} (${zoneOffset(tz, at)})`;
}

/** The wall clock of `tz` at instant `utcMs`: its day (`YYYY-MM-DD`) and its « HH:MM ». */
function wallClock(utcMs: number, tz: string): { date: string; time: string } {
  const wall = new Date(utcMs + zoneOffsetMs(utcMs, tz)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** « 26 déc. 2025, 17:00 » for a `YYYY-MM-DD` day and an hour. */
function dayAndTime(date: string, time: string, lang: Language): string {
  const d = parseDate(date);
  return `${(d && dayOf(d.y, d.m, d.d, lang)) ?? date}, ${time}`;
}

/**
 * « 25 déc. 2025, 09:00 (heure de Bamako) »: an instant (a reminder's) on the clock of `tz`,
 * this computer's unless told, saying which clock that is.
 */
export function formatInstant(utcMs: number, lang: Language, m: Messages, tz: string = systemTimeZone()): string {
  const zone = isValidTimeZone(tz) ? tz : "UTC";
  const { date, time } = wallClock(utcMs, zone);
  return `${dayAndTime(date, time, lang)} (${zoneName(zone, lang, m)})`;
}

/**
 * "26 déc. 2025, 17:00" or "26 déc. 2025, fin de journée". When the posting's clock differs
 * from this computer's at that moment, both times: « 26 déc. 2025, 17:00 à Douala — 16:00
 * chez vous » (with the day too when it is another day here), or the zone for a deadline
 * without an hour (« fin de journée (heure d’Abidjan) »). Bamako and Dakar share one clock,
 * so a candidate in Dakar is not told about Bamako.
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
  const instant = deadlineInstant(deadline);
  const elsewhere =
    instant !== null &&
    isValidTimeZone(userTz) &&
    zoneOffsetMs(instant, deadline.timezone) !== zoneOffsetMs(instant, userTz);
  if (!elsewhere) return `${day}, ${deadline.time ?? m.deadline.endOfDay}`;
  if (deadline.time === null) return `${day}, ${m.deadline.endOfDay} (${zoneName(deadline.timezone, lang, m)})`;

  const there = isUniversal(deadline.timezone)
    ? `${deadline.time} ${m.deadline.utc}`
    : fmtFrench(m.deadline.atZone, { time: deadline.time, zone: zoneCity(deadline.timezone, lang) });
  const here = wallClock(instant, userTz);
  const hereText = here.date === deadline.date ? here.time : dayAndTime(here.date, here.time, lang);
  return `${day}, ${there} — ${fmt(m.deadline.yourTime, { time: hereText })}`;
}
