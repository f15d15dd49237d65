// The error banner a form shows for a failed action, announced to screen readers.
import type { ActionResult } from "@/lib/actions/action-result";

export function FormError({ state }: { state: ActionResult<unknown> | null }) {
  if (!state || state.ok) return null;
  return (
    <div className="alert alert-error" role="alert">
      {state.error.message}
    </div>
  );
}

/** `id` (default `<field>-error`) lets a form that appears once per row keep its ids unique. */
export function FieldError({ state, field, id = `${field}-error` }: { state: ActionResult<unknown> | null; field: string; id?: string }) {
  const message = state && !state.ok ? state.error.fieldErrors?.[field] : undefined;
  if (!message) return null;
  return (
    <span className="field-error" id={id}>
      {message}
    </span>
  );
}
