// Time zones for the deadline and interview pickers: the ones West African postings use first.
import type { Language } from "./bindings/Language";
import { fmt, intlLocale, systemTimeZone, zoneLabel, type Messages } from "./i18n";
export const COMMON_TIME_ZONES: readonly string[] = [
  "Africa/Bamako",
  "Africa/Dakar",
  "Africa/Abidjan",
  "Africa/Ouagadougou",
  "Africa/Niamey",
  "Africa/Conakry",
  "Africa/Lome",
  "Africa/Porto-Novo",
  "Africa/Douala",
  "Africa/Kinshasa",
  "Europe/Paris",
  "UTC",
];

/** Every other zone the web view knows, sorted; `Intl.supportedValuesOf` is missing on old WebKit. */
export function otherTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: "timeZone") => string[] };
  if (typeof intl.supportedValuesOf !== "function") return [];
  const common = new Set(COMMON_TIME_ZONES);
  return intl
    .supportedValuesOf("timeZone")
    .filter((tz) => !common.has(tz))
    .sort();
}

export interface ZoneOption {
  /** The IANA ID, what is saved. */
  value: string;
  /** « Lomé (GMT+0) », « Abidjan (GMT+0) — cet ordinateur ». */
  label: string;
}

/**
 * The zone pickers' two groups, named as a candidate reads them: this computer's zone, the
 * one chosen (even one this web view does not list) and the region's usual ones first, then
 * every other zone in the alphabetical order of its name.
 */
export function zoneOptions(
  chosen: string,
  lang: Language,
  m: Messages,
  at: number = Date.now(),
): { common: ZoneOption[]; rest: ZoneOption[] } {
  const system = systemTimeZone();
  const option = (tz: string): ZoneOption => {
    const label = zoneLabel(tz, lang, at);
    return { value: tz, label: tz === system ? fmt(m.form.timezoneThisComputer, { zone: label }) : label };
  };
  const first = [system, chosen, ...COMMON_TIME_ZONES].filter((tz, i, all) => tz !== "" && all.indexOf(tz) === i);
  const collator = new Intl.Collator(intlLocale(lang));
  const rest = otherTimeZones()
    .filter((tz) => !first.includes(tz))
    .map(option)
    .sort((a, b) => collator.compare(a.label, b.label));
  return { common: first.map(option), rest };
}
