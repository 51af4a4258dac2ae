// The countdowns the views show ("Dans 40 min", "Demain à 17:00", "Dans 3 jours"). They are
// worded by the core (postulo-core's countdown module), the one place that words them, so
// the list, the board, the dashboard, the notifications and the tray always agree.
//
// Views call `countdownOf(deadline, lang)` while rendering: a known answer comes from the
// cache at once; an unknown one is asked for in a batch with the others of the same
// render (one IPC call), and the view updates when it arrives. Every minute the answers are
// asked for again, so "Dans 40 min" becomes "Dans 39 min" and today's deadlines pass.
import { SvelteMap } from "svelte/reactivity";
import { wordCountdowns } from "../api";
import type { Countdown } from "../bindings/Countdown";
import type { Deadline } from "../bindings/Deadline";
import type { Language } from "../bindings/Language";

const REFRESH_MS = 60_000;

const known = new SvelteMap<string, Countdown | null>();
const wanted = new Map<string, { deadline: Deadline; lang: Language }>();
const queued = new Map<string, { deadline: Deadline; lang: Language }>();
let flushScheduled = false;
let timer: ReturnType<typeof setInterval> | null = null;

function keyOf(deadline: Deadline, lang: Language): string {
  return `${lang}|${deadline.date}|${deadline.time ?? ""}|${deadline.timezone}`;
}

/** The countdown to `deadline` in `lang`, or null until the core has answered. */
export function countdownOf(deadline: Deadline | null, lang: Language): Countdown | null {
  if (deadline === null) return null;
  const key = keyOf(deadline, lang);
  if (!wanted.has(key)) {
    // A plain copy: the view may hand over a reactive proxy of its row.
    const plain: Deadline = { date: deadline.date, time: deadline.time, timezone: deadline.timezone };
    wanted.set(key, { deadline: plain, lang });
    enqueue(key, plain, lang);
  }
  return known.get(key) ?? null;
}

function enqueue(key: string, deadline: Deadline, lang: Language): void {
  queued.set(key, { deadline, lang });
  if (flushScheduled) return;
  flushScheduled = true;
  // After the current render: one call for every countdown it asked for.
  queueMicrotask(() => void flush());
  timer ??= setInterval(refreshAll, REFRESH_MS);
}

async function flush(): Promise<void> {
  flushScheduled = false;
  const batch = [...queued.entries()];
  queued.clear();
  const byLang = new Map<Language, [string, Deadline][]>();
  for (const [key, { deadline, lang }] of batch) {
    const list = byLang.get(lang) ?? [];
    list.push([key, deadline]);
    byLang.set(lang, list);
  }
  for (const [lang, entries] of byLang) {
    try {
      const words = await wordCountdowns(
        entries.map(([, d]) => d),
        lang,
      );
      entries.forEach(([key], i) => known.set(key, words[i] ?? null));
    } catch {
      // No countdown rather than a wrong one; the next refresh asks again.
      for (const [key] of entries) wanted.delete(key);
    }
  }
}

/** Asks again for every countdown shown so far: time has moved on. */
export function refreshAll(): void {
  for (const [key, { deadline, lang }] of wanted) enqueue(key, deadline, lang);
}

/** Forgets everything (tests; a restored backup brings other deadlines). */
export function resetCountdowns(): void {
  known.clear();
  wanted.clear();
  queued.clear();
  if (timer !== null) clearInterval(timer);
  timer = null;
  flushScheduled = false;
}
