import { describe, expect, it } from "vitest";
import { en, fr } from "../lib/i18n";
import { missingText, progressText, windowDays } from "../lib/views/wording";
import { dossierNameStart, fileNamePart } from "../lib/views/profileForm";

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

describe("file names as the core writes them (issue 20, item 11: the naming hint)", () => {
  it("passes the core's examples (dossier/file_name.rs)", () => {
    expect(fileNamePart("Aïssata")).toBe("Aissata");
    expect(fileNamePart("Traoré").toUpperCase()).toBe("TRAORE");
    expect(fileNamePart("Œdipe")).toBe("OEdipe");
    expect(fileNamePart("N'Diaye").toUpperCase()).toBe("N-DIAYE");
    expect(fileNamePart("Chargé(e) de suivi-évaluation")).toBe("Charge-e-de-suivi-evaluation");
    expect(fileNamePart("Première Urgence Internationale")).toBe("Premiere-Urgence-Internationale");
  });

  it("starts the name with the candidate's own, or says which parts go there", () => {
    expect(dossierNameStart({ first_name: "Aïssata", last_name: "Traoré" }, fr)).toBe("TRAORE_Aissata");
    expect(dossierNameStart({ first_name: "", last_name: "" }, fr)).toBe("NOM_Prénom");
    expect(dossierNameStart({ first_name: "", last_name: "" }, en)).toBe("SURNAME_Firstname");
  });
});

describe("one word for the pipeline (issue 20, item 11)", () => {
  const words = (tree: unknown): string[] =>
    typeof tree === "string"
      ? [tree.replace(/\{\w+\}/g, "")] // placeholders are code, not words
      : Object.values(tree as Record<string, unknown>).flatMap(words);

  it("says « statut » / \"status\", as postulo-cli and the exports do, never « étape » / \"stage\"", () => {
    // « Étape 1 sur 2 » is the import's two screens, not the pipeline.
    expect(words(fr).filter((w) => /\bétapes?\b/i.test(w) && !/^Étape \d sur \d/.test(w))).toEqual([]);
    expect(words(en).filter((w) => /\b(stages?|steps?)\b/i.test(w) && !/^Step \d of \d/.test(w))).toEqual([]);
    expect(fr.list.status).toBe("Statut");
    expect(fr.views.board.heading).toBe("Suivi par statut");
    expect(en.workflow.statusNote.status).toBe("New status");
  });
});

describe("counts read as sentences (issue 20, item 11)", () => {
  const all = (tree: unknown): string[] =>
    typeof tree === "string" ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(all);

  it("writes plurals out, never « (s) », and no « 0/5 » fractions", () => {
    for (const messages of [fr, en]) {
      expect(all(messages).filter((w) => /\((s|es|x)\)/.test(w))).toEqual([]);
      expect(all(messages).filter((w) => /\}\s*\/\s*\{/.test(w))).toEqual([]);
    }
  });

  it("says « 0 pièce prête sur 5 », « 2 pièces prêtes sur 5 »", () => {
    const progress = (ready: number, due: number) => ({ ready, due, missing: [] });
    expect(progressText(progress(0, 5), fr, "fr")).toBe("0 pièce prête sur 5");
    expect(progressText(progress(2, 5), fr, "fr")).toBe("2 pièces prêtes sur 5");
    expect(progressText(progress(0, 1), en, "en")).toBe("0 of 1 document ready");
  });
});

describe("sentences end with a full stop (issue 20, item 11)", () => {
  it("in the application page's band and the export's check, in both languages", () => {
    for (const messages of [fr, en]) {
      const p = messages.workflow.progress;
      for (const line of [p.missing, p.sentWith, p.later, p.expiresOne, p.expiresOther, p.complete, p.nothingDue]) {
        expect(line).toMatch(/\.$/);
      }
      expect(messages.dossier.preflight.missingOne).toMatch(/\.$/);
      expect(messages.dossier.preflight.missingOther).toMatch(/\.$/);
    }
  });

  it("has a no-break space before « : ; ? ! » in French, and none in English", () => {
    const all = (tree: unknown): string[] =>
      typeof tree === "string" ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(all);
    // Times (17:00, HH:MM), links and « (?) », the key, aside.
    const frWrong = all(fr).filter((w) =>
      /[^\u00a0\u202f][:;?!]/.test(w.replace(/https?:\/\/|\w:\w|\(\?\)|\{\w+\}/g, "")),
    );
    expect(frWrong).toEqual([]);
    expect(all(en).filter((w) => /\s[:;?!]/.test(w))).toEqual([]);
  });
});
