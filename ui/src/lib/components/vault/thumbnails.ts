// First-page previews, asked once per document and kept while the app runs: a vault
// document's file never changes (a new version is a new document).
import { documentThumbnail } from "../../api";

const cache = new Map<number, Promise<string | null>>();

export function thumbnail(id: number): Promise<string | null> {
  let pending = cache.get(id);
  if (!pending) {
    pending = documentThumbnail(id).catch(() => {
      cache.delete(id);
      return null;
    });
    cache.set(id, pending);
  }
  return pending;
}

/** Deleted documents free their entry (ids are not reused, but memory is). */
export function forgetThumbnail(id: number): void {
  cache.delete(id);
}

/** For tests: each starts from an empty cache. */
export function clearThumbnails(): void {
  cache.clear();
}
