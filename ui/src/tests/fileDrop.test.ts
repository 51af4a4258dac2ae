import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import { forgetFileDropSubscription, listenFileDrops } from "../lib/components/vault/fileDrop";

// The web view's drag-and-drop subscription, counted: every Tauri `listen` runs a new script
// in the web view, which WebKit compiles and keeps (the web process grew with every
// application page opened while each page subscribed on its own).
let listens = 0;

function settle() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe("files dropped on the window", () => {
  beforeEach(() => {
    listens = 0;
    mockWindows("main");
    mockIPC(() => null, { shouldMockEvents: true });
    const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (...a: unknown[]) => unknown } })
      .__TAURI_INTERNALS__;
    const invoke = internals.invoke;
    internals.invoke = (cmd: unknown, ...rest: unknown[]) => {
      if (cmd === "plugin:event|listen") listens++;
      return invoke(cmd, ...rest);
    };
    forgetFileDropSubscription();
  });
  afterEach(() => {
    clearMocks();
    window.devicePixelRatio = 1;
  });

  it("subscribes once however many times a view listens, and reaches only the views listening", async () => {
    const dropped: string[][] = [];
    const ready = vi.fn();
    for (let page = 0; page < 5; page++) {
      const stop = listenFileDrops({ drop: (paths) => dropped.push(paths) }, ready);
      await settle();
      stop();
    }
    // One subscription per kind of drag event (enter, over, drop, leave), made once.
    const once = listens;
    expect(once).toBeGreaterThan(0);
    expect(once).toBeLessThanOrEqual(4);
    expect(ready).toHaveBeenCalledTimes(5);
    // Every view has stopped listening: a drop reaches nobody.
    await emit("tauri://drag-drop", { paths: ["/home/awa/cv.pdf"], position: { x: 0, y: 0 } });
    expect(dropped).toEqual([]);

    const over = vi.fn();
    const leave = vi.fn();
    const stop = listenFileDrops({ over, leave, drop: (paths) => dropped.push(paths) });
    await settle();
    window.devicePixelRatio = 2;
    await emit("tauri://drag-over", { position: { x: 200, y: 100 } });
    await emit("tauri://drag-drop", { paths: ["/home/awa/diplome.pdf"], position: { x: 200, y: 100 } });
    await emit("tauri://drag-leave", null);
    expect(over).toHaveBeenCalledWith(100, 50);
    expect(dropped).toEqual([["/home/awa/diplome.pdf"]]);
    expect(leave).toHaveBeenCalledTimes(1);
    stop();
    expect(listens).toBe(once);
  });

  it("outside the app there is nothing to listen to, and nothing breaks", () => {
    clearMocks();
    delete (window as { __TAURI_INTERNALS__?: unknown }).__TAURI_INTERNALS__;
    const stop = listenFileDrops({ drop: () => {} });
    stop();
    expect(listens).toBe(0);
  });
});
