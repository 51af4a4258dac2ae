// Every test starts with the lazily loaded views already there, as they are once the app
// has opened them once: a test clicks and finds the view at once. Loading them on demand is
// tested apart (lazyViews.test.ts).
import { afterEach } from "vitest";
import { forgetFileDropSubscription } from "../lib/components/vault/fileDrop";
import { preloadAll } from "../lib/views/lazyViews.svelte";

// The app subscribes to file drops once; each test's mocked backend is a new web view.
afterEach(forgetFileDropSubscription);

await preloadAll();
