// How the interface writes a day and a file size: the tables of catalogue/formats.json,
// which the core (Rust) reads too, and the same rules, so that « 1,4 Mo » or « 30 sept.
// 2025 » read alike in the window, in postulo-cli and on the dossier. Both pass the cases
// of catalogue/format-cases.json (format.test.ts here, `format` in postulo-core). Tables
// rather than Intl: WebKit's and Node's ICU disagree (« Sep » or « Sept »).
import formats from "../../../../catalogue/formats.json";
import type { Language } from "../bindings/Language";

/** "26 déc. 2025" / "26 Dec 2025" for a `YYYY-MM-DD` day (anything else comes back as given). */
export function formatDay(iso: string | null, lang: Language): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]), lang) ?? iso;
}

/** "26 déc. 2025" for a year, a month (1–12) and a day; null for a month that does not exist. */
export function dayOf(year: number, month: number, day: number, lang: Language): string | null {
  const name = formats.months_short[lang][month - 1];
  return name === undefined ? null : `${day} ${name} ${year}`;
}

/**
 * Bytes in decimal units, as mail providers state their limits: "851 ko" (rounded up: it
 * is not under 850 ko), "1,2 Mo" (a tenth under 10 MB, "8 Mo" rather than "8,0 Mo"), "25 Mo". Whole numbers only, so
 * that it rounds exactly as the core does.
 */
export function formatSize(bytes: number, lang: Language): string {
  const units = formats.size_units[lang];
  const space = formats.unit_separator[lang];
  const whole = Math.max(0, Math.round(bytes));
  const kb = Math.ceil(whole / 1000);
  if (kb < 1000) return `${kb}${space}${units.kb}`;
  const tenths = Math.floor((whole + 50_000) / 100_000);
  if (tenths < 100 && tenths % 10 !== 0) {
    return `${Math.floor(tenths / 10)}${formats.decimal_separator[lang]}${tenths % 10}${space}${units.mb}`;
  }
  const mb = tenths < 100 ? Math.floor(tenths / 10) : Math.floor((whole + 500_000) / 1_000_000);
  return `${mb}${space}${units.mb}`;
}
