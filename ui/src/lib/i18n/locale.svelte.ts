// The current language, as reactive state: components that read `t()` or `locale.lang`
// re-render when it changes.
import type { Language } from "../bindings/Language";
import { en } from "./en";
import { fr, type Messages } from "./fr";

const MESSAGES: Record<Language, Messages> = { fr, en };

let current = $state<Language>("fr");

export const locale = {
  get lang(): Language {
    return current;
  },
};

/** The messages of the current language. */
export function t(): Messages {
  return MESSAGES[current];
}

export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}

export function setLanguage(lang: Language): void {
  current = lang;
}
