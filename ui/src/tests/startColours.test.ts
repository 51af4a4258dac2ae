// @vitest-environment node
// No white flash at start (issue 20, item 13c): index.html paints the window with the app's
// background before app.css loads. Its colours are written twice (the page cannot read
// the variables before the style sheet arrives); this test keeps them equal.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appCss } from "./layoutStyles";

const html = readFileSync(join(process.cwd(), "index.html"), "utf-8");
const css = appCss();

/** The value of `--bg` in the first `:root { … }` of `source`. */
function rootBg(source: string): string | undefined {
  return /:root\s*\{[^}]*--bg:\s*([^;]+);/.exec(source)?.[1]?.trim();
}

/** `source` up to its dark-scheme media block, and that block. */
function split(source: string): [string, string] {
  const at = source.indexOf("@media (prefers-color-scheme: dark)");
  return [source.slice(0, at), source.slice(at)];
}

/** The background the inline style of index.html gives html and body, light and dark. */
function startBackgrounds(): [string | undefined, string | undefined] {
  const style = /<head>[\s\S]*<style>([\s\S]*?)<\/style>[\s\S]*<\/head>/.exec(html)?.[1] ?? "";
  const [light, dark] = split(style);
  const bg = (s: string) => /html,\s*body\s*\{\s*background:\s*([^;]+);/.exec(s)?.[1]?.trim();
  return [bg(light), bg(dark)];
}

describe("the window's first frame", () => {
  it("has the app's light and dark backgrounds, set in the head before anything loads", () => {
    const [lightCss, darkCss] = split(css);
    const light = rootBg(lightCss);
    const dark = rootBg(darkCss);
    expect(light).toMatch(/^#[0-9a-f]{6}$/);
    expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    expect(light).not.toBe(dark);
    expect(startBackgrounds()).toEqual([light, dark]);
    // Before the script and the stylesheet: in the head, ahead of the body.
    expect(html.indexOf("<style>")).toBeLessThan(html.indexOf("<body>"));
  });

  it("are the colours the native window paints before the page loads", () => {
    const rust = readFileSync(join(process.cwd(), "..", "src-tauri", "src", "main_window.rs"), "utf-8");
    const colour = (name: string) => {
      const m = new RegExp(`${name}: Color = Color\\(0x(..), 0x(..), 0x(..), 0xff\\)`).exec(rust);
      return m ? `#${m[1]}${m[2]}${m[3]}` : undefined;
    };
    const [lightCss, darkCss] = split(css);
    expect(colour("BACKGROUND_LIGHT")).toBe(rootBg(lightCss));
    expect(colour("BACKGROUND_DARK")).toBe(rootBg(darkCss));
  });

  it("adds no inline script: the CSP's script-src is 'self' alone", () => {
    const conf = JSON.parse(readFileSync(join(process.cwd(), "..", "src-tauri", "tauri.conf.json"), "utf-8"));
    expect(conf.app.security.csp["script-src"]).toBe("'self'");
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? "");
    expect(scripts.every((attrs) => /\ssrc=/.test(attrs))).toBe(true);
  });
});
