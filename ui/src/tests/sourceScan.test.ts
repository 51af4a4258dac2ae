// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findHardcodedText, withoutExpressions } from "./hardcodedText";

const SRC = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

const svelteFiles = (dir: string) => sourceFiles(dir).filter((f) => f.endsWith(".svelte"));

describe("no visible text written in components", () => {
  it("the scan finds text nodes and text attributes, and nothing else", () => {
    const source = `<script lang="ts">const s = "{ not markup }";</script>
<!-- a comment with words -->
<p class="x" data-testid="row">{t().list.heading}</p>
<span aria-hidden="true">·</span>&nbsp;
<button aria-label={label} title="Fermer">Enregistrer</button>
<p>{fmt(m.body, { title: "x}" })} l'organisme</p>
<style>p { color: red; }</style>`;
    expect(findHardcodedText(source)).toEqual(['title="Fermer"', "Enregistrer", "l'organisme"]);
  });

  const files = svelteFiles(SRC);

  it("finds the components", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))("%s takes its words from i18n", (_name, file) => {
    expect(findHardcodedText(readFileSync(file, "utf-8"))).toEqual([]);
  });
});

describe("tooltips are the app's own", () => {
  // WebKitGTK's native `title` bubble outlives its element (issue 20, item 10a): an element
  // takes `use:tooltip` (lib/tooltip.ts). Components' own `title` props are not attributes.
  it.each(svelteFiles(SRC).map((f) => [relative(SRC, f), f]))("%s sets no title attribute on an element", (_name, file) => {
    const markup = withoutExpressions(readFileSync(file, "utf-8").replace(/<script[\s\S]*?<\/script>/g, ""));
    const tags = markup.match(/<[a-z][\w-]*(\s[^<>]*)?>/g) ?? [];
    expect(tags.filter((tag) => /\stitle=/.test(tag))).toEqual([]);
  });
});

describe("days are typed in DateInput", () => {
  // WebKitGTK's native date input follows the system's locale, not the app's language
  // (issue 20, item 10c).
  it.each(svelteFiles(SRC).map((f) => [relative(SRC, f), f]))("%s has no native date input", (_name, file) => {
    const markup = withoutExpressions(readFileSync(file, "utf-8").replace(/<script[\s\S]*?<\/script>/g, ""));
    const inputs = markup.match(/<input(\s[^<>]*)?>/g) ?? [];
    expect(inputs.filter((tag) => /\stype="date"/.test(tag))).toEqual([]);
  });
});

describe("one door to the backend", () => {
  it("only lib/api.ts imports from @tauri-apps/api/core (the generated signatures, a type)", () => {
    const importers = sourceFiles(SRC)
      .filter((f) => /\.(ts|js|svelte)$/.test(f) && !relative(SRC, f).startsWith("tests"))
      .filter((f) => /["']@tauri-apps\/api\/core["']/.test(readFileSync(f, "utf-8")));
    expect(importers.map((f) => relative(SRC, f).split(sep).join("/")).sort()).toEqual([
      "lib/api.ts",
      "lib/bindings/commands.ts",
    ]);
    // The generated file names the type of a progress channel, and calls nothing.
    const generated = readFileSync(join(SRC, "lib", "bindings", "commands.ts"), "utf-8");
    expect(generated.match(/^import .*@tauri-apps\/api\/core.*$/gm)).toEqual([
      'import type { Channel } from "@tauri-apps/api/core";',
    ]);
  });
});
