// Time zones as a candidate names them: « Lomé (GMT+0) » rather than Africa/Lome, « Asmara »
// rather than the Africa/Asmera that ICU (and so the web view) still lists. The zone's ID
// stays what is saved; only what is shown changes.
import type { Language } from "../bindings/Language";

/**
 * Names every language writes alike where the ID's last part is not the place's name: an
 * accent the ID cannot carry, or an old ID ICU keeps for a renamed city.
 */
const CITIES: Record<string, string> = {
  "Africa/Asmera": "Asmara",
  "Africa/Lome": "Lomé",
  "Africa/Ndjamena": "N’Djamena",
  "Africa/Sao_Tome": "São Tomé",
  "America/Bahia_Banderas": "Bahía de Banderas",
  "America/Bogota": "Bogotá",
  "America/Coral_Harbour": "Atikokan",
  "America/Cordoba": "Córdoba",
  "America/Cuiaba": "Cuiabá",
  "America/Curacao": "Curaçao",
  "America/Godthab": "Nuuk",
  "America/Merida": "Mérida",
  "America/Santarem": "Santarém",
  "America/Sao_Paulo": "São Paulo",
  "America/St_Barthelemy": "Saint-Barthélemy",
  "Asia/Calcutta": "Kolkata",
  "Asia/Katmandu": "Kathmandu",
  "Asia/Rangoon": "Yangon",
  "Asia/Saigon": "Ho Chi Minh City",
  "Atlantic/Faeroe": "Faroe",
  "Europe/Kiev": "Kyiv",
  "Europe/Zurich": "Zürich",
  "Indian/Mahe": "Mahé",
  "Indian/Reunion": "Réunion",
  "Pacific/Enderbury": "Kanton",
  "Pacific/Noumea": "Nouméa",
  "Pacific/Ponape": "Pohnpei",
  "Pacific/Truk": "Chuuk",
};

/** Where a language has its own name for the place (an exonym). */
const EXONYMS: Record<Language, Record<string, string>> = {
  fr: {
    "Africa/Addis_Ababa": "Addis-Abeba",
    "Africa/Algiers": "Alger",
    "Africa/Cairo": "Le Caire",
    "Africa/Mogadishu": "Mogadiscio",
    "Africa/Ndjamena": "N’Djaména",
    "America/Havana": "La Havane",
    "America/Mexico_City": "Mexico",
    "Asia/Beirut": "Beyrouth",
    "Asia/Damascus": "Damas",
    "Asia/Dubai": "Dubaï",
    "Asia/Jerusalem": "Jérusalem",
    "Asia/Riyadh": "Riyad",
    "Asia/Saigon": "Hô Chi Minh-Ville",
    "Asia/Singapore": "Singapour",
    "Asia/Tehran": "Téhéran",
    "Atlantic/Canary": "Canaries",
    "Atlantic/Cape_Verde": "Cap-Vert",
    "Atlantic/Faeroe": "Féroé",
    "Europe/Athens": "Athènes",
    "Europe/Brussels": "Bruxelles",
    "Europe/Bucharest": "Bucarest",
    "Europe/Copenhagen": "Copenhague",
    "Europe/Lisbon": "Lisbonne",
    "Europe/London": "Londres",
    "Europe/Moscow": "Moscou",
    "Europe/Vienna": "Vienne",
    "Europe/Warsaw": "Varsovie",
    "Indian/Comoro": "Comores",
    "Indian/Mauritius": "Maurice",
    "Indian/Reunion": "La Réunion",
  },
  en: {},
};

const UNIVERSAL = new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu"]);

/** Whether `tz` is universal time rather than a place. */
export function isUniversal(tz: string): boolean {
  return UNIVERSAL.has(tz);
}

/** « Lomé », « Le Caire », « Buenos Aires »: the place whose clock `tz` is. */
export function zoneCity(tz: string, lang: Language): string {
  if (isUniversal(tz)) return "UTC";
  return EXONYMS[lang][tz] ?? CITIES[tz] ?? (tz.split("/").pop() ?? tz).replace(/_/g, " ");
}
