// The interface's day and size formatter against the cases the core's formatter passes
// too (catalogue/format-cases.json): one wording of a day or a size in both runtimes.
import { describe, expect, it } from "vitest";
import cases from "../../../catalogue/format-cases.json";
import { formatDay, formatPieceProblem, formatPieceRequirements, formatSize } from "../lib/i18n/format";
import type { PieceForm } from "../lib/bindings/PieceForm";
import type { PieceProblem } from "../lib/bindings/PieceProblem";
import type { PieceRequirements } from "../lib/bindings/PieceRequirements";
import { isSingular } from "../lib/components/vault/documents";

describe("formats shared with the core", () => {
  it("writes every day of the shared cases as the core does", () => {
    expect(cases.days.length).toBeGreaterThanOrEqual(5);
    for (const c of cases.days) {
      expect(formatDay(c.date, "fr")).toBe(c.fr);
      expect(formatDay(c.date, "en")).toBe(c.en);
    }
  });

  it("writes every size of the shared cases as the core does", () => {
    expect(cases.sizes.length).toBeGreaterThanOrEqual(10);
    for (const c of cases.sizes) {
      expect(formatSize(c.bytes, "fr"), `${c.bytes} bytes`).toBe(c.fr);
      expect(formatSize(c.bytes, "en"), `${c.bytes} bytes`).toBe(c.en);
    }
  });

  it("writes what a piece is asked as the core does", () => {
    expect(cases.piece_requirements.length).toBeGreaterThanOrEqual(5);
    for (const c of cases.piece_requirements) {
      const req = c.requirements as PieceRequirements;
      expect(formatPieceRequirements(req, "fr")).toBe(c.fr);
      expect(formatPieceRequirements(req, "en")).toBe(c.en);
    }
  });

  it("counts singular and plural as the core does", () => {
    expect(cases.plurals.length).toBeGreaterThanOrEqual(3);
    for (const c of cases.plurals) {
      expect(isSingular(c.n, "fr"), `${c.n} in French`).toBe(c.fr);
      expect(isSingular(c.n, "en"), `${c.n} in English`).toBe(c.en);
    }
  });

  it("says why an attached document falls short as the core does", () => {
    expect(cases.piece_problems.length).toBeGreaterThanOrEqual(5);
    for (const c of cases.piece_problems) {
      const req: PieceRequirements = { form: c.form as PieceForm | null, copies: null, max_age: null, handwritten: false };
      expect(formatPieceProblem(c.problem as PieceProblem, req, "fr")).toBe(c.fr);
      expect(formatPieceProblem(c.problem as PieceProblem, req, "en")).toBe(c.en);
    }
  });

  it("gives back what is not a day, and nothing for no day", () => {
    expect(formatDay("bientôt", "fr")).toBe("bientôt");
    expect(formatDay("2025-13-01", "fr")).toBe("2025-13-01");
    expect(formatDay(null, "fr")).toBe("");
  });
});
