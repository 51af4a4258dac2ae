// The list's « Statut » filter with the mouse (issue 20, item 2). In WebKit a click on a
// check box does not focus it: the focus went to the page's main region, the panel closed
// on focusout before the click landed, and nothing changed. `clickLikeWebKit` moves the
// focus as WebKit does; the end-to-end test `status_filter_with_the_mouse` clicks with real
// pointer events.
import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { ApplicationQuery } from "../lib/bindings/ApplicationQuery";
import { clickLikeWebKit, text } from "./dom";
import { makeApplication, type FakeBackend } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

frenchOnFixedDay();

let backend: FakeBackend;

function lastQuery(): ApplicationQuery | undefined {
  const calls = backend.callsTo("applications_page");
  return calls[calls.length - 1]?.args.query as ApplicationQuery | undefined;
}

const panel = () => document.getElementById("status-filter-panel");

async function start() {
  backend = await startApp({
    applications: [
      makeApplication({ title: "Poste envoyé", status: "sent" }),
      makeApplication({ title: "Poste à préparer", status: "to_prepare" }),
    ],
  });
}

describe("the status filter with the mouse", () => {
  it("stays open while boxes are ticked, and filters by each", async () => {
    await start();
    await clickLikeWebKit(screen.getByTestId("status-filter"));
    expect(panel()).not.toBeNull();

    await clickLikeWebKit(screen.getByTestId("status-sent"));
    expect(panel()).not.toBeNull();
    expect((screen.getByTestId("status-sent") as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(lastQuery()?.statuses).toEqual(["sent"]));

    // The label's text too, as a candidate aims at the words.
    await clickLikeWebKit(screen.getByText("À préparer", { selector: "#status-filter-panel span" }));
    expect(panel()).not.toBeNull();
    await waitFor(() => expect(lastQuery()?.statuses).toEqual(["to_prepare", "sent"]));
    expect(text(screen.getByTestId("status-filter"))).toBe("2 choisis");
    // The focus stayed in the filter: Escape still closes it and returns to the button.
    expect(document.getElementById("status-filter-panel")?.contains(document.activeElement)).toBe(true);
    await fireEvent.keyDown(document.activeElement as Element, { key: "Escape" });
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId("status-filter"));
  });

  it("closes on a click elsewhere, keeping what was ticked", async () => {
    await start();
    await clickLikeWebKit(screen.getByTestId("status-filter"));
    await clickLikeWebKit(screen.getByTestId("status-to_prepare"));
    await waitFor(() => expect(lastQuery()?.statuses).toEqual(["to_prepare"]));

    await clickLikeWebKit(screen.getByRole("heading", { level: 1 }));
    expect(panel()).toBeNull();
    expect(text(screen.getByTestId("status-filter"))).toBe("À préparer");
  });

  it("is still used with the keyboard: Tab leaves it closed", async () => {
    await start();
    const trigger = screen.getByTestId("status-filter");
    trigger.focus();
    await fireEvent.click(trigger);
    const box = screen.getByTestId("status-ready") as HTMLInputElement;
    box.focus();
    await fireEvent.click(box);
    await waitFor(() => expect(lastQuery()?.statuses).toEqual(["ready"]));
    // Focus leaving for something outside the filter (the next control) closes it.
    (document.getElementById("application-search") as HTMLElement).focus();
    await waitFor(() => expect(panel()).toBeNull());
  });
});

describe("the settings popover with the mouse", () => {
  it("stays open when a language is chosen, and speaks it", async () => {
    await start();
    await clickLikeWebKit(screen.getByTestId("settings-menu"));
    await clickLikeWebKit(screen.getByTestId("language-en"));
    expect(document.getElementById("settings-popover")).not.toBeNull();
    await waitFor(() => expect(text(screen.getByRole("heading", { level: 1 }))).toBe("My applications"));
  });
});
