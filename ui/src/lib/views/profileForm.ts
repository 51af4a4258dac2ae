// The profile form's values, their conversion to the backend's Profile, and the checks made
// before anything is sent. Every field may stay empty.
import type { ApiError } from "../bindings/ApiError";
import type { Profile } from "../bindings/Profile";
import { blankToNull, isEmailAddress } from "../form";
import type { Messages } from "../i18n/fr";

export type ProfileField = "first_name" | "last_name" | "email" | "phone" | "postal_address";

export const PROFILE_FIELDS: readonly ProfileField[] = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "postal_address",
];

export type ProfileValues = Record<ProfileField, string>;

export type ProfileErrorKey = "emailInvalid" | "phoneInvalid" | "required" | "tooLong" | "rejected";

export type ProfileErrors = Partial<Record<ProfileField, ProfileErrorKey>>;

export function profileValues(profile: Profile): ProfileValues {
  return {
    first_name: profile.first_name,
    last_name: profile.last_name,
    email: profile.email ?? "",
    phone: profile.phone ?? "",
    postal_address: profile.postal_address ?? "",
  };
}

export function toProfile(v: ProfileValues): Profile {
  return {
    first_name: v.first_name.trim(),
    last_name: v.last_name.trim(),
    email: blankToNull(v.email),
    phone: blankToNull(v.phone),
    postal_address: blankToNull(v.postal_address),
  };
}

/** "+223 70 12 34 56", "(00223) 70-12-34-56": digits with the usual separators, 6 to 15 digits. */
const PHONE_RE = /^\+?[\d\s().-]+$/;

export function validateProfile(v: ProfileValues): ProfileErrors {
  const errors: ProfileErrors = {};
  const email = v.email.trim();
  if (email !== "" && !isEmailAddress(email)) errors.email = "emailInvalid";
  const phone = v.phone.trim();
  const digits = phone.replace(/\D/g, "").length;
  if (phone !== "" && (!PHONE_RE.test(phone) || digits < 6 || digits > 15)) errors.phone = "phoneInvalid";
  return errors;
}

/** The field a backend refusal points at, and what to say there; null when it names none. */
export function profileRefusal(error: ApiError): { field: ProfileField; key: ProfileErrorKey } | null {
  if (error.code !== "validation") return null;
  const field = PROFILE_FIELDS.find((f) => f === error.field);
  if (!field) return null;
  switch (error.reason) {
    case "email":
      return { field, key: "emailInvalid" };
    case "phone":
      return { field, key: "phoneInvalid" };
    case "required":
      return { field, key: "required" };
    case "too_long":
      return { field, key: "tooLong" };
    default:
      if (field === "email") return { field, key: "emailInvalid" };
      if (field === "phone") return { field, key: "phoneInvalid" };
      return { field, key: "rejected" };
  }
}

export function profileErrorText(key: ProfileErrorKey, m: Messages): string {
  return m.views.profile[key];
}

/**
 * A name as dossier file names write it: accents and ligatures made ASCII (« Aïssata » →
 * « Aissata », « Œdipe » → « OEdipe »), any other run of characters one « - ». The core
 * names the files (postulo-core dossier/file_name.rs, `ascii`); this mirrors it for the
 * profile's hint only, and passes the core's own examples (profile tests).
 */
export function fileNamePart(s: string): string {
  const LIGATURES: Record<string, string> = {
    œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss", ø: "o", Ø: "O", đ: "d", Đ: "D", ł: "l", Ł: "L",
  };
  let out = "";
  let dash = false;
  for (const c of s.normalize("NFKD").replace(/\p{M}/gu, "")) {
    const letters = LIGATURES[c] ?? (/^[A-Za-z0-9]$/.test(c) ? c : null);
    if (letters === null) {
      dash = true;
      continue;
    }
    if (dash && out !== "") out += "-";
    dash = false;
    out += letters;
  }
  return out;
}

/** « TRAORE_Aissata »: how the default rule starts the candidate's dossiers (« NOM_Prénom » while empty). */
export function dossierNameStart(v: Pick<ProfileValues, "first_name" | "last_name">, m: Messages): string {
  const p = m.views.profile;
  const last = fileNamePart(v.last_name).toUpperCase() || p.lastNamePart;
  const first = fileNamePart(v.first_name) || p.firstNamePart;
  return `${last}_${first}`;
}

