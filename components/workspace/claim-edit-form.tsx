"use client";
// Edit a claim's actor, attribution and note. Sends the version it was opened at: if someone
// changed the claim meanwhile, the save is refused (409) and the workspace shows their version.
import { useState } from "react";
import { FormButtons } from "@/components/ui/form-buttons";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/domain/claim-types";
import type { ClaimDetail } from "@/lib/db/claim-view";
import type { ActorView } from "@/lib/db/actors";
import { CONTENT_LIMITS } from "@/lib/validation/limits";

export type ClaimEdit = { version: number; actor: string; attribution: Lowercase<Attribution>; note: string };

type Props = { claim: ClaimDetail; actors: ActorView[]; busy: boolean; onSave: (edit: ClaimEdit) => void; onCancel: () => void };

export function ClaimEditForm({ claim, actors, busy, onSave, onCancel }: Props) {
  const [actor, setActor] = useState(claim.actor.id);
  const [attribution, setAttribution] = useState(claim.attribution as Lowercase<Attribution>);
  const [note, setNote] = useState(claim.note);
  return (
    <form
      className="panel-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ version: claim.version, actor, attribution, note });
      }}
    >
      <div className="field">
        <label htmlFor={`edit-actor-${claim.id}`}>Actor</label>
        <select id={`edit-actor-${claim.id}`} value={actor} onChange={(event) => setActor(event.target.value)}>
          {actors.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`edit-attribution-${claim.id}`}>Attribution</label>
        <select id={`edit-attribution-${claim.id}`} value={attribution} onChange={(event) => setAttribution(event.target.value as Lowercase<Attribution>)}>
          {(Object.keys(ATTRIBUTION_LABELS) as Attribution[]).map((key) => (
            <option key={key} value={key.toLowerCase()}>
              {ATTRIBUTION_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`edit-note-${claim.id}`}>Note</label>
        <textarea id={`edit-note-${claim.id}`} rows={3} value={note} maxLength={CONTENT_LIMITS.note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <FormButtons submitLabel="Save" busy={busy} onCancel={onCancel} />
    </form>
  );
}
