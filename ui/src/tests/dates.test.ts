// @vitest-environment node
import { describe, expect, it } from "vitest";
import deadlineCases from "../../../catalogue/deadline-cases.json";
import { deadlineInstant, en, formatDeadline, fr } from "../lib/i18n";

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

  it("ends a date-only deadline with its day, at 23:59:59 as the core does", () => {
    expect(deadlineInstant({ date: "2025-12-26", time: null, timezone: "Africa/Bamako" })).toBe(
      Date.parse("2025-12-26T23:59:59Z"),
    );
  });

  it("gives up on a date or zone it cannot read", () => {
    expect(deadlineInstant({ date: "2025-02-30", time: null, timezone: "Africa/Bamako" })).toBeNull();
    expect(deadlineInstant({ date: "2025-02-03", time: null, timezone: "Mars/Olympus" })).toBeNull();
  });
});

describe("when a deadline falls, as the core decides it", () => {
  it("gives the instant of every shared case", () => {
    expect(deadlineCases.cases.length).toBeGreaterThanOrEqual(6);
    for (const c of deadlineCases.cases) {
      const instant = deadlineInstant({ date: c.date, time: c.time, timezone: c.timezone });
      expect(instant === null ? null : new Date(instant).toISOString(), JSON.stringify(c)).toBe(
        c.utc.replace("Z", ".000Z"),
      );
    }
  });
});
