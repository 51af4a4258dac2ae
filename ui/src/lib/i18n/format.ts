// How the interface writes a day and a file size: the tables of catalogue/formats.json,
// which the core (Rust) reads too, and the same rules, so that « 1,4 Mo » or « 30 sept.
// 2025 » read alike in the window, in postulo-cli and on the dossier. Both pass the cases
// of catalogue/format-cases.json (format.test.ts here, `format` in postulo-core). Tables
// rather than Intl: WebKit's and Node's ICU disagree (« Sep » or « Sept »).
import formats from "../../../../catalogue/formats.json";
import labels from "../../../../catalogue/labels.json";
import type { Language } from "../bindings/Language";
import type { PieceForm } from "../bindings/PieceForm";
import type { PieceProblem } from "../bindings/PieceProblem";
import type { PieceRequirements } from "../bindings/PieceRequirements";

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

/** French counts anything under 2 as singular (« 0 pièce », « 1,5 jour »), English only
 *  exactly 1: the core's `format::is_singular`, on the same shared cases. */
export function isSingular(n: number, lang: Language): boolean {
  return lang === "fr" ? Math.abs(n) < 2 : n === 1;
}

/** « Copie certifiée conforme », "Certified true copy": named in catalogue/labels.json. */
export function pieceFormName(form: PieceForm, lang: Language): string {
  return labels.piece_forms[lang][form];
}

/**
 * « Copie légalisée · 3 exemplaires · de moins de 6 mois », « À écrire à la main »: what a
 * posting asks of a piece beyond its kind, empty when it asks nothing. The core writes it from the same words
 * (`labels::piece_requirements`); both pass catalogue/format-cases.json.
 */
export function formatPieceRequirements(req: PieceRequirements, lang: Language): string {
  const words = labels.piece_requirements[lang];
  const counted = (one: string, other: string, n: number) =>
    (isSingular(n, lang) ? one : other).replace("{n}", String(n));
  const parts: string[] = [];
  if (req.handwritten) parts.push(words.handwritten);
  if (req.form) parts.push(pieceFormName(req.form, lang));
  if (req.copies !== null) parts.push(counted(words.copies_one, words.copies_other, req.copies));
  if (req.max_age) {
    const { count, unit } = req.max_age;
    parts.push(
      unit === "months"
        ? counted(words.age_months_one, words.age_months_other, count)
        : counted(words.age_days_one, words.age_days_other, count),
    );
  }
  return parts.join(words.separator);
}

/**
 * « Délivré le 30 déc. 2025 : trop ancien à la date limite (accepté à partir du 31 déc.
 * 2025). »: why the document attached to a piece that asks `req` falls short, in the words
 * of catalogue/labels.json. The core writes it the same way (`labels::piece_problem`); both
 * pass catalogue/format-cases.json.
 */
export function formatPieceProblem(problem: PieceProblem, req: PieceRequirements, lang: Language): string {
  const words = labels.piece_problems[lang];
  switch (problem.problem) {
    case "not_certified":
      return words.not_certified.replace("{form}", pieceFormName(req.form ?? "certified_copy", lang));
    case "undated":
      return words.undated;
    case "certified_after_deadline":
      return words.certified_after_deadline.replace("{date}", formatDay(problem.certified_on, lang));
    case "too_old": {
      // A certified copy is as old as its stamp: say which date was measured.
      const certified = req.form === "certified_copy" || req.form === "legalized_copy" || req.form === "certified_translation";
      return (problem.on_deadline ? words.too_old : words.too_old_today)
        .replace("{dated}", certified ? words.certified_on : words.issued_on)
        .replace("{date}", formatDay(problem.dated_on, lang))
        .replace("{oldest}", formatDay(problem.oldest_accepted, lang));
    }
  }
}
