// The submission of a form checked field by field (the application form, the import
// review, the profile): the checks first, and the focus on the first field to correct;
// then the save. A backend refusal that names a field goes next to it, with the focus;
// any other failure is kept, to be said under the form. Typing in a field clears its
// message: the candidate is fixing it.
import { tick } from "svelte";
import { internalError, isApiError } from "./api";
import type { ApiError } from "./bindings/ApiError";

export type FieldErrorsOf<F extends string, K> = Partial<Record<F, K>>;

export class CheckedForm<F extends string, K> {
  errors = $state<FieldErrorsOf<F, K>>({});
  /** The last failure that names no field. */
  failure = $state<ApiError | null>(null);
  busy = $state(false);
  readonly hasErrors = $derived(Object.keys(this.errors).length > 0);

  constructor(
    private readonly options: {
      /** Where the fields are, found by their `name`. */
      root: () => ParentNode | null | undefined;
      /** The fields in the order they are on screen. */
      order: readonly F[];
      refusal: (error: ApiError) => { field: F; key: K } | null;
    },
  ) {}

  /** Checks with `check`, then runs `save` unless a field needs correcting. */
  async submit(check: () => FieldErrorsOf<F, K>, save: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.failure = null;
    this.errors = check();
    const invalid = this.options.order.find((f) => this.errors[f] !== undefined);
    if (invalid) {
      await this.focus(invalid);
      return;
    }
    this.busy = true;
    let refused: F | null = null;
    try {
      await save();
    } catch (e) {
      const error = isApiError(e) ? e : internalError(String(e));
      const refusal = this.options.refusal(error);
      if (refusal) {
        this.errors = { ...this.errors, [refusal.field]: refusal.key };
        refused = refusal.field;
      } else {
        this.failure = error;
      }
    } finally {
      this.busy = false;
    }
    if (refused) await this.focus(refused);
  }

  /** For the form's input and change events. */
  clear = (event: Event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return;
    const name = target.name as F;
    if (this.errors[name] !== undefined) {
      const { [name]: _removed, ...rest } = this.errors;
      this.errors = rest as FieldErrorsOf<F, K>;
    }
  };

  private async focus(field: F) {
    await tick();
    this.options.root()?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  }
}
