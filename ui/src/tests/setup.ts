// Every test starts with the lazily loaded views already there, as they are once the app
// has opened them once: a test clicks and finds the view at once. Loading them on demand is
// tested apart (lazyViews.test.ts).
import { preloadAll } from "../lib/views/lazyViews.svelte";

await preloadAll();
