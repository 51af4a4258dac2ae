// The whole app on the fake backend, once it says it is ready (as the end-to-end tests wait).
import { render, waitFor } from "@testing-library/svelte";
import { expect } from "vitest";
import App from "../App.svelte";
import { installBackend, type FakeBackend } from "./fakeBackend";

export async function startApp(initial: Parameters<typeof installBackend>[0] = {}): Promise<FakeBackend> {
  const backend = installBackend(initial);
  render(App);
  await waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());
  return backend;
}
