// Small helpers of the export dialog: sizes as a candidate reads them, page counts, the
// list of what the preflight found.
import type { DocumentIssue, Preflight } from "../../api";
import type { Language } from "../../bindings/Language";
import { fmt, type Messages } from "../../i18n";
import { formatDay, isSingular, itemName, joinNames } from "../vault/documents";

// The one size formatter, shared with the core (see i18n/format.ts).
export { formatSize } from "../../i18n/format";

export function formatPages(n: number, m: Messages, lang: Language): string {
  return fmt(isSingular(n, lang) ? m.dossier.options.pagesOne : m.dossier.options.pagesOther, { n });
}

export interface PreflightLine {
  key: string;
  text: string;
}

function issueName(issue: DocumentIssue, m: Messages): string {
  return itemName(issue, m);
}

/** What stops the export: files gone from the vault, Word files to convert. */
export function blockingLines(p: Preflight, m: Messages): PreflightLine[] {
  const d = m.dossier.preflight;
  return [
    ...p.vanished.map((i) => ({
      key: `vanished-${i.item_id}`,
      text: fmt(d.vanished, { title: i.document.title, name: issueName(i, m) }),
    })),
    ...p.convert_to_pdf.map((i) => ({
      key: `convert-${i.item_id}`,
      text: fmt(d.convert, { title: i.document.title, name: issueName(i, m) }),
    })),
  ];
}

/** What the candidate may go on despite: missing pieces, expired documents. */
export function warningLines(p: Preflight, m: Messages, lang: Language): PreflightLine[] {
  const d = m.dossier.preflight;
  const lines: PreflightLine[] = [];
  if (p.missing.length > 0) {
    const names = p.missing.map((i) => itemName(i, m));
    lines.push({
      key: "missing",
      text: fmt(isSingular(names.length, "en") ? d.missingOne : d.missingOther, {
        n: names.length,
        list: joinNames(names),
      }),
    });
  }
  for (const i of p.expired) {
    const values = { title: i.document.title, name: issueName(i, m), date: formatDay(i.valid_until, lang) };
    lines.push({ key: `expired-${i.item_id}`, text: fmt(i.valid_until ? d.expired : d.expiredNoDate, values) });
  }
  for (const i of p.expires_before_deadline) {
    lines.push({
      key: `expires-${i.item_id}`,
      text: fmt(d.expiresBeforeDeadline, { title: i.document.title, name: issueName(i, m) }),
    });
  }
  if (p.documents === 0) lines.push({ key: "none", text: d.noDocuments });
  return lines;
}

/** `NOM_Prenom_Poste.pdf` → `NOM_Prenom_Poste.eml`. */
export function emlName(pdfName: string): string {
  return pdfName.replace(/\.pdf$/i, "") + ".eml";
}

/** The folder holding `path`, whatever the system's separator. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** The last part of a path, whatever the system's separator. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
