// What sticks to the top of a scrolling region (the application page's « pièces prêtes »
// banner) covers the rows that scroll under it. When the keyboard focus (Tab, or the page
// moving it to a row) lands on such a row, the engine scrolls it into view against the
// region's edge, right under the banner. `use:stickyClearance` keeps the region's
// scroll-padding-top equal to the banner's height, so focus and scrollIntoView stop below
// it; and, for an engine that scrolls focus without heeding scroll-padding, it moves a
// focused element that still ends up under the banner.
import type { Action } from "svelte/action";

/** The nearest ancestor that scrolls vertically. */
function scrollingAncestor(el: HTMLElement): HTMLElement | null {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const overflow = getComputedStyle(up).overflowY;
    if (overflow === "auto" || overflow === "scroll") return up;
  }
  return null;
}

/** Room kept above a focused element, besides the banner. */
const BREATHING_PX = 8;

export const stickyClearance: Action<HTMLElement> = (banner) => {
  const region = scrollingAncestor(banner);
  if (!region) return {};
  const before = region.style.scrollPaddingTop;

  function measure() {
    if (region) region.style.scrollPaddingTop = `${banner.offsetHeight + BREATHING_PX}px`;
  }

  let frame = 0;
  function onfocusin(event: FocusEvent) {
    const target = event.target;
    // The banner's own buttons, and a dialog's fields (fixed over the page), are never under it.
    if (!(target instanceof HTMLElement) || banner.contains(target) || target.closest('[aria-modal="true"]')) return;
    // After the engine's own scroll, which follows the focus event.
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const band = banner.getBoundingClientRect();
      const row = target.getBoundingClientRect();
      const covered = band.bottom + BREATHING_PX - row.top;
      // What lies above the banner in the page (not under it) is left where it is.
      if (covered > 0 && row.bottom > band.top) region?.scrollBy({ top: -covered });
    });
  }

  measure();
  const resizes = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
  resizes?.observe(banner);
  region.addEventListener("focusin", onfocusin);

  return {
    destroy() {
      cancelAnimationFrame(frame);
      resizes?.disconnect();
      region.removeEventListener("focusin", onfocusin);
      region.style.scrollPaddingTop = before;
    },
  };
};
