import { fireEvent, render, screen } from "@testing-library/svelte";
import { createRawSnippet, tick } from "svelte";
import { describe, expect, it } from "vitest";
import VirtualList from "../lib/components/common/VirtualList.svelte";

interface Item {
  id: number;
  name: string;
}

const ROW = 92;
const items: Item[] = Array.from({ length: 10_000 }, (_, i) => ({ id: i + 1, name: `Item ${i}` }));

const row = createRawSnippet((item: () => Item, index: () => number) => ({
  render: () => `<button type="button" data-row-focus data-testid="row" data-i="${index()}">${item().name}</button>`,
}));

function mount(list: Item[] = items) {
  render(VirtualList<Item>, {
    props: { items: list, rowHeight: ROW, key: (i: Item) => i.id, row, label: "Items", testid: "viewport" },
  });
  return screen.getByTestId("viewport");
}

const indexes = () => screen.getAllByTestId("row").map((el) => Number(el.dataset.i));
const spacers = (viewport: HTMLElement) =>
  Array.from(viewport.querySelectorAll("svg")).map((svg) => Number(svg.getAttribute("height")));

describe("the virtual list", () => {
  it("puts only a bounded number of rows on the page for 10,000 items", () => {
    const viewport = mount();
    const shown = indexes();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(shown[0]).toBe(0);
    // The spacers stand for every row left out: the scroll height is the whole list's.
    const [top, bottom] = spacers(viewport);
    expect(top).toBe(0);
    expect((top ?? 0) + shown.length * ROW + (bottom ?? 0)).toBe(10_000 * ROW);
    const list = screen.getByRole("list", { name: "Items" });
    expect(list.querySelector("li")?.getAttribute("aria-setsize")).toBe("10000");
  });

  it("follows the scroll", async () => {
    const viewport = mount();
    viewport.scrollTop = 5_000 * ROW;
    await fireEvent.scroll(viewport);
    const shown = indexes();
    expect(shown).toContain(5_000);
    expect(shown).not.toContain(0);
    expect(shown.length).toBeLessThanOrEqual(60);
    const [top, bottom] = spacers(viewport);
    expect(top).toBe((shown[0] ?? 0) * ROW);
    expect((top ?? 0) + shown.length * ROW + (bottom ?? 0)).toBe(10_000 * ROW);
    expect(screen.getByText("Item 5000").closest("li")?.getAttribute("aria-posinset")).toBe("5001");

    viewport.scrollTop = 9_999 * ROW;
    await fireEvent.scroll(viewport);
    expect(indexes()).toContain(9_999);
    expect(spacers(viewport)[1]).toBe(0);
  });

  it("moves the focus from row to row with the arrow keys, End and Home", async () => {
    const viewport = mount();
    const first = screen.getByText("Item 0");
    first.focus();
    await fireEvent.keyDown(first, { key: "ArrowDown" });
    await tick();
    expect(document.activeElement?.textContent).toBe("Item 1");
    await fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    await tick();
    expect(document.activeElement?.textContent).toBe("Item 9999");
    expect(viewport.scrollTop).toBeGreaterThan(9_000 * ROW);
    await fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    await tick();
    expect(document.activeElement?.textContent).toBe("Item 0");
    expect(viewport.scrollTop).toBe(0);
  });

  it("shows short lists whole", () => {
    mount(items.slice(0, 3));
    expect(indexes()).toEqual([0, 1, 2]);
  });
});
