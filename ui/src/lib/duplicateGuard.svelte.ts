// « Cette candidature existe peut-être déjà », asked once per post before a new application
// is saved: by the form and by the import review alike. The rule is the core's
// (`Store::find_duplicates`); this only remembers what the candidate already saw.
import { findDuplicates } from "./api";
import type { ApplicationInput } from "./bindings/ApplicationInput";
import type { ApplicationRef } from "./bindings/ApplicationRef";

export class DuplicateGuard {
  /** The same post already saved, to show; empty when there is nothing to say. */
  duplicates = $state<ApplicationRef[]>([]);
  /** The post last looked up: saving it again (« Enregistrer quand même ») asks no more. */
  #seen = "";

  /** True when saving `input` must wait for the candidate: the same post exists. A failed
   *  look-up never stands in the way of saving. */
  async holds(input: ApplicationInput): Promise<boolean> {
    const identity = `${input.title}\n${input.organization}\n${input.reference ?? ""}`;
    if (this.#seen === identity) return false;
    this.#seen = identity;
    const found = await findDuplicates(input.title, input.organization, input.reference).catch(() => []);
    this.duplicates = found;
    return found.length > 0;
  }

  clear() {
    this.duplicates = [];
  }
}
