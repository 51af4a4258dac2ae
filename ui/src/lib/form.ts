// The application form's values (plain strings, as inputs hold them), their conversion to
// the backend's ApplicationInput, and the checks made before anything is sent.
import type { Application } from "./bindings/Application";
import type { ApplicationInput } from "./bindings/ApplicationInput";
import type { ApplyMethod } from "./bindings/ApplyMethod";
import type { Status } from "./bindings/Status";
import type { ValidationKey } from "./errors";
import { isValidTimeZone, parseDate, parseTime } from "./i18n";

export interface FormValues {
  title: string;
  organization: string;
  reference: string;
  location: string;
  contract: string;
  source_url: string;
  apply_method: ApplyMethod | "";
  apply_email: string;
  apply_subject: string;
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
  "apply_url",
  "apply_address",
  "deadline-date",
  "deadline-time",
  "deadline-timezone",
  "status",
  "notes",
];

export function emptyValues(timezone: string): FormValues {
  return {
    title: "",
    organization: "",
    reference: "",
    location: "",
    contract: "",
    source_url: "",
    apply_method: "",
    apply_email: "",
    apply_subject: "",
    apply_url: "",
    apply_address: "",
    deadline_date: "",
    deadline_time: "",
    deadline_timezone: timezone,
    notes: "",
    status: "to_prepare",
  };
}

export function valuesFrom(app: Application, timezone: string): FormValues {
  return {
    title: app.title,
    organization: app.organization,
    reference: app.reference ?? "",
    location: app.location ?? "",
    contract: app.contract ?? "",
    source_url: app.source_url ?? "",
    apply_method: app.apply_method ?? "",
    apply_email: app.apply_email ?? "",
    apply_subject: app.apply_subject ?? "",
    apply_url: app.apply_url ?? "",
    apply_address: app.apply_address ?? "",
    deadline_date: app.deadline?.date ?? "",
    deadline_time: app.deadline?.time ?? "",
    deadline_timezone: app.deadline?.timezone ?? timezone,
    notes: app.notes ?? "",
    status: app.status,
  };
}

function opt(value: string): string | null {
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
    reference: opt(v.reference),
    location: opt(v.location),
    contract: opt(v.contract),
    source_url: opt(v.source_url),
    apply_method: method,
    apply_email: method === "email" ? opt(v.apply_email) : null,
    apply_subject: method === "email" ? opt(v.apply_subject) : null,
    apply_url: method === "portal" ? opt(v.apply_url) : null,
    apply_address: method === "in_person" || method === "post" ? opt(v.apply_address) : null,
    deadline:
      date === ""
        ? null
        : { date, time: opt(v.deadline_time), timezone: v.deadline_timezone },
    notes: opt(v.notes),
  };
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^https?:\/\/\S+$/i;

export function validate(v: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (v.title.trim() === "") errors.title = "titleRequired";
  if (v.organization.trim() === "") errors.organization = "organizationRequired";
  const sourceUrl = v.source_url.trim();
  if (sourceUrl !== "" && !URL_RE.test(sourceUrl)) errors.source_url = "urlInvalid";
  const email = v.apply_email.trim();
  if (v.apply_method === "email" && email !== "" && !EMAIL_RE.test(email)) {
    errors.apply_email = "emailInvalid";
  }
  const applyUrl = v.apply_url.trim();
  if (v.apply_method === "portal" && applyUrl !== "" && !URL_RE.test(applyUrl)) {
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
