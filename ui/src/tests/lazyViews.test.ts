import { describe, expect, it, vi } from "vitest";
import type { Component } from "svelte";
import { LazyComponent } from "../lib/views/lazyViews.svelte";

const View = (() => {}) as unknown as Component<Record<string, never>>;

describe("a view loaded on first use", () => {
  it("is absent until its code arrives, loads once however often it is asked for, then is there at once", async () => {
    let arrive: (module: { default: typeof View }) => void = () => {};
    const load = vi.fn(() => new Promise<{ default: typeof View }>((done) => (arrive = done)));
    const view = new LazyComponent(load);
    expect(view.get()).toBeNull();
    expect(view.get()).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    arrive({ default: View });
    await view.preload();
    expect(view.get()).toBe(View);
    expect(view.failure).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps why its code could not be loaded, and stays absent", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const view = new LazyComponent<typeof View>(() => Promise.reject(new Error("chunk missing")));
    expect(view.get()).toBeNull();
    await view.preload();
    expect(view.get()).toBeNull();
    expect(String(view.failure)).toContain("chunk missing");
    expect(error).toHaveBeenCalled();
  });
});
