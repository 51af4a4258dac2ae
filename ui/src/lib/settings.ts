// The candidate's settings: read once at start, written back when changed.
import { getSettings, updateSettings } from "./api";
import type { ApiError } from "./bindings/ApiError";
import type { Language } from "./bindings/Language";
import { takeFirstSettings } from "./firstScreen";
import { setLanguage } from "./i18n";

/** Applies the saved language; on failure the app simply stays in French. */
export async function loadSettings(): Promise<void> {
  try {
    const settings = takeFirstSettings() ?? (await getSettings());
    setLanguage(settings.language);
  } catch (e) {
    console.warn("settings_get failed", e);
  }
}

/**
 * Switches at once, then saves. A failed save keeps the new language for this session and
 * returns the error so the caller can say the choice was not kept.
 */
export async function changeLanguage(language: Language): Promise<ApiError | null> {
  setLanguage(language);
  try {
    await updateSettings({ language });
    return null;
  } catch (e) {
    return e as ApiError;
  }
}
