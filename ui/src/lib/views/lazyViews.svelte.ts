// The views and dialogs the first screen does not show, each in its own chunk, loaded the
// first time it is asked for: the first bundle holds only the list, so the window shows it
// sooner (issue 19). Once loaded, a view is drawn at once, as if it had always been there.
import type { Component } from "svelte";

/** Any component: each view has props of its own, which its users are checked against. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as Svelte's own ComponentType
type AnyComponent = Component<any>;

/** A component whose code is loaded on first use. */
export class LazyComponent<C extends AnyComponent> {
  /** The component, once its code has arrived. */
  component = $state.raw<C | null>(null);
  /** Why its code could not be loaded (a file missing from the install). */
  failure = $state.raw<unknown>(null);
  private loading: Promise<void> | null = null;

  constructor(private readonly load: () => Promise<{ default: C }>) {}

  /** The component if loaded; otherwise starts loading it (once) and gives null, and the
   *  places that asked are drawn again when it arrives. */
  get(): C | null {
    void this.preload();
    return this.component;
  }

  /** Loads the component's code, once. */
  preload(): Promise<void> {
    this.loading ??= this.load().then(
      (module) => {
        this.component = module.default;
      },
      (failure: unknown) => {
        console.error("postulo: a view could not be loaded", failure);
        this.failure = failure;
      },
    );
    return this.loading;
  }
}

const lazy = <C extends AnyComponent>(load: () => Promise<{ default: C }>) => new LazyComponent(load);

export const dashboardView = lazy(() => import("../components/dashboard/DashboardView.svelte"));
export const boardView = lazy(() => import("../components/board/BoardView.svelte"));
export const statsView = lazy(() => import("../components/stats/StatsView.svelte"));
export const vaultPage = lazy(() => import("../components/vault/VaultPage.svelte"));
export const profileView = lazy(() => import("../components/profile/ProfileView.svelte"));
export const importPosting = lazy(() => import("../components/import/ImportPosting.svelte"));
export const applicationPage = lazy(() => import("../components/application/ApplicationPage.svelte"));
export const applicationForm = lazy(() => import("../components/ApplicationForm.svelte"));
export const shortcutsHelp = lazy(() => import("../components/layout/ShortcutsHelp.svelte"));

/** Every lazy view, loaded now (the tests start with them all there). */
export function preloadAll(): Promise<void[]> {
  return Promise.all(
    [
      dashboardView,
      boardView,
      statsView,
      vaultPage,
      profileView,
      importPosting,
      applicationPage,
      applicationForm,
      shortcutsHelp,
    ].map((view) => view.preload()),
  );
}
