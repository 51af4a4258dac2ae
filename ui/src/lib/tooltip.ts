// The app's tooltips, drawn by the app rather than by a `title` attribute. WebKitGTK's
// native tooltip only updates when the mouse moves: when the button under it goes away
// (a row deleted, a menu closed) or a dialog opens over it, the tooltip stayed on screen,
// floating over the new content, until the mouse moved again. Here one shared bubble is
// shown while the pointer (or the keyboard focus) is on its element, and taken away as
// soon as that element is removed, hidden, or covered by a modal dialog.
import type { Action } from "svelte/action";

const SHOW_DELAY_MS = 500;
const GAP_PX = 6;

let bubble: HTMLDivElement | null = null;
let owner: HTMLElement | null = null;
let pending: ReturnType<typeof setTimeout> | null = null;
let pendingFor: HTMLElement | null = null;
let watcher: MutationObserver | null = null;

function theBubble(): HTMLDivElement {
  if (!bubble || !bubble.isConnected) {
    bubble = document.createElement("div");
    bubble.id = "app-tooltip";
    bubble.className = "tooltip";
    bubble.setAttribute("role", "tooltip");
    bubble.hidden = true;
    document.body.append(bubble);
  }
  return bubble;
}

/** Whether `el` is on screen: attached, and neither it nor an ancestor hidden or inert. */
function shown(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  for (let up: HTMLElement | null = el; up; up = up.parentElement) {
    if (up.hidden || up.inert) return false;
    const style = getComputedStyle(up);
    if (style.display === "none" || style.visibility === "hidden") return false;
  }
  return true;
}

/** Whether a modal dialog is open that `el` is not part of: it lies behind the backdrop. */
function underDialog(el: HTMLElement): boolean {
  const dialogs = document.querySelectorAll('[aria-modal="true"]');
  const top = dialogs[dialogs.length - 1];
  return top !== undefined && !top.contains(el);
}

/** Hides the bubble, whoever shows it. */
export function hideTooltip(): void {
  if (pending !== null) clearTimeout(pending);
  pending = null;
  pendingFor = null;
  owner = null;
  watcher?.disconnect();
  watcher = null;
  if (bubble) {
    bubble.hidden = true;
    bubble.textContent = "";
  }
}

/** Below the element, centred and kept inside the window; above it if there is no room below. */
function place(el: HTMLElement, tip: HTMLElement): void {
  const target = el.getBoundingClientRect();
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const left = Math.min(Math.max(GAP_PX, target.left + target.width / 2 - width / 2), window.innerWidth - width - GAP_PX);
  const below = target.bottom + GAP_PX;
  const top = below + height > window.innerHeight ? target.top - height - GAP_PX : below;
  tip.style.left = `${Math.max(GAP_PX, left)}px`;
  tip.style.top = `${Math.max(GAP_PX, top)}px`;
}

function show(el: HTMLElement, text: string): void {
  if (!text || !shown(el) || underDialog(el)) return;
  const tip = theBubble();
  owner = el;
  tip.textContent = text;
  tip.hidden = false;
  place(el, tip);
  // Any change to the page may take the element away or cover it: check after each.
  watcher?.disconnect();
  watcher = new MutationObserver(() => {
    if (owner && (!shown(owner) || underDialog(owner))) hideTooltip();
  });
  watcher.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["hidden", "inert", "style", "class", "aria-modal", "open"],
  });
}

/**
 * `use:tooltip={label}`: `label` shown in a bubble when the pointer rests on the element or
 * the keyboard focuses it. An element whose own name does not already say it (no aria-label,
 * other text) gets it as its accessible description, as `title` gave it.
 */
export const tooltip: Action<HTMLElement, string | undefined> = (node, initial) => {
  let text = initial ?? "";

  function describe() {
    const said = node.getAttribute("aria-label") ?? node.textContent?.trim() ?? "";
    if (text && text !== said) node.setAttribute("aria-description", text);
    else node.removeAttribute("aria-description");
  }

  function later() {
    if (pending !== null) clearTimeout(pending);
    pendingFor = node;
    pending = setTimeout(() => {
      pending = null;
      pendingFor = null;
      show(node, text);
    }, SHOW_DELAY_MS);
  }

  function leave() {
    if (owner === node || pendingFor === node) hideTooltip();
  }

  function onfocus() {
    // Only a keyboard focus: a click focuses the button too, and the pointer already shows it.
    let keyboard = false;
    try {
      keyboard = node.matches(":focus-visible");
    } catch {
      // An engine without the selector: no tooltip on focus rather than one on every click.
    }
    if (keyboard) show(node, text);
  }

  function onkey(event: KeyboardEvent) {
    if (event.key === "Escape" && owner === node) hideTooltip();
  }

  describe();
  node.addEventListener("pointerenter", later);
  node.addEventListener("pointerleave", leave);
  node.addEventListener("pointerdown", leave);
  node.addEventListener("focus", onfocus);
  node.addEventListener("blur", leave);
  node.addEventListener("keydown", onkey);

  return {
    update(next) {
      text = next ?? "";
      describe();
      if (owner === node) {
        if (text) show(node, text);
        else hideTooltip();
      }
    },
    destroy() {
      node.removeEventListener("pointerenter", later);
      node.removeEventListener("pointerleave", leave);
      node.removeEventListener("pointerdown", leave);
      node.removeEventListener("focus", onfocus);
      node.removeEventListener("blur", leave);
      node.removeEventListener("keydown", onkey);
      // The element is going away (Svelte destroys the action as it removes it).
      leave();
    },
  };
};
