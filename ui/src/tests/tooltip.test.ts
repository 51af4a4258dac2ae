// Tooltips go when what they name goes (issue 20, item 10a). WebKitGTK's native `title`
// bubble stayed over the page when its button was removed or a dialog opened over it;
// the app's own bubble (lib/tooltip.ts) is checked here against both.
import { fireEvent, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hideTooltip, tooltip } from "../lib/tooltip";
import { plain } from "./dom";
import { makeApplication } from "./fakeBackend";
import { frenchOnFixedDay, startApp } from "./startApp";

const bubble = () => document.getElementById("app-tooltip");
const showing = () => {
  const b = bubble();
  return b && !b.hidden ? plain(b.textContent ?? "") : null;
};

/** The pointer comes to rest on `el`, long enough for its tooltip to show. */
async function hover(el: Element) {
  await fireEvent.pointerEnter(el);
  vi.advanceTimersByTime(600);
}

/** MutationObserver callbacks run as microtasks. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("a tooltip on its own", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    hideTooltip();
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  function button(label: string, tip: string) {
    const wrapper = document.createElement("div");
    const el = document.createElement("button");
    el.setAttribute("aria-label", label);
    wrapper.append(el);
    document.body.append(wrapper);
    const action = tooltip(el, tip);
    return { wrapper, el, action };
  }

  it("shows after the pointer rests, not at once, and goes when it leaves", async () => {
    const { el } = button("Supprimer", "Supprimer");
    await fireEvent.pointerEnter(el);
    vi.advanceTimersByTime(200);
    expect(showing()).toBeNull();
    vi.advanceTimersByTime(400);
    expect(showing()).toBe("Supprimer");
    expect(bubble()?.getAttribute("role")).toBe("tooltip");
    await fireEvent.pointerLeave(el);
    expect(showing()).toBeNull();
  });

  it("goes when its element is taken out of the page", async () => {
    const { wrapper, el } = button("Supprimer", "Supprimer");
    await hover(el);
    expect(showing()).toBe("Supprimer");
    // No pointerleave: the element is simply gone, as a deleted row's button is.
    wrapper.remove();
    await settle();
    expect(showing()).toBeNull();
  });

  it("goes when its element is hidden, by itself or by an ancestor", async () => {
    const first = button("Modifier", "Modifier");
    await hover(first.el);
    expect(showing()).toBe("Modifier");
    first.wrapper.hidden = true;
    await settle();
    expect(showing()).toBeNull();

    const second = button("Replier", "Replier le menu");
    await hover(second.el);
    expect(showing()).toBe("Replier le menu");
    second.el.style.display = "none";
    await settle();
    expect(showing()).toBeNull();
  });

  it("goes when Svelte destroys its action, and a pending one never shows", async () => {
    const { el, action } = button("Fermer", "Fermer");
    await hover(el);
    action?.destroy?.();
    expect(showing()).toBeNull();

    const other = button("Copier", "Copier");
    await fireEvent.pointerEnter(other.el);
    other.action?.destroy?.();
    vi.advanceTimersByTime(1000);
    expect(showing()).toBeNull();
  });

  it("goes when a modal dialog opens over it, and does not show behind one", async () => {
    const { el } = button("Supprimer", "Supprimer");
    await hover(el);
    const dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    document.body.append(dialog);
    await settle();
    expect(showing()).toBeNull();
    await fireEvent.pointerLeave(el);
    await hover(el);
    expect(showing()).toBeNull();

    // Inside the dialog, its own buttons still have theirs.
    const close = document.createElement("button");
    dialog.append(close);
    tooltip(close, "Fermer");
    await hover(close);
    expect(showing()).toBe("Fermer");
  });

  it("names what the element's own name does not already say, as `title` did", () => {
    const same = button("Supprimer", "Supprimer");
    expect(same.el.hasAttribute("aria-description")).toBe(false);
    const more = button("Aide", "Raccourcis clavier (?)");
    expect(more.el.getAttribute("aria-description")).toBe("Raccourcis clavier (?)");
    more.action?.update?.("Aide");
    expect(more.el.hasAttribute("aria-description")).toBe(false);
  });
});

describe("tooltips in the app", () => {
  frenchOnFixedDay();
  afterEach(() => {
    hideTooltip();
    vi.useRealTimers();
  });

  it("the delete button's tooltip goes when its confirmation opens, and the row's when it is deleted", async () => {
    await startApp({ applications: [makeApplication({ title: "Comptable" })] });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.parse("2025-12-01T09:00:00Z") });
    const row = screen.getByTestId("application-row");
    const remove = within(row).getByTestId("delete-application");
    expect(remove.hasAttribute("title")).toBe(false);
    await hover(remove);
    expect(showing()).toBe("Supprimer");
    // A click without moving: the pointer is still on the button when the dialog opens.
    await fireEvent.click(remove);
    await screen.findByRole("dialog");
    await settle();
    expect(showing()).toBeNull();

    // The dialog's own close button has its tooltip; the row goes once confirmed.
    await fireEvent.click(screen.getByTestId("confirm-delete"));
    vi.useRealTimers();
    await vi.waitFor(() => expect(screen.queryByTestId("application-row")).toBeNull());
    expect(showing()).toBeNull();
  });
});
