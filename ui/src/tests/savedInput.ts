// What the core keeps of an ApplicationInput, for the fake backends: the addresses in copy
// come back split and checked (Store::create_application / update_application).
import type { ApplicationInput } from "../lib/bindings/ApplicationInput";
import { keptCopies } from "../lib/form";

export function saved(input: ApplicationInput): Omit<ApplicationInput, "apply_cc"> & { apply_cc: string[] } {
  const typed = (input.apply_cc ?? []).join(", ");
  return { ...input, apply_cc: keptCopies(typed, input.apply_email) ?? [] };
}
