// The words of the backups dialog: when a backup was made, what it holds, the file name
// offered in the save dialog.
import type { BackupInfo } from "../api";
import type { Language } from "../bindings/Language";
import { fmt, intlLocale, type Messages } from "../i18n";
import { isSingular } from "./vault/documents";

/** "21 novembre 2026 à 10:04" / "21 November 2026 at 10:04", on this computer's clock. */
export function backupDate(rfc3339: string, m: Messages, lang: Language): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  const day = new Intl.DateTimeFormat(intlLocale(lang), { day: "numeric", month: "long", year: "numeric" }).format(date);
  const time = new Intl.DateTimeFormat(intlLocale(lang), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    date,
  );
  return fmt(m.backup.at, { date: day, time });
}

/** "12 candidatures, 8 documents". */
export function backupContents(info: Pick<BackupInfo, "applications" | "documents">, m: Messages, lang: Language): string {
  const b = m.backup;
  const number = (n: number) => new Intl.NumberFormat(intlLocale(lang)).format(n);
  const applications = fmt(isSingular(info.applications, lang) ? b.applicationsOne : b.applicationsOther, {
    n: number(info.applications),
  });
  const documents = fmt(isSingular(info.documents, lang) ? b.documentsOne : b.documentsOther, {
    n: number(info.documents),
  });
  return `${applications}, ${documents}`;
}

/** `postulo-sauvegarde-2026-11-21.zip`, dated by this computer's calendar. */
export function backupFileName(m: Messages, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return fmt(m.backup.fileName, { date });
}
