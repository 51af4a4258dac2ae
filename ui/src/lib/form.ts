// The application form's values (plain strings, as inputs hold them), their conversion to
// the backend's ApplicationInput, and the checks made before anything is sent.
import type { OrganizationType } from "./bindings/OrganizationType";
import type { Application } from "./bindings/Application";
import type { ApplicationInput } from "./bindings/ApplicationInput";
import type { ApplyMethod } from "./bindings/ApplyMethod";
import type { Status } from "./bindings/Status";
import type { ValidationKey } from "./errors";
import { isValidTimeZone, parseDate, parseTime, type Messages } from "./i18n";
import { APPLY_METHODS, isPaperFile } from "./types";

export interface FormValues {
  title: string;
  organization: string;
  organization_type: OrganizationType | "";
  reference: string;
  location: string;
  contract: string;
  source_url: string;
  apply_method: ApplyMethod | "";
  apply_email: string;
  apply_subject: string;
  /** The addresses in copy as typed: the core splits them (« a@x.org, b@y.org »). */
  apply_cc: string;
  apply_url: string;
  apply_address: string;
  deadline_date: string;
  deadline_time: string;
  deadline_timezone: string;
  notes: string;
  status: Status;
}

/** The `name` attribute of each input, also the key of its error message. */
export type FieldName =
  | "title"
  | "organization"
  | "reference"
  | "location"
  | "contract"
  | "source_url"
  | "apply_method"
  | "apply_email"
  | "apply_subject"
  | "apply_cc"
  | "apply_url"
  | "apply_address"
  | "deadline-date"
  | "deadline-time"
  | "deadline-timezone"
  | "notes"
  | "status";

export type FieldErrors = Partial<Record<FieldName, ValidationKey>>;

/** Order of the fields on screen, to focus the first one that needs correcting. */
export const FIELD_ORDER: readonly FieldName[] = [
  "title",
  "organization",
  "reference",
  "location",
  "contract",
  "source_url",
  "apply_method",
  "apply_email",
  "apply_subject",
  "apply_cc",
  "apply_url",
  "apply_address",
  "deadline-date",
  "deadline-time",
  "deadline-timezone",
  "status",
  "notes",
];

/** An application with nothing in it yet. */
export function emptyInput(): ApplicationInput {
  return {
    title: "",
    organization: "",
    organization_type: null,
    reference: null,
    location: null,
    contract: null,
    source_url: null,
    apply_method: null,
    apply_email: null,
    apply_subject: null,
    apply_cc: [],
    apply_url: null,
    apply_address: null,
    deadline: null,
    notes: null,
  };
}

/** The form showing `input` (a saved application, or what a posting proposes); a
 * deadline without a zone of its own is shown in `timezone`. */
export function valuesFromInput(input: ApplicationInput, timezone: string, status: Status = "to_prepare"): FormValues {
  return {
    title: input.title,
    organization: input.organization,
    organization_type: input.organization_type ?? "",
    reference: input.reference ?? "",
    location: input.location ?? "",
    contract: input.contract ?? "",
    source_url: input.source_url ?? "",
    apply_method: input.apply_method ?? "",
    apply_email: input.apply_email ?? "",
    apply_subject: input.apply_subject ?? "",
    apply_cc: (input.apply_cc ?? []).join(", "),
    apply_url: input.apply_url ?? "",
    apply_address: input.apply_address ?? "",
    deadline_date: input.deadline?.date ?? "",
    deadline_time: input.deadline?.time ?? "",
    deadline_timezone: input.deadline?.timezone ?? timezone,
    notes: input.notes ?? "",
    status,
  };
}

export function emptyValues(timezone: string): FormValues {
  return valuesFromInput(emptyInput(), timezone);
}

export function valuesFrom(app: Application, timezone: string): FormValues {
  return valuesFromInput(app, timezone, app.status);
}

/** A typed value as the backend takes it: without surrounding spaces, or null when blank. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}


/**
 * Empty fields become null; only the fields of the chosen way of applying are sent, so a
 * subject typed before switching to "portal" does not linger unseen.
 */
