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

type DragDropPayload =
  | { type: "enter" | "over"; position: { x: number; y: number } }
  | { type: "drop"; paths: string[]; position: { x: number; y: number } }
  | { type: "leave" };

/** The views listening now (one at a time in practice: each is a screen of its own). */
const listening: FileDropHandlers[] = [];
/** The one subscription to the web view's drag-and-drop events, made once for the app. */
let subscription: Promise<boolean> | null = null;

function dispatch(payload: DragDropPayload): void {
  for (const handlers of [...listening]) {
    if (payload.type === "enter" || payload.type === "over") {
      handlers.over?.(...cssPoint(payload.position));
    } else if (payload.type === "drop") {
      handlers.drop(payload.paths, ...cssPoint(payload.position));
    } else {
      handlers.leave?.();
    }
  }
}

/**
 * Subscribes once, for the app's lifetime. Each Tauri `listen` and `unlisten` runs a new
 * script in the web view, which WebKit compiles and keeps in its code cache: subscribing
 * per view mounted made the web process grow with every application page opened.
 */
function subscribe(): Promise<boolean> {
  subscription ??= getCurrentWebview()
    .onDragDropEvent((event) => dispatch(event.payload as DragDropPayload))
    .then(() => true)
    .catch((e: unknown) => {
      console.warn("file drop events unavailable", e);
      subscription = null;
      return false;
    });
  return subscription;
}

/**
 * Gives the window's file drops to `handlers` until the returned function is called;
 * `ready` is told once drops can arrive. Outside the app (tests without a backend, a
 * browser) there is no web view to listen to: nothing happens.
 */
export function listenFileDrops(handlers: FileDropHandlers, ready?: () => void): () => void {
  const internals = (window as { __TAURI_INTERNALS__?: { metadata?: unknown } }).__TAURI_INTERNALS__;
  if (!internals?.metadata) return () => {};
  listening.push(handlers);
  let stopped = false;
  try {
    void subscribe().then((live) => {
      if (live && !stopped) ready?.();
    });
  } catch (e) {
    console.warn("file drop events unavailable", e);
  }
  return () => {
    stopped = true;
    const at = listening.lastIndexOf(handlers);
    if (at >= 0) listening.splice(at, 1);
  };
}

/** For tests: each mocked backend starts without the subscription made for the last. */
export function forgetFileDropSubscription(): void {
  subscription = null;
  listening.length = 0;
}

/** The element under a point, when the web view can tell (jsdom cannot). */
export function elementAt(x: number, y: number): Element | null {
  if (typeof document.elementFromPoint !== "function") return null;
  return document.elementFromPoint(x, y);
}
