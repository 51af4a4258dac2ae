/** When the page's script began, in ms from its time origin, and the steps after it: the
 *  start-up report splits the time before the first screen into the web view's part and
 *  the script's. Imported first by main.ts, so that it runs before the other modules. */
export const scriptStartedMs = performance.now();

/** Steps of the start-up, as (name, ms from the time origin). */
export const startupMarks: [string, number][] = [];

/** Notes that the start-up reached `name` now. */
export function markStartup(name: string): void {
  startupMarks.push([name, performance.now()]);
}
