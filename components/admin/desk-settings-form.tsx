"use client";
// The desk settings form: the publisher's name and home page, saved with the version it was read at.
import { useActionState } from "react";
import { updateDeskSettingsAction } from "@/lib/actions/desk-settings";
import type { DeskSettingsView } from "@/lib/db/desk-settings";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { FieldError, FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeskSettingsForm({ settings }: { settings: DeskSettingsView }) {
  const [state, formAction] = useActionState(updateDeskSettingsAction, null);
  // After a save the form continues from the saved values; after a conflict, from the other person's.
  const current = state?.ok ? state.data : ((state && !state.ok ? (state.error.current as DeskSettingsView | undefined) : undefined) ?? settings);
  return (
    <form action={formAction} className="card desk-settings" aria-label="Desk settings" noValidate key={current.version}>
      {!current.configured && (
        <p className="alert alert-info" role="status">
          No publisher is set yet: exports are signed “{current.publisherName}” until you save one.
        </p>
      )}
      {state?.ok && (
        <p className="alert alert-success" role="status">
          Saved.
        </p>
      )}
      <FormError state={state} />
      <input type="hidden" name="version" value={current.version} />
      <div className="field">
        <label htmlFor="publisherName">Publisher name</label>
        <input id="publisherName" name="publisherName" defaultValue={current.configured ? current.publisherName : ""} required maxLength={CONTENT_LIMITS.publisher} placeholder="e.g. Caucasus Fact Check Desk" aria-describedby="publisherName-error" />
        <FieldError state={state} field="publisherName" />
      </div>
      <div className="field">
        <label htmlFor="publisherUrl">Home page (optional)</label>
        <input id="publisherUrl" name="publisherUrl" type="url" defaultValue={current.publisherUrl ?? ""} maxLength={CONTENT_LIMITS.url} placeholder="https://" aria-describedby="publisherUrl-error" />
        <FieldError state={state} field="publisherUrl" />
      </div>
      <div>
        <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
      </div>
    </form>
  );
}
