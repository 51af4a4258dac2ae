// @vitest-environment node
import { describe, expect, it } from "vitest";
import { inputFromReview } from "../lib/components/import/review";
import validationCases from "../../../catalogue/validation-cases.json";
import {
  emptyValues,
  firstInvalid,
  isEmailAddress,
  isWebAddress,
  keptCopies,
  toInput,
  validate,
  valuesFrom,
  valuesFromInput,
} from "../lib/form";
import { makeApplication } from "./fakeBackend";

describe("toInput", () => {
  it("sends null for every empty optional field", () => {
    const v = { ...emptyValues("Africa/Bamako"), title: "  Assistant  ", organization: "PAM " };
    expect(toInput(v)).toEqual({
      title: "Assistant",
      organization: "PAM",
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
    });
  });

  it("keeps only the fields of the chosen way of applying", () => {
    const v = {
      ...emptyValues("UTC"),
      title: "T",
      organization: "O",
      apply_method: "email" as const,
      apply_email: "rh@ong.org",
      apply_subject: "  VA/2025/014 – Chargé  ",
      apply_url: "https://portal.example",
      apply_address: "BP 120",
    };
    const input = toInput(v);
    expect(input.apply_email).toBe("rh@ong.org");
    expect(input.apply_subject).toBe("VA/2025/014 – Chargé");
    expect(input.apply_url).toBeNull();
    expect(input.apply_address).toBeNull();
    expect(toInput({ ...v, apply_method: "post" }).apply_address).toBe("BP 120");
  });

  it("builds the deadline with its zone, the hour optional", () => {
    const v = { ...emptyValues("Africa/Dakar"), title: "T", organization: "O", deadline_date: "2026-01-15" };
    expect(toInput(v).deadline).toEqual({ date: "2026-01-15", time: null, timezone: "Africa/Dakar" });
    expect(toInput({ ...v, deadline_time: "12:00" }).deadline?.time).toBe("12:00");
  });

  it("round-trips an application", () => {
    const app = makeApplication({
      reference: "R-1",
      apply_method: "portal",
      apply_url: "https://jobs.example/1",
      deadline: { date: "2026-01-15", time: "17:00", timezone: "Africa/Niamey" },
    });
    const input = toInput(valuesFrom(app, "UTC"));
    expect(input.deadline).toEqual(app.deadline);
    expect(input.apply_url).toBe(app.apply_url);
    expect(input.reference).toBe("R-1");
  });

  it("fills every field from an application, the deadline's zone defaulting to the given one", () => {
    const app = makeApplication({ title: "T", organization: "O", status: "sent", notes: "n" });
    expect(valuesFrom(app, "Africa/Bamako")).toEqual({
      ...emptyValues("Africa/Bamako"),
      title: "T",
      organization: "O",
      notes: "n",
      status: "sent",
    });
  });
});

describe("the import review's values", () => {
  const draft = {
    title: " Logisticien ",
    organization: "COOPI",
    reference: null,
    location: "Bamako",
    contract: null,
    source_url: null,
    apply_method: "email" as const,
    apply_email: "rh@coopi.org",
    apply_subject: "  Réf. LOG/2025  ",
    apply_cc: ["log@coopi.org", "dp@coopi.org"],
    apply_url: "https://jobs.example/1",
    apply_address: "BP 120",
    deadline: { date: "2026-01-15", time: null, timezone: "Africa/Bamako" },
    notes: null,
  };

  it("starts from the parser's proposal, as a new application to prepare", () => {
    expect(valuesFromInput(draft, "UTC")).toEqual({
      ...emptyValues("UTC"),
      title: " Logisticien ",
      organization: "COOPI",
      location: "Bamako",
      apply_method: "email",
      apply_email: "rh@coopi.org",
      apply_subject: "  Réf. LOG/2025  ",
      apply_cc: "log@coopi.org, dp@coopi.org",
      apply_url: "https://jobs.example/1",
      apply_address: "BP 120",
      deadline_date: "2026-01-15",
      deadline_timezone: "Africa/Bamako",
    });
    expect(valuesFromInput({ ...draft, deadline: null }, "UTC").deadline_timezone).toBe("UTC");
  });

  it("sends every way of applying the posting gave, but a portal link only for a portal", () => {
    const input = inputFromReview(valuesFromInput(draft, "UTC"));
    expect(input).toEqual({
      ...draft,
      organization_type: null,
      title: "Logisticien",
      apply_subject: "Réf. LOG/2025",
      apply_cc: ["log@coopi.org, dp@coopi.org"],
      apply_url: null,
    });
    expect(inputFromReview({ ...valuesFromInput(draft, "UTC"), apply_method: "portal" }).apply_url).toBe(
      "https://jobs.example/1",
    );
    expect(inputFromReview({ ...valuesFromInput(draft, "UTC"), apply_method: "" }).apply_method).toBeNull();
  });
});

describe("validate", () => {
  const ok = { ...emptyValues("Africa/Bamako"), title: "T", organization: "O" };

  it("requires a title and an organization", () => {
    const errors = validate(emptyValues("UTC"));
    expect(errors).toEqual({ title: "titleRequired", organization: "organizationRequired" });
    expect(firstInvalid(errors)).toBe("title");
    expect(validate(ok)).toEqual({});
  });

  it("checks e-mail, links, date and hour", () => {
    expect(validate({ ...ok, apply_method: "email", apply_email: "rh@ong" }).apply_email).toBe("emailInvalid");
    expect(validate({ ...ok, apply_method: "portal", apply_url: "jobs.example" }).apply_url).toBe("urlInvalid");
    expect(validate({ ...ok, source_url: "ftp://x" }).source_url).toBe("urlInvalid");
    expect(validate({ ...ok, deadline_time: "17:00" })["deadline-date"]).toBe("dateRequiredForTime");
    expect(validate({ ...ok, deadline_date: "2026-02-30" })["deadline-date"]).toBe("dateInvalid");
    expect(validate({ ...ok, deadline_date: "2026-02-03", deadline_time: "25:00" })["deadline-time"]).toBe(
      "timeInvalid",
    );
  });
});

describe("e-mail addresses and links, judged as the core judges them", () => {
  it("accepts and refuses exactly the shared cases", () => {
    for (const e of validationCases.emails.valid) expect(isEmailAddress(e), e).toBe(true);
    for (const e of validationCases.emails.invalid) expect(isEmailAddress(e), e).toBe(false);
    for (const l of validationCases.links.valid) expect(isWebAddress(l), l).toBe(true);
    for (const l of validationCases.links.invalid) expect(isWebAddress(l), l).toBe(false);
  });

  it("keeps the addresses in copy as the core does (the shared cases)", () => {
    expect(validationCases.copies.length).toBeGreaterThanOrEqual(5);
    for (const c of validationCases.copies) expect(keptCopies(c.typed, c.to), c.typed).toEqual(c.kept);
  });

  it("flags a slip in the addresses in copy, only when applying by e-mail", () => {
    const v = { ...emptyValues("UTC"), title: "T", organization: "O", apply_method: "email" as const };
    expect(validate({ ...v, apply_cc: "rh@ong.org, dg.ong.org" }).apply_cc).toBe("emailInvalid");
    expect(validate({ ...v, apply_cc: "rh@ong.org; dg@ong.org" }).apply_cc).toBeUndefined();
    expect(validate({ ...v, apply_method: "portal", apply_cc: "dg.ong.org" }).apply_cc).toBeUndefined();
    expect(toInput({ ...v, apply_method: "portal", apply_cc: "dg@ong.org" }).apply_cc).toEqual([]);
  });
});
