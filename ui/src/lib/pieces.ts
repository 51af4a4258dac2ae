// What a posting asks of a piece (form, copies, age), as the window passes it on.
import type { PieceRequirements } from "./bindings/PieceRequirements";

/** Nothing asked beyond the kind. */
export const NOTHING_ASKED: PieceRequirements = { form: null, copies: null, max_age: null, handwritten: false };

/**
 * A plain copy of requirements held in reactive state: Svelte's state is a proxy, which the
 * IPC (and structuredClone) cannot always take as it is.
 */
export function plainRequirements(req: PieceRequirements): PieceRequirements {
  return {
    form: req.form,
    copies: req.copies,
    max_age: req.max_age ? { ...req.max_age } : null,
    handwritten: req.handwritten,
  };
}
