import { describe, expect, it } from "vitest";
import { en, fr } from "../lib/i18n";
import { missingText, progressText, windowDays } from "../lib/views/wording";

describe("progress wording", () => {
  it("counts the ready pieces and names the missing ones", () => {
    const progress = {
      ready: 1,
      due: 5,
      missing: [
        { id: 1, kind: "cv" as const, label: null },
        { id: 2, kind: "other" as const, label: "Lettre de recommandation" },
        { id: 3, kind: "id_photo" as const, label: null },
        { id: 4, kind: "references" as const, label: null },
      ],
    };
    expect(progressText(progress, fr, "fr")).toBe("1 pièce prête sur 5");
    expect(progressText({ ready: 0, due: 5, missing: [] }, fr, "fr")).toBe("0 pièce prête sur 5");
    expect(progressText({ ready: 2, due: 5, missing: [] }, fr, "fr")).toBe("2 pièces prêtes sur 5");
    expect(progressText({ ready: 1, due: 5, missing: [] }, en, "en")).toBe("1 of 5 documents ready");
    expect(progressText({ ready: 0, due: 1, missing: [] }, en, "en")).toBe("0 of 1 document ready");
    expect(progressText({ ready: 0, due: 0, missing: [] }, fr, "fr")).toBeNull();
    expect(missingText(progress, fr, 2)?.replace(/\u00a0/g, " ")).toBe(
      "Il manque : CV, Lettre de recommandation et 2 autres",
    );
  });
});

describe("deadline windows", () => {
  it("covers Monday to Sunday, or the whole month", () => {
    const wednesday = new Date(2025, 11, 3, 10, 0);
    expect(windowDays("week", wednesday)).toEqual({ from: "2025-12-01", to: "2025-12-07" });
    expect(windowDays("week", new Date(2025, 11, 7, 10, 0))).toEqual({ from: "2025-12-01", to: "2025-12-07" });
    expect(windowDays("month", new Date(2026, 1, 10))).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(windowDays("all", wednesday)).toEqual({ from: null, to: null });
    expect(windowDays("custom", wednesday, { from: "2025-12-05", to: "" })).toEqual({ from: "2025-12-05", to: null });
  });
});
