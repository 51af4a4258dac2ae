// A posting draft as the backend returns it for the COOPI posting (an excerpt of
// ../shared/postings/coopi-bamako-2025.txt), with spans computed from the text so their
// UTF-16 offsets are right even after the emoji (two UTF-16 units each).
import type { Application } from "../lib/bindings/Application";
import type { DraftField } from "../lib/bindings/DraftField";
import type { DraftFieldName } from "../lib/bindings/DraftFieldName";
import type { PostingDraft } from "../lib/bindings/PostingDraft";
import { NOTHING_ASKED } from "../lib/pieces";

export const COOPI_TEXT = `Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial

OFFRE D’EMPLOI N° 013/12/CPSM-SP/BKO/2025

Organisation : COOPI – COOPERAZIONE INTERNAZIONALE
Poste : Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial
Nombre de poste : 01
Lieu d’affectation : Bamako
Durée du contrat : 9 mois, avec possibilité d’extension
Date de début : Immédiate
➡️ Les candidatures féminines sont fortement encouragées.


5. Dossier de candidature

Le dossier doit comprendre :

  • Un Curriculum Vitae actualisé (avec contacts de personnes de référence) ;

  • Une lettre de motivation.

📌 NB :
D’autres documents (casier judiciaire, diplômes, certificats de travail, attestations) seront demandés uniquement aux candidats retenus à la fin du processus.


6. Modalités de candidature

Les candidatures doivent être envoyées uniquement par email à l’adresse suivante :

📧 assist.admin.bamako@coopi.org

à l’attention du Chef de Mission COOPI Mali, en indiquant obligatoirement dans l’objet du mail :

« REF N°013/12/CPSM-SP/BKO/2025 »

📅 Date limite d’envoi : au plus tard le 26 décembre 2025 à 17h00.

Seuls les candidat(e)s présélectionné(e)s seront contacté(e)s.

COOPI Mali
  • Contrat CDD : Contrat à durée déterminée
  • Ville Bamako
`;

/** The span of `source` in the text, after the first occurrence of `after` if given. */
export function spanOf(text: string, source: string, after = ""): { start: number; end: number } {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`"${after}" is not in the text`);
  const start = text.indexOf(source, from);
  if (start < 0) throw new Error(`"${source}" is not in the text`);
  return { start, end: start + source.length };
}

function field(
  name: DraftFieldName,
  value: string,
  source: string,
  more: Partial<DraftField> & { after?: string } = {},
): DraftField {
  const { after, ...rest } = more;
  return {
    field: name,
    value,
    ...spanOf(COOPI_TEXT, source, after),
    confidence: 0.9,
    inferred: false,
    warnings: [],
    ...rest,
  };
}

export const TITLE = "Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial";
export const ORGANIZATION = "COOPI – COOPERAZIONE INTERNAZIONALE";
export const EMAIL = "assist.admin.bamako@coopi.org";
export const SUBJECT = "REF N°013/12/CPSM-SP/BKO/2025";

export function coopiDraft(text: string = COOPI_TEXT): PostingDraft {
  const doc = (kind: PostingDraft["documents"][number]["kind"], label: string, stage: "now" | "if_shortlisted") => ({
    kind,
    label,
    stage,
    ...spanOf(COOPI_TEXT, label),
    requirements: NOTHING_ASKED,
  });
  return {
    text,
    language: "fr",
    fields: [
      field("title", TITLE, TITLE, { after: "Poste : " }),
      field("organization", ORGANIZATION, ORGANIZATION),
      field("reference", "013/12/CPSM-SP/BKO/2025", "013/12/CPSM-SP/BKO/2025", { confidence: 0.8 }),
      field("location", "Bamako", "Bamako", { after: "Lieu d’affectation" }),
      field("contract", "CDD, 9 mois", "9 mois", { confidence: 0.7 }),
      field("deadline", "2025-12-26 17:00", "au plus tard le 26 décembre 2025 à 17h00"),
      field("apply_email", EMAIL, EMAIL),
      field("email_subject", SUBJECT, SUBJECT),
    ],
    documents: [
      doc("cv", "Curriculum Vitae", "now"),
      doc("cover_letter", "lettre de motivation", "now"),
      doc("criminal_record", "casier judiciaire", "if_shortlisted"),
      doc("diploma_copies", "diplômes", "if_shortlisted"),
      doc("work_certificates", "certificats de travail", "if_shortlisted"),
      doc("attestations", "attestations", "if_shortlisted"),
    ],
    input: {
      title: TITLE,
      organization: ORGANIZATION,
      reference: "013/12/CPSM-SP/BKO/2025",
      location: "Bamako",
      contract: "CDD, 9 mois",
      source_url: null,
      apply_method: "email",
      apply_email: EMAIL,
      apply_subject: SUBJECT,
      apply_url: null,
      apply_address: null,
      deadline: { date: "2025-12-26", time: "17:00", timezone: "Africa/Bamako" },
      notes: null,
    },
    checklist: [
      { kind: "cv", label: null, stage: "now", requirements: NOTHING_ASKED },
      { kind: "cover_letter", label: null, stage: "now", requirements: NOTHING_ASKED },
      { kind: "criminal_record", label: null, stage: "if_shortlisted", requirements: NOTHING_ASKED },
      { kind: "diploma_copies", label: null, stage: "if_shortlisted", requirements: NOTHING_ASKED },
      { kind: "work_certificates", label: null, stage: "if_shortlisted", requirements: NOTHING_ASKED },
      { kind: "attestations", label: null, stage: "if_shortlisted", requirements: NOTHING_ASKED },
    ],
    posts: [],
    recognized: null,
    sending: null,
  };
}

/** The same draft with the deadline's year guessed, as when a posting writes "26 décembre". */
export function coopiDraftWithInferredYear(): PostingDraft {
  const draft = coopiDraft();
  draft.fields = draft.fields.map((f) =>
    f.field === "deadline"
      ? {
          ...f,
          confidence: 0.55,
          inferred: true,
          warnings: [{ code: "year_inferred", written: "26 décembre", year: 2025 }],
        }
      : f,
  );
  return draft;
}

export function applicationFrom(draft: PostingDraft, id = 1): Application {
  return {
    id,
    ...draft.input,
    apply_cc: draft.input.apply_cc ?? [],
    organization_type: draft.input.organization_type ?? null,
    status: "to_prepare",
    created_at: "2025-12-21T09:00:00Z",
    updated_at: "2025-12-21T09:00:00Z",
  };
}
