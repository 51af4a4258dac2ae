// @vitest-environment node
import { describe, expect, it } from "vitest";
import { en, fr } from "../lib/i18n";
import { STATUSES } from "../lib/types";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const frLeaves = leaves(fr);
const enLeaves = leaves(en);

describe("messages", () => {
  it("en has exactly the keys of fr", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
  });

  it("no message is empty", () => {
    for (const [key, value] of [...frLeaves, ...enLeaves]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("both languages use the same placeholders in each message", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of frLeaves) {
      expect(placeholders(enLeaves.get(key) ?? ""), key).toEqual(placeholders(value));
    }
  });

  it("every status has a name", () => {
    for (const status of STATUSES) {
      expect(fr.status[status]).toBeTruthy();
      expect(en.status[status]).toBeTruthy();
    }
  });

  it("French uses the words a French speaker expects", () => {
    const nbsp = "\u00a0";
    expect(fr.list.deadline).toBe("Date limite");
    expect(fr.header.newApplication).toBe("Nouvelle candidature");
    expect(fr.form.applySubject).toBe("Objet de l'e-mail exigé");
    expect(fr.confirmDelete.title).toBe(`Supprimer cette candidature${nbsp}?`);
    expect(STATUSES.map((s) => fr.status[s])).toEqual([
      "À préparer",
      "Prête",
      "Envoyée",
      "Présélectionnée",
      "Entretien",
      "Offre reçue",
      "Acceptée",
      "Refusée",
      "Abandonnée",
      "Expirée",
    ]);
  });

  it("French punctuation has its no-break space", () => {
    for (const [key, value] of frLeaves) {
      expect(value, key).not.toMatch(/ [?:!;»]|« /);
    }
  });
});
