// Files dropped from the desktop. The web view does not give dropped files' paths to HTML
// drop events; Tauri sends them as its own events, with the pointer's position in physical
// pixels.
import { getCurrentWebview } from "@tauri-apps/api/webview";

export interface FileDropHandlers {
  /** The pointer is over the page with files, at this point in CSS pixels. */
  over?: (x: number, y: number) => void;
  drop: (paths: string[], x: number, y: number) => void;
  leave?: () => void;
}

function cssPoint(position: { x: number; y: number }): [number, number] {
  const ratio = window.devicePixelRatio || 1;
  return [position.x / ratio, position.y / ratio];
}

/**
 * Listens until the returned function is called. Outside the app (tests, a browser) there
 * is no web view to listen to: nothing happens.
 */
export function listenFileDrops(handlers: FileDropHandlers): () => void {
  const internals = (window as { __TAURI_INTERNALS__?: { metadata?: unknown } }).__TAURI_INTERNALS__;
  if (!internals?.metadata) return () => {};
  let stopped = false;
  let unlisten: (() => void) | null = null;
  // Unlistening is asynchronous and may fail once the web view is going away: nothing to do then.
  const release = (fn: () => unknown) => {
    try {
      Promise.resolve(fn()).catch(() => {});
    } catch {
      /* already gone */
    }
  };
  try {
    getCurrentWebview()
      .onDragDropEvent((event) => {
        if (stopped) return;
        const payload = event.payload;
        if (payload.type === "enter" || payload.type === "over") {
          handlers.over?.(...cssPoint(payload.position));
        } else if (payload.type === "drop") {
          handlers.drop(payload.paths, ...cssPoint(payload.position));
        } else {
          handlers.leave?.();
        }
      })
      .then((fn) => {
        if (stopped) release(fn);
        else unlisten = fn;
      })
      .catch((e: unknown) => {
        if (!stopped) console.warn("file drop events unavailable", e);
      });
  } catch (e) {
    console.warn("file drop events unavailable", e);
  }
  return () => {
    stopped = true;
    if (unlisten) release(unlisten);
    unlisten = null;
  };
}

/** The element under a point, when the web view can tell (jsdom cannot). */
export function elementAt(x: number, y: number): Element | null {
  if (typeof document.elementFromPoint !== "function") return null;
  return document.elementFromPoint(x, y);
}
