// Time zones for the deadline picker: the ones West African postings use first.
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
