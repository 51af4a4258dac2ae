// The app's real style sheets in jsdom: app.css and every component's scoped CSS, compiled
// as the build compiles it (same file names, so the same `svelte-…` classes as the
// rendered markup). jsdom lays nothing out, but it cascades: enough to find which element
// an absolutely positioned one is placed against, and what clips it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "svelte/compiler";

const SRC = join(process.cwd(), "src");

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "tests" ? [] : svelteFiles(path);
    return entry.name.endsWith(".svelte") ? [path] : [];
  });
}

let components: Map<string, string> | null = null;

/** Each component's compiled CSS, by file. */
export function componentStyles(): Map<string, string> {
  components ??= new Map(
    svelteFiles(SRC).map((filename) => [
      filename.slice(SRC.length + 1),
      compile(readFileSync(filename, "utf-8"), { filename, css: "external" }).css?.code ?? "",
    ]),
  );
  return components;
}

export const appCss = () => readFileSync(join(SRC, "app.css"), "utf-8");

let sheets: string | null = null;

/** Adds the app's CSS to the test document; returns a function that takes it away. */
export function installAppStyles(): () => void {
  sheets ??= [appCss(), ...componentStyles().values()].join("\n");
  const style = document.createElement("style");
  style.dataset.testid = "app-styles";
  style.textContent = sheets;
  document.head.append(style);
  return () => style.remove();
}

/**
 * The element an absolutely positioned `el` is placed against: its nearest positioned
 * ancestor, or null for the initial containing block (the page itself).
 */
export function containingBlock(el: Element): Element | null {
  for (let up = el.parentElement; up; up = up.parentElement) {
    // jsdom leaves a property no rule sets empty rather than at its initial value.
    const { position, transform } = getComputedStyle(up);
    if ((position && position !== "static") || (transform && transform !== "none")) return up;
  }
  return null;
}
