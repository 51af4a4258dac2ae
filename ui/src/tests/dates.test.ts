// @vitest-environment node
import { describe, expect, it } from "vitest";
import { deadlineInstant, en, formatDeadline, fr, relativeHint } from "../lib/i18n";

const nbsp = /\u00a0|\u202f/g;
const plain = (s: string) => s.replace(nbsp, " ");

describe("formatDeadline", () => {
  it("writes a dated hour the way each language does", () => {
    const d = { date: "2025-12-26", time: "17:00", timezone: "Africa/Bamako" };
    expect(plain(formatDeadline(d, "fr", fr, "Africa/Bamako"))).toBe("26 déc. 2025, 17:00");
    expect(plain(formatDeadline(d, "en", en, "Africa/Bamako"))).toBe("26 Dec 2025, 17:00");
  });

  it("says end of day when the posting gives no hour", () => {
    const d = { date: "2025-12-26", time: null, timezone: "Africa/Dakar" };
    expect(plain(formatDeadline(d, "fr", fr, "Africa/Dakar"))).toBe("26 déc. 2025, fin de journée");
    expect(plain(formatDeadline(d, "en", en, "Africa/Dakar"))).toBe("26 Dec 2025, end of day");
  });

  it("names the zone only when its clock differs from this computer's", () => {
    const d = { date: "2025-12-26", time: "17:00", timezone: "Europe/Paris" };
    expect(plain(formatDeadline(d, "fr", fr, "Africa/Bamako"))).toBe("26 déc. 2025, 17:00 (heure de Paris)");
    expect(plain(formatDeadline(d, "en", en, "Africa/Bamako"))).toBe("26 Dec 2025, 17:00 (Paris time)");
    // Bamako and Dakar keep the same time: nothing to point out.
    const bamako = { ...d, timezone: "Africa/Bamako" };
    expect(plain(formatDeadline(bamako, "fr", fr, "Africa/Dakar"))).toBe("26 déc. 2025, 17:00");
    const utc = { ...d, timezone: "UTC" };
    expect(plain(formatDeadline(utc, "fr", fr, "Africa/Douala"))).toBe("26 déc. 2025, 17:00 (UTC)");
  });
});

describe("deadlineInstant", () => {
  it("reads the hour in the deadline's zone", () => {
    expect(deadlineInstant({ date: "2025-12-26", time: "17:00", timezone: "Europe/Paris" })).toBe(
      Date.parse("2025-12-26T16:00:00Z"),
    );
    expect(deadlineInstant({ date: "2025-07-01", time: "17:00", timezone: "Europe/Paris" })).toBe(
      Date.parse("2025-07-01T15:00:00Z"),
    );
    expect(deadlineInstant({ date: "2025-12-26", time: "09:30", timezone: "Africa/Douala" })).toBe(
      Date.parse("2025-12-26T08:30:00Z"),
    );
  });

  it("ends a date-only deadline with its day", () => {
    expect(deadlineInstant({ date: "2025-12-26", time: null, timezone: "Africa/Bamako" })).toBe(
      Date.parse("2025-12-27T00:00:00Z") - 1,
    );
  });

  it("gives up on a date or zone it cannot read", () => {
    expect(deadlineInstant({ date: "2025-02-30", time: null, timezone: "Africa/Bamako" })).toBeNull();
    expect(deadlineInstant({ date: "2025-02-03", time: null, timezone: "Mars/Olympus" })).toBeNull();
  });
});

describe("relativeHint", () => {
  const now = Date.parse("2025-12-20T10:00:00Z");
  const at = (date: string, time: string | null = null) => ({ date, time, timezone: "Africa/Bamako" });
  const hint = (date: string, time: string | null = null) => relativeHint(at(date, time), fr, now, "Africa/Bamako");

  it("counts calendar days", () => {
    expect(hint("2025-12-20")).toEqual({ text: "Aujourd'hui", urgency: "soon" });
    expect(hint("2025-12-21", "08:00")).toEqual({ text: "Demain", urgency: "soon" });
    expect(hint("2025-12-23")).toEqual({ text: "Dans 3 jours", urgency: "soon" });
    expect(hint("2025-12-30")).toEqual({ text: "Dans 10 jours", urgency: "later" });
    expect(hint("2026-01-10")?.text).toBe("Dans 3 semaines");
    expect(hint("2026-03-20")?.text).toBe("Dans 3 mois");
  });

  it("says when the deadline has passed, to the minute", () => {
    expect(hint("2025-12-20", "09:59")).toEqual({ text: "Date limite dépassée", urgency: "passed" });
    expect(hint("2025-12-19")?.urgency).toBe("passed");
  });

  it("speaks English too", () => {
    expect(relativeHint(at("2025-12-21"), en, now, "Africa/Bamako")?.text).toBe("Tomorrow");
    expect(relativeHint(at("2025-12-25"), en, now, "Africa/Bamako")?.text).toBe("In 5 days");
  });
});
