// Choosing files with the native dialog: the UI only ever receives the paths chosen.
import { open } from "@tauri-apps/plugin-dialog";
import type { Messages } from "../../i18n";
import { ACCEPTED_EXTENSIONS } from "./documents";

/** The chosen paths; empty when the dialog was cancelled. */
export async function pickFiles(m: Messages, multiple: boolean): Promise<string[]> {
  const chosen: string | string[] | null = await open({
    multiple,
    directory: false,
    filters: [{ name: m.workflow.files.filterName, extensions: [...ACCEPTED_EXTENSIONS] }],
  });
  if (chosen === null || chosen === undefined) return [];
  return Array.isArray(chosen) ? chosen : [chosen];
}
