// The whole app on the fake backend, once it says it is ready (as the end-to-end tests wait).
import { render, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, expect, vi } from "vitest";
import App from "../App.svelte";
import { setLanguage } from "../lib/i18n";
import { installBackend, uninstallBackend, type FakeBackend } from "./fakeBackend";

/**
 * Every test of the calling file in French, on 1 December 2025 at 09:00 UTC (so the
 * fixtures' deadlines are ahead whatever the day the tests run), the fake backend
 * removed after each.
 */
export function frenchOnFixedDay() {
  beforeEach(() => {
    setLanguage("fr");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2025-12-01T09:00:00Z") });
  });

  afterEach(() => {
    vi.useRealTimers();
    uninstallBackend();
  });
}

export async function startApp(initial: Parameters<typeof installBackend>[0] = {}): Promise<FakeBackend> {
  const backend = installBackend(initial);
  render(App);
  await waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());
  return backend;
}