export function toInput(v: FormValues): ApplicationInput {
  const method = v.apply_method === "" ? null : v.apply_method;
  const date = v.deadline_date.trim();
  return {
    title: v.title.trim(),
    organization: v.organization.trim(),
    organization_type: v.organization_type === "" ? null : v.organization_type,
    reference: blankToNull(v.reference),
    location: blankToNull(v.location),
    contract: blankToNull(v.contract),
    source_url: blankToNull(v.source_url),
    apply_method: method,
    apply_email: method === "email" ? blankToNull(v.apply_email) : null,
    apply_subject: method === "email" ? blankToNull(v.apply_subject) : null,
    apply_cc: method === "email" ? typedCopies(v.apply_cc) : [],
    apply_url: method === "portal" ? blankToNull(v.apply_url) : null,
    apply_address: isPaperFile(method) ? blankToNull(v.apply_address) : null,
    deadline:
      date === ""
        ? null
        : { date, time: blankToNull(v.deadline_time), timezone: v.deadline_timezone },
    notes: blankToNull(v.notes),
  };
}

// The core's rules, written again for checking as the candidate types; both pass the
// cases of catalogue/validation-cases.json (form.test.ts here, model/application.rs there),
// so the form never accepts what saving refuses.

/** One `@`, something before it, a dot in the domain (not first, not last), no spaces. */
export function isEmailAddress(value: string): boolean {
  const at = value.indexOf("@");
  if (at <= 0 || /\s/.test(value)) return false;
  const domain = value.slice(at + 1);
  return domain.includes(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.includes("@");
}

/** `http://` or `https://` and a host with a dot in it (not first, not last), no spaces. */
export function isWebAddress(value: string): boolean {
  const match = /^https?:\/\/(.*)$/i.exec(value);
  if (!match || /\s/.test(value)) return false;
  const host = (match[1] ?? "").split(/[/?#]/)[0]!.split(":")[0]!;
  return host.includes(".") && !host.startsWith(".") && !host.endsWith(".");
}

/** The field of addresses in copy as the core takes it: what was typed, in one entry (the
 *  core splits it), or none when blank. */
export function typedCopies(typed: string): string[] {
  return typed.trim() === "" ? [] : [typed];
}

/**
 * The addresses in copy the core will keep from `typed`, each once and without the
 * recipient `to`; null when one of them is not an address. The core's normalized_cc, for
 * checking as the candidate types: both pass the « copies » of validation-cases.json.
 */
export function keptCopies(typed: string, to: string | null): string[] | null {
  const kept: string[] = [];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const part of typed.split(/[,; \n\t]/)) {
    const address = part.trim();
    if (address === "") continue;
    if (!isEmailAddress(address)) return null;
    if (!kept.some((k) => same(k, address)) && !(to !== null && same(to, address))) kept.push(address);
  }
  return kept;
}

export function validate(v: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (v.title.trim() === "") errors.title = "titleRequired";
  if (v.organization.trim() === "") errors.organization = "organizationRequired";
  const sourceUrl = v.source_url.trim();
  if (sourceUrl !== "" && !isWebAddress(sourceUrl)) errors.source_url = "urlInvalid";
  const email = v.apply_email.trim();
  if (v.apply_method === "email" && email !== "" && !isEmailAddress(email)) {
    errors.apply_email = "emailInvalid";
  }
  if (v.apply_method === "email" && keptCopies(v.apply_cc, null) === null) {
    errors.apply_cc = "emailInvalid";
  }
  const applyUrl = v.apply_url.trim();
  if (v.apply_method === "portal" && applyUrl !== "" && !isWebAddress(applyUrl)) {
    errors.apply_url = "urlInvalid";
  }
  const date = v.deadline_date.trim();
  const time = v.deadline_time.trim();
  if (date !== "" && parseDate(date) === null) errors["deadline-date"] = "dateInvalid";
  if (time !== "") {
    if (parseTime(time) === null) errors["deadline-time"] = "timeInvalid";
    else if (date === "") errors["deadline-date"] = "dateRequiredForTime";
  }
  if (date !== "" && !isValidTimeZone(v.deadline_timezone)) {
    errors["deadline-timezone"] = "timezoneInvalid";
  }
  return errors;
}

export function firstInvalid(errors: FieldErrors): FieldName | null {
  return FIELD_ORDER.find((f) => errors[f] !== undefined) ?? null;
}

/** The ways of applying the form offers, "not said" first, and the words for each. */
export const APPLY_CHOICES: readonly (ApplyMethod | "")[] = ["", ...APPLY_METHODS];
export const APPLY_CHOICE_LABELS: Record<ApplyMethod | "", keyof Messages["form"]> = {
  "": "applyNone",
  email: "applyEmailMethod",
  portal: "applyPortalMethod",
  in_person: "applyInPersonMethod",
  post: "applyPostMethod",
};
