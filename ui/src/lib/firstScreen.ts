// The first screen, handed over by the shell with the window (src-tauri/src/first_screen.rs):
// the settings and the list's first rows, so that the page draws its first screen without a
// trip through the IPC while it is still busy mounting itself. Each part is used once, and
// only when the page loads for the first time: after a reload, the page asks the core, as
// the shell's copy is as old as the window.
import type { ApplicationPage } from "./bindings/ApplicationPage";
import type { ApplicationQuery } from "./bindings/ApplicationQuery";
import type { Settings } from "./bindings/Settings";

interface FirstScreen {
  settings?: Settings;
  query: ApplicationQuery;
  page?: ApplicationPage;
}

type Holder = { __POSTULO_FIRST_SCREEN__?: FirstScreen };

function handed(): FirstScreen | null {
  const screen = (window as Holder).__POSTULO_FIRST_SCREEN__;
  if (!screen) return null;
  const navigation = performance.getEntriesByType?.("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (navigation?.type === "reload" || navigation?.type === "back_forward") {
    delete (window as Holder).__POSTULO_FIRST_SCREEN__;
    return null;
  }
  return screen;
}

/** The settings the shell handed over, once. */
export function takeFirstSettings(): Settings | null {
  const screen = handed();
  const settings = screen?.settings ?? null;
  if (screen) delete screen.settings;
  return settings;
}

/** The first page the shell handed over, once, if it answers `query` with `rows` rows per
 *  page (else the caller asks the core). */
export function takeFirstPage(query: ApplicationQuery, rows: number): ApplicationPage | null {
  const screen = handed();
  const page = screen?.page;
  if (!screen || !page) return null;
  delete screen.page;
  const sameQuestion = stable(screen.query) === stable(query);
  const wholePage = page.offset === 0 && page.items.length === Math.min(rows, page.total);
  return sameQuestion && wholePage ? page : null;
}

/** The query as text whatever the order of its keys (Rust's and the window's may differ). */
function stable(query: ApplicationQuery): string {
  return JSON.stringify(query, Object.keys(query).sort());
}
