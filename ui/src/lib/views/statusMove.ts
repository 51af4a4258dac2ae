// Moving an application to « Prête » or « Envoyée » says its dossier is complete: while the
// core counts pieces still missing (ChecklistProgress.missing, the same list as the page's
// « Il manque » band and the board's cards), the window asks first. Used by the status list
// of the application page and by the board (drag and drop, « Déplacer vers… »).
import type { ChecklistProgress } from "../bindings/ChecklistProgress";
import type { Language } from "../bindings/Language";
import type { MissingItem } from "../bindings/MissingItem";
import type { Status } from "../bindings/Status";
import { fmt } from "../i18n/fmt";
import { isSingular } from "../i18n/format";
import type { Messages } from "../i18n/fr";
import { itemName, joinNames } from "../components/vault/documents";

/** The statuses that say every piece is there. */
export const COMPLETE_STATUSES: readonly Status[] = ["ready", "sent"];

/** A move waiting for the candidate's answer. */
export interface AskedMove {
  status: Status;
  title: string;
  missing: readonly MissingItem[];
}

/** The pieces a move to `to` would leave missing, or null when it can go without asking. */
export function missingOnMove(to: Status, progress: ChecklistProgress): readonly MissingItem[] | null {
  return COMPLETE_STATUSES.includes(to) && progress.missing.length > 0 ? progress.missing : null;
}

/** The question's words: « Passer à « Envoyée » sans toutes les pièces ? », what is missing. */
export function askedMoveWords(asked: AskedMove, m: Messages, lang: Language) {
  const w = m.workflow.missingMove;
  const status = m.status[asked.status];
  const n = asked.missing.length;
  return {
    title: fmt(w.title, { status }),
    body: fmt(isSingular(n, lang) ? w.bodyOne : w.bodyOther, {
      title: asked.title,
      n,
      list: joinNames(asked.missing.map((item) => itemName(item, m))),
    }),
    confirm: fmt(w.confirm, { status }),
    cancel: w.cancel,
  };
}
