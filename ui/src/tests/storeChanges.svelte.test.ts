// Views read their data again when another process (postulo-cli) changed it, once per
// change, never when they open, and not after they are gone.
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { noteExternalChange, onExternalChange } from "../lib/storeChanges.svelte";

describe("changes made outside the window", () => {
  it("reload a view on each change, not when it opens, and not after it is gone", () => {
    let reloads = 0;
    const stop = $effect.root(() => {
      onExternalChange(() => reloads++);
    });
    flushSync();
    expect(reloads).toBe(0);
    noteExternalChange();
    flushSync();
    expect(reloads).toBe(1);
    noteExternalChange();
    flushSync();
    expect(reloads).toBe(2);
    stop();
    noteExternalChange();
    flushSync();
    expect(reloads).toBe(2);
  });
});
