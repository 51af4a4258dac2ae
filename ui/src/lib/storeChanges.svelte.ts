// Writes made outside this window (postulo-cli while the app is open) reach the views
// here: the backend sends "store-changed" when another process changed the data, App
// counts it, and each view that shows data reads it again, quietly, in place.
import { untrack } from "svelte";

/** How many times another process changed the data since the window opened. */
export const external = $state({ version: 0 });

export function noteExternalChange(): void {
  external.version++;
}

/** Calls `reload` each time another process changes the data (not when the view opens). */
export function onExternalChange(reload: () => void): void {
  let seen = external.version;
  $effect(() => {
    const now = external.version;
    if (now === seen) return;
    seen = now;
    untrack(reload);
  });
}
