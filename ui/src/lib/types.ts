// The backend's types in one import.
export type { ApiError } from "./bindings/ApiError";
export type { Application } from "./bindings/Application";
export type { ApplicationInput } from "./bindings/ApplicationInput";
export type { ApplyMethod } from "./bindings/ApplyMethod";
export type { Deadline } from "./bindings/Deadline";
export type { ErrorCode } from "./bindings/ErrorCode";
export type { Invalid } from "./bindings/Invalid";
export type { Language } from "./bindings/Language";
export type { Settings } from "./bindings/Settings";
export type { Status } from "./bindings/Status";

import type { ApplyMethod } from "./bindings/ApplyMethod";
import type { OrganizationType } from "./bindings/OrganizationType";
import type { PieceForm } from "./bindings/PieceForm";
import type { Status } from "./bindings/Status";
import labels from "../../../catalogue/labels.json";

/** In the order a candidate goes through them. */
export const STATUSES: readonly Status[] = [
  "to_prepare",
  "ready",
  "sent",
  "shortlisted",
  "interview",
  "offer",
  "accepted",
  "rejected",
  "withdrawn",
  "expired",
];

export const APPLY_METHODS: readonly ApplyMethod[] = ["email", "portal", "in_person", "post"];

/** A file handed in at an office or posted: it has an address, a paper file and a receipt. */
export function isPaperFile(method: ApplyMethod | null | undefined): boolean {
  return method === "in_person" || method === "post";
}

/** Original, copie simple, certifiée, légalisée, traduction: in the catalogue's order, the core's. */
export const PIECE_FORMS = Object.keys(labels.piece_forms.fr) as PieceForm[];

/** ONG, Nations unies, public, privé: in the catalogue's order, which is the core's. */
export const ORGANIZATION_TYPES = Object.keys(labels.organization_types.fr) as OrganizationType[];
