"use client";
// Edit a claim's speaker (any actor in the hierarchy), who relays it, attribution and note. Sends the version it was opened at: if someone
// changed the claim meanwhile, the save is refused (409) and the workspace shows their version.
import { useState } from "react";
import { FormButtons } from "@/components/ui/form-buttons";
import { ATTRIBUTION_LABELS, type Attribution } from "@/lib/domain/claim-types";
import type { ClaimDetail } from "@/lib/db/claim-view";
import type { ActorView } from "@/lib/db/actors";
import { CONTENT_LIMITS } from "@/lib/validation/limits";
import { ActorSelect } from "./actor-select";

export type ClaimEdit = { version: number; actor: string; relayedBy: string | null; attribution: Lowercase<Attribution>; note: string };

type Props = { claim: ClaimDetail; actors: ActorView[]; busy: boolean; onSave: (edit: ClaimEdit) => void; onCancel: () => void };

export function ClaimEditForm({ claim, actors, busy, onSave, onCancel }: Props) {
  const [actor, setActor] = useState(claim.actor.id);
  const [relayedBy, setRelayedBy] = useState(claim.relayedBy?.id ?? "");
  const [attribution, setAttribution] = useState(claim.attribution as Lowercase<Attribution>);
  const [note, setNote] = useState(claim.note);
  return (
    <form
      className="panel-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ version: claim.version, actor, relayedBy: relayedBy || null, attribution, note });
      }}
    >
      <div className="field">
        <label htmlFor={`edit-actor-${claim.id}`}>Speaker</label>
        <span className="field-hint">The precise speaker: a ministry counts for its state in lists.</span>
        <ActorSelect id={`edit-actor-${claim.id}`} actors={actors} value={actor} onChange={setActor} />
      </div>
      <div className="field">
        <label htmlFor={`edit-relayed-${claim.id}`}>Relayed by</label>
        <span className="field-hint">For “X, citing Y”: Y is the speaker, X relays it.</span>
        <ActorSelect id={`edit-relayed-${claim.id}`} actors={actors} value={relayedBy} onChange={setRelayedBy} noneLabel="Nobody (said directly)" />
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
