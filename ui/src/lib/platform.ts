/** Marks the document with the platform the window runs on, for what the style sheet
 *  does differently there (Windows' own font: app.css, --font). */
export function markPlatform(root: HTMLElement, userAgent: string): void {
  if (userAgent.includes("Windows")) root.dataset.platform = "windows";
}
