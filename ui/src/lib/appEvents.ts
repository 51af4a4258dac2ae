// What the backend tells the window on its own: a reminder to show as a banner (when no
// desktop notification service answered), an application to open (a click on a
// notification or on a deadline in the tray menu), and data changed by another process
// (postulo-cli while the app is open).
import { listen } from "@tauri-apps/api/event";
import type { Changes } from "./bindings/Changes";
import type { Notice } from "./bindings/Notice";

export interface AppEventHandlers {
  banner: (notice: Notice) => void;
  open: (applicationId: number) => void;
  changed: (changes: Changes) => void;
}

let heard: () => void = () => {};
/** Settles once the window listens to the backend's events (each listener is registered
 *  through the IPC): the shell is told the window is ready only then, since what it sends
 *  at that moment (the reminders missed while Postulo was closed, as banners) would be
 *  lost before. */
export const listening = new Promise<void>((done) => (heard = done));

/** Listens until the returned function is called. Outside the app (tests, a browser): nothing. */
export function listenAppEvents(handlers: AppEventHandlers): () => void {
  const internals = (window as { __TAURI_INTERNALS__?: { transformCallback?: unknown } }).__TAURI_INTERNALS__;
  if (!internals?.transformCallback) {
    heard();
    return () => {};
  }
  let stopped = false;
  const stops: (() => void)[] = [];
  const keep = (promise: Promise<() => void>) =>
    promise
      .then((stop) => (stopped ? stop() : stops.push(stop)))
      .catch((e: unknown) => console.warn("backend events unavailable", e));
  void Promise.all([
    keep(listen<Notice>("reminder-banner", (event) => handlers.banner(event.payload))),
    keep(listen<number>("open-application", (event) => handlers.open(event.payload))),
    keep(listen<Changes>("store-changed", (event) => handlers.changed(event.payload))),
  ]).then(() => heard());
  return () => {
    stopped = true;
    for (const stop of stops.splice(0)) {
      try {
        stop();
      } catch {
        /* the web view is going away */
      }
    }
  };
}

/** Calls `onRead` with the id of each document the vault has just read in the background
 *  (its text, and what it suggests), until the returned function is called. Outside the
 *  app: nothing. */
export function listenVaultReads(onRead: (documentId: number) => void): () => void {
  const internals = (window as { __TAURI_INTERNALS__?: { transformCallback?: unknown } }).__TAURI_INTERNALS__;
  if (!internals?.transformCallback) return () => {};
  let stop: (() => void) | null = null;
  let stopped = false;
  listen<number>("vault-read", (event) => onRead(event.payload))
    .then((unlisten) => (stopped ? unlisten() : (stop = unlisten)))
    .catch((e: unknown) => console.warn("backend events unavailable", e));
  return () => {
    stopped = true;
    try {
      stop?.();
    } catch {
      /* the web view is going away */
    }
  };
}
