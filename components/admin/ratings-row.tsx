"use client";
// The pieces of one rating's row: the inline form that renames or redefines it, and its delete
// button, which asks first and is disabled (with the reason in words) while verdicts use the rating.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteRatingAction, updateRatingAction } from "@/lib/actions/verdicts";
import type { ActionResult } from "@/lib/actions/action-result";
import type { RatingView } from "@/lib/db/ratings";
import { VERDICT_LIMITS } from "@/lib/validation/limits";
import { FormButtons } from "@/components/ui/form-buttons";
import { FieldError, FormError } from "@/components/ui/form-error";

type EditProps = { rating: RatingView; onSaved: (rating: RatingView) => void; onCancel: () => void };

export function RatingEditForm({ rating, onSaved, onCancel }: EditProps) {
  const [label, setLabel] = useState(rating.label);
  const [definition, setDefinition] = useState(rating.definition);
  const [result, setResult] = useState<ActionResult<RatingView> | null>(null);
  const [pending, startTransition] = useTransition();
  const labelRef = useRef<HTMLInputElement>(null);
  useEffect(() => labelRef.current?.focus(), []);

  const id = (field: string) => `rating-${rating.key}-${field}`;
  /** A field's message; "" marks a field in error whose message is the banner's. */
  const fieldError = (field: string) => (result && !result.ok ? result.error.fieldErrors?.[field] : undefined);
  const invalid = (field: string) => (fieldError(field) !== undefined ? true : undefined);
  const describedBy = (field: string) => (fieldError(field) ? id(`${field}-error`) : undefined);

  function save() {
    // Only what changed is sent; an unchanged form simply closes.
    const changes = { ...(label !== rating.label ? { label } : {}), ...(definition !== rating.definition ? { definition } : {}) };
    if (Object.keys(changes).length === 0) return onCancel();
    startTransition(async () => {
      const outcome = await updateRatingAction({ key: rating.key, changes });
      if (outcome.ok) return onSaved(outcome.data);
      // The schema's field errors come back as changes.label / changes.definition; a clash of
      // labels (409) names the field with the same words as the banner, which says it once.
      const fieldErrors = Object.fromEntries(
        Object.entries(outcome.error.fieldErrors ?? {}).map(([key, message]) => [key.replace(/^changes\./, ""), message === outcome.error.message ? "" : message]),
      );
      setResult({ ok: false, error: { ...outcome.error, fieldErrors } });
    });
  }

  return (
    <form
      className="actor-form rating-form"
      aria-label={`Edit ${rating.label}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <FormError state={result} />
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("label")}>Label</label>
          <input ref={labelRef} id={id("label")} value={label} onChange={(event) => setLabel(event.target.value)} required maxLength={VERDICT_LIMITS.ratingLabel} size={24} aria-invalid={invalid("label")} aria-describedby={describedBy("label")} />
          <FieldError state={result} field="label" id={id("label-error")} />
        </div>
        <div className="field rating-form-definition">
          <label htmlFor={id("definition")}>Definition</label>
          <textarea id={id("definition")} value={definition} onChange={(event) => setDefinition(event.target.value)} required rows={2} maxLength={VERDICT_LIMITS.ratingDefinition} aria-invalid={invalid("definition")} aria-describedby={describedBy("definition")} />
          <FieldError state={result} field="definition" id={id("definition-error")} />
        </div>
      </div>
      <p className="field-hint">The key ({rating.key}), colour and ClaimReview value stay; verdicts show the new label at once.</p>
      <FormButtons submitLabel={pending ? "Saving…" : "Save"} busy={pending} onCancel={onCancel} />
    </form>
  );
}

export function RatingDeleteButton({ rating, onDeleted }: { rating: RatingView; onDeleted: () => void }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const hintId = `rating-${rating.key}-delete-hint`;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (rating.verdictCount > 0) {
    return (
      <>
        <button className="button button-danger" type="button" disabled aria-describedby={hintId}>
          Delete<span className="visually-hidden"> {rating.label}</span>
        </button>
        <p className="field-hint rating-delete-hint" id={hintId}>
          Used by {rating.verdictCount === 1 ? "1 verdict" : `${rating.verdictCount} verdicts`}: rename it instead.
        </p>
        {error && (
          <p className="field-error rating-delete-hint" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }

  function remove() {
    startTransition(async () => {
      const outcome = await deleteRatingAction({ key: rating.key });
      if (outcome.ok) return onDeleted();
      setConfirming(false);
      setError(outcome.error.message);
      // A verdict took the rating meanwhile (409): show its count and the disabled button.
      if (outcome.error.code === "CONFLICT") router.refresh();
    });
  }

  if (confirming) {
    return (
      <span className="rating-delete-confirm" role="group" aria-label={`Delete ${rating.label}?`}>
        <span>Delete “{rating.label}”?</span>
        <button ref={confirmRef} className="button button-danger" type="button" disabled={pending} onClick={remove}>
          {pending ? "Deleting…" : "Delete"}
          <span className="visually-hidden"> {rating.label} for good</span>
        </button>
        <button
          className="button button-quiet"
          type="button"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => deleteRef.current?.focus());
          }}
        >
          Cancel
        </button>
      </span>
    );
  }

  return (
    <>
      <button ref={deleteRef} className="button button-danger" type="button" onClick={() => setConfirming(true)}>
        Delete<span className="visually-hidden"> {rating.label}</span>
      </button>
      {error && (
        <p className="field-error rating-delete-hint" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
