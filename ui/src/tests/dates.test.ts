// @vitest-environment node
import { describe, expect, it } from "vitest";
import deadlineCases from "../../../catalogue/deadline-cases.json";
import { deadlineInstant, en, fmtFrench, formatDeadline, formatInstant, fr, zoneLabel } from "../lib/i18n";

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

  it("gives both times when the posting's clock differs from this computer's", () => {
    const d = { date: "2025-12-26", time: "17:00", timezone: "Africa/Douala" };
    expect(plain(formatDeadline(d, "fr", fr, "Africa/Abidjan"))).toBe("26 déc. 2025, 17:00 à Douala — 16:00 chez vous");
    expect(plain(formatDeadline(d, "en", en, "Africa/Abidjan"))).toBe("26 Dec 2025, 17:00 in Douala — 16:00 your time");
    // Bamako and Dakar keep the same time: nothing to point out.
    const bamako = { ...d, timezone: "Africa/Bamako" };
    expect(plain(formatDeadline(bamako, "fr", fr, "Africa/Dakar"))).toBe("26 déc. 2025, 17:00");
    const utc = { ...d, timezone: "UTC" };
    expect(plain(formatDeadline(utc, "fr", fr, "Africa/Douala"))).toBe("26 déc. 2025, 17:00 UTC — 18:00 chez vous");
  });

  it("says the day here when it is another day", () => {
    const d = { date: "2025-12-27", time: "00:30", timezone: "Africa/Douala" };
    expect(plain(formatDeadline(d, "fr", fr, "Africa/Bamako"))).toBe(
      "27 déc. 2025, 00:30 à Douala — 26 déc. 2025, 23:30 chez vous",
    );
  });

  it("names the place the French way: readable, elided, contracted", () => {
    const at = (timezone: string) => ({ date: "2025-12-26", time: "17:00", timezone });
    expect(plain(formatDeadline(at("Africa/Lome"), "fr", fr, "Africa/Douala"))).toBe(
      "26 déc. 2025, 17:00 à Lomé — 18:00 chez vous",
    );
    expect(plain(formatDeadline(at("Africa/Cairo"), "fr", fr, "Africa/Abidjan"))).toBe(
      "26 déc. 2025, 17:00 au Caire — 15:00 chez vous",
    );
    expect(plain(formatDeadline(at("Africa/Cairo"), "en", en, "Africa/Abidjan"))).toBe(
      "26 Dec 2025, 17:00 in Cairo — 15:00 your time",
    );
  });

  it("names the zone of a deadline without an hour, with « d’ » before a vowel", () => {
    const day = (timezone: string) => ({ date: "2025-12-26", time: null, timezone });
    expect(plain(formatDeadline(day("Africa/Abidjan"), "fr", fr, "Africa/Douala"))).toBe(
      "26 déc. 2025, fin de journée (heure d’Abidjan)",
    );
    expect(plain(formatDeadline(day("Europe/Paris"), "fr", fr, "Africa/Bamako"))).toBe(
      "26 déc. 2025, fin de journée (heure de Paris)",
    );
    expect(plain(formatDeadline(day("Africa/Cairo"), "fr", fr, "Africa/Bamako"))).toBe(
      "26 déc. 2025, fin de journée (heure du Caire)",
    );
    expect(plain(formatDeadline(day("Africa/Abidjan"), "en", en, "Africa/Douala"))).toBe(
      "26 Dec 2025, end of day (Abidjan time)",
    );
  });
});

describe("time zones as a candidate names them", () => {
  const winter = Date.parse("2025-12-01T09:00:00Z");
  const summer = Date.parse("2025-07-01T09:00:00Z");

  it("gives the place's name and its offset instead of the ID", () => {
    expect(zoneLabel("Africa/Lome", "fr", winter)).toBe("Lomé (GMT+0)");
    expect(zoneLabel("Africa/Asmera", "fr", winter)).toBe("Asmara (GMT+3)");
    expect(zoneLabel("Africa/Douala", "en", winter)).toBe("Douala (GMT+1)");
    expect(zoneLabel("America/Argentina/Buenos_Aires", "fr", winter)).toBe("Buenos Aires (GMT-3)");
    expect(zoneLabel("Asia/Calcutta", "en", winter)).toBe("Kolkata (GMT+5:30)");
    expect(zoneLabel("Africa/Algiers", "fr", winter)).toBe("Alger (GMT+1)");
    expect(zoneLabel("Africa/Algiers", "en", winter)).toBe("Algiers (GMT+1)");
    expect(zoneLabel("UTC", "fr", winter)).toBe("UTC (GMT+0)");
    // Summer time counts: Paris is GMT+2 in July.
    expect(zoneLabel("Europe/Paris", "fr", summer)).toBe("Paris (GMT+2)");
  });

  it("says on which clock an instant is shown", () => {
    const instant = Date.parse("2025-12-25T09:00:00Z");
    expect(plain(formatInstant(instant, "fr", fr, "Africa/Abidjan"))).toBe("25 déc. 2025, 09:00 (heure d’Abidjan)");
    expect(plain(formatInstant(instant, "fr", fr, "Africa/Douala"))).toBe("25 déc. 2025, 10:00 (heure de Douala)");
    expect(plain(formatInstant(instant, "en", en, "Africa/Douala"))).toBe("25 Dec 2025, 10:00 (Douala time)");
  });
});

describe("French contractions in messages", () => {
  it("elides « de » before a vowel or a mute h, contracts « de le » and « à le »", () => {
    expect(fmtFrench("heure de {zone}", { zone: "Abidjan" })).toBe("heure d’Abidjan");
    expect(fmtFrench("heure de {zone}", { zone: "Ouagadougou" })).toBe("heure d’Ouagadougou");
    expect(fmtFrench("heure de {zone}", { zone: "Bamako" })).toBe("heure de Bamako");
    expect(fmtFrench("De {first} à {last}", { first: "avril 2026", last: "Le Caire" })).toBe("D’avril 2026 au Caire");
    expect(fmtFrench("heure de {zone}", { zone: "Le Caire" })).toBe("heure du Caire");
    expect(fmtFrench("{zone} time", { zone: "Abidjan" })).toBe("Abidjan time");
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
