// The window's font (issue 19): on Linux one generic family, so WebKitGTK does no font
// lookup for families the machine lacks; on Windows its own interface font.
import { describe, expect, it } from "vitest";
import { markPlatform } from "../lib/platform";
import { appCss } from "./layoutStyles";

const WINDOWS_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
const LINUX_UA = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko)";

describe("the window's font", () => {
  it("marks Windows, and only Windows", () => {
    const windows = document.createElement("html");
    markPlatform(windows, WINDOWS_UA);
    expect(windows.dataset.platform).toBe("windows");
    const linux = document.createElement("html");
    markPlatform(linux, LINUX_UA);
    expect(linux.dataset.platform).toBeUndefined();
  });

  it("is one generic family by default and Segoe UI on Windows", () => {
    const css = appCss();
    const fonts = [...css.matchAll(/--font:\s*([^;]+);/g)].map((m) => m[1]?.replace(/\s+/g, " ").trim());
    expect(fonts[0]).toBe("sans-serif");
    const windows = /:root\[data-platform="windows"\]\s*\{[^}]*--font:\s*([^;]+);/.exec(css)?.[1];
    expect(windows?.startsWith('"Segoe UI"')).toBe(true);
  });
});
